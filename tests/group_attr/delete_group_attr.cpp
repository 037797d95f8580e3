#include "timrest/group_attr/delete_group_attr.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_delete_group_attr_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/59499.
constexpr std::string_view page_request = R"({
"GroupId": "@TGS#aC5SZEAEF",
"GroupAttr":[
{
"key":"attr_key" // Attribute key
},
{
"key":"attr_key1"
}
]
})";

constexpr std::string_view page_response = R"({
"ActionStatus": "OK",
"ErrorInfo": "",
"ErrorCode": 0
})";

}  // namespace

TEST_CASE("delete_group_attr: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::delete_group_attr_request>(page_request);
    REQUIRE(request.GroupAttr->size() == 2);
    CHECK(*(*request.GroupAttr)[1].key == "attr_key1");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    decode_response<ga::delete_group_attr::response>(page_response);
}

TEST_CASE("delete_group_attr: a name carries only its key, of at most 32 bytes", "[group_attr]") {
    CHECK(request_error<ga::delete_group_attr_request>(R"({"GroupId":"g","GroupAttr":[{"key":"a","value":"1"}]})")
              .path == "GroupAttr[0].value");
    const ga::delete_group_attr_request bad{.GroupId = "g", .GroupAttr = {ga::attr_name{.key = std::string(33, 'k')}}};
    CHECK(rendered(timrest::validate(bad)) == std::vector<std::string>{"GroupAttr[0].key: at most 32 bytes, got 33"});
}

TEST_CASE("delete_group_attr: 1 to 16 names a call", "[group_attr]") {
    std::vector<ga::attr_name> names(17, ga::attr_name{.key = "k"});
    CHECK(rendered(timrest::validate(ga::delete_group_attr_request{.GroupId = "g", .GroupAttr = names})) ==
          std::vector<std::string>{"GroupAttr: at most 16 elements, got 17"});
    names.clear();
    CHECK(rendered(timrest::validate(ga::delete_group_attr_request{.GroupId = "g", .GroupAttr = names})) ==
          std::vector<std::string>{"GroupAttr: at least 1 element, got 0"});
}

TEST_CASE("delete_group_attr: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::delete_group_attr>({10002, 10004, 10007, 10010, 10015, 10045, 10049, 10050});
    check_error_table_unique<ga::delete_group_attr>();
    CHECK(timrest::find_error<ga::delete_group_attr>(10046) == nullptr);
    STATIC_REQUIRE(ga::delete_group_attr::path == "v4/group_open_http_svc/delete_group_attr");
}

}  // namespace group_attr_delete_group_attr_test
