#ifndef TIMREST_OPENIM_ADMIN_GETROAMMSG_HPP_INCLUDED
#define TIMREST_OPENIM_ADMIN_GETROAMMSG_HPP_INCLUDED

// v4/openim/admin_getroammsg: one page of the history of a one-to-one conversation, as one of its parties sees it.
// Doc: https://www.tencentcloud.com/document/product/1047/35478. 200 calls a second.
// A reply holds at most about 13 KB of messages; while Complete is 0, the next request sends the reply's
// LastMsgTime as MaxTime and its LastMsgKey (the paging below). Pages walk back in time: LastMsgTime is the oldest
// message of the page. Recalled messages are listed, with MsgFlagBits 8. How far back depends on the app's roaming
// period (7 days by default).
// Pages disagree: the 2020 page named the two parties From_Account and To_Account and had no IsPeerRead or
// CloudCustomData in messages; the current page names them Operator_Account and Peer_Account. Declared as the
// current page says; IsPeerRead and CloudCustomData are optional in replies, so older replies still decode.
// Neither page bounds MaxCnt (the 2020 page advised 20 for a first query). The current page's samples hold
// `{ ... }` in place of omitted messages, which is not JSON; the tests drop it. Messages use the elements of
// message/elements.hpp, read as received: an empty body, a legacy media shape or an unknown tag does not fail.

#include "timrest/core/paging.hpp"
#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::openim {

/// MsgFlagBits values.
namespace msg_flag {
inline constexpr std::int32_t normal = 0;
inline constexpr std::int32_t recalled = 8;
}  // namespace msg_flag

struct admin_getroammsg_request {
    required<user_id> Operator_Account;  // whose view of the conversation
    required<user_id> Peer_Account;
    required<std::uint32_t> MaxCnt;      // messages wanted
    required<std::int64_t> MinTime;      // Unix seconds
    required<std::int64_t> MaxTime;      // Unix seconds; the previous page's LastMsgTime when continuing
    std::optional<std::string> LastMsgKey{};  // the previous page's LastMsgKey when continuing
};
BOOST_DESCRIBE_STRUCT(admin_getroammsg_request, (),
                      (Operator_Account, Peer_Account, MaxCnt, MinTime, MaxTime, LastMsgKey))

/// One message of the history.
struct roam_message {
    std::string From_Account;
    std::string To_Account;
    std::uint32_t MsgSeq = 0;
    std::uint32_t MsgRandom = 0;
    std::int64_t MsgTimeStamp = 0;
    std::int32_t MsgFlagBits = msg_flag::normal;  // msg_flag::recalled for a recalled message
    std::optional<std::int32_t> IsPeerRead{};     // 1 when the recipient sent a read receipt
    std::string MsgKey;                           // for admin_msgwithdraw, modify_c2c_msg and the extensions
    std::vector<msg::element> MsgBody{};
    std::optional<std::string> CloudCustomData{};
};
BOOST_DESCRIBE_STRUCT(roam_message, (),
                      (From_Account, To_Account, MsgSeq, MsgRandom, MsgTimeStamp, MsgFlagBits, IsPeerRead, MsgKey,
                       MsgBody, CloudCustomData))

struct admin_getroammsg_response {
    std::int32_t Complete = 0;  // 1 = no more messages in the range
    std::uint32_t MsgCnt = 0;
    std::int64_t LastMsgTime = 0;
    std::string LastMsgKey;
    std::vector<roam_message> MsgList{};
};
BOOST_DESCRIBE_STRUCT(admin_getroammsg_response, (), (Complete, MsgCnt, LastMsgTime, LastMsgKey, MsgList))

struct admin_getroammsg {
    static constexpr std::string_view path = "v4/openim/admin_getroammsg";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = admin_getroammsg_request;
    using response = admin_getroammsg_response;
    static constexpr auto errors = join_errors(codes::history_rows);
    static constexpr auto paging = timrest::paging(complete_when(&response::Complete, 1),
                                                   cursor(&response::LastMsgTime, &request::MaxTime),
                                                   cursor(&response::LastMsgKey, &request::LastMsgKey));
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::admin_getroammsg)

#endif
