#ifndef TIMREST_GROUP_HPP_INCLUDED
#define TIMREST_GROUP_HPP_INCLUDED

// The v4/group_open_http_svc endpoints for groups, their members, muting and bans. Includes, and the family's
// list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/group/add_group_member.hpp"
#include "timrest/group/ban_group_member.hpp"
#include "timrest/group/change_group_owner.hpp"
#include "timrest/group/create_group.hpp"
#include "timrest/group/delete_group_member.hpp"
#include "timrest/group/destroy_group.hpp"
#include "timrest/group/forbid_send_msg.hpp"
#include "timrest/group/get_appid_group_list.hpp"
#include "timrest/group/get_group_ban_member.hpp"
#include "timrest/group/get_group_info.hpp"
#include "timrest/group/get_group_member_info.hpp"
#include "timrest/group/get_group_muted_account.hpp"
#include "timrest/group/get_joined_group_list.hpp"
#include "timrest/group/get_role_in_group.hpp"
#include "timrest/group/get_specified_group_member_info.hpp"
#include "timrest/group/modify_group_base_info.hpp"
#include "timrest/group/modify_group_member_info.hpp"
#include "timrest/group/unban_group_member.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::group {

using endpoints = boost::mp11::mp_list<
    get_appid_group_list,
    create_group,
    get_group_info,
    modify_group_base_info,
    destroy_group,
    get_joined_group_list,
    change_group_owner,
    get_group_member_info,
    get_specified_group_member_info,
    add_group_member,
    delete_group_member,
    modify_group_member_info,
    get_role_in_group,
    forbid_send_msg,
    get_group_muted_account,
    get_group_ban_member,
    ban_group_member,
    unban_group_member>;

}  // namespace timrest::group

#endif
