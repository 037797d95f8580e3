#include "timrest/group_attr/delete_group_counter.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_delete_group_counter_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/53429.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF",
    "GroupCounterKeys":[    // List of group counter keys to delete. If no value is passed in, all group counter keys will be deleted.
        "like",
        "unlike"
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("delete_group_counter: the page's request decodes, validates and re-encodes to the same JSON",
          "[group_attr]") {
    const auto request = decode_request<ga::delete_group_counter_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    decode_response<ga::delete_group_counter::response>(page_response);
}

TEST_CASE("delete_group_counter: an empty key is refused", "[group_attr]") {
    ga::delete_group_counter_request r{.GroupId = "g", .GroupCounterKeys = {std::string()}};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"GroupCounterKeys[0]: at least 1 byte, got 0"});
}

TEST_CASE("delete_group_counter: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::delete_group_counter>({10002, 10004, 10007, 10010, 10015, 10059});
    check_error_table_unique<ga::delete_group_counter>();
    STATIC_REQUIRE(ga::delete_group_counter::path == "v4/group_open_http_svc/delete_group_counter");
}

}  // namespace group_attr_delete_group_counter_test
