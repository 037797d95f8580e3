#ifndef TIMREST_GROUP_MSG_GROUP_GET_KEY_VALUES_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GROUP_GET_KEY_VALUES_HPP_INCLUDED

// v4/openim_msg_ext_http_svc/group_get_key_values: the extension (key-value pairs) of a group message.
// Doc: https://www.tencentcloud.com/document/product/1047/51196 (number unconfirmed; the spec folder's page).
// 200 calls a second. Needs the Ultimate edition, the console's "Set message extension" switch and a message sent
// with SupportMessageExtension 1; a message holds at most 300 pairs.
// A reply holds at most 200 pairs, sorted by Seq; while CompleteFlag is 0, ask again with StartSeq past the last
// Seq received. Several pairs may share a Seq (the page's sample), so "past the last" can skip or repeat pairs at
// a page's edge; as for msg_ext::get_key_values, no `paging` is declared. Pairs whose Seq is at most ClearSeq were
// cleared and must be dropped locally. Pairs are msg_ext::extension.

#include "timrest/group_msg/common.hpp"
#include "timrest/msg_ext/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct group_get_key_values_request {
    required<std::string> GroupId;
    required<std::uint64_t> MsgSeq;
    std::optional<std::uint64_t> StartSeq{};  // pairs with Seq >= StartSeq
};
BOOST_DESCRIBE_STRUCT(group_get_key_values_request, (), (GroupId, MsgSeq, StartSeq))

struct group_get_key_values_response {
    std::int32_t CompleteFlag = 0;  // 1 = every pair was returned
    std::uint64_t LatestSeq = 0;
    std::uint64_t ClearSeq = 0;
    std::vector<msg_ext::extension> ExtensionList{};
};
BOOST_DESCRIBE_STRUCT(group_get_key_values_response, (), (CompleteFlag, LatestSeq, ClearSeq, ExtensionList))

struct group_get_key_values {
    static constexpr std::string_view path = "v4/openim_msg_ext_http_svc/group_get_key_values";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = group_get_key_values_request;
    using response = group_get_key_values_response;
    static constexpr service_error errors[] = {msg_ext::codes::internal_error, msg_ext::codes::invalid_parameter,
                                               msg_ext::codes::edition_required, codes::group_msg_not_found};
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::group_get_key_values)

#endif
