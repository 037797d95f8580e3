#include "timrest/follow/follow_get_info.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace follow_follow_get_info_test {

namespace {

using namespace timrest_test;
namespace follow = timrest::follow;

// The samples of https://www.tencentcloud.com/document/product/1047/70350.
constexpr std::string_view page_request_text =
    R"({"From_Account":"UserID_001","To_Account":["UserID_001", "UserID_002", "UserID_003"]})";

constexpr std::string_view page_response_text =
    R"({"FollowInfo": [{"To_Account": "UserID_001","ResultCode": 0,"ResultInfo": "","FollowerCount": 0,)"
    R"("FollowingCount": 2,"MutualFollowingCount": 0},{"To_Account": "UserID_002","ResultCode": 0,"ResultInfo": "",)"
    R"("FollowerCount": 1,"FollowingCount": 0,"MutualFollowingCount": 0},{"To_Account": "UserID_003","ResultCode": 0,)"
    R"("ResultInfo": "","FollowerCount": 1,"FollowingCount": 0,"MutualFollowingCount": 0}],)"
    R"("ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","ErrorDisplay": ""})";

}  // namespace

TEST_CASE("follow_get_info: the page's request and reply decode and re-encode to the same JSON", "[follow]") {
    CHECK(page_request<follow::follow_get_info_request>(page_request_text).To_Account->size() == 3);
    const auto response = page_response<follow::follow_get_info_response>(page_response_text);
    REQUIRE(response.FollowInfo.size() == 3);
    CHECK(response.FollowInfo[0].FollowingCount == 2);
    CHECK(response.FollowInfo[1].FollowerCount == 1);
}

TEST_CASE("follow_get_info: at most 20 users a call", "[follow]") {
    CHECK(rendered(timrest::validate(follow::follow_get_info_request{.From_Account = "a", .To_Account = user_ids(21)})) ==
          std::vector<std::string>{"To_Account: at most 20 elements, got 21"});
}

TEST_CASE("follow_get_info: its path and error table follow the page", "[follow]") {
    STATIC_REQUIRE(follow::follow_get_info::path == "v4/follow/follow_get_info");
    STATIC_REQUIRE(timrest::detail::check_endpoint<follow::follow_get_info>());
    check_error_rows<follow::follow_get_info>({30001, 30002, 30003, 30004, 30005, 30006, 30007});
    check_error_table_unique<follow::follow_get_info>();
}

}  // namespace follow_follow_get_info_test
