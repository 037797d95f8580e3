#ifndef TIMREST_GROUP_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_HPP_INCLUDED

// The group message endpoints: sending, history, recall, migration (import), read receipts, modification and
// extensions of group messages. Includes, and the family's list for the tools that serve or call every endpoint
// (registry.hpp).

#include "timrest/group_msg/clear_group_msg.hpp"
#include "timrest/group_msg/delete_group_msg_by_sender.hpp"
#include "timrest/group_msg/get_group_msg_receipt.hpp"
#include "timrest/group_msg/get_group_msg_receipt_detail.hpp"
#include "timrest/group_msg/get_online_member_num.hpp"
#include "timrest/group_msg/group_get_key_values.hpp"
#include "timrest/group_msg/group_msg_get_simple.hpp"
#include "timrest/group_msg/group_msg_recall.hpp"
#include "timrest/group_msg/group_set_key_values.hpp"
#include "timrest/group_msg/import_group.hpp"
#include "timrest/group_msg/import_group_member.hpp"
#include "timrest/group_msg/import_group_msg.hpp"
#include "timrest/group_msg/modify_group_msg.hpp"
#include "timrest/group_msg/send_broadcast_msg.hpp"
#include "timrest/group_msg/send_group_msg.hpp"
#include "timrest/group_msg/send_group_system_notification.hpp"
#include "timrest/group_msg/set_unread_msg_num.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::group_msg {

using endpoints = boost::mp11::mp_list<
    send_group_msg,
    send_group_system_notification,
    send_broadcast_msg,
    group_msg_recall,
    group_msg_get_simple,
    delete_group_msg_by_sender,
    clear_group_msg,
    modify_group_msg,
    set_unread_msg_num,
    get_online_member_num,
    import_group,
    import_group_msg,
    import_group_member,
    get_group_msg_receipt,
    get_group_msg_receipt_detail,
    group_get_key_values,
    group_set_key_values>;

}  // namespace timrest::group_msg

#endif
