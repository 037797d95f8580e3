#include "timrest/all_member_push/im_get_attr.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_get_attr_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37169.
constexpr std::string_view page_request = R"({
    "To_Account": [
        "Zhang Xiaohong",
        "Chen Xiaoming",
        "abc"
    ]
})";

constexpr std::string_view page_response = R"({
	"ActionStatus": "OK",
	"ErrorInfo": "",
	"ErrorCode": 0,
	"UserAttrs": [
		{
			"To_Account": "Zhang Xiaohong",
			"Attrs": {
				"sex" : "Female",
				"city": "New York"
			}
		},
		{
			"To_Account": "abc",
			"Attrs": {}
		},
		{
			"To_Account": "Chen Xiaoming",
			"Attrs": {
				"sex": "M",
				"city": "Shenzhen"
			}
		}
	]
})";

}  // namespace

TEST_CASE("im_get_attr: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_get_attr_request>({page_request});
}

TEST_CASE("im_get_attr: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_get_attr_response>(page_response);
}

TEST_CASE("im_get_attr: a user without attributes comes back with an empty Attrs", "[all_member_push]") {
    const auto response = decode_response<push::im_get_attr_response>(page_response);
    REQUIRE(response.UserAttrs.size() == 3);
    CHECK(response.UserAttrs[1].To_Account == "abc");
    CHECK(response.UserAttrs[1].Attrs.empty());
    CHECK(*response.UserAttrs[2].Attrs.find("city") == "Shenzhen");
}

TEST_CASE("im_get_attr: at most 100 users a call", "[all_member_push]") {
    const push::im_get_attr_request request{.To_Account = std::vector<timrest::user_id>(101, timrest::user_id("u"))};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account: at most 100 elements, got 101"});
    CHECK(push::im_get_attr::max_batch == 100);
}

TEST_CASE("im_get_attr: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_get_attr>({90001, 90018, 91000});
    check_error_table_unique<push::im_get_attr>();
}

}  // namespace all_member_push_im_get_attr_test
