#ifndef TIMREST_GROUP_FORBID_SEND_MSG_HPP_INCLUDED
#define TIMREST_GROUP_FORBID_SEND_MSG_HPP_INCLUDED

// v4/group_open_http_svc/forbid_send_msg: mute up to 500 members for MuteTime seconds, or unmute them (0).
// Doc: https://www.tencentcloud.com/document/product/1047/34951. 200 calls a second. 4294967295 mutes for good.
// A muted user who leaves and rejoins stays muted. Private groups cannot mute. TopicId: topic-enabled
// communities only.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_muted_per_call = 500;
inline constexpr std::uint32_t mute_forever = 4294967295u;

struct forbid_send_msg_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_muted_per_call>> Members_Account;
    required<std::uint32_t> MuteTime;  // seconds; 0 unmutes
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(forbid_send_msg_request, (), (GroupId, Members_Account, MuteTime, TopicId))

struct forbid_send_msg_response {};
BOOST_DESCRIBE_STRUCT(forbid_send_msg_response, (), ())

struct forbid_send_msg {
    static constexpr std::string_view path = "v4/group_open_http_svc/forbid_send_msg";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_muted_per_call;
    using request = forbid_send_msg_request;
    using response = forbid_send_msg_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::forbid_send_msg)

#endif
