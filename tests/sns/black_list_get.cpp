#include "timrest/sns/black_list_get.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_black_list_get_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34914.
constexpr std::string_view page_request_text = R"({
	"From_Account": "id",
	"StartIndex": 0,
	"MaxLimited": 30,
	"LastSequence": 12
})";

constexpr std::string_view page_response_text = R"({
	"BlackListItem": [
		{
			"To_Account": "id1",
			"AddBlackTimeStamp": 1430000001
		},
		{
			"To_Account": "id2",
			"AddBlackTimeStamp": 1430000002
		}
	],
	"StartIndex": 0,
	"CurruentSequence": 13,
	"ActionStatus": "OK",
	"ErrorCode": 0,
	"ErrorInfo": "",
	"ErrorDisplay": ""
})";

sns::black_list_get_response page(std::int64_t next) {
    sns::black_list_get_response r;
    r.StartIndex = next;
    return r;
}

}  // namespace

TEST_CASE("black_list_get: the page's request decodes, validates and re-encodes to the same JSON", "[sns]") {
    const auto request = page_request<sns::black_list_get_request>(page_request_text);
    CHECK(*request.MaxLimited == 30u);
    CHECK(request.LastSequence == 12);
}

TEST_CASE("black_list_get: the page's reply decodes (CurruentSequence, as spelt) and is the last page", "[sns]") {
    const auto response = page_response<sns::black_list_get_response>(page_response_text);
    REQUIRE(response.BlackListItem.size() == 2);
    CHECK(response.BlackListItem[1].AddBlackTimeStamp == 1430000002);
    CHECK(response.CurruentSequence == 13);
    CHECK(sns::black_list_get::paging.done(response));
}

TEST_CASE("black_list_get: MaxLimited is required", "[sns]") {
    CHECK(request_error<sns::black_list_get_request>(R"({"From_Account":"id","StartIndex":0,"LastSequence":0})").path ==
          "MaxLimited");
}

TEST_CASE("black_list_get: paging continues from the reply's StartIndex until it is 0", "[sns]") {
    sns::black_list_get_request next{.From_Account = "alice", .MaxLimited = 2u};
    CHECK_FALSE(sns::black_list_get::paging.done(page(2)));
    CHECK(sns::black_list_get::paging.advance(page(2), next));
    CHECK(next.StartIndex == 2);
    CHECK(next.LastSequence == 0);
    CHECK_FALSE(sns::black_list_get::paging.advance(page(2), next));
    CHECK(sns::black_list_get::paging.done(page(0)));
}

TEST_CASE("black_list_get: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::black_list_get::path == "v4/sns/black_list_get");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::black_list_get>());
    check_error_rows<sns::black_list_get>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::black_list_get>();
}

}  // namespace sns_black_list_get_test
