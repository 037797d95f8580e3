#include "timrest/group_attr/get_group_counter.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_attr_get_group_counter_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/53427, with the reply's full-width comma
// written as an ASCII one.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF",
    "GroupCounterKeys":[    // List of group counter keys to get. If no value is passed in, all group counter keys will be returned.
        "like",
        "unlike"
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupCounter":[
    	{
    		"Key":"like", // Group counter key
    		"Value":5 // Latest group counter value
    	},
    	{
    		"Key":"unlike",
    		"Value":1
    	}
    ]
})";

}  // namespace

TEST_CASE("get_group_counter: the page's request decodes, validates and re-encodes to the same JSON", "[group_attr]") {
    const auto request = decode_request<ga::get_group_counter_request>(page_request);
    REQUIRE(request.GroupCounterKeys);
    CHECK(request.GroupCounterKeys->size() == 2);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("get_group_counter: the page's reply decodes to its counters", "[group_attr]") {
    const auto response = decode_response<ga::get_group_counter_response>(page_response);
    REQUIRE(response.GroupCounter.size() == 2);
    CHECK(*response.GroupCounter[0].Key == "like");
    CHECK(response.GroupCounter[0].Value == 5);
    CHECK(response.GroupCounter[1].Value == 1);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("get_group_counter: without keys the request asks for every counter", "[group_attr]") {
    const ga::get_group_counter_request all{.GroupId = "g"};
    CHECK(timrest::to_json(all) == sample(R"({"GroupId":"g"})"));
}

TEST_CASE("get_group_counter: a key longer than 128 bytes is refused", "[group_attr]") {
    ga::get_group_counter_request r{.GroupId = "g", .GroupCounterKeys = {std::string(129, 'k')}};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"GroupCounterKeys[0]: at most 128 bytes, got 129"});
}

TEST_CASE("get_group_counter: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::get_group_counter>({10002, 10004, 10007, 10010, 10015, 10059});
    check_error_table_unique<ga::get_group_counter>();
    STATIC_REQUIRE(ga::get_group_counter::path == "v4/group_open_http_svc/get_group_counter");
}

}  // namespace group_attr_get_group_counter_test
