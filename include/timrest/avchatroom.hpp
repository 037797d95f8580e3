#ifndef TIMREST_AVCHATROOM_HPP_INCLUDED
#define TIMREST_AVCHATROOM_HPP_INCLUDED

// The live-group (AVChatRoom) endpoints of v4/group_open_avchatroom_http_svc. Includes, and the family's list for
// the tools that serve or call every endpoint (registry.hpp).

#include "timrest/avchatroom/check_members.hpp"
#include "timrest/avchatroom/get_admin_list.hpp"
#include "timrest/avchatroom/get_members.hpp"
#include "timrest/avchatroom/modify_admin.hpp"
#include "timrest/avchatroom/modify_user_info.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::avchatroom {

using endpoints = boost::mp11::mp_list<
    get_members,
    modify_user_info,
    check_members,
    get_admin_list,
    modify_admin>;

}  // namespace timrest::avchatroom

#endif
