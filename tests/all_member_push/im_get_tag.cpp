#include "timrest/all_member_push/im_get_tag.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_get_tag_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37172.
constexpr std::string_view page_request = R"({
    "To_Account": [
        "xiaojun012",
        "xiaojun013"
    ]
})";

constexpr std::string_view page_response = R"({
	"ActionStatus": "OK",
	"ErrorInfo": "",
	"ErrorCode": 0,
	"UserTags": [
		{
			"To_Account": "xiaojun012",
			"Tags": ["a", "b"]
		},
		{
			"To_Account": "xiaojun013",
			"Tags": ["a", "c"]
		}
	]
})";

}  // namespace

TEST_CASE("im_get_tag: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_get_tag_request>({page_request});
}

TEST_CASE("im_get_tag: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_get_tag_response>(page_response);
}

TEST_CASE("im_get_tag: the reply lists each user's tags", "[all_member_push]") {
    const auto response = decode_response<push::im_get_tag_response>(page_response);
    REQUIRE(response.UserTags.size() == 2);
    CHECK(response.UserTags[1].To_Account == "xiaojun013");
    CHECK(response.UserTags[1].Tags == std::vector<std::string>{"a", "c"});
}

TEST_CASE("im_get_tag: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_get_tag>({90001, 90009, 90018, 91000});
    check_error_table_unique<push::im_get_tag>();
}

}  // namespace all_member_push_im_get_tag_test
