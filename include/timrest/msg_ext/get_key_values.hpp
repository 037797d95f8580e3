#ifndef TIMREST_MSG_EXT_GET_KEY_VALUES_HPP_INCLUDED
#define TIMREST_MSG_EXT_GET_KEY_VALUES_HPP_INCLUDED

// v4/openim_msg_ext_http_svc/get_key_values: the extension (key-value pairs) of a one-to-one message.
// Doc: https://www.tencentcloud.com/document/product/1047/51194. 200 calls a second.
// A reply holds at most 200 pairs, sorted by Seq; while CompleteFlag is 0, ask again with StartSeq past the last
// Seq received. That next StartSeq is not a field of the reply (LatestSeq is the largest of all), so no `paging`
// is declared: the cursor rule copies a reply field and cannot add one. Pairs whose Seq is at most ClearSeq were
// cleared and must be dropped locally.

#include "timrest/msg_ext/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::msg_ext {

struct get_key_values_request {
    required<user_id> To_Account;  // the recipient
    required<std::string> MsgKey;  // from sendmsg's reply
    std::optional<user_id> From_Account{};    // the sender
    std::optional<std::uint64_t> StartSeq{};  // pairs with Seq >= StartSeq
};
BOOST_DESCRIBE_STRUCT(get_key_values_request, (), (To_Account, MsgKey, From_Account, StartSeq))

struct get_key_values_response {
    std::int32_t CompleteFlag = 0;  // 1 = every pair was returned
    std::uint64_t LatestSeq = 0;
    std::uint64_t ClearSeq = 0;
    std::vector<extension> ExtensionList{};
};
BOOST_DESCRIBE_STRUCT(get_key_values_response, (), (CompleteFlag, LatestSeq, ClearSeq, ExtensionList))

struct get_key_values {
    static constexpr std::string_view path = "v4/openim_msg_ext_http_svc/get_key_values";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_key_values_request;
    using response = get_key_values_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::msg_ext

TIMREST_COMPILED_ENDPOINT(timrest::msg_ext::get_key_values)

#endif
