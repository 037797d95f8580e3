#include "timrest/group/common.hpp"

#include "timrest/core/validate.hpp"

#include "golden.hpp"

#include <catch2/catch.hpp>

namespace group_app_data_test {

using namespace timrest;
using timrest_test::decode_response;

TEST_CASE("group app_data: value_of reads a key, set_value replaces it in place or appends it", "[group]") {
    group::app_data data = {{"Level", "3"}, {"Color", "red"}};
    CHECK(group::value_of(data, "Level") == "3");
    CHECK_FALSE(group::value_of(data, "Size"));
    group::set_value(data, "Level", "4");
    group::set_value(data, "Size", "L");
    REQUIRE(data.size() == 3);
    CHECK(*data[0].Key == "Level");
    CHECK(data[0].Value == "4");
    CHECK(*data[2].Key == "Size");
}

TEST_CASE("group app_data: keys the declaration never heard of survive a round trip", "[group]") {
    const auto decoded = decode_response<group::app_data>(R"([{"Key":"Anything","Value":"v"},{"Key":"Else","Value":""}])");
    CHECK(to_json(decoded) == boost::json::parse(R"([{"Key":"Anything","Value":"v"},{"Key":"Else","Value":""}])"));
}

TEST_CASE("group app_data: a key over 16 bytes or an empty key is refused before sending", "[group]") {
    group::app_data data;
    group::set_value(data, "a_key_of_17_bytes", "v");
    group::set_value(data, "", "v");
    const auto violations = validate(data);
    REQUIRE(violations.size() == 2);
    CHECK_THAT(to_string(violations), Catch::Contains("16"));
}

}  // namespace group_app_data_test
