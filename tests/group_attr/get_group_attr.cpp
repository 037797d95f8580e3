#include "timrest/group_attr/get_group_attr.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_get_group_attr_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/44187.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupAttrAry": [
        {
            "key": "attr_key1",
            "value": "attr_val1"
        },
        {
            "key": "attr_key2",
            "value": "attr_val2"
        }
    ]
})";

}  // namespace

TEST_CASE("get_group_attr: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::get_group_attr_request>(page_request);
    CHECK(*request.GroupId == "@TGS#aC5SZEAEF");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("get_group_attr: the page's reply decodes to its attributes, keys and values in lower case", "[group_attr]") {
    const auto response = decode_response<ga::get_group_attr_response>(page_response);
    REQUIRE(response.GroupAttrAry.size() == 2);
    CHECK(*response.GroupAttrAry[0].key == "attr_key1");
    CHECK(response.GroupAttrAry[0].value == "attr_val1");
    CHECK(*response.GroupAttrAry[1].key == "attr_key2");
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("get_group_attr: its path is under group_open_attr_http_svc, not group_open_http_svc", "[group_attr]") {
    STATIC_REQUIRE(ga::get_group_attr::path == "v4/group_open_attr_http_svc/get_group_attr");
    STATIC_REQUIRE(ga::get_group_attr::calls_per_second == 200);
    STATIC_REQUIRE(timrest::detail::check_endpoint<ga::get_group_attr>());
}

TEST_CASE("get_group_attr: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::get_group_attr>({10002, 10004, 10007, 10010, 10015});
    check_error_table_unique<ga::get_group_attr>();
    CHECK(timrest::find_error<ga::get_group_attr>(10002)->retryable);
    CHECK(timrest::find_error<ga::get_group_attr>(10045) == nullptr);  // a read: no write rows
}

}  // namespace group_attr_get_group_attr_test
