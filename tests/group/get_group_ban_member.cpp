#include "timrest/group/get_group_ban_member.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_group_ban_member_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/50295, comments and all.
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#aJRGC4MH6",  // Group ID
    "Limit":20, // Number of banned members to be pulled per page each time. The maximum value allowed is 100.
    "Offset": 0 // Offset. For the first request, set `Offset` to 0. For subsequent requests, set `Offset` to the value of `NextOffset` in the response packet. If `NextOffset` is 0, the entire list of banned members of the audio-video group is obtained.
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "BannedAccountList": [
        {
            "BannedUntil": 1660875916,
            "Member_Account": "brennanli1"
        },
        {
            "BannedUntil": 1660875916,
            "Member_Account": "brennanli12"
        }
    ],
    "ErrorCode": 0,
    "ErrorInfo": "",
    "NextOffset": 2
})";

}  // namespace

TEST_CASE("get_group_ban_member: the page's request and reply decode, and the request re-encodes", "[group]") {
    const auto q = page_request<group::get_group_ban_member_request>(page_request_text);
    CHECK(*q.Limit == 20u);
    const auto r = page_response<group::get_group_ban_member_response>(page_response_text);
    REQUIRE(r.BannedAccountList.size() == 2);
    CHECK(r.BannedAccountList[1].Member_Account == "brennanli12");
    CHECK(r.NextOffset == 2);
}

TEST_CASE("get_group_ban_member: pages follow NextOffset until it is 0", "[group]") {
    constexpr auto& rule = group::get_group_ban_member::paging;
    group::get_group_ban_member_request next{.GroupId = "g", .Offset = 0u};
    group::get_group_ban_member_response page;
    page.NextOffset = 2;
    CHECK_FALSE(rule.done(page));
    CHECK(rule.advance(page, next));
    CHECK(*next.Offset == 2u);
    page.NextOffset = 0;
    CHECK(rule.done(page));
}

TEST_CASE("get_group_ban_member: Limit is 1..100 and Offset is required", "[group]") {
    group::get_group_ban_member_request r{.GroupId = "g", .Offset = 0u};
    r.Limit = 101u;
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"Limit: in [1, 100], got 101"});
    CHECK(request_error<group::get_group_ban_member_request>(R"({"GroupId":"g"})").path == "Offset");
}

TEST_CASE("get_group_ban_member: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::get_group_ban_member>("v4/group_open_http_svc/get_group_ban_member", 200,
                                                   {10002, 10003, 10004, 10005, 10007});
}

}  // namespace group_get_group_ban_member_test
