#include "timrest/group/add_group_member.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_add_group_member_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34921, comments and all.
constexpr std::string_view page_basic = R"({
    "GroupId": "@TGS#2J4SZEAEL", // (Required) Target group
    "MemberList": [ // Up to 300 members can be added at a time.
    {
        "Member_Account": "tommy" // The ID of the member to be added (required)
    },
    {
        "Member_Account": "jared"
    }]
})";
constexpr std::string_view page_silent = R"({
    "GroupId": "@TGS#2J4SZEAEL", // (Required) Target group
    "Silence": 1, // Whether to add members silently (optional)
    "MemberList": [ // Up to 300 members can be added at a time.
    {
        "Member_Account": "tommy" // The ID of the member to be added (required)
    },
    {
        "Member_Account": "jared"
    }]
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberList": [
    {
         "Member_Account": "tommy",
         "Result": 1 // The result of adding the member. 0: failed. 1: successful. 2: already in the group.
    },
    {
         "Member_Account": "jared",
         "Result": 1
    }]
})";

std::vector<group::new_member> members(std::size_t n) {
    std::vector<group::new_member> out;
    for (auto& id : user_ids(n)) out.push_back({.Member_Account = std::move(id)});
    return out;
}

}  // namespace

TEST_CASE("add_group_member: each request on the page decodes, validates and re-encodes to the same JSON", "[group]") {
    const auto basic = page_request<group::add_group_member_request>(page_basic);
    CHECK(*(*basic.MemberList)[1].Member_Account == std::string_view("jared"));
    CHECK_FALSE(basic.Silence);
    CHECK(*page_request<group::add_group_member_request>(page_silent).Silence == 1);
}

TEST_CASE("add_group_member: the page's reply decodes; a Result of 0 marks the member as failed", "[group]") {
    const auto r = page_response<group::add_group_member_response>(page_response_text);
    REQUIRE(r.MemberList.size() == 2);
    CHECK(r.MemberList[0].Result == group::add_result::added);
    CHECK_FALSE(r.MemberList[0].failed());
    const auto mixed = decode_response<group::add_group_member_response>(
        R"({"MemberList":[{"Member_Account":"a","Result":0},{"Member_Account":"b","Result":2},
                          {"Member_Account":"c","Result":3}]})");
    CHECK(mixed.MemberList[0].failed());
    CHECK(mixed.MemberList[1].Result == group::add_result::already_member);
    CHECK_FALSE(mixed.MemberList[1].failed());
    CHECK(mixed.MemberList[2].Result == group::add_result::pending_approval);
    CHECK_FALSE(mixed.MemberList[2].failed());
}

TEST_CASE("add_group_member: 1 to 300 members a call, Silence 0 or 1", "[group]") {
    group::add_group_member_request r{.GroupId = "g", .MemberList = members(301)};
    r.Silence = 2;
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"MemberList: at most 300 elements, got 301", "Silence: in [0, 1], got 2"});
    CHECK(timrest::validate(group::add_group_member_request{.GroupId = "g", .MemberList = members(300)}).empty());
    CHECK(rendered(timrest::validate(group::add_group_member_request{.GroupId = "g", .MemberList = members(0)})) ==
          std::vector<std::string>{"MemberList: at least 1 element, got 0"});
}

TEST_CASE("add_group_member: its path, rate, batch size and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::add_group_member::max_batch == 300);
    check_declaration<group::add_group_member>(
        "v4/group_open_http_svc/add_group_member", 200,
        {10002, 10003, 10004, 10005, 10007, 10010, 10014, 10015, 10016, 10019, 10026, 10037});
}

}  // namespace group_add_group_member_test
