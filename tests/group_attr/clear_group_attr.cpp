#include "timrest/group_attr/clear_group_attr.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string_view>

namespace group_attr_clear_group_attr_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/44189.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("clear_group_attr: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::clear_group_attr_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    decode_response<ga::clear_group_attr::response>(page_response);
}

TEST_CASE("clear_group_attr: GroupId is the only key it takes", "[group_attr]") {
    CHECK(request_error<ga::clear_group_attr_request>(R"({"GroupId":"g","GroupAttr":[]})").path == "GroupAttr");
    CHECK(request_error<ga::clear_group_attr_request>(R"({})").path == "GroupId");
}

TEST_CASE("clear_group_attr: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::clear_group_attr>({10002, 10004, 10007, 10010, 10015, 10045, 10046, 10047, 10048, 10049});
    check_error_table_unique<ga::clear_group_attr>();
    STATIC_REQUIRE(ga::clear_group_attr::path == "v4/group_open_http_svc/clear_group_attr");
}

}  // namespace group_attr_clear_group_attr_test
