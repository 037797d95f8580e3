#include "timrest/core/json_parse.hpp"

#include <catch2/catch.hpp>

#include <boost/json/serialize.hpp>

#include <charconv>
#include <string>

namespace core_json_parse_test {

using timrest::parse_json;

TEST_CASE("parse_json: a well-formed document parses as boost::json::parse would", "[json]") {
    const std::string text = R"( {"a":[1,-2,3.5,true,null,"a string longer than fifteen bytes"],"b":{"c":{}}} )";
    const auto doc = parse_json(text);
    REQUIRE(doc);
    CHECK(boost::json::serialize(doc.value) ==
          R"({"a":[1,-2,3.5E0,true,null,"a string longer than fifteen bytes"],"b":{"c":{}}})");
    CHECK(doc.memory > 0);
}

TEST_CASE("parse_json: a key repeated in one object is refused, naming the key and where", "[json]") {
    const auto doc = parse_json("{\"ActionStatus\":\"OK\",\n\"ErrorCode\":70402,\"ErrorCode\":0}");
    REQUIRE_FALSE(doc);
    CHECK(doc.error->reason == R"(duplicate key "ErrorCode" in one object)");
    CHECK(doc.error->line == 2);
    CHECK(doc.error->to_string().starts_with("line 2, column "));
}

TEST_CASE("parse_json: duplicates are found in nested objects and among many keys", "[json]") {
    CHECK_FALSE(parse_json(R"({"a":{"x":1,"y":2,"x":3}})"));
    CHECK_FALSE(parse_json(R"([{"k":1},{"k":1,"k":2}])"));
    std::string many = "{";
    for (int i = 0; i < 5000; ++i) many += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    CHECK(parse_json(many + "\"last\":0}"));
    CHECK_FALSE(parse_json(many + "\"k4999\":0}"));
}

TEST_CASE("parse_json: the same key in sibling or nested objects is not a duplicate", "[json]") {
    CHECK(parse_json(R"({"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]})"));
    CHECK(parse_json(R"({"x":{"k":1},"k":{"x":2}})"));
}

TEST_CASE("parse_json: a key that arrives in parts is compared whole", "[json]") {
    // Escapes make the parser hand the key over in several parts.
    CHECK_FALSE(parse_json(R"({"Error\u0043ode":1,"ErrorCode":2})"));
    CHECK(parse_json(R"({"Error\u0043ode":1,"ErrorCodes":2})"));
}

TEST_CASE("parse_json: a number reads as the double nearest to its text, so it survives a trip through JSON", "[json]") {
    // Boost.JSON 1.81's own reading of the first is 9.9998999999999992e40, which it writes as 9.9999E40: the
    // value changed on every trip (a finding of the response_decoder fuzz target).
    const std::string long_numbers[] = {
        "99999000000000000000012919594847110692864", "9.9999E40", "-2.2250738585072011e-308", "0.1",
        "3333333333333333333333333333333333333333333333333333333333333333333333333333333333333336",
        "22.543096", "113.930430",
    };
    for (const auto& text : long_numbers) {
        CAPTURE(text);
        const auto doc = parse_json(text);
        REQUIRE(doc);
        double nearest = 0;
        std::from_chars(text.data(), text.data() + text.size(), nearest);
        CHECK(doc.value.as_double() == nearest);
        const auto again = parse_json(boost::json::serialize(doc.value));
        REQUIRE(again);
        CHECK(again.value == doc.value);
    }
    CHECK(parse_json("9.9999E40").value.as_double() == 9.9999e40);
    CHECK(parse_json(R"({"n":[1.5e300,-0.0,12345678901234567890]})"));
}

TEST_CASE("parse_json: a number too large for a double is refused, one too small reads as 0", "[json]") {
    // Boost.JSON reads 1e400 as infinity and writes it as `Infinity`, which is not JSON: a reply holding one
    // could not be stored, and a CLI request holding one would have gone out so.
    const std::string huge[] = {"1e400", "[-1E400]", R"({"Index":333333333333333333333333333333E33333})",
                                "1" + std::string(400, '0')};
    for (const auto& text : huge) {
        CAPTURE(text);
        const auto doc = parse_json(text);
        REQUIRE_FALSE(doc);
        CHECK(doc.error->reason.starts_with("a number too large for a double: "));
        CHECK(doc.error->reason.size() < 70);  // the number is cut, not quoted whole
    }
    const auto tiny = parse_json("1e-400");
    REQUIRE(tiny);
    CHECK(tiny.value.as_double() == 0);
}

TEST_CASE("parse_json: a syntax error names its line and column", "[json]") {
    const auto doc = parse_json("{\n  \"a\": 1,\n  \"b\": tru\n}");
    REQUIRE_FALSE(doc);
    CHECK(doc.error->line == 3);
    CHECK(doc.error->column >= 8);
    CHECK_FALSE(doc.error->reason.empty());
}

TEST_CASE("parse_json: nesting beyond the limit is refused", "[json]") {
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    CHECK_FALSE(parse_json(deep, {.max_depth = 64}));
    CHECK(parse_json(deep, {.max_depth = 128}));
}

TEST_CASE("parse_json: a tree costing more than max_memory is refused while parsing", "[json]") {
    std::string text = "[";
    for (int i = 0; i < 100000; ++i) text += "{},";
    text += "{}]";
    const auto all = parse_json(text);
    REQUIRE(all);
    CHECK(all.memory > 10 * text.size());  // each `{},` is an object header and a slot: far more than 3 bytes

    const auto capped = parse_json(text, {.max_memory = 7 * text.size()});
    REQUIRE_FALSE(capped);
    CHECK(capped.error->reason.find("bytes of memory") != std::string::npos);
    CHECK(capped.value.is_null());
}

}  // namespace core_json_parse_test
