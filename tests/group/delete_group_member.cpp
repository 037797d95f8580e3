#include "timrest/group/delete_group_member.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_delete_group_member_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34949, comments and all.
constexpr std::string_view page_basic = R"({
    "GroupId": "@TGS#2J4SZEAEL", // Target group (required)
    "MemberToDel_Account": [ // List of group members to be deleted. A maximum of 100 members can be deleted.
        "tommy",
        "jared"
    ]
})";
constexpr std::string_view page_silent = R"({
    "GroupId": "@TGS#2J4SZEAEL", // Target group (required)
    "Silence": 1, // Whether to delete members silently (optional)
    "MemberToDel_Account": [ // List of group members to be deleted. A maximum of 100 members can be deleted.
        "tommy",
        "jared"
    ]
})";
constexpr std::string_view page_reason = R"({
    "GroupId": "@TGS#2J4SZEAEL", // Target group (required)
    "Reason": "kick reason", // Reason for deleting a user from a group (optional)
    "MemberToDel_Account": [ // List of group members to be deleted. A maximum of 100 members can be deleted.
        "tommy",
        "jared"
    ]
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("delete_group_member: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group]") {
    CHECK(page_request<group::delete_group_member_request>(page_basic).MemberToDel_Account->size() == 2);
    CHECK(*page_request<group::delete_group_member_request>(page_silent).Silence == 1);
    CHECK(page_request<group::delete_group_member_request>(page_reason).Reason == "kick reason");
    page_response<group::delete_group_member_response>(page_response_text);
}

TEST_CASE("delete_group_member: 1 to 100 members a call, Silence 0 or 1", "[group]") {
    group::delete_group_member_request r{.GroupId = "g", .MemberToDel_Account = user_ids(101)};
    r.Silence = -1;
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"MemberToDel_Account: at most 100 elements, got 101", "Silence: in [0, 1], got -1"});
    CHECK(timrest::validate(group::delete_group_member_request{.GroupId = "g", .MemberToDel_Account = user_ids(100)})
              .empty());
}

TEST_CASE("delete_group_member: its path, rate, batch size and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::delete_group_member::max_batch == 100);
    check_declaration<group::delete_group_member>("v4/group_open_http_svc/delete_group_member", 200,
                                                  {10002, 10003, 10004, 10007, 10010, 10015});
}

}  // namespace group_delete_group_member_test
