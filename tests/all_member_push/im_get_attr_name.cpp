#include "timrest/all_member_push/im_get_attr_name.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_get_attr_name_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37168.
constexpr std::string_view page_request = R"({})";

constexpr std::string_view page_response = R"({
	"ActionStatus": "OK",
	"ErrorInfo": "",
	"ErrorCode": 0,
	"AttrNames": {
		"0": "sex",
		"1": "city",
		"2": "Membership level"
	}
})";

}  // namespace

TEST_CASE("im_get_attr_name: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_get_attr_name_request>({page_request});
}

TEST_CASE("im_get_attr_name: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_get_attr_name_response>(page_response);
}

TEST_CASE("im_get_attr_name: the reply's names are found by attribute number", "[all_member_push]") {
    const auto response = decode_response<push::im_get_attr_name_response>(page_response);
    REQUIRE(response.AttrNames.find("2"));
    CHECK(*response.AttrNames.find("2") == "Membership level");
    CHECK_FALSE(response.AttrNames.find("3"));
}

TEST_CASE("im_get_attr_name: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_get_attr_name>({90001, 90009, 90018, 91000});
    check_error_table_unique<push::im_get_attr_name>();
}

}  // namespace all_member_push_im_get_attr_name_test
