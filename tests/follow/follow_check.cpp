#include "timrest/follow/follow_check.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace follow_follow_check_test {

namespace {

using namespace timrest_test;
namespace follow = timrest::follow;

// The samples of https://www.tencentcloud.com/document/product/1047/70349.
constexpr std::string_view page_request_text = R"({
"From_Account": "UserID_001",
"To_Account": [
"UserID_002",
"UserID_003"
]
})";

constexpr std::string_view page_response_text =
    R"({"ResultItem": [{"To_Account": "UserID_002","ResultCode": 0,"ResultInfo": "","FollowType": 0},)"
    R"({"To_Account": "UserID_003","ResultCode": 0,"ResultInfo": "","FollowType": 0}],)"
    R"("ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","ErrorDisplay": ""})";

}  // namespace

TEST_CASE("follow_check: the page's request and reply decode and re-encode to the same JSON", "[follow]") {
    CHECK(page_request<follow::follow_check_request>(page_request_text).To_Account->size() == 2);
    const auto response = page_response<follow::follow_check_response>(page_response_text);
    REQUIRE(response.ResultItem.size() == 2);
    CHECK(response.ResultItem[0].FollowType == follow::follow_relation::none);
}

TEST_CASE("follow_check: at most 100 users a call; FollowType is 0 to 3", "[follow]") {
    CHECK(rendered(timrest::validate(follow::follow_check_request{.From_Account = "alice", .To_Account = user_ids(101)})) ==
          std::vector<std::string>{"To_Account: at most 100 elements, got 101"});
    CHECK(timrest::validate(follow::follow_check_request{.From_Account = "alice", .To_Account = user_ids(100)}).empty());
    follow::follow_check_item item;
    item.FollowType = static_cast<follow::follow_relation>(4);
    CHECK(rendered(timrest::validate(item)) ==
          std::vector<std::string>{"FollowType: one of 0 (none), 1 (follower), 2 (following), 3 (mutual), got 4"});
}

TEST_CASE("follow_check: its path and error table follow the page", "[follow]") {
    STATIC_REQUIRE(follow::follow_check::path == "v4/follow/follow_check");
    STATIC_REQUIRE(timrest::detail::check_endpoint<follow::follow_check>());
    check_error_rows<follow::follow_check>({30001, 30002, 30003, 30004, 30005, 30006, 30007});
    check_error_table_unique<follow::follow_check>();
}

}  // namespace follow_follow_check_test
