#include "timrest/all_member_push/im_remove_attr.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_remove_attr_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37171.
constexpr std::string_view page_request = R"({
	"UserAttrs": [
		{
			"To_Account": "xiaojun013",
			"Attrs": [
				"sex",
				"city"
			]
		},
		{
			"To_Account": "xiaojun012",
			"Attrs": [
				"sex",
				"city"
			]
		}
	]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("im_remove_attr: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_remove_attr_request>({page_request});
}

TEST_CASE("im_remove_attr: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_remove_attr_response>(page_response);
}

TEST_CASE("im_remove_attr: each user names 1 to 10 attributes", "[all_member_push]") {
    const push::im_remove_attr_request none{
        .UserAttrs = {push::remove_attrs_item{.To_Account = "a", .Attrs = std::vector<push::attr_name>{}}}};
    CHECK(rendered(timrest::validate(none)) ==
          std::vector<std::string>{"UserAttrs[0].Attrs: at least 1 element, got 0"});
}

TEST_CASE("im_remove_attr: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_remove_attr>({90001, 90009, 90018, 90033, 91000});
    check_error_table_unique<push::im_remove_attr>();
}

}  // namespace all_member_push_im_remove_attr_test
