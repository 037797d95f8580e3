#include "timrest/all_member_push/im_remove_tag.hpp"

#include <catch2/catch.hpp>

#include "all_member_push/round_trip.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace all_member_push_im_remove_tag_test {

namespace {

using namespace timrest_test;
namespace push = timrest::all_member_push;

// The samples of https://www.tencentcloud.com/document/product/1047/37174.
constexpr std::string_view page_request = R"({
	"UserTags": [
		{
			"To_Account": "xiaojun012",
			"Tags": ["a", "b"]
		},
		{
			"To_Account": "xiaojun013",
			"Tags": ["a", "b"]
		}
	]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("im_remove_tag: the request on the page decodes, validates and re-encodes to the same JSON",
          "[all_member_push]") {
    check_page_requests<push::im_remove_tag_request>({page_request});
}

TEST_CASE("im_remove_tag: the page's reply decodes and re-encodes to the same JSON", "[all_member_push]") {
    check_page_reply<push::im_remove_tag_response>(page_response);
}

TEST_CASE("im_remove_tag: an empty tag is refused", "[all_member_push]") {
    const push::im_remove_tag_request request{
        .UserTags = {push::remove_tags_item{.To_Account = "a", .Tags = {push::tag(std::string())}}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"UserTags[0].Tags[0]: at least 1 byte, got 0"});
}

TEST_CASE("im_remove_tag: the error table holds the page's codes once each", "[all_member_push]") {
    check_error_rows<push::im_remove_tag>({90001, 90009, 90018, 91000});
    check_error_table_unique<push::im_remove_tag>();
}

}  // namespace all_member_push_im_remove_tag_test
