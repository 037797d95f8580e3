#include "timrest/sns/black_list_check.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_black_list_check_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34913.
constexpr std::string_view page_request_text = R"({
	"From_Account":"id",
	"To_Account":["id1","id2","id3","id4","id5"],
	"CheckType":"BlackCheckResult_Type_Both"
})";

constexpr std::string_view page_response_text = R"({
	"BlackListCheckItem": [
		{
			"To_Account": "id1",
			"Relation": "BlackCheckResult_Type_BothWay",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id2",
			"Relation": "BlackCheckResult_Type_AWithB",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id3",
			"Relation": "BlackCheckResult_Type_BWithA",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id4",
			"Relation": "BlackCheckResult_Type_NO",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id5",
			"Relation": "BlackCheckResult_Type_NO",
			"ResultCode": 30007,
			"ResultInfo": "Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail"
		}
	],
	"Fail_Account": ["id5"],
	"ActionStatus": "OK",
	"ErrorCode": 0,
	"ErrorInfo": "",
	"ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("black_list_check: the page's request decodes, validates and re-encodes to the same JSON", "[sns]") {
    CHECK(*page_request<sns::black_list_check_request>(page_request_text).CheckType ==
          sns::black_check_type::BlackCheckResult_Type_Both);
}

TEST_CASE("black_list_check: the page's reply decodes with each relation; the failed item is reported", "[sns]") {
    const auto response = page_response<sns::black_list_check_response>(page_response_text);
    REQUIRE(response.BlackListCheckItem.size() == 5);
    CHECK(response.BlackListCheckItem[0].Relation == sns::black_relation::BlackCheckResult_Type_BothWay);
    CHECK(response.BlackListCheckItem[3].Relation == sns::black_relation::BlackCheckResult_Type_NO);
    const auto failures = timrest::item_failures<sns::black_list_check>(response);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 30007);
    CHECK(failures[0].path == "BlackListCheckItem[4]");
}

TEST_CASE("black_list_check: CheckType must be one of the blocklist check types", "[sns]") {
    const sns::black_list_check_request request{
        .From_Account = "alice",
        .To_Account = {"bob"},
        .CheckType = timrest::named<sns::black_check_type>::from_name("CheckResult_Type_Both")};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"CheckType: one of \"BlackCheckResult_Type_Single\", \"BlackCheckResult_Type_Both\", "
                                   "got \"CheckResult_Type_Both\""});
}

TEST_CASE("black_list_check: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::black_list_check::path == "v4/sns/black_list_check");
    STATIC_REQUIRE(sns::black_list_check::max_batch == 1000);
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::black_list_check>());
    check_error_rows<sns::black_list_check>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::black_list_check>();
}

}  // namespace sns_black_list_check_test
