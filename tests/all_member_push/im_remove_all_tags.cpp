#include "timrest/all_member_push/im_remove_all_tags.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_remove_all_tags_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37175.
constexpr std::string_view page_request = R"({
	"To_Account": [
		"xiaojun012",
		"xiaojun013"
	]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("im_remove_all_tags: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_remove_all_tags_request>({page_request});
}

TEST_CASE("im_remove_all_tags: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_remove_all_tags_response>(page_response);
}

TEST_CASE("im_remove_all_tags: 1 to 100 users a call", "[all_member_push]") {
    const push::im_remove_all_tags_request none{.To_Account = std::vector<timrest::user_id>{}};
    CHECK(rendered(timrest::validate(none)) == std::vector<std::string>{"To_Account: at least 1 element, got 0"});
}

TEST_CASE("im_remove_all_tags: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_remove_all_tags>({90001, 90009, 90018, 91000});
    check_error_table_unique<push::im_remove_all_tags>();
}

}  // namespace all_member_push_im_remove_all_tags_test
