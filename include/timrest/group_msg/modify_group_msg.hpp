#ifndef TIMREST_GROUP_MSG_MODIFY_GROUP_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_MODIFY_GROUP_MSG_HPP_INCLUDED

// v4/openim/modify_group_msg: overwrite the MsgBody and/or CloudCustomData of a stored group message; it cannot be
// restored. Doc: https://www.tencentcloud.com/document/product/1047/47948. 200 calls a second.
// The path is under openim although it edits group messages (the page says so). Not for AVChatRoom groups.
// The page gives the one-to-one service's error table (20001 to 91000), without a group-not-found code; it is
// declared as given. It expects MsgBody, CloudCustomData or both; no rule states it, the service checks it.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct modify_group_msg_request {
    required<std::string> GroupId;
    required<std::uint64_t> MsgSeq;
    std::optional<msg::body> MsgBody{};
    std::optional<std::string> CloudCustomData{};
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(modify_group_msg_request, (), (GroupId, MsgSeq, MsgBody, CloudCustomData, TopicId))

struct modify_group_msg_response {};
BOOST_DESCRIBE_STRUCT(modify_group_msg_response, (), ())

struct modify_group_msg {
    static constexpr std::string_view path = "v4/openim/modify_group_msg";
    static constexpr unsigned calls_per_second = 200;
    using request = modify_group_msg_request;
    using response = modify_group_msg_response;
    static constexpr service_error errors[] = {
        openim::codes::invalid_request, openim::codes::usersig_expired,    openim::codes::network_error,
        openim::codes::server_error,    openim::codes::bad_json,           openim::codes::bad_msg_body,
        openim::codes::bad_to_account,  openim::codes::msg_body_not_array, openim::codes::admin_required,
        openim::codes::bad_msg_format,  openim::codes::internal_error,     openim::codes::callback_or_internal,
    };
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::modify_group_msg)

#endif
