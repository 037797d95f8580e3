#include "timrest/follow/follow_delete.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace follow_follow_delete_test {

namespace {

using namespace timrest_test;
namespace follow = timrest::follow;

// The samples of https://www.tencentcloud.com/document/product/1047/70346.
constexpr std::string_view page_request_text = R"({"From_Account":"UserID_001","To_Account":["UserID_002", "UserID_003"]})";

constexpr std::string_view page_response_text =
    R"({"ResultItem": [{"To_Account": "UserID_002","ResultCode": 0,"ResultInfo": ""},)"
    R"({"To_Account": "UserID_003","ResultCode": 0,"ResultInfo": ""}],)"
    R"("ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","ErrorDisplay": ""})";

}  // namespace

TEST_CASE("follow_delete: the page's request and reply decode and re-encode to the same JSON", "[follow]") {
    CHECK(page_request<follow::follow_delete_request>(page_request_text).To_Account->size() == 2);
    CHECK(page_response<follow::follow_delete_response>(page_response_text).ResultItem.size() == 2);
}

TEST_CASE("follow_delete: at most 20 users a call", "[follow]") {
    CHECK(rendered(timrest::validate(follow::follow_delete_request{.From_Account = "alice", .To_Account = user_ids(21)})) ==
          std::vector<std::string>{"To_Account: at most 20 elements, got 21"});
}

TEST_CASE("follow_delete: its path and error table follow the page", "[follow]") {
    STATIC_REQUIRE(follow::follow_delete::path == "v4/follow/follow_delete");
    STATIC_REQUIRE(timrest::detail::check_endpoint<follow::follow_delete>());
    check_error_rows<follow::follow_delete>({30001, 30002, 30003, 30004, 30005, 30006, 30007});
    check_error_table_unique<follow::follow_delete>();
    CHECK(timrest::find_error<follow::follow_delete>(32100) == nullptr);
}

}  // namespace follow_follow_delete_test
