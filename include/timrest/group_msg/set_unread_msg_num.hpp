#ifndef TIMREST_GROUP_MSG_SET_UNREAD_MSG_NUM_HPP_INCLUDED
#define TIMREST_GROUP_MSG_SET_UNREAD_MSG_NUM_HPP_INCLUDED

// v4/group_open_http_svc/set_unread_msg_num: set a member's unread count in a group, for migration; no callback,
// no notification. Doc: https://www.tencentcloud.com/document/product/1047/34909. 200 calls a second.
// A count above the group's number of messages is lowered to it. ChatRoom and AVChatRoom groups keep no unread
// counts: the call does nothing there and reports no error.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct set_unread_msg_num_request {
    required<std::string> GroupId;
    required<user_id> Member_Account;
    required<std::uint32_t> UnreadMsgNum;
};
BOOST_DESCRIBE_STRUCT(set_unread_msg_num_request, (), (GroupId, Member_Account, UnreadMsgNum))

struct set_unread_msg_num_response {};
BOOST_DESCRIBE_STRUCT(set_unread_msg_num_response, (), ())

struct set_unread_msg_num {
    static constexpr std::string_view path = "v4/group_open_http_svc/set_unread_msg_num";
    static constexpr unsigned calls_per_second = 200;
    using request = set_unread_msg_num_request;
    using response = set_unread_msg_num_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::set_unread_msg_num)

#endif
