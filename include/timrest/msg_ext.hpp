#ifndef TIMREST_MSG_EXT_HPP_INCLUDED
#define TIMREST_MSG_EXT_HPP_INCLUDED

// The v4/openim_msg_ext_http_svc one-to-one message extension endpoints. Includes, and the family's list for the
// tools that serve or call every endpoint (registry.hpp).

#include "timrest/msg_ext/get_key_values.hpp"
#include "timrest/msg_ext/set_key_values.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::msg_ext {

using endpoints = boost::mp11::mp_list<
    get_key_values,
    set_key_values>;

}  // namespace timrest::msg_ext

#endif
