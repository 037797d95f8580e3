#include "timrest/sns/friend_check.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_check_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34907.
constexpr std::string_view page_request_text = R"({
    "From_Account":"id",
    "To_Account":["id1","id2","id3","id4","id5"],
    "CheckType":"CheckResult_Type_Both"
})";

constexpr std::string_view page_response_text = R"({
	"InfoItem": [
		{
			"To_Account": "id1",
			"Relation": "CheckResult_Type_BothWay",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id2",
			"Relation": "CheckResult_Type_AWithB",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id3",
			"Relation": "CheckResult_Type_BWithA",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id4",
			"Relation": "CheckResult_Type_NoRelation",
			"ResultCode": 0,
			"ResultInfo": ""
		},
		{
			"To_Account": "id5",
			"Relation": "CheckResult_Type_NoRelation",
			"ResultCode": 30006,
			"ResultInfo": "Err_SNS_FriendCheck_Check_Relation_Exec_Task_Fail"
		}
	],
	"Fail_Account": ["id5"],
	"ActionStatus": "OK",
	"ErrorCode": 0,
	"ErrorInfo": "",
	"ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("friend_check: the page's request decodes, validates and re-encodes to the same JSON", "[sns]") {
    const auto request = page_request<sns::friend_check_request>(page_request_text);
    CHECK(*request.CheckType == sns::check_type::CheckResult_Type_Both);
    CHECK(request.To_Account->size() == 5);
}

TEST_CASE("friend_check: the page's reply decodes with each relation, and the failed item is reported", "[sns]") {
    const auto response = page_response<sns::friend_check_response>(page_response_text);
    REQUIRE(response.InfoItem.size() == 5);
    CHECK(response.InfoItem[0].Relation == sns::relation::CheckResult_Type_BothWay);
    CHECK(response.InfoItem[1].Relation == sns::relation::CheckResult_Type_AWithB);
    CHECK(response.InfoItem[2].Relation == sns::relation::CheckResult_Type_BWithA);
    CHECK(response.InfoItem[3].Relation == sns::relation::CheckResult_Type_NoRelation);
    const auto failures = timrest::item_failures<sns::friend_check>(response);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "InfoItem[4]");
    CHECK(failures[0].code == 30006);
}

TEST_CASE("friend_check: CheckType is required and from its set; at most 1000 accounts", "[sns]") {
    CHECK(request_error<sns::friend_check_request>(R"({"From_Account":"id","To_Account":["id1"]})").path == "CheckType");
    sns::friend_check_request request{.From_Account = "alice",
                                      .To_Account = user_ids(1001),
                                      .CheckType = timrest::named<sns::check_type>::from_name("CheckResult_Type_BothWay")};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account: at most 1000 elements, got 1001",
                                   "CheckType: one of \"CheckResult_Type_Single\", \"CheckResult_Type_Both\", got "
                                   "\"CheckResult_Type_BothWay\""});
}

TEST_CASE("friend_check: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_check::path == "v4/sns/friend_check");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_check>());
    check_error_rows<sns::friend_check>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::friend_check>();
}

}  // namespace sns_friend_check_test
