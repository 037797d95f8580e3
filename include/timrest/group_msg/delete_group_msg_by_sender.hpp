#ifndef TIMREST_GROUP_MSG_DELETE_GROUP_MSG_BY_SENDER_HPP_INCLUDED
#define TIMREST_GROUP_MSG_DELETE_GROUP_MSG_BY_SENDER_HPP_INCLUDED

// v4/group_open_http_svc/delete_group_msg_by_sender: silently recall what one user sent among a group's last
// 1,000 messages. Doc: https://www.tencentcloud.com/document/product/1047/34970. 200 calls a second.
// The messages are marked recalled on the server; clients are not told and see it when they pull the history.
// AVChatRoom groups store no history: the call does nothing there and reports no error.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct delete_group_msg_by_sender_request {
    required<std::string> GroupId;
    required<user_id> Sender_Account;
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(delete_group_msg_by_sender_request, (), (GroupId, Sender_Account, TopicId))

struct delete_group_msg_by_sender_response {};
BOOST_DESCRIBE_STRUCT(delete_group_msg_by_sender_response, (), ())

struct delete_group_msg_by_sender {
    static constexpr std::string_view path = "v4/group_open_http_svc/delete_group_msg_by_sender";
    static constexpr unsigned calls_per_second = 200;
    using request = delete_group_msg_by_sender_request;
    using response = delete_group_msg_by_sender_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::delete_group_msg_by_sender)

#endif
