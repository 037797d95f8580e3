#ifndef TIMREST_MSG_EXT_SET_KEY_VALUES_HPP_INCLUDED
#define TIMREST_MSG_EXT_SET_KEY_VALUES_HPP_INCLUDED

// v4/openim_msg_ext_http_svc/set_key_values: set, delete or clear key-value pairs of a one-to-one message.
// Doc: https://www.tencentcloud.com/document/product/1047/51195. 200 calls a second; at most 200 changes a minute
// per message (23003).
// Up to 20 pairs a request; ExtensionList is required for OperateType 1 and 2 and ignored for 3. The call succeeds
// when single pairs fail: each reply item carries its ErrorCode (23001 on a Seq conflict), and item_failures()
// reports each.

#include "timrest/msg_ext/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::msg_ext {

inline constexpr std::size_t max_pairs_per_request = 20;

enum class operate_type : std::int32_t {
    set = 1,     ///< set the pairs given
    remove = 2,  ///< delete the pairs given
    clear = 3,   ///< delete every pair of the message
};
BOOST_DESCRIBE_ENUM(operate_type, set, remove, clear)

struct set_key_values_request {
    required<user_id> To_Account;  // the recipient
    required<std::string> MsgKey;
    required<one_of<operate_type>> OperateType;
    std::optional<user_id> From_Account{};  // the sender
    optional_list<extension, 1, max_pairs_per_request> ExtensionList{};

    static constexpr auto rules =
        timrest::rules(required_when(&set_key_values_request::ExtensionList, &set_key_values_request::OperateType,
                                     operate_type::set),
                       required_when(&set_key_values_request::ExtensionList, &set_key_values_request::OperateType,
                                     operate_type::remove));
};
BOOST_DESCRIBE_STRUCT(set_key_values_request, (), (To_Account, MsgKey, OperateType, From_Account, ExtensionList))

/// The outcome for one pair.
struct extension_result {
    std::int32_t ErrorCode = 0;
    extension Extension;  // the pair as stored (its new Seq), or the current one on a conflict
};
BOOST_DESCRIBE_STRUCT(extension_result, (), (ErrorCode, Extension))

struct set_key_values_response {
    std::vector<extension_result> ExtensionList{};
};
BOOST_DESCRIBE_STRUCT(set_key_values_response, (), (ExtensionList))

struct set_key_values {
    static constexpr std::string_view path = "v4/openim_msg_ext_http_svc/set_key_values";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_pairs_per_request;
    using request = set_key_values_request;
    using response = set_key_values_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, {codes::seq_conflict, codes::not_extensible, codes::too_many_sets});
};

}  // namespace timrest::msg_ext

TIMREST_COMPILED_ENDPOINT(timrest::msg_ext::set_key_values)

#endif
