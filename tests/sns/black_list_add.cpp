#include "timrest/sns/black_list_add.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_black_list_add_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34911.
constexpr std::string_view page_request_text = R"({
	"From_Account":"id",
	"To_Account":["id1","id2","id3"]
})";

constexpr std::string_view page_response_text = R"({
	"ResultItem":
	[
		{
			"To_Account":"id1",
			"ResultCode":0,
			"ResultInfo":""
		},
		{
			"To_Account":"id2",
			"ResultCode":30001,
			"ResultInfo":"Err_SNS_BlackListAdd_Already_Exist"
		},
		{
			"To_Account":"id3",
			"ResultCode":30002,
			"ResultInfo":"Err_SNS_BlackListAdd_SdkAppId_Illegal"
		}
	],
	"Fail_Account":["id2","id3"],
	"ActionStatus":"OK",
	"ErrorCode":0,
	"ErrorInfo":"",
	"ErrorDisplay":""
})";

}  // namespace

TEST_CASE("black_list_add: the page's request decodes, validates and re-encodes to the same JSON", "[sns]") {
    CHECK(page_request<sns::black_list_add_request>(page_request_text).To_Account->size() == 3);
}

TEST_CASE("black_list_add: the page's reply decodes, and item_failures reports the failed accounts", "[sns]") {
    const auto response = page_response<sns::black_list_add_response>(page_response_text);
    const auto failures = timrest::item_failures<sns::black_list_add>(response);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].code == 30001);
    CHECK(response.Fail_Account->size() == 2);
}

TEST_CASE("black_list_add: at most 1000 accounts a call, each a valid UserID", "[sns]") {
    auto ids = user_ids(1001);
    ids[0] = std::string(33, 'x');
    const sns::black_list_add_request request{.From_Account = "alice", .To_Account = ids};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account: at most 1000 elements, got 1001", "To_Account[0]: at most 32 bytes, got 33"});
    STATIC_REQUIRE(sns::black_list_add::max_batch == 1000);
}

TEST_CASE("black_list_add: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::black_list_add::path == "v4/sns/black_list_add");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::black_list_add>());
    check_error_rows<sns::black_list_add>({30001, 30002, 30003, 30004, 30006, 30007, 30008, 30013});
    check_error_table_unique<sns::black_list_add>();
}

}  // namespace sns_black_list_add_test
