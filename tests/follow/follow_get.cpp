#include "timrest/follow/follow_get.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace follow_follow_get_test {

namespace {

using namespace timrest_test;
namespace follow = timrest::follow;

// The sample request of https://www.tencentcloud.com/document/product/1047/70347, trailing comma and all.
constexpr std::string_view page_request_text = R"({
"From_Account":"UserID_001",
"FollowType":1,
"StartCursor":"",
"WantNum":100,
})";

// The page's sample reply as far as it could be read (up to the second item's "profile_sequence"); the rest is
// completed here: that item's sequence and a NextCursor.
constexpr std::string_view page_response_text = R"({"FollowItem": [
{"To_Account": "UserID_002","FollowTime": 1702262118,"ProfileItem": [
  {"Tag": "Tag_Profile_IM_Nick","Value": "NickNameTest2"},
  {"Tag": "Tag_Profile_IM_AllowType","Value": "AllowType_Type_DenyAny"},
  {"Tag": "Tag_Profile_IM_SelfSignature","Value": "I'm Test2"},
  {"Tag": "Tag_Profile_Custom_Test","Value": "Custom Data2"}],"profile_sequence": 123},
{"To_Account": "UserID_003","FollowTime": 1702262118,"ProfileItem": [
  {"Tag": "Tag_Profile_IM_Nick","Value": "NickNameTest3"},
  {"Tag": "Tag_Profile_IM_AllowType","Value": "AllowType_Type_AllowAny"},
  {"Tag": "Tag_Profile_IM_SelfSignature","Value": "I'm Test3"},
  {"Tag": "Tag_Profile_Custom_Test","Value": "Custom Data3"}],"profile_sequence": 124}],
"NextCursor": "",
"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","ErrorDisplay": ""})";

follow::follow_get_response page(std::string next) {
    follow::follow_get_response r;
    r.NextCursor = std::move(next);
    return r;
}

}  // namespace

TEST_CASE("follow_get: the page's request decodes, validates and re-encodes", "[follow]") {
    const auto request = page_request<follow::follow_get_request>(page_request_text);
    CHECK(*request.FollowType == follow::list_type::fans);
    CHECK(request.WantNum == 100u);
    CHECK(timrest::to_json(follow::follow_get_request{.From_Account = "UserID_001", .FollowType = follow::list_type::fans}) ==
          sample(page_request_text));
}

TEST_CASE("follow_get: the page's reply decodes with profiles, and an empty NextCursor ends the walk", "[follow]") {
    const auto response = page_response<follow::follow_get_response>(page_response_text);
    REQUIRE(response.FollowItem.size() == 2);
    CHECK(response.FollowItem[0].profile_sequence == 123);
    CHECK(response.FollowItem[1].ProfileItem->at(1).Value == "AllowType_Type_AllowAny");
    CHECK(follow::follow_get::paging.done(response));
}

TEST_CASE("follow_get: paging carries NextCursor into StartCursor until it comes back empty", "[follow]") {
    follow::follow_get_request next{.From_Account = "alice", .FollowType = follow::list_type::following};
    CHECK_FALSE(follow::follow_get::paging.done(page("c1")));
    CHECK(follow::follow_get::paging.advance(page("c1"), next));
    CHECK(next.StartCursor == "c1");
    CHECK_FALSE(follow::follow_get::paging.advance(page("c1"), next));
    CHECK(follow::follow_get::paging.done(page("")));
}

TEST_CASE("follow_get: WantNum is 1 to 1000 and FollowType 1 to 3", "[follow]") {
    follow::follow_get_request request{.From_Account = "alice", .FollowType = static_cast<follow::list_type>(0)};
    request.WantNum = 1001u;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"FollowType: one of 1 (fans), 2 (following), 3 (mutual), got 0",
                                   "WantNum: in [1, 1000], got 1001"});
}

TEST_CASE("follow_get: its path and error table follow the page", "[follow]") {
    STATIC_REQUIRE(follow::follow_get::path == "v4/follow/follow_get");
    STATIC_REQUIRE(timrest::detail::check_endpoint<follow::follow_get>());
    check_error_rows<follow::follow_get>({30001, 30002, 30003, 30004, 30005, 30006, 30007});
    check_error_table_unique<follow::follow_get>();
}

}  // namespace follow_follow_get_test
