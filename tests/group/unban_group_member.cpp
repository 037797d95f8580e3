#include "timrest/group/unban_group_member.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_unban_group_member_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/50297, comments and all; the page's
// `[brennanli3", "brennanli12]` lost two quotes, restored here (its trailing comma is kept).
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#aJRGC4MH6",  // ID of the group whose members are to be unbanned
    "Members_Account":["brennanli3", "brennanli12"], // Account IDs of the members to be unbanned. Up to 20 account IDs are supported per request.
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("unban_group_member: the page's request (quotes restored) and reply decode", "[group]") {
    CHECK(page_request<group::unban_group_member_request>(page_request_text).Members_Account->size() == 2);
    page_response<group::unban_group_member_response>(page_response_text);
}

TEST_CASE("unban_group_member: 1 to 20 members a call", "[group]") {
    CHECK(rendered(
              timrest::validate(group::unban_group_member_request{.GroupId = "g", .Members_Account = user_ids(21)})) ==
          std::vector<std::string>{"Members_Account: at most 20 elements, got 21"});
    CHECK(
        timrest::validate(group::unban_group_member_request{.GroupId = "g", .Members_Account = user_ids(20)}).empty());
}

TEST_CASE("unban_group_member: its path, rate, batch size and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::unban_group_member::max_batch == 20);
    check_declaration<group::unban_group_member>("v4/group_open_http_svc/unban_group_member", 200,
                                                 {10002, 10003, 10004, 10005, 10007});
}

}  // namespace group_unban_group_member_test
