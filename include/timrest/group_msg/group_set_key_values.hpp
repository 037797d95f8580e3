#ifndef TIMREST_GROUP_MSG_GROUP_SET_KEY_VALUES_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GROUP_SET_KEY_VALUES_HPP_INCLUDED

// v4/openim_msg_ext_http_svc/group_set_key_values: set, delete or clear key-value pairs of a group message.
// Doc: https://www.tencentcloud.com/document/product/1047/51197 (number unconfirmed; the spec folder's page).
// 200 calls a second; at most 200 changes a minute per message (23003).
// Up to 20 pairs a request; ExtensionList is required for OperateType 1 and 2 and ignored for 3. The call
// succeeds when single pairs fail: each reply item carries its ErrorCode (23001 on a Seq conflict), and
// item_failures() reports each. Pairs, operations and results are msg_ext's.

#include "timrest/group_msg/common.hpp"
#include "timrest/msg_ext/set_key_values.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct group_set_key_values_request {
    required<std::string> GroupId;
    required<std::uint64_t> MsgSeq;
    required<one_of<msg_ext::operate_type>> OperateType;
    optional_list<msg_ext::extension, 1, msg_ext::max_pairs_per_request> ExtensionList{};

    static constexpr auto rules = timrest::rules(
        required_when(&group_set_key_values_request::ExtensionList, &group_set_key_values_request::OperateType,
                      msg_ext::operate_type::set),
        required_when(&group_set_key_values_request::ExtensionList, &group_set_key_values_request::OperateType,
                      msg_ext::operate_type::remove));
};
BOOST_DESCRIBE_STRUCT(group_set_key_values_request, (), (GroupId, MsgSeq, OperateType, ExtensionList))

struct group_set_key_values_response {
    std::vector<msg_ext::extension_result> ExtensionList{};
};
BOOST_DESCRIBE_STRUCT(group_set_key_values_response, (), (ExtensionList))

struct group_set_key_values {
    static constexpr std::string_view path = "v4/openim_msg_ext_http_svc/group_set_key_values";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = msg_ext::max_pairs_per_request;
    using request = group_set_key_values_request;
    using response = group_set_key_values_response;
    static constexpr service_error errors[] = {
        msg_ext::codes::internal_error, msg_ext::codes::invalid_parameter, msg_ext::codes::edition_required,
        msg_ext::codes::seq_conflict,   msg_ext::codes::not_extensible,    msg_ext::codes::too_many_sets,
        codes::group_msg_not_found,
    };
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::group_set_key_values)

#endif
