#ifndef TIMREST_ALL_MEMBER_PUSH_IM_PUSH_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_PUSH_HPP_INCLUDED

// v4/all_member_push/im_push: push a message to every user, or to the users with given tags or attributes.
// Doc: https://www.tencentcloud.com/document/product/1047/37166. At most 100 pushes a day by default (90047),
// more than a second apart (90024): declared as 1 call a second.
// The page says the admin's account sends when From_Account is absent; MsgLifeTime 0 (the default) pushes to
// online users only. Its field table lists MsgType and MsgContent with eight element types; msg::body declares
// them. It does not say whether the TIMCustomElem limit of sendmsg holds here; msg::body applies it.

#include "timrest/all_member_push/common.hpp"
#include "timrest/message/elements.hpp"
#include "timrest/message/offline_push.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

/// Whom to push to. Attribute conditions (AttrsOr, AttrsAnd) and tag conditions (TagsOr, TagsAnd) cannot be
/// combined; with none, everyone gets the push.
struct push_condition {
    std::optional<attrs> AttrsOr{};
    std::optional<attrs> AttrsAnd{};
    optional_list<tag, 1, 10> TagsOr{};  // 90032 beyond 10
    optional_list<tag, 1, 10> TagsAnd{};

    static constexpr auto rules = timrest::rules(attrs_or_tags_rule{}, distinct_tags_rule{});
};
BOOST_DESCRIBE_STRUCT(push_condition, (), (AttrsOr, AttrsAnd, TagsOr, TagsAnd))

/// "max. 604,800 seconds (7 days)"; 0, the default, pushes to online users only.
using msg_life_time = in_range<std::uint32_t, 0, 604800>;

struct im_push_request {
    required<std::uint32_t> MsgRandom;  // deduplicates within a second
    required<msg::body> MsgBody;
    std::optional<user_id> From_Account{};  // the admin when absent
    std::optional<msg_life_time> MsgLifeTime{};
    std::optional<push_condition> Condition{};
    std::optional<msg::offline_push_info> OfflinePushInfo{};
};
BOOST_DESCRIBE_STRUCT(im_push_request, (), (MsgRandom, MsgBody, From_Account, MsgLifeTime, Condition, OfflinePushInfo))

struct im_push_response {
    std::string TaskId;  // the push task
};
BOOST_DESCRIBE_STRUCT(im_push_response, (), (TaskId))

struct im_push {
    static constexpr std::string_view path = "v4/all_member_push/im_push";
    static constexpr unsigned calls_per_second = 1;
    using request = im_push_request;
    using response = im_push_response;
    static constexpr service_error errors[] = {
        codes::bad_json,       codes::bad_msg_body,   codes::bad_msg_random, codes::msg_body_not_array,
        codes::admin_required, codes::bad_msg_format, codes::tag_too_long,   codes::repeated_tags,
        codes::too_frequent,   codes::bad_life_time,  codes::too_many_tags,  codes::bad_attribute,
        codes::attrs_and_tags, codes::empty_tag,      codes::not_enabled,    codes::daily_quota,
        codes::internal_error,
    };
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_push)

#endif
