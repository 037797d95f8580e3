#include "timrest/follow/follow_add.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace follow_follow_add_test {

namespace {

using namespace timrest_test;
namespace follow = timrest::follow;

// The samples of https://www.tencentcloud.com/document/product/1047/70345.
constexpr std::string_view page_request_text = R"({
"From_Account":"UserID_001",
"FollowItem":
[
{
"To_Account":"UserID_002"
},
{
"To_Account":"UserID_003"
}
]
})";

constexpr std::string_view page_response_text = R"({
"ResultItem": [
{
"To_Account": "UserID_002",
"ResultCode": 0,
"ResultInfo": ""
},
{
"To_Account": "UserID_003",
"ResultCode": 0,
"ResultInfo": ""
}
],
"ActionStatus": "OK",
"ErrorCode": 0,
"ErrorInfo": "",
"ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("follow_add: the page's request and reply decode and re-encode to the same JSON", "[follow]") {
    CHECK(page_request<follow::follow_add_request>(page_request_text).FollowItem->size() == 2);
    const auto response = page_response<follow::follow_add_response>(page_response_text);
    CHECK(response.ResultItem.size() == 2);
    CHECK(timrest::item_failures<follow::follow_add>(response).empty());
}

TEST_CASE("follow_add: at most 20 users a call", "[follow]") {
    std::vector<follow::follow_item> items;
    for (const auto& id : user_ids(21)) items.push_back({.To_Account = id});
    CHECK(rendered(timrest::validate(follow::follow_add_request{.From_Account = "alice", .FollowItem = items})) ==
          std::vector<std::string>{"FollowItem: at most 20 elements, got 21"});
    STATIC_REQUIRE(follow::follow_add::max_batch == 20);
}

TEST_CASE("follow_add: a failed item is reported with the follow limits' meaning", "[follow]") {
    follow::follow_add_response response;
    response.ResultItem.push_back({.To_Account = "bob", .ResultCode = 32101, .ResultInfo = "limit"});
    const auto failures = timrest::item_failures<follow::follow_add>(response);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].meaning == follow::codes::follower_limit.meaning);
}

TEST_CASE("follow_add: its path and error table follow the page", "[follow]") {
    STATIC_REQUIRE(follow::follow_add::path == "v4/follow/follow_add");
    STATIC_REQUIRE(timrest::detail::check_endpoint<follow::follow_add>());
    check_error_rows<follow::follow_add>({30001, 30002, 30003, 30004, 30005, 30006, 30007, 32100, 32101, 32102, 32103});
    check_error_table_unique<follow::follow_add>();
}

}  // namespace follow_follow_add_test
