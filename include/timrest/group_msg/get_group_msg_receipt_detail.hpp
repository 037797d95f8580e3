#ifndef TIMREST_GROUP_MSG_GET_GROUP_MSG_RECEIPT_DETAIL_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GET_GROUP_MSG_RECEIPT_DETAIL_HPP_INCLUDED

// v4/group_open_http_svc/get_group_msg_receipt_detail: who has, or has not, read a group message, a page at a time.
// Doc: https://www.tencentcloud.com/document/product/1047/49438. 200 calls a second.
// Needs the Ultimate edition and the console's "Group Message Read Receipts" switch.
// Paging by Cursor: "" first, then the reply's Cursor, until IsFinish is 1 (the paging below); Count members a
// page, at most 200.
// Pages disagree or say little: the field table marks MsgSeq not required, though it names the message asked
// about (declared optional, as the table says); the table names the flag IsFinished, both reply samples IsFinish,
// which is declared. Cursor is required and may be empty, so it is a plain member, always sent.

#include "timrest/core/paging.hpp"
#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::uint32_t max_receipt_page = 200;

/// Filter: which members to list.
enum class receipt_filter : std::int32_t { read = 0, unread = 1 };
BOOST_DESCRIBE_ENUM(receipt_filter, read, unread)

struct get_group_msg_receipt_detail_request {
    required<std::string> GroupId;
    required<one_of<receipt_filter>> Filter;
    required<in_range<std::uint32_t, 1, max_receipt_page>> Count;
    std::optional<std::uint64_t> MsgSeq{};
    std::string Cursor{};  // "" for the first page, then the previous reply's Cursor
};
BOOST_DESCRIBE_STRUCT(get_group_msg_receipt_detail_request, (), (GroupId, Filter, Count, MsgSeq, Cursor))

struct read_member {
    std::string Read_Account;
};
BOOST_DESCRIBE_STRUCT(read_member, (), (Read_Account))

struct unread_member {
    std::string Unread_Account;
};
BOOST_DESCRIBE_STRUCT(unread_member, (), (Unread_Account))

struct get_group_msg_receipt_detail_response {
    std::string Cursor;
    std::int32_t IsFinish = 0;  // 1 on the last page
    std::uint64_t MsgSeq = 0;
    std::optional<std::vector<read_member>> ReadList{};      // with Filter read
    std::optional<std::vector<unread_member>> UnreadList{};  // with Filter unread
};
BOOST_DESCRIBE_STRUCT(get_group_msg_receipt_detail_response, (), (Cursor, IsFinish, MsgSeq, ReadList, UnreadList))

struct get_group_msg_receipt_detail {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_msg_receipt_detail";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_msg_receipt_detail_request;
    using response = get_group_msg_receipt_detail_response;
    static constexpr auto errors = join_errors(codes::common_rows, {codes::receipt_not_found});
    static constexpr auto paging =
        timrest::paging(complete_when(&response::IsFinish, 1), cursor(&response::Cursor, &request::Cursor));
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::get_group_msg_receipt_detail)

#endif
