#include "timrest/all_member_push/im_set_attr.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_set_attr_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37170.
constexpr std::string_view page_request = R"({
	"UserAttrs":
	[
		{
			"To_Account": "xiaojun012",
			"Attrs": {
				"sex": "attr1",
				"city": "attr2"
			}
		},
		{
			"To_Account": "xiaojun013",
			"Attrs": {
				"city": "attr3",
				"sex": "attr4"
			}
		}
	]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("im_set_attr: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_set_attr_request>({page_request});
}

TEST_CASE("im_set_attr: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_set_attr_response>(page_response);
}

TEST_CASE("im_set_attr: attribute values hold at most 50 bytes, and a user at most 10 attributes",
          "[all_member_push]") {
    const push::im_set_attr_request request{
        .UserAttrs = {push::user_attrs_item{.To_Account = "a", .Attrs = {{"sex", std::string(51, 'v')}}}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"UserAttrs[0].Attrs.sex: at most 50 bytes, got 51"});
    push::attrs many;
    for (int i = 0; i < 11; ++i) many.set("a" + std::to_string(i), "v");
    const push::im_set_attr_request eleven{.UserAttrs = {push::user_attrs_item{.To_Account = "a", .Attrs = many}}};
    CHECK(rendered(timrest::validate(eleven)) ==
          std::vector<std::string>{"UserAttrs[0].Attrs: at most 10 entries, got 11"});
}

TEST_CASE("im_set_attr: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_set_attr>({90001, 90009, 90018, 90033, 91000});
    check_error_table_unique<push::im_set_attr>();
}

}  // namespace all_member_push_im_set_attr_test
