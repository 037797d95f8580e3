#ifndef TIMREST_GROUP_MSG_SEND_BROADCAST_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_SEND_BROADCAST_MSG_HPP_INCLUDED

// v4/group_open_http_svc/send_broadcast_msg: send one message to every AVChatRoom group of the app.
// Doc: https://www.tencentcloud.com/document/product/1047/49440. 1 call a second.
// Needs the Ultimate edition and the console's "Broadcast messaging of audio-video group" switch (10007 without).
// The page advises merging messages into one body of up to 12,000 bytes rather than calling more often.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct send_broadcast_msg_request {
    required<std::uint32_t> Random;
    required<msg::body> MsgBody;
    std::optional<user_id> From_Account{};  // the admin when absent; must exist
    std::optional<std::string> CloudCustomData{};
};
BOOST_DESCRIBE_STRUCT(send_broadcast_msg_request, (), (Random, MsgBody, From_Account, CloudCustomData))

struct send_broadcast_msg_response {
    std::uint64_t MsgSeq = 0;
};
BOOST_DESCRIBE_STRUCT(send_broadcast_msg_response, (), (MsgSeq))

struct send_broadcast_msg {
    static constexpr std::string_view path = "v4/group_open_http_svc/send_broadcast_msg";
    static constexpr unsigned calls_per_second = 1;
    using request = send_broadcast_msg_request;
    using response = send_broadcast_msg_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::bad_command, codes::invalid_parameter,
                                               codes::no_permission, codes::send_rate_limited};
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::send_broadcast_msg)

#endif
