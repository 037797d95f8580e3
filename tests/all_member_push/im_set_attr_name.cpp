#include "timrest/all_member_push/im_set_attr_name.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_set_attr_name_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37167.
constexpr std::string_view page_request = R"({
	"AttrNames": {
		"0": "sex",
		"1": "city",
		"2": "country"
	}
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("im_set_attr_name: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_set_attr_name_request>({page_request});
}

TEST_CASE("im_set_attr_name: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_set_attr_name_response>(page_response);
}

TEST_CASE("im_set_attr_name: attribute numbers run from 0 to 9 and names hold at most 50 bytes", "[all_member_push]") {
    const push::im_set_attr_name_request good{.AttrNames = {{"0", "sex"}, {"9", "city"}}};
    CHECK(timrest::validate(good).empty());
    const push::im_set_attr_name_request bad{.AttrNames = {{"10", "sex"}, {"1", std::string(51, 'n')}}};
    CHECK(rendered(timrest::validate(bad)) ==
          std::vector<std::string>{"AttrNames.10: a key that is an attribute number from \"0\" to \"9\", got \"10\"",
                                   "AttrNames.1: at most 50 bytes, got 51"});
}

TEST_CASE("im_set_attr_name: a name that is not a string does not decode", "[all_member_push]") {
    CHECK(request_error<push::im_set_attr_name_request>(R"({"AttrNames":{"0":1}})").to_string() ==
          "AttrNames.0: expected string, got integer");
}

TEST_CASE("im_set_attr_name: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_set_attr_name>({90001, 90009, 91000});
    check_error_table_unique<push::im_set_attr_name>();
}

}  // namespace all_member_push_im_set_attr_name_test
