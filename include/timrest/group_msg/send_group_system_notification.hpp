#ifndef TIMREST_GROUP_MSG_SEND_GROUP_SYSTEM_NOTIFICATION_HPP_INCLUDED
#define TIMREST_GROUP_MSG_SEND_GROUP_SYSTEM_NOTIFICATION_HPP_INCLUDED

// v4/group_open_http_svc/send_group_system_notification: push a system notification to a group's members.
// Doc: https://www.tencentcloud.com/document/product/1047/34958. 200 calls a second.
// Clients receive it through V2TIMGroupListener.onReceiveRESTCustomData. AVChatRoom groups take it only for all
// members.
// The page marks ToMembers_Account "required" and says in the same row that it may be left empty to reach every
// member, and its first sample leaves it out: it is declared optional (absent or empty: everyone), at most 500.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::size_t max_notification_recipients = 500;

struct send_group_system_notification_request {
    required<std::string> GroupId;
    required<std::string> Content;
    optional_list<user_id, 0, max_notification_recipients> ToMembers_Account{};
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(send_group_system_notification_request, (), (GroupId, Content, ToMembers_Account, TopicId))

struct send_group_system_notification_response {};
BOOST_DESCRIBE_STRUCT(send_group_system_notification_response, (), ())

struct send_group_system_notification {
    static constexpr std::string_view path = "v4/group_open_http_svc/send_group_system_notification";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_notification_recipients;
    using request = send_group_system_notification_request;
    using response = send_group_system_notification_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::send_group_system_notification)

#endif
