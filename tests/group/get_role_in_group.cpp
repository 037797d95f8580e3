#include "timrest/group/get_role_in_group.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_role_in_group_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34963, comments and all.
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "User_Account": [ // Up to 500 member accounts are supported
        "leckie",
        "peter",
        "wesley"
    ]
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "UserIdList": [ // Result
        {
            "Member_Account": "leckie",
            "Role": "Owner" // Member role: Owner/Admin/Member/NotMember
        },
        {
            "Member_Account": "peter",
            "Role": "Member"
        },
        {
            "Member_Account": "wesley",
            "Role": "NotMember"
        }
    ]
})";

}  // namespace

TEST_CASE("get_role_in_group: the page's request and reply decode; NotMember is a role of the reply", "[group]") {
    CHECK(page_request<group::get_role_in_group_request>(page_request_text).User_Account->size() == 3);
    const auto r = page_response<group::get_role_in_group_response>(page_response_text);
    REQUIRE(r.UserIdList.size() == 3);
    CHECK(r.UserIdList[0].Role == group::role_in_group::Owner);
    CHECK(r.UserIdList[2].Role == group::role_in_group::NotMember);
}

TEST_CASE("get_role_in_group: 1 to 500 users a call", "[group]") {
    CHECK(
        rendered(timrest::validate(group::get_role_in_group_request{.GroupId = "g", .User_Account = user_ids(501)})) ==
        std::vector<std::string>{"User_Account: at most 500 elements, got 501"});
    CHECK(timrest::validate(group::get_role_in_group_request{.GroupId = "g", .User_Account = user_ids(500)}).empty());
}

TEST_CASE("get_role_in_group: its path, rate and error table follow the page, 10015 in its own words", "[group]") {
    STATIC_REQUIRE(group::get_role_in_group::max_batch == 500);
    check_declaration<group::get_role_in_group>("v4/group_open_http_svc/get_role_in_group", 200,
                                                {10002, 10003, 10004, 10007, 10010, 10015});
    CHECK(timrest::find_error<group::get_role_in_group>(10015)->meaning == "the JSON packet could not be parsed");
}

}  // namespace group_get_role_in_group_test
