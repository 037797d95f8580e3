// The compiling twin of every case in this folder: the same lines with the fix applied, so each
// compile_fail.<case> test proves the misuse, and only the misuse, is what breaks the build. Each twin sits
// in a namespace named after its case; keep the two in step when editing either.

#include "timrest/core/field.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace missing_required_field {
timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {"work"}};
}
}  // namespace missing_required_field

namespace literal_too_long {
timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice",
            .GroupName = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}};  // 64 bytes
}
}  // namespace literal_too_long

namespace list_too_long {
timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {"a"}};
}
}  // namespace list_too_long

namespace endpoint_without_path {
namespace mine {
struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
}  // namespace endpoint_without_path

// Also the twin of endpoint_leading_slash_path.
namespace endpoint_bad_path {
namespace mine {
struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
}  // namespace endpoint_bad_path

namespace endpoint_undescribed_request {
namespace mine {
struct del_group_request {
    std::string From_Account;
    std::string GroupName;
};
BOOST_DESCRIBE_STRUCT(del_group_request, (), (From_Account, GroupName))

struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = del_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = "work"});
}
}  // namespace endpoint_undescribed_request

namespace endpoint_undescribed_response {
namespace mine {
struct del_group_response {
    std::vector<timrest::recentcontact::group_item> GroupItem;
};
BOOST_DESCRIBE_STRUCT(del_group_response, (), (GroupItem))

struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = del_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
}  // namespace endpoint_undescribed_response

namespace endpoint_duplicate_error_code {
namespace mine {
struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
    static constexpr timrest::service_error errors[] = {
        {51009, "the conversation group was not found"},
        {51010, "a user may have at most 20 conversation groups"},
    };
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
}  // namespace endpoint_duplicate_error_code

namespace wrong_request_type {
void use(timrest::client& c) {
    using namespace timrest::recentcontact;
    const create_contact_group_request request{
        .From_Account = "alice", .GroupContactItem = {group_contact_item{.GroupName = "work"}}};
    (void)timrest::try_call<create_contact_group>(c, request);
}
}  // namespace wrong_request_type

namespace unsupported_member_type {
namespace mine {
struct set_score_request {
    timrest::required<std::string> From_Account;
    boost::json::value Scores;  // an object of app-defined keys goes as JSON
};
BOOST_DESCRIBE_STRUCT(set_score_request, (), (From_Account, Scores))
}  // namespace mine

boost::json::value encode(const mine::set_score_request& request) {
    return timrest::to_json(request);
}
}  // namespace unsupported_member_type

// Twins of the cases added with the issue-3 endpoints. The includes they need beyond the ones above sit here,
// so that this file only grows at its end.
#include "timrest/protocol/pages.hpp"
#include "timrest/recentcontact/get_contact_group.hpp"

namespace plain_member_before_required {
namespace mine {
struct page_request {
    timrest::required<std::string> From_Account;
    std::int32_t PageSize = 20;
};
BOOST_DESCRIBE_STRUCT(page_request, (), (From_Account, PageSize))
}  // namespace mine

mine::page_request make_request() {
    return timrest::blank<mine::page_request>();
}
}  // namespace plain_member_before_required

namespace page_walk_of_unpaged_endpoint {
void use(timrest::client& c) {
    using namespace timrest::recentcontact;
    (void)timrest::for_each_page<get_contact_group>(c, {.From_Account = "alice"},
                                                    [](const get_contact_group_response&) {});
}
}  // namespace page_walk_of_unpaged_endpoint

namespace user_list_too_long {
namespace mine {
struct tag_request {
    timrest::required<timrest::list<timrest::text<8>, 1, 2>> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (Tags))
}  // namespace mine

mine::tag_request make_request() {
    return {.Tags = {"red", "green"}};
}
}  // namespace user_list_too_long

// Twins of the declaration checks and messages added with issue 6 (items 1, 2 and 8).
namespace request_member_not_described {
namespace mine {
struct set_nick_request {
    timrest::required<std::string> From_Account;
    std::string Nick;
};
BOOST_DESCRIBE_STRUCT(set_nick_request, (), (From_Account, Nick))

struct set_nick_response {};
BOOST_DESCRIBE_STRUCT(set_nick_response, (), ())

struct set_nick {
    static constexpr std::string_view path = "v4/profile/set_nick";
    using request = set_nick_request;
    using response = set_nick_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::set_nick>(c, {.From_Account = "alice", .Nick = "Al"});
}
}  // namespace request_member_not_described

namespace response_member_not_described {
namespace mine {
struct get_nick_response {
    std::string Nick;
    std::int64_t UpdateTime = 0;
};
BOOST_DESCRIBE_STRUCT(get_nick_response, (), (Nick, UpdateTime))
}  // namespace mine

mine::get_nick_response decode(const boost::json::value& reply) {
    auto response = timrest::blank<mine::get_nick_response>();
    (void)timrest::from_json(reply, response);
    return response;
}
}  // namespace response_member_not_described

namespace nested_member_not_described {
namespace mine {
struct tag {
    std::string Key;
    std::string Value;
};
BOOST_DESCRIBE_STRUCT(tag, (), (Key, Value))

struct tag_request {
    timrest::required<std::string> From_Account;
    std::vector<tag> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (From_Account, Tags))
}  // namespace mine

boost::json::value encode(const mine::tag_request& request) {
    return timrest::to_json(request);
}
}  // namespace nested_member_not_described

// Also the twin of undescribed_base_class.
namespace described_base_class {
namespace mine {
struct set_nick_request {
    std::string From_Account;
    std::string Nick;
};
BOOST_DESCRIBE_STRUCT(set_nick_request, (), (From_Account, Nick))
}  // namespace mine

boost::json::value encode(const mine::set_nick_request& request) {
    return timrest::to_json(request);
}
}  // namespace described_base_class

namespace members_described_out_of_order {
namespace mine {
struct get_nick_response {
    timrest::required<std::string> Nick;
    std::int64_t UpdateTime = 0;
};
BOOST_DESCRIBE_STRUCT(get_nick_response, (), (Nick, UpdateTime))
}  // namespace mine

mine::get_nick_response make_response() {
    return timrest::blank<mine::get_nick_response>();
}
}  // namespace members_described_out_of_order

namespace required_list_given_empty_braces {
timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {"work"}};
}
}  // namespace required_list_given_empty_braces

namespace plain_list_given_empty_braces {
namespace mine {
struct tag_request {
    timrest::required<std::string> From_Account;
    timrest::list<timrest::text<8>, 1, 5> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (From_Account, Tags))
}  // namespace mine

mine::tag_request make_request() {
    return {.From_Account = "alice", .Tags = {"red"}};
}
}  // namespace plain_list_given_empty_braces

// endpoint_runtime_path, endpoint_nonstatic_path: their twin is endpoint_bad_path's;
// endpoint_without_request: its twin is endpoint_without_path's.

namespace const_buffer_larger_than_field {
static const char group_buffer[100] = "work";

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {std::string(group_buffer)}};
}
}  // namespace const_buffer_larger_than_field

// Added with the value sets (issue 6); their headers are included here so the cases above stay untouched.
#include "timrest/account/account_check.hpp"
#include "timrest/recentcontact/delete.hpp"

namespace value_outside_set {
timrest::recentcontact::delete_request make_request() {
    return {.From_Account = "alice", .Type = timrest::recentcontact::conversation_type::c2c, .To_Account = "bob"};
}
}  // namespace value_outside_set

namespace name_as_string {
bool imported(const timrest::account::account_check_result_item& item) {
    return item.AccountStatus == timrest::account::account_status::Imported;
}
}  // namespace name_as_string

namespace empty_user_id_literal {
timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "a", .GroupName = {"work"}};
}
}  // namespace empty_user_id_literal

namespace error_code_compared_with_number {
bool group_was_missing(timrest::client& chat) {
    auto r = timrest::try_call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    return !r && (r.error().code == timrest::recentcontact::codes::group_not_found ||
                  r.error().code == timrest::service_code(51009) || r.error().code.value() == 51009);
}
}  // namespace error_code_compared_with_number

#include "timrest/core/tagged.hpp"
#include "timrest/openim/sendmsg.hpp"

namespace second_custom_element {
timrest::openim::sendmsg_request make_request() {
    namespace msg = timrest::msg;
    return {.To_Account = "bob",
            .MsgRandom = 1,
            .MsgBody = {msg::text_elem{.Text = "hi"}, msg::custom_elem{.Data = "a"}}};
}
}  // namespace second_custom_element

namespace alternative_without_tag {
namespace mine {
struct sticker_elem {
    static constexpr std::string_view tag = "TIMStickerElem";
    std::string Id;
};
BOOST_DESCRIBE_STRUCT(sticker_elem, (), (Id))

struct shape {
    static constexpr std::string_view tag_key = "MsgType";
    static constexpr std::string_view content_key = "MsgContent";
};
}  // namespace mine

boost::json::value encode(const timrest::tagged<mine::shape, mine::sticker_elem>& e) {
    return timrest::to_json(e);
}
}  // namespace alternative_without_tag
