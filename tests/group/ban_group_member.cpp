#include "timrest/group/ban_group_member.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_ban_group_member_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/50296, comments and all; the page's
// `[brennanli3", "brennanli12]` lost two quotes, restored here.
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#aJRGC4MH6",  // ID of the group whose members are to be banned
    "Members_Account":["brennanli3", "brennanli12"], // Account IDs of the members to be banned. Up to 20 account IDs are supported per request.
    "Duration":3600, // Ban duration, in seconds
    "Description": "you are banned because of irregularities" // Ban information, which can be up to 1,000 bytes in length
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("ban_group_member: the page's request (quotes restored) and reply decode", "[group]") {
    const auto r = page_request<group::ban_group_member_request>(page_request_text);
    CHECK(r.Members_Account->size() == 2);
    CHECK(*r.Duration == 3600u);
    page_response<group::ban_group_member_response>(page_response_text);
}

TEST_CASE("ban_group_member: 1 to 20 members a call, a Description of 1000 bytes at most", "[group]") {
    group::ban_group_member_request r{.GroupId = "g", .Members_Account = user_ids(21), .Duration = 60u};
    r.Description = std::string(1001, 'd');
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"Members_Account: at most 20 elements, got 21",
                                                                     "Description: at most 1000 bytes, got 1001"});
    CHECK(timrest::validate(
              group::ban_group_member_request{.GroupId = "g", .Members_Account = user_ids(20), .Duration = 60u})
              .empty());
}

TEST_CASE("ban_group_member: its path, rate, batch size and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::ban_group_member::max_batch == 20);
    check_declaration<group::ban_group_member>("v4/group_open_http_svc/ban_group_member", 200,
                                               {10002, 10003, 10004, 10005, 10007});
}

}  // namespace group_ban_group_member_test
