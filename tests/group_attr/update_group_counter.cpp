#include "timrest/group_attr/update_group_counter.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace group_attr_update_group_counter_test {

namespace {

using namespace timrest_test;
namespace ga = timrest::group_attr;

// The samples of https://www.tencentcloud.com/document/product/1047/53428, with the full-width commas written
// as ASCII ones.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#aC5SZEAEF",
    "GroupCounter":[
    	{
    		"Key":"like", // Group counter key
    		"Value":5 // Group counter value
    	},
    	{
    		"Key":"unlike",
    		"Value":1
    	}
    ],
    "Mode": "Set"  // `Set`, `Increase`, `Decrease`
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupCounter":[  // List of the latest group counter key-value pairs updated
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

TEST_CASE("update_group_counter: the page's request decodes, validates and re-encodes to the same JSON",
          "[group_attr]") {
    const auto request = decode_request<ga::update_group_counter_request>(page_request);
    REQUIRE(request.Mode);
    CHECK(*request.Mode == ga::counter_mode::Set);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("update_group_counter: the page's reply decodes to the new values", "[group_attr]") {
    const auto response = decode_response<ga::update_group_counter_response>(page_response);
    REQUIRE(response.GroupCounter.size() == 2);
    CHECK(*response.GroupCounter[1].Key == "unlike");
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("update_group_counter: Mode is Set, Increase or Decrease", "[group_attr]") {
    ga::update_group_counter_request r{.GroupId = "g", .GroupCounter = {ga::counter{.Key = "like", .Value = 1}},
                                       .Mode = timrest::named<ga::counter_mode>::from_name("Add")};
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{R"(Mode: one of "Set", "Increase", "Decrease", got "Add")"});
}

TEST_CASE("update_group_counter: values are signed 64-bit integers", "[group_attr]") {
    const std::string text = R"({"GroupId":"g","GroupCounter":[{"Key":"k","Value":-9223372036854775808}]})";
    const auto request = decode_request<ga::update_group_counter_request>(text);
    CHECK((*request.GroupCounter)[0].Value == std::numeric_limits<std::int64_t>::min());
}

TEST_CASE("update_group_counter: 1 to 20 counters, keys of at most 128 bytes", "[group_attr]") {
    std::vector<ga::counter> many(21, ga::counter{.Key = "k", .Value = 1});
    CHECK(rendered(timrest::validate(ga::update_group_counter_request{.GroupId = "g", .GroupCounter = many})) ==
          std::vector<std::string>{"GroupCounter: at most 20 elements, got 21"});
    many.pop_back();
    CHECK(timrest::validate(ga::update_group_counter_request{.GroupId = "g", .GroupCounter = many}).empty());
    const ga::update_group_counter_request long_key{.GroupId = "g",
                                                    .GroupCounter = {ga::counter{.Key = std::string(129, 'k')}}};
    CHECK(rendered(timrest::validate(long_key)) ==
          std::vector<std::string>{"GroupCounter[0].Key: at most 128 bytes, got 129"});
    STATIC_REQUIRE(ga::update_group_counter::max_batch == 20);
}

TEST_CASE("update_group_counter: the error table holds the page's codes once each", "[group_attr]") {
    check_error_rows<ga::update_group_counter>({10002, 10004, 10007, 10010, 10015, 10059, 10063});
    check_error_table_unique<ga::update_group_counter>();
    STATIC_REQUIRE(ga::update_group_counter::path == "v4/group_open_http_svc/update_group_counter");
}

}  // namespace group_attr_update_group_counter_test
