#include "timrest/group_attr/set_group_attr.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_set_group_attr_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The sample of https://www.tencentcloud.com/document/product/1047/44190, with the page's full-width comma
// written as an ASCII one.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF",
    "GroupAttr":[
    	{
    		"key":"attr_key", //Attribute key
    		"value":"attr_val" //Attribute value
    	},
    	{
    		"key":"attr_key1",
    		"value":"attr_val1"
    	}
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("set_group_attr: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::set_group_attr_request>(page_request);
    REQUIRE(request.GroupAttr->size() == 2);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    decode_response<ga::set_group_attr::response>(page_response);
}

TEST_CASE("set_group_attr: attributes keep the page's bounds: 16 of them, keys of 32 bytes", "[group_attr]") {
    std::vector<ga::attr> seventeen;
    for (int i = 0; i < 17; ++i) seventeen.push_back({.key = std::string(33, 'k'), .value = ""});
    const auto violations = rendered(timrest::validate(ga::set_group_attr_request{.GroupId = "g", .GroupAttr = seventeen}));
    REQUIRE_FALSE(violations.empty());
    CHECK(violations[0] == "GroupAttr: at most 16 elements, got 17");
}

TEST_CASE("set_group_attr: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::set_group_attr>({10002, 10004, 10007, 10010, 10015, 10045, 10046, 10047, 10048, 10049});
    check_error_table_unique<ga::set_group_attr>();
    STATIC_REQUIRE(ga::set_group_attr::path == "v4/group_open_http_svc/set_group_attr");
}

}  // namespace group_attr_set_group_attr_test
