#ifndef TIMREST_OPERATIONS_HPP_INCLUDED
#define TIMREST_OPERATIONS_HPP_INCLUDED

// The global-mute and operations endpoints of several small services (v4/openconfigsvr, v4/open_msg_svc,
// v4/ConfigSvc, v4/im_cos_msg); each declaration keeps its own full path. Includes, and the family's list for the
// tools that serve or call every endpoint (registry.hpp).

#include "timrest/operations/GetIPList.hpp"
#include "timrest/operations/allow_banned_object.hpp"
#include "timrest/operations/forbid_illegal_object.hpp"
#include "timrest/operations/get_cos_sig.hpp"
#include "timrest/operations/get_history.hpp"
#include "timrest/operations/getappinfo.hpp"
#include "timrest/operations/getnospeaking.hpp"
#include "timrest/operations/setnospeaking.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::operations {

using endpoints = boost::mp11::mp_list<
    setnospeaking,
    getnospeaking,
    getappinfo,
    get_history,
    get_ip_list,
    forbid_illegal_object,
    allow_banned_object,
    get_cos_sig>;

}  // namespace timrest::operations

#endif
