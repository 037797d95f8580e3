#include "timrest/core/rules.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core_rules_test {

namespace {

namespace json = boost::json;
using timrest::list;
using timrest::required;
using timrest::text;
using timrest_test::rendered;

// A shape: a circle (Kind 1) needs Radius, a square (Kind 2) needs Side; Label is checked by its own bound.
struct shape {
    required<std::int32_t> Kind;
    std::optional<std::int32_t> Radius{};
    std::optional<std::int32_t> Side{};
    std::optional<text<4>> Label{};

    static constexpr auto rules = timrest::rules(timrest::required_when(&shape::Radius, &shape::Kind, 1),
                                                 timrest::required_when(&shape::Side, &shape::Kind, 2));
};
BOOST_DESCRIBE_STRUCT(shape, (), (Kind, Radius, Side, Label))

// The selector may be a plain member too, and the required field a list.
struct plain_selector {
    std::int32_t Mode = 0;
    std::optional<std::vector<std::string>> Names{};

    static constexpr auto rules =
        timrest::rules(timrest::required_when(&plain_selector::Names, &plain_selector::Mode, 3));
};
BOOST_DESCRIBE_STRUCT(plain_selector, (), (Mode, Names))

// Exactly one of two formats.
struct either {
    std::optional<std::string> Old{};
    std::optional<list<std::string, 1, 2>> New{};

    static constexpr auto rules = timrest::rules(timrest::exactly_one_of(&either::Old, &either::New));
};
BOOST_DESCRIBE_STRUCT(either, (), (Old, New))

// Rules on structs nested in a list, inside another struct.
struct drawing {
    required<text<8>> Title;
    list<shape, 1, 3> Shapes;
    std::vector<either> Notes{};
    std::optional<either> Extra{};
};
BOOST_DESCRIBE_STRUCT(drawing, (), (Title, Shapes, Notes, Extra))

// Both kinds of rule on one struct, in the order declared.
struct mixed {
    required<std::int32_t> Type;
    std::optional<std::string> A{};
    std::optional<std::string> B{};

    static constexpr auto rules = timrest::rules(timrest::exactly_one_of(&mixed::A, &mixed::B),
                                                 timrest::required_when(&mixed::A, &mixed::Type, 1));
};
BOOST_DESCRIBE_STRUCT(mixed, (), (Type, A, B))

// A member left out of BOOST_DESCRIBE_STRUCT, to show member_name has nothing to name it by.
struct partly_described {
    std::int32_t Listed = 0;
    std::int32_t Unlisted = 0;
};
BOOST_DESCRIBE_STRUCT(partly_described, (), (Listed))

}  // namespace

TEST_CASE("rules: member_name finds the described name of a member pointer", "[rules]") {
    CHECK(timrest::detail::member_name(&shape::Kind) == "Kind");
    CHECK(timrest::detail::member_name(&shape::Label) == "Label");
    CHECK(timrest::detail::member_name(&drawing::Shapes) == "Shapes");
}

TEST_CASE("rules: member_name tells apart members of the same type", "[rules]") {
    CHECK(timrest::detail::member_name(&shape::Radius) == "Radius");
    CHECK(timrest::detail::member_name(&shape::Side) == "Side");
    CHECK(timrest::detail::member_name(&mixed::A) == "A");
    CHECK(timrest::detail::member_name(&mixed::B) == "B");
}

TEST_CASE("rules: member_name of a member not listed in BOOST_DESCRIBE_STRUCT is empty", "[rules]") {
    CHECK(timrest::detail::member_name(&partly_described::Listed) == "Listed");
    CHECK(timrest::detail::member_name(&partly_described::Unlisted).empty());
}

TEST_CASE("rules: required_when is satisfied when the selector has the value and the field is present", "[rules]") {
    CHECK(timrest::validate(shape{.Kind = 1, .Radius = 5}).empty());
    CHECK(timrest::validate(shape{.Kind = 2, .Side = 3}).empty());
}

TEST_CASE("rules: required_when reports the field, the selector and the value when the field is absent", "[rules]") {
    CHECK(rendered(timrest::validate(shape{.Kind = 1})) == std::vector<std::string>{"Radius: required when Kind is 1"});
    CHECK(rendered(timrest::validate(shape{.Kind = 2, .Radius = 5})) ==
          std::vector<std::string>{"Side: required when Kind is 2"});
}

TEST_CASE("rules: required_when does not apply when the selector has another value", "[rules]") {
    CHECK(timrest::validate(shape{.Kind = 3}).empty());
    CHECK(timrest::validate(shape{.Kind = 0, .Radius = 1, .Side = 2}).empty());
}

TEST_CASE("rules: required_when reads a plain selector and an optional list", "[rules]") {
    CHECK(timrest::validate(plain_selector{}).empty());
    CHECK(rendered(timrest::validate(plain_selector{.Mode = 3})) ==
          std::vector<std::string>{"Names: required when Mode is 3"});
    // Present but empty is present: the rule is about the key, not its size.
    CHECK(timrest::validate(plain_selector{.Mode = 3, .Names = std::vector<std::string>{}}).empty());
}

TEST_CASE("rules: a struct's rules run after its fields' own bounds", "[rules]") {
    CHECK(rendered(timrest::validate(shape{.Kind = 1, .Label = std::string("toolong")})) ==
          std::vector<std::string>{"Label: at most 4 bytes, got 7", "Radius: required when Kind is 1"});
}

TEST_CASE("rules: exactly_one_of accepts either field alone", "[rules]") {
    CHECK(timrest::validate(either{.Old = "x"}).empty());
    CHECK(timrest::validate(either{.New = {"y"}}).empty());
}

TEST_CASE("rules: exactly_one_of reports neither and both, naming the two fields", "[rules]") {
    CHECK(rendered(timrest::validate(either{})) == std::vector<std::string>{"give one of Old and New"});
    CHECK(rendered(timrest::validate(either{.Old = "x", .New = {"y"}})) ==
          std::vector<std::string>{"give only one of Old and New"});
}

TEST_CASE("rules: an exactly_one_of violation on the top-level struct has an empty path", "[rules]") {
    const auto violations = timrest::validate(either{});
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].path.empty());
    CHECK(violations[0].to_string() == violations[0].message);
}

TEST_CASE("rules: the chosen field's own bounds are still checked", "[rules]") {
    CHECK(rendered(timrest::validate(either{.New = std::vector<std::string>{"a", "b", "c"}})) ==
          std::vector<std::string>{"New: at most 2 elements, got 3"});
}

TEST_CASE("rules: several rules on one struct are applied in declaration order", "[rules]") {
    CHECK(rendered(timrest::validate(mixed{.Type = 1})) ==
          std::vector<std::string>{"give one of A and B", "A: required when Type is 1"});
    CHECK(rendered(timrest::validate(mixed{.Type = 1, .B = "b"})) ==
          std::vector<std::string>{"A: required when Type is 1"});
    CHECK(timrest::validate(mixed{.Type = 2, .B = "b"}).empty());
}

TEST_CASE("rules: rules on structs nested in a list report the element's path", "[rules]") {
    const drawing d{.Title = "plan",
                    .Shapes = {shape{.Kind = 1, .Radius = 2}, shape{.Kind = 2}, shape{.Kind = 1}},
                    .Notes = {either{.Old = "ok"}, either{}, either{.Old = "x", .New = {"y"}}},
                    .Extra = either{}};
    CHECK(rendered(timrest::validate(d)) ==
          std::vector<std::string>{"Shapes[1].Side: required when Kind is 2",
                                   "Shapes[2].Radius: required when Kind is 1", "Notes[1]: give one of Old and New",
                                   "Notes[2]: give only one of Old and New", "Extra: give one of Old and New"});
}

TEST_CASE("rules: an empty optional struct's rules are not applied", "[rules]") {
    const drawing d{.Title = "plan", .Shapes = {shape{.Kind = 1, .Radius = 2}}};
    CHECK(timrest::validate(d).empty());
}

TEST_CASE("rules: a nested element's bounds and rules are both reported, bounds first", "[rules]") {
    const drawing d{.Title = "plan", .Shapes = {shape{.Kind = 2, .Label = std::string("12345")}}};
    CHECK(rendered(timrest::validate(d)) == std::vector<std::string>{"Shapes[0].Label: at most 4 bytes, got 5",
                                                                     "Shapes[0].Side: required when Kind is 2"});
}

TEST_CASE("rules: a request decoded from JSON is checked by the same rules", "[rules]") {
    auto d = timrest::blank<drawing>();
    auto bad =
        timrest::from_json(json::parse(R"({"Title":"t","Shapes":[{"Kind":1},{"Kind":2,"Side":1}],"Notes":[{}]})"), d,
                           timrest::unknown_keys::reject);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    CHECK(rendered(timrest::validate(d)) ==
          std::vector<std::string>{"Shapes[0].Radius: required when Kind is 1", "Notes[0]: give one of Old and New"});
}

TEST_CASE("rules: required_when describes itself with field, selector and value", "[rules]") {
    CHECK(json::value(timrest::required_when(&shape::Radius, &shape::Kind, 1).describe()) ==
          json::parse(R"({"rule":"required_when","field":"Radius","when":"Kind","equals":1})"));
}

TEST_CASE("rules: exactly_one_of describes itself with both field names", "[rules]") {
    CHECK(json::value(timrest::exactly_one_of(&either::Old, &either::New).describe()) ==
          json::parse(R"({"rule":"exactly_one_of","fields":["Old","New"]})"));
}

TEST_CASE("rules: a rule set describes its rules in order", "[rules]") {
    CHECK(json::value(mixed::rules.describe()) == json::parse(R"([{"rule":"exactly_one_of","fields":["A","B"]},
                          {"rule":"required_when","field":"A","when":"Type","equals":1}])"));
    CHECK(json::value(timrest::rules().describe()) == json::parse("[]"));
}

TEST_CASE("rules: rules are constant expressions holding their member pointers", "[rules]") {
    constexpr auto r = timrest::required_when(&shape::Side, &shape::Kind, 2);
    STATIC_REQUIRE(r.field == &shape::Side);
    STATIC_REQUIRE(r.selector == &shape::Kind);
    STATIC_REQUIRE(r.value == 2);
    constexpr auto e = timrest::exactly_one_of(&either::Old, &either::New);
    STATIC_REQUIRE(e.first == &either::Old);
    STATIC_REQUIRE(e.second == &either::New);
    STATIC_REQUIRE(std::tuple_size_v<decltype(shape::rules.rules)> == 2);
}

}  // namespace core_rules_test
