#include "timrest/sns/group_get.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_group_get_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/40123.
constexpr std::string_view page_basic = R"({
  "From_Account":"id"
})";

constexpr std::string_view page_complete = R"({
     "From_Account":"id", 
     "NeedFriend":"Need_Friend_Type_Yes", 
     
      "GroupName": [
   
     "group1"
      
     ]
})";

constexpr std::string_view page_response_basic = R"({
    "ResultItem": [
        {
            "GroupName": "group1",
            "FriendNumber": 1
        },
        {
            "GroupName": "group2",
            "FriendNumber": 2
        },
        {
            "GroupName": "group3",
            "FriendNumber": 3
        }
    ],
    "CurrentSequence": 2,
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

constexpr std::string_view page_response_complete = R"({
    "ResultItem": [
        {
            "GroupName": "group1",
            "FriendNumber": 1,
            "To_Account": ["friend1"]
        }  
    ],
    "CurrentSequence": 2,
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("group_get: both requests on the page decode, validate and re-encode to the same JSON", "[sns]") {
    CHECK_FALSE(page_request<sns::group_get_request>(page_basic).NeedFriend);
    const auto complete = page_request<sns::group_get_request>(page_complete);
    CHECK(complete.NeedFriend == sns::need_friend::Need_Friend_Type_Yes);
    CHECK(complete.GroupName->size() == 1);
}

TEST_CASE("group_get: both replies decode, with members only when asked for", "[sns]") {
    const auto basic = page_response<sns::group_get_response>(page_response_basic);
    REQUIRE(basic.ResultItem.size() == 3);
    CHECK(basic.ResultItem[2].FriendNumber == 3);
    CHECK_FALSE(basic.ResultItem[0].To_Account);
    const auto complete = page_response<sns::group_get_response>(page_response_complete);
    CHECK(complete.ResultItem[0].To_Account == std::vector<std::string>{"friend1"});
}

TEST_CASE("group_get: NeedFriend has one value", "[sns]") {
    sns::group_get_request request{.From_Account = "alice"};
    request.NeedFriend = timrest::named<sns::need_friend>::from_name("Need_Friend_Type_No");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"NeedFriend: one of \"Need_Friend_Type_Yes\", got \"Need_Friend_Type_No\""});
}

TEST_CASE("group_get: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::group_get::path == "v4/sns/group_get");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::group_get>());
    check_error_rows<sns::group_get>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::group_get>();
}

}  // namespace sns_group_get_test
