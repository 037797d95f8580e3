#ifndef TIMREST_GROUP_MSG_IMPORT_GROUP_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_IMPORT_GROUP_MSG_HPP_INCLUDED

// v4/group_open_http_svc/import_group_msg: import up to 7 messages into a group's history, for migration; no
// callback, no notification. Doc: https://www.tencentcloud.com/document/product/1047/34968. 200 calls a second.
// Messages go in ascending SendTime, each later than the group's creation and its latest message and earlier
// than now. Afterwards every member's unread count is 0: import members or set counts after the messages.
// Not for AVChatRoom groups (10007).
// The call succeeds when single messages fail: each ImportMsgResult item has a Result (0, or 10004 for a bad
// SendTime, 80002 for a body over 12,000 bytes), which `item_code` below names for item_failures().
// The page lists the element types TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem; msg::body takes
// every type and the service refuses others. The page's reply sample has a trailing comma.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::size_t max_imported_messages = 7;

struct imported_message {
    required<user_id> From_Account;
    required<std::int64_t> SendTime;  // Unix seconds
    required<msg::body> MsgBody;
    std::optional<std::uint32_t> Random{};
};
BOOST_DESCRIBE_STRUCT(imported_message, (), (From_Account, SendTime, MsgBody, Random))

struct import_group_msg_request {
    required<std::string> GroupId;
    required<list<imported_message, 1, max_imported_messages>> MsgList;
    std::optional<switch_flag> RecentContactFlag{};  // 1: update conversations (not AVChatRoom, not Community)
    std::optional<std::string> TopicId{};
};
BOOST_DESCRIBE_STRUCT(import_group_msg_request, (), (GroupId, MsgList, RecentContactFlag, TopicId))

/// The outcome for one message, in request order.
struct import_msg_result {
    std::uint64_t MsgSeq = 0;
    std::int64_t MsgTime = 0;
    std::int32_t Result = 0;
    static constexpr auto item_code = &import_msg_result::Result;
};
BOOST_DESCRIBE_STRUCT(import_msg_result, (), (MsgSeq, MsgTime, Result))

struct import_group_msg_response {
    std::vector<import_msg_result> ImportMsgResult{};
};
BOOST_DESCRIBE_STRUCT(import_group_msg_response, (), (ImportMsgResult))

struct import_group_msg {
    static constexpr std::string_view path = "v4/group_open_http_svc/import_group_msg";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_imported_messages;
    using request = import_group_msg_request;
    using response = import_group_msg_response;
    static constexpr service_error errors[] = {codes::invalid_parameter, codes::no_permission,
                                               codes::group_not_found,   codes::bad_group_id,
                                               codes::msg_too_long_10020, codes::msg_too_long};
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::import_group_msg)

#endif
