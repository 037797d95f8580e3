#ifndef TIMREST_GROUP_MSG_GET_GROUP_MSG_RECEIPT_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GET_GROUP_MSG_RECEIPT_HPP_INCLUDED

// v4/group_open_http_svc/get_group_msg_receipt: read and unread counts of group messages, by MsgSeq.
// Doc: https://www.tencentcloud.com/document/product/1047/49439. 200 calls a second.
// Needs the Ultimate edition and the console's "Group Message Read Receipts" switch. The page bounds neither
// MsgSeqList nor says which group types (the 2024 page: not AVChatRoom, not Community).
// Each reply item carries its own Code (10062: no receipt for that message); `item_code` below names it, so
// item_failures() reports those items.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct get_group_msg_receipt_request {
    required<std::string> GroupId;
    required<list<msg_seq_item, 1>> MsgSeqList;
};
BOOST_DESCRIBE_STRUCT(get_group_msg_receipt_request, (), (GroupId, MsgSeqList))

struct msg_receipt {
    std::int32_t Code = 0;
    std::uint64_t MsgSeq = 0;
    std::uint64_t ReadNum = 0;
    std::uint64_t UnreadNum = 0;
    static constexpr auto item_code = &msg_receipt::Code;
};
BOOST_DESCRIBE_STRUCT(msg_receipt, (), (Code, MsgSeq, ReadNum, UnreadNum))

struct get_group_msg_receipt_response {
    std::vector<msg_receipt> GroupMsgReceiptList{};
};
BOOST_DESCRIBE_STRUCT(get_group_msg_receipt_response, (), (GroupMsgReceiptList))

struct get_group_msg_receipt {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_msg_receipt";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_msg_receipt_request;
    using response = get_group_msg_receipt_response;
    static constexpr auto errors = join_errors(codes::common_rows, {codes::receipt_not_found});
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::get_group_msg_receipt)

#endif
