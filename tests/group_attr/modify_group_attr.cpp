#include "timrest/group_attr/modify_group_attr.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_modify_group_attr_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The sample of https://www.tencentcloud.com/document/product/1047/44188, with the page's full-width comma
// between the two attributes written as an ASCII one (see the header).
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

std::vector<ga::attr> attrs(std::size_t n) {
    std::vector<ga::attr> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({.key = "k" + std::to_string(i), .value = "v"});
    return out;
}

}  // namespace

TEST_CASE("modify_group_attr: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::modify_group_attr_request>(page_request);
    REQUIRE(request.GroupAttr->size() == 2);
    CHECK(*(*request.GroupAttr)[0].key == "attr_key");
    CHECK((*request.GroupAttr)[1].value == "attr_val1");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("modify_group_attr: the page's sample, as printed, is not JSON: its comma is full-width", "[group_attr]") {
    const std::string printed = R"({"GroupId":"g","GroupAttr":[{"key":"a","value":"1"})"
                                "\xef\xbc\x8c"
                                R"({"key":"b","value":"2"}]})";
    CHECK_THROWS(sample(printed));
}

TEST_CASE("modify_group_attr: the page's reply decodes", "[group_attr]") {
    decode_response<ga::empty_response>(page_response);
    CHECK(timrest::to_json(ga::empty_response{}) == without_envelope(page_response));
}

TEST_CASE("modify_group_attr: a key longer than 32 bytes and a value longer than 4,000 are refused", "[group_attr]") {
    const ga::modify_group_attr_request ok{
        .GroupId = "g", .GroupAttr = {ga::attr{.key = std::string(32, 'k'), .value = std::string(4000, 'v')}}};
    CHECK(timrest::validate(ok).empty());
    const ga::modify_group_attr_request bad{
        .GroupId = "g", .GroupAttr = {ga::attr{.key = std::string(33, 'k'), .value = std::string(4001, 'v')}}};
    CHECK(rendered(timrest::validate(bad)) ==
          std::vector<std::string>{"GroupAttr[0].key: at most 32 bytes, got 33",
                                   "GroupAttr[0].value: at most 4000 bytes, got 4001"});
}

TEST_CASE("modify_group_attr: an empty key is refused", "[group_attr]") {
    const ga::modify_group_attr_request bad{.GroupId = "g", .GroupAttr = {ga::attr{.key = std::string(), .value = "v"}}};
    CHECK(rendered(timrest::validate(bad)) == std::vector<std::string>{"GroupAttr[0].key: at least 1 byte, got 0"});
}

TEST_CASE("modify_group_attr: 1 to 16 attributes a call", "[group_attr]") {
    CHECK(timrest::validate(ga::modify_group_attr_request{.GroupId = "g", .GroupAttr = attrs(16)}).empty());
    CHECK(rendered(timrest::validate(ga::modify_group_attr_request{.GroupId = "g", .GroupAttr = attrs(17)})) ==
          std::vector<std::string>{"GroupAttr: at most 16 elements, got 17"});
    CHECK(rendered(timrest::validate(ga::modify_group_attr_request{.GroupId = "g", .GroupAttr = attrs(0)})) ==
          std::vector<std::string>{"GroupAttr: at least 1 element, got 0"});
    STATIC_REQUIRE(ga::modify_group_attr::max_batch == 16);
}

TEST_CASE("modify_group_attr: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::modify_group_attr>({10002, 10004, 10007, 10010, 10015, 10045, 10046, 10047, 10048, 10049});
    check_error_table_unique<ga::modify_group_attr>();
    STATIC_REQUIRE(ga::modify_group_attr::path == "v4/group_open_http_svc/modify_group_attr");
    STATIC_REQUIRE(ga::modify_group_attr::calls_per_second == 200);
}

}  // namespace group_attr_modify_group_attr_test
