#include "timrest/group/get_group_muted_account.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string_view>

namespace group_get_group_muted_account_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34964, comments and all.
constexpr std::string_view page_request_text = R"({
	 "GroupId":"@TGS#1KGZ2RAEU"
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "GroupId": "@TGS#2FZNNRAEU",
    "MutedAccountList": [ // List of muted users in the group
        {
            "Member_Account": "tommy", // User ID
            "MutedUntil": 1458115189 // Muting stop time (UTC - Coordinated Universal Time)
        },
        {
            "Member_Account": "peter",
            "MutedUntil": 1458115189
        }
    ]
})";

}  // namespace

TEST_CASE("get_group_muted_account: the page's request and reply decode, with when each mute ends", "[group]") {
    CHECK(*page_request<group::get_group_muted_account_request>(page_request_text).GroupId == "@TGS#1KGZ2RAEU");
    const auto r = page_response<group::get_group_muted_account_response>(page_response_text);
    REQUIRE(r.MutedAccountList.size() == 2);
    CHECK(r.MutedAccountList[0].Member_Account == "tommy");
    CHECK(r.MutedAccountList[1].MutedUntil == 1458115189);
}

TEST_CASE("get_group_muted_account: TopicId is optional and GroupId required", "[group]") {
    CHECK(page_request<group::get_group_muted_account_request>(R"({"GroupId":"@TGS#_c","TopicId":"@TGS#_c@TOPIC#1"})")
              .TopicId == "@TGS#_c@TOPIC#1");
    CHECK(request_error<group::get_group_muted_account_request>(R"({"TopicId":"t"})").path == "GroupId");
}

TEST_CASE("get_group_muted_account: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::get_group_muted_account>("v4/group_open_http_svc/get_group_muted_account", 200,
                                                      {10002, 10003, 10004, 10007, 10010, 10015});
}

}  // namespace group_get_group_muted_account_test
