#ifndef TIMREST_GROUP_MSG_GROUP_MSG_GET_SIMPLE_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GROUP_MSG_GET_SIMPLE_HPP_INCLUDED

// v4/group_open_http_svc/group_msg_get_simple: one page of a group's history, newest first.
// Doc: https://www.tencentcloud.com/document/product/1047/34971. 200 calls a second. Not for AVChatRoom groups.
// Paging walks back by sequence: the first request leaves ReqMsgSeq out (the newest messages), each next one
// asks for the oldest MsgSeq received minus 1; the walk ends on a page without messages or one that reaches
// MsgSeq 1 (the paging below). IsFinished says whether this page holds all it was asked for, not whether
// the history is exhausted, so it ends nothing. Recalled messages are left out unless WithRecalledMsg is 1
// (then IsPlaceMsg 2); deleted or expired ones come with IsPlaceMsg 1 and an empty MsgBody.
// Pages disagree: the field table names the reply's list MsgList and its group groupID; the samples of both
// pages say RspMsgList and GroupId, which are declared. MsgPriority is a number in replies (1 High to 4 Lowest),
// not the name send_group_msg takes.

#include "timrest/core/paging.hpp"
#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::uint32_t max_history_page = 20;

/// IsPlaceMsg values.
namespace place_msg {
inline constexpr std::int32_t normal = 0;
inline constexpr std::int32_t deleted = 1;  // deleted, expired or not stored: MsgBody is empty
inline constexpr std::int32_t recalled = 2;
}  // namespace place_msg

struct group_msg_get_simple_request {
    required<std::string> GroupId;
    required<in_range<std::uint32_t, 1, max_history_page>> ReqMsgNumber;
    std::optional<std::uint64_t> ReqMsgSeq{};  // the newest MsgSeq wanted; the newest of all when absent
    std::optional<switch_flag> WithRecalledMsg{};
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(group_msg_get_simple_request, (), (GroupId, ReqMsgNumber, ReqMsgSeq, WithRecalledMsg, TopicId))

/// One message of the history. Elements are read as received: an empty body or an unknown tag does not fail.
struct history_message {
    std::string From_Account;
    std::int32_t IsPlaceMsg = place_msg::normal;
    std::vector<msg::element> MsgBody{};
    std::int32_t MsgPriority = 0;  // 1 High, 2 Normal, 3 Low, 4 Lowest
    std::uint32_t MsgRandom = 0;
    std::uint64_t MsgSeq = 0;
    std::int64_t MsgTimeStamp = 0;
    std::optional<std::int32_t> IsSystemMsg{};  // 1 for a system message
};
BOOST_DESCRIBE_STRUCT(history_message, (),
                      (From_Account, IsPlaceMsg, MsgBody, MsgPriority, MsgRandom, MsgSeq, MsgTimeStamp, IsSystemMsg))

struct group_msg_get_simple_response {
    std::string GroupId;
    std::int32_t IsFinished = 0;  // 1: all asked for; 0: cut (too long, or more than 20); 2: cut and all expired
    std::vector<history_message> RspMsgList{};
};
BOOST_DESCRIBE_STRUCT(group_msg_get_simple_response, (), (GroupId, IsFinished, RspMsgList))

/// The oldest MsgSeq of a page (0 for an empty page): the next page asks for this minus 1.
inline std::uint64_t oldest_seq(const group_msg_get_simple_response& page) {
    std::uint64_t oldest = 0;
    for (const auto& m : page.RspMsgList)
        if (oldest == 0 || m.MsgSeq < oldest) oldest = m.MsgSeq;
    return oldest;
}

struct group_msg_get_simple {
    static constexpr std::string_view path = "v4/group_open_http_svc/group_msg_get_simple";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = group_msg_get_simple_request;
    using response = group_msg_get_simple_response;
    static constexpr auto errors = join_errors(codes::common_rows);
    static constexpr auto paging = timrest::paging(
        complete_if([](const response& page) { return oldest_seq(page) <= 1; }),
        step([](const response& page, request& next) {
            const auto oldest = oldest_seq(page);
            if (oldest == 0) return false;
            next.ReqMsgSeq = oldest - 1;
            return true;
        }));
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::group_msg_get_simple)

#endif
