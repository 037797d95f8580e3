#include "timrest/core/value_set.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/bounded_text.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/parse.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core_value_set_test {

namespace {

namespace json = boost::json;
using timrest_test::rendered;

enum class colour : std::int16_t { red = 1, green = 2, blue = 4 };
BOOST_DESCRIBE_ENUM(colour, red, green, blue)

enum class presence { Online, PushOnline, Offline };
BOOST_DESCRIBE_ENUM(presence, Online, PushOnline, Offline)

struct sample {
    timrest::required<timrest::one_of<colour>> Colour;
    std::optional<timrest::named<presence>> State{};
    std::vector<timrest::in_range<std::int32_t, 0, 63>> Bits{};
    std::optional<timrest::nonempty_text<8>> Name{};
    std::optional<timrest::user_id> Who{};
};
BOOST_DESCRIBE_STRUCT(sample, (), (Colour, State, Bits, Name, Who))

sample decoded(std::string_view text) {
    auto out = timrest::blank<sample>();
    auto bad = timrest::from_json(json::parse(text), out);
    if (bad) FAIL(bad->to_string());
    return out;
}

}  // namespace

TEST_CASE("value_set: one_of goes out as its number, named as its name, in_range as its number", "[value_set]") {
    const sample s{.Colour = colour::blue, .State = presence::PushOnline, .Bits = {0, 63}};
    CHECK(timrest::to_json(s) == json::parse(R"({"Colour":4,"State":"PushOnline","Bits":[0,63]})"));
}

TEST_CASE("value_set: values decode back to their enumerators", "[value_set]") {
    const auto s = decoded(R"({"Colour":2,"State":"Offline","Bits":[5]})");
    CHECK(*s.Colour == colour::green);
    CHECK(s.State->value() == presence::Offline);
    CHECK(*s.State == presence::Offline);
    REQUIRE(s.Bits.size() == 1);
    CHECK(s.Bits[0] == 5);
    CHECK(timrest::validate(s).empty());
}

TEST_CASE("value_set: a value outside the set decodes (a reply may carry a newer one) and validate refuses it",
          "[value_set]") {
    const auto s = decoded(R"({"Colour":7,"State":"Busy","Bits":[64,-1]})");
    CHECK(s.Colour->number() == 7);
    CHECK(s.State->name() == "Busy");
    CHECK_FALSE(s.State->value());
    CHECK(rendered(timrest::validate(s)) ==
          std::vector<std::string>{"Colour: one of 1 (red), 2 (green), 4 (blue), got 7",
                                   R"(State: one of "Online", "PushOnline", "Offline", got "Busy")",
                                   "Bits[0]: in [0, 63], got 64", "Bits[1]: in [0, 63], got -1"});
}

TEST_CASE("value_set: a number built at run time is checked by validate", "[value_set]") {
    const sample s{.Colour = static_cast<colour>(3)};
    CHECK(rendered(timrest::validate(s)) == std::vector<std::string>{"Colour: one of 1 (red), 2 (green), 4 (blue), got 3"});
}

TEST_CASE("value_set: a wrong JSON type is a decode error naming the field", "[value_set]") {
    auto s = timrest::blank<sample>();
    auto bad = timrest::from_json(json::parse(R"({"Colour":"red"})"), s);
    REQUIRE(bad);
    CHECK(bad->to_string() == "Colour: expected integer, got string");
    bad = timrest::from_json(json::parse(R"({"Colour":1,"State":1})"), s);
    REQUIRE(bad);
    CHECK(bad->to_string() == "State: expected string, got integer");
}

TEST_CASE("value_set: a name given at run time is checked by validate", "[value_set]") {
    sample s{.Colour = colour::red, .State = timrest::named<presence>::from_name("online")};  // case matters
    CHECK(rendered(timrest::validate(s)) ==
          std::vector<std::string>{R"(State: one of "Online", "PushOnline", "Offline", got "online")"});
    s.State = timrest::named<presence>::from_name("Online");
    CHECK(timrest::validate(s).empty());
}

TEST_CASE("value_set: a constant in_range outside its bounds is not a constant expression", "[value_set]") {
    constexpr timrest::in_range<int, 0, 63> inside = 63;
    STATIC_REQUIRE(inside.value() == 63);
    // `constexpr timrest::in_range<int, 0, 63> outside = 64;` does not compile: it calls
    // value_outside_in_range_bounds(), which is not constexpr.
}

TEST_CASE("value_set: the schema lists every enumerator with its value, and the bounds of a range", "[value_set]") {
    const auto s = timrest::schema_of<sample>();
    const auto& fields = s.at("fields").as_array();
    CHECK(fields[0].as_object() ==
          json::parse(R"({"name":"Colour","required":true,"type":"integer","format":"int16",)"
                      R"("one_of":[{"value":1,"name":"red"},{"value":2,"name":"green"},{"value":4,"name":"blue"}]})")
              .as_object());
    CHECK(fields[1].as_object() == json::parse(R"({"name":"State","required":false,"type":"string",)"
                                               R"("one_of":["Online","PushOnline","Offline"]})")
                                       .as_object());
    CHECK(fields[2].at("items").as_object() ==
          json::parse(R"({"type":"integer","format":"int32","minimum":0,"maximum":63})").as_object());
}

TEST_CASE("bounded_text: an empty name is refused, and the schema gives min_bytes", "[value_set]") {
    sample s{.Colour = colour::red, .Name = std::string()};
    CHECK(rendered(timrest::validate(s)) == std::vector<std::string>{"Name: at least 1 byte, got 0"});
    s.Name = std::string(9, 'n');
    CHECK(rendered(timrest::validate(s)) == std::vector<std::string>{"Name: at most 8 bytes, got 9"});
    s.Name = "a";
    CHECK(timrest::validate(s).empty());
    CHECK(timrest::schema_of<timrest::nonempty_text<8>>() ==
          json::parse(R"({"type":"string","max_bytes":8,"min_bytes":1})").as_object());
}

TEST_CASE("user_id: empty, over 32 bytes or with a control character is refused, the byte shown escaped",
          "[value_set]") {
    auto check = [](std::string id) {
        return rendered(timrest::validate(sample{.Colour = colour::red, .Who = std::move(id)}));
    };
    CHECK(check("alice").empty());
    CHECK(check(std::string(32, 'u')).empty());
    CHECK(check("ali ce~").empty());  // space and printable ASCII are fine; only control bytes are refused
    CHECK(check("\xe5\xbc\xa0\xe4\xb8\x89").empty());  // UTF-8 bytes are >= 0x80: not control characters
    CHECK(check("") == std::vector<std::string>{"Who: at least 1 byte, got 0"});
    CHECK(check(std::string(33, 'u')) == std::vector<std::string>{"Who: at most 32 bytes, got 33"});
    CHECK(check(std::string("al\0ice", 6)) ==
          std::vector<std::string>{R"(Who: no control characters (bytes 0x00-0x1f, 0x7f), got "al\x00ice" (byte 2))"});
    CHECK(check("bob\n") ==
          std::vector<std::string>{R"(Who: no control characters (bytes 0x00-0x1f, 0x7f), got "bob\x0a" (byte 3))"});
    CHECK(check("\x7f") ==
          std::vector<std::string>{R"(Who: no control characters (bytes 0x00-0x1f, 0x7f), got "\x7f" (byte 0))"});
}

TEST_CASE("user_id: the schema says 1 to 32 bytes and no control characters", "[value_set]") {
    CHECK(timrest::schema_of<timrest::user_id>() ==
          json::parse(R"({"type":"string","max_bytes":32,"min_bytes":1,"control_characters":false})").as_object());
}

}  // namespace core_value_set_test
