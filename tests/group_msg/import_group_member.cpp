#include "timrest/group_msg/import_group_member.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_import_group_member_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34969.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#2J4SZEAEL", // (Required) Target group
    "MemberList": [ // Up to 300 members can be added at a time.
    {
        "Member_Account": "tommy", // (Required) ID of the member to be added
        "Role":"Admin", // (Optional) Role of the group member to be imported.
        "JoinTime":1448357837, // (Optional) Time when the group member to be imported joined the group
        "UnreadMsgNum":5          // (Optional) Unread message count of the member
    },
    {
        "Member_Account": "jared",
        "JoinTime":1448357857,
        "UnreadMsgNum":2
    }]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberList": [
    {
         "Member_Account": "tommy",
         "Result": 1 // Result of the import. 0: Failed; 1: Succeeded; 2: Already a group member
    },
    {
         "Member_Account": "jared",
         "Result": 1
    }]
})";

}  // namespace

TEST_CASE("import_group_member: the page's request decodes, validates and re-encodes to the same JSON",
          "[group_msg]") {
    const auto request = decode_request<group_msg::import_group_member_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(*(*request.MemberList)[0].Role == group::member_role::Admin);
}

TEST_CASE("import_group_member: the page's reply decodes; failed_members lists those with Result 0", "[group_msg]") {
    auto response = decode_response<group_msg::import_group_member_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    CHECK(group_msg::failed_members(response).empty());
    response.MemberList[1].Result = group_msg::import_result::failed;
    response.MemberList[0].Result = group_msg::import_result::already_member;
    CHECK(group_msg::failed_members(response) == std::vector<std::string>{"jared"});
}

TEST_CASE("import_group_member: one to 300 members a request, each a UserID with a known role", "[group_msg]") {
    std::vector<group_msg::imported_member> many(301, group_msg::imported_member{.Member_Account = "bob"});
    const group_msg::import_group_member_request request{.GroupId = "@TGS#1", .MemberList = many};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MemberList: at most 300 elements, got 301"});
    STATIC_REQUIRE(group_msg::import_group_member::max_batch == 300);
    const auto bad = decode_request<group_msg::import_group_member_request>(
        R"({"GroupId": "g", "MemberList": [{"Member_Account": "", "Role": "Boss"}]})");
    CHECK(paths(timrest::validate(bad)) == std::vector<std::string>{"MemberList[0].Member_Account", "MemberList[0].Role"});
}

TEST_CASE("import_group_member: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::import_group_member>({10002, 10003, 10004, 10005, 10006, 10007, 10010, 10015});
    check_error_table_unique<group_msg::import_group_member>();
}

}  // namespace group_msg_import_group_member_test
