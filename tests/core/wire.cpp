#include "timrest/core/wire.hpp"

#include <catch2/catch.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core_wire_test {

namespace {

namespace json = boost::json;
using timrest::list;
using timrest::required;
using timrest::text;

// Shaped like a recentcontact reply: plain members, a vector of objects.
struct item {
    std::string GroupName;
    std::uint32_t GroupId = 0;
    friend bool operator==(const item&, const item&) = default;
};
BOOST_DESCRIBE_STRUCT(item, (), (GroupName, GroupId))

struct reply {
    std::vector<item> GroupItem;
    friend bool operator==(const reply&, const reply&) = default;
};
BOOST_DESCRIBE_STRUCT(reply, (), (GroupItem))

struct profile {
    std::string Name;
    std::optional<std::string> Nick{};
    std::optional<std::int32_t> Age{};
    friend bool operator==(const profile&, const profile&) = default;
};
BOOST_DESCRIBE_STRUCT(profile, (), (Name, Nick, Age))

struct keyed {
    required<std::string> Id;
    required<text<8>> Code;
    required<list<text<4>, 1, 3>> Tags;
    std::optional<bool> Flag{};
    friend bool operator==(const keyed&, const keyed&) = default;
};
BOOST_DESCRIBE_STRUCT(keyed, (), (Id, Code, Tags, Flag))

struct inner {
    required<std::int64_t> Time;
    std::optional<std::string> Note{};
    friend bool operator==(const inner&, const inner&) = default;
};
BOOST_DESCRIBE_STRUCT(inner, (), (Time, Note))

struct nested {
    std::vector<std::vector<item>> Grid;
    std::optional<inner> Child{};
    list<inner> Items{};
    friend bool operator==(const nested&, const nested&) = default;
};
BOOST_DESCRIBE_STRUCT(nested, (), (Grid, Child, Items))

struct scalars {
    bool On = false;
    std::int32_t I32 = 0;
    std::uint32_t U32 = 0;
    std::int64_t I64 = 0;
    std::uint64_t U64 = 0;
    friend bool operator==(const scalars&, const scalars&) = default;
};
BOOST_DESCRIBE_STRUCT(scalars, (), (On, I32, U32, I64, U64))

struct raw {
    required<std::string> Kind;
    json::value Payload;
    std::optional<json::value> Extra{};
};
BOOST_DESCRIBE_STRUCT(raw, (), (Kind, Payload, Extra))

struct empty_reply {};
BOOST_DESCRIBE_STRUCT(empty_reply, (), ())

template <class T>
std::optional<timrest::field_error> decode(std::string_view text_json, T& out,
                                           timrest::unknown_keys unknown = timrest::unknown_keys::ignore) {
    return timrest::from_json(json::parse(text_json), out, unknown);
}

template <class T>
std::string decode_error(std::string_view text_json, timrest::unknown_keys unknown = timrest::unknown_keys::ignore) {
    auto v = timrest::blank<T>();
    auto e = decode(text_json, v, unknown);
    return e ? e->to_string() : std::string("(no error)");
}

// Decodes one bare value, so range checks need no struct per integer type.
template <class T>
std::string decode_value_error(const json::value& in) {
    T v{};
    auto e = timrest::from_json(in, v);
    return e ? e->to_string() : std::string("(no error)");
}

}  // namespace

// ---- writing ---------------------------------------------------------------------------------------------

TEST_CASE("wire: an empty optional is left out of the JSON", "[wire]") {
    CHECK(timrest::to_json_string(profile{.Name = "ann"}) == R"({"Name":"ann"})");
}

TEST_CASE("wire: a set optional is written, members in declaration order", "[wire]") {
    CHECK(timrest::to_json_string(profile{.Name = "ann", .Nick = "a", .Age = 7}) ==
          R"({"Name":"ann","Nick":"a","Age":7})");
    CHECK(timrest::to_json_string(profile{.Name = "ann", .Age = 0}) == R"({"Name":"ann","Age":0})");
}

TEST_CASE("wire: a plain member is always written, even when it holds its default", "[wire]") {
    CHECK(timrest::to_json_string(item{}) == R"({"GroupName":"","GroupId":0})");
}

TEST_CASE("wire: required, text and list members are written as their values", "[wire]") {
    const keyed k{.Id = "id-1", .Code = "abc", .Tags = {"x", "yz"}};
    CHECK(timrest::to_json_string(k) == R"({"Id":"id-1","Code":"abc","Tags":["x","yz"]})");
}

TEST_CASE("wire: an empty list and an empty vector are written as []", "[wire]") {
    CHECK(timrest::to_json_string(reply{}) == R"({"GroupItem":[]})");
    CHECK(timrest::to_json_string(nested{}) == R"({"Grid":[],"Items":[]})");
}

TEST_CASE("wire: an empty struct is written as {}", "[wire]") {
    CHECK(timrest::to_json_string(empty_reply{}) == "{}");
}

TEST_CASE("wire: integers keep their full range and sign when written", "[wire]") {
    const scalars s{.On = true,
                    .I32 = std::numeric_limits<std::int32_t>::min(),
                    .U32 = std::numeric_limits<std::uint32_t>::max(),
                    .I64 = std::numeric_limits<std::int64_t>::min(),
                    .U64 = std::numeric_limits<std::uint64_t>::max()};
    CHECK(timrest::to_json_string(s) == R"({"On":true,"I32":-2147483648,"U32":4294967295,"I64":-9223372036854775808,)"
                                        R"("U64":18446744073709551615})");
}

TEST_CASE("wire: a boost::json::value member is written through unchanged", "[wire]") {
    const raw r{.Kind = "k", .Payload = json::parse(R"({"a":[1,"two",null,{"b":false}]})")};
    CHECK(timrest::to_json_string(r) == R"({"Kind":"k","Payload":{"a":[1,"two",null,{"b":false}]}})");
}

TEST_CASE("wire: to_json returns an object value", "[wire]") {
    const auto v = timrest::to_json(item{.GroupName = "g", .GroupId = 3});
    REQUIRE(v.is_object());
    CHECK(v.as_object().at("GroupName") == "g");
    CHECK(v.as_object().at("GroupId") == 3);
}

// ---- reading: optionals and unknown keys ----------------------------------------------------------------

TEST_CASE("wire: an absent optional is accepted on read and stays empty", "[wire]") {
    profile p;
    CHECK_FALSE(decode(R"({"Name":"ann"})", p));
    CHECK(p == profile{.Name = "ann"});
}

TEST_CASE("wire: JSON null for an optional reads as empty", "[wire]") {
    profile p{.Name = "x", .Nick = "old"};
    CHECK_FALSE(decode(R"({"Name":"ann","Nick":null,"Age":null})", p));
    CHECK(p.Name == "ann");
    CHECK_FALSE(p.Nick.has_value());
    CHECK_FALSE(p.Age.has_value());
}

TEST_CASE("wire: a present optional is read", "[wire]") {
    profile p;
    CHECK_FALSE(decode(R"({"Name":"ann","Nick":"a","Age":-4})", p));
    CHECK(p == profile{.Name = "ann", .Nick = "a", .Age = -4});
}

TEST_CASE("wire: a present optional of the wrong type is an error naming it", "[wire]") {
    CHECK(decode_error<profile>(R"({"Name":"ann","Age":"4"})") == "Age: expected integer, got string");
}

TEST_CASE("wire: JSON null for a required or plain member is a type error", "[wire]") {
    CHECK(decode_error<keyed>(R"({"Id":null,"Code":"c","Tags":["t"]})") == "Id: expected string, got null");
    CHECK(decode_error<item>(R"({"GroupName":"g","GroupId":null})") == "GroupId: expected integer, got null");
}

TEST_CASE("wire: unknown keys are ignored by default", "[wire]") {
    reply r;
    CHECK_FALSE(decode(R"({"GroupItem":[{"GroupName":"a","GroupId":1,"Since":7}],"ActionStatus":"OK","New":{}})", r));
    CHECK(r == reply{{item{"a", 1}}});
}

TEST_CASE("wire: unknown_keys::reject names the unknown key's path", "[wire]") {
    SECTION("at the top level") {
        CHECK(decode_error<profile>(R"({"Name":"ann","Nik":"a"})", timrest::unknown_keys::reject) ==
              "Nik: unknown field (keys are case-sensitive)");
    }
    SECTION("inside an array element") {
        CHECK(decode_error<reply>(
                  R"({"GroupItem":[{"GroupName":"a","GroupId":1},{"GroupName":"b","GroupId":2,"X":0}]})",
                  timrest::unknown_keys::reject) == "GroupItem[1].X: unknown field (keys are case-sensitive)");
    }
    SECTION("inside an optional object") {
        CHECK(decode_error<nested>(R"({"Grid":[],"Items":[],"Child":{"Time":1,"note":"n"}})",
                                   timrest::unknown_keys::reject) ==
              "Child.note: unknown field (keys are case-sensitive)");
    }
}

TEST_CASE("wire: unknown_keys::reject accepts a document with only declared keys", "[wire]") {
    profile p;
    CHECK_FALSE(decode(R"({"Name":"ann","Age":3})", p, timrest::unknown_keys::reject));
    CHECK(p.Age == 3);
}

// ---- reading: missing keys and wrong types ---------------------------------------------------------------

TEST_CASE("wire: a missing required member is an error naming its path", "[wire]") {
    CHECK(decode_error<keyed>(R"({"Id":"i","Tags":["t"]})") == "Code: required field is missing");
    CHECK(decode_error<nested>(R"({"Grid":[],"Items":[{"Time":1},{"Note":"n"}]})") ==
          "Items[1].Time: required field is missing");
}

TEST_CASE("wire: a missing plain member is reported like a required one", "[wire]") {
    // Only std::optional members may be absent from a reply (wire_traits.hpp, may_be_absent).
    CHECK(decode_error<reply>(R"({"GroupItem":[{"GroupName":"a"}]})") ==
          "GroupItem[0].GroupId: required field is missing");
    CHECK(decode_error<reply>(R"({})") == "GroupItem: required field is missing");
}

TEST_CASE("wire: a wrong type is an error naming the path, the expected and the actual type", "[wire]") {
    CHECK(decode_error<reply>(R"({"GroupItem":[{"GroupName":"a","GroupId":"x"}]})") ==
          "GroupItem[0].GroupId: expected integer, got string");
    CHECK(decode_error<reply>(R"({"GroupItem":[{"GroupName":1,"GroupId":1}]})") ==
          "GroupItem[0].GroupName: expected string, got integer");
    CHECK(decode_error<reply>(R"({"GroupItem":{"GroupName":"a","GroupId":1}})") ==
          "GroupItem: expected array, got object");
    CHECK(decode_error<reply>(R"({"GroupItem":[1]})") == "GroupItem[0]: expected object, got integer");
    CHECK(decode_error<reply>(R"({"GroupItem":[{"GroupName":"a","GroupId":1.5}]})") ==
          "GroupItem[0].GroupId: expected integer, got number");
    CHECK(decode_error<keyed>(R"({"Id":"i","Code":["c"],"Tags":["t"]})") == "Code: expected string, got array");
    CHECK(decode_error<keyed>(R"({"Id":"i","Code":"c","Tags":["t"],"Flag":"true"})") ==
          "Flag: expected boolean, got string");
}

TEST_CASE("wire: a document that is not an object is an error without a path", "[wire]") {
    reply r;
    auto e = decode(R"([1,2])", r);
    REQUIRE(e);
    CHECK(e->path.empty());
    CHECK(e->message == "expected object, got array");
    CHECK(e->to_string() == "expected object, got array");
}

TEST_CASE("wire: paths through nested arrays and objects name every step", "[wire]") {
    CHECK(decode_error<nested>(
              R"({"Grid":[[],[{"GroupName":"a","GroupId":1},{"GroupName":"b","GroupId":true}]],"Items":[]})") ==
          "Grid[1][1].GroupId: expected integer, got boolean");
    CHECK(decode_error<nested>(R"({"Grid":[],"Items":[],"Child":{"Time":"t"}})") ==
          "Child.Time: expected integer, got string");
    CHECK(decode_error<nested>(R"({"Grid":[[7]],"Items":[]})") == "Grid[0][0]: expected object, got integer");
}

TEST_CASE("wire: the first error is the one reported", "[wire]") {
    CHECK(decode_error<item>(R"({"GroupName":1,"GroupId":"x"})") == "GroupName: expected string, got integer");
}

// ---- reading: integers and booleans ----------------------------------------------------------------------

TEST_CASE("wire: uint32 accepts 0 and 4294967295", "[wire]") {
    std::uint32_t v = 1;
    CHECK_FALSE(timrest::from_json(json::value(0), v));
    CHECK(v == 0u);
    CHECK_FALSE(timrest::from_json(json::parse("4294967295"), v));
    CHECK(v == 4294967295u);
}

TEST_CASE("wire: uint32 rejects -1 and 4294967296 with the range in the message", "[wire]") {
    CHECK(decode_value_error<std::uint32_t>(json::value(-1)) == "expected an integer in [0, 4294967295], got -1");
    CHECK(decode_value_error<std::uint32_t>(json::parse("4294967296")) ==
          "expected an integer in [0, 4294967295], got 4294967296");
}

TEST_CASE("wire: an out-of-range integer inside a struct names its path", "[wire]") {
    CHECK(decode_error<reply>(R"({"GroupItem":[{"GroupName":"a","GroupId":-1}]})") ==
          "GroupItem[0].GroupId: expected an integer in [0, 4294967295], got -1");
}

TEST_CASE("wire: int32 accepts its limits and rejects one past each", "[wire]") {
    std::int32_t v = 0;
    CHECK_FALSE(timrest::from_json(json::parse("-2147483648"), v));
    CHECK(v == std::numeric_limits<std::int32_t>::min());
    CHECK_FALSE(timrest::from_json(json::parse("2147483647"), v));
    CHECK(v == std::numeric_limits<std::int32_t>::max());
    CHECK(decode_value_error<std::int32_t>(json::parse("2147483648")) ==
          "expected an integer in [-2147483648, 2147483647], got 2147483648");
    CHECK(decode_value_error<std::int32_t>(json::parse("-2147483649")) ==
          "expected an integer in [-2147483648, 2147483647], got -2147483649");
}

TEST_CASE("wire: int64 accepts large values exactly", "[wire]") {
    std::int64_t v = 0;
    CHECK_FALSE(timrest::from_json(json::parse("9007199254740993"), v));  // 2^53 + 1: not a double
    CHECK(v == 9007199254740993);
    CHECK_FALSE(timrest::from_json(json::parse("9223372036854775807"), v));
    CHECK(v == std::numeric_limits<std::int64_t>::max());
    CHECK_FALSE(timrest::from_json(json::parse("-9223372036854775808"), v));
    CHECK(v == std::numeric_limits<std::int64_t>::min());
    CHECK(decode_value_error<std::int64_t>(json::parse("9223372036854775808")) ==
          "expected an integer in [-9223372036854775808, 9223372036854775807], got 9223372036854775808");
}

TEST_CASE("wire: uint64 accepts its maximum and rejects negatives", "[wire]") {
    std::uint64_t v = 0;
    CHECK_FALSE(timrest::from_json(json::parse("18446744073709551615"), v));
    CHECK(v == std::numeric_limits<std::uint64_t>::max());
    CHECK(decode_value_error<std::uint64_t>(json::value(-5)) ==
          "expected an integer in [0, 18446744073709551615], got -5");
}

TEST_CASE("wire: an integer member rejects a string, a number and a boolean", "[wire]") {
    CHECK(decode_value_error<std::int32_t>(json::value("1")) == "expected integer, got string");
    CHECK(decode_value_error<std::int32_t>(json::value(1.0)) == "expected integer, got number");
    CHECK(decode_value_error<std::int32_t>(json::value(true)) == "expected integer, got boolean");
}

TEST_CASE("wire: bool reads true and false and rejects 0/1 and strings", "[wire]") {
    bool b = false;
    CHECK_FALSE(timrest::from_json(json::value(true), b));
    CHECK(b);
    CHECK_FALSE(timrest::from_json(json::value(false), b));
    CHECK_FALSE(b);
    CHECK(decode_value_error<bool>(json::value(1)) == "expected boolean, got integer");
    CHECK(decode_value_error<bool>(json::value("true")) == "expected boolean, got string");
}

// ---- round trips -----------------------------------------------------------------------------------------

TEST_CASE("wire: scalars round-trip at their limits", "[wire]") {
    const scalars s{.On = true,
                    .I32 = std::numeric_limits<std::int32_t>::min(),
                    .U32 = std::numeric_limits<std::uint32_t>::max(),
                    .I64 = std::numeric_limits<std::int64_t>::max(),
                    .U64 = std::numeric_limits<std::uint64_t>::max()};
    scalars back;
    CHECK_FALSE(timrest::from_json(json::parse(timrest::to_json_string(s)), back));
    CHECK(back == s);
}

TEST_CASE("wire: text<N> and list<> round-trip", "[wire]") {
    const keyed k{.Id = "id", .Code = "\xC3\xA9t\xC3\xA9", .Tags = {"a", "b", "c"}, .Flag = false};
    auto back = timrest::blank<keyed>();
    CHECK_FALSE(timrest::from_json(timrest::to_json(k), back, timrest::unknown_keys::reject));
    CHECK(back == k);
    CHECK(back.Code->str() == "\xC3\xA9t\xC3\xA9");
    CHECK(back.Tags->size() == 3);
}

TEST_CASE("wire: reading does not check text and list bounds (validate does)", "[wire]") {
    auto k = timrest::blank<keyed>();
    CHECK_FALSE(decode(R"({"Id":"i","Code":"longer than eight","Tags":["t1234","b","c","d"]})", k));
    CHECK(k.Code->size() == 17);
    CHECK(k.Tags->size() == 4);
}

TEST_CASE("wire: std::vector and nested structs round-trip", "[wire]") {
    const nested n{.Grid = {{item{"a", 1}}, {}, {item{"b", 2}, item{"c", 3}}},
                   .Child = inner{.Time = -5, .Note = "n"},
                   .Items = {inner{.Time = 1}, inner{.Time = 2, .Note = ""}}};
    const auto text_json = timrest::to_json_string(n);
    auto back = timrest::blank<nested>();
    CHECK_FALSE(timrest::from_json(json::parse(text_json), back, timrest::unknown_keys::reject));
    CHECK(back == n);
    CHECK(timrest::to_json_string(back) == text_json);
}

TEST_CASE("wire: reading an array replaces what the member held", "[wire]") {
    reply r{{item{"old", 9}, item{"older", 8}}};
    CHECK_FALSE(decode(R"({"GroupItem":[{"GroupName":"new","GroupId":1}]})", r));
    CHECK(r == reply{{item{"new", 1}}});
}

TEST_CASE("wire: a boost::json::value member is read through unchanged", "[wire]") {
    auto r = timrest::blank<raw>();
    CHECK_FALSE(decode(R"({"Kind":"k","Payload":[1,{"x":null}],"Extra":"s"})", r));
    CHECK(r.Payload == json::parse(R"([1,{"x":null}])"));
    REQUIRE(r.Extra.has_value());
    CHECK(*r.Extra == json::value("s"));

    SECTION("any JSON type is accepted, including null") {
        CHECK_FALSE(decode(R"({"Kind":"k","Payload":null})", r));
        CHECK(r.Payload.is_null());
        CHECK_FALSE(decode(R"({"Kind":"k","Payload":3.25})", r));
        CHECK(r.Payload == json::value(3.25));
    }
    SECTION("but it may not be absent") {
        CHECK(decode_error<raw>(R"({"Kind":"k"})") == "Payload: required field is missing");
    }
}

// ---- blank -----------------------------------------------------------------------------------------------

TEST_CASE("wire: blank<T>() builds a struct with required<> members, every field empty", "[wire]") {
    const auto k = timrest::blank<keyed>();
    CHECK(k.Id->empty());
    CHECK(k.Code->empty());
    CHECK(k.Tags->empty());
    CHECK_FALSE(k.Flag.has_value());

    const auto n = timrest::blank<nested>();
    CHECK(n.Grid.empty());
    CHECK_FALSE(n.Child.has_value());
    CHECK(n.Items.empty());

    const auto i = timrest::blank<inner>();
    CHECK(*i.Time == 0);
}

TEST_CASE("wire: blank<T>() is the starting point for decoding a struct with required<> members", "[wire]") {
    auto k = timrest::blank<keyed>();
    REQUIRE_FALSE(decode(R"({"Id":"i","Code":"c","Tags":["t"],"Flag":true})", k));
    CHECK(k == keyed{.Id = "i", .Code = "c", .Tags = {"t"}, .Flag = true});
}

// ---- a declaration's description is checked against the struct (issue 6, item 2) -------------------------
// The compile-fail cases show the sentences; these pin what each check finds.

namespace {
struct listed_all {
    required<std::string> Id;
    std::int32_t Count = 0;
};
BOOST_DESCRIBE_STRUCT(listed_all, (), (Id, Count))

struct one_left_out {
    std::string Id;
    std::int32_t Count = 0;
};
BOOST_DESCRIBE_STRUCT(one_left_out, (), (Id))

struct listed_backwards {
    std::string Id;
    std::int32_t Count = 0;
};
BOOST_DESCRIBE_STRUCT(listed_backwards, (), (Count, Id))

struct base_part {
    std::string Id;
};
struct derived_part : base_part {
    std::int32_t Count = 0;
};
BOOST_DESCRIBE_STRUCT(derived_part, (), (Count))

struct with_plain_bounded_list {
    required<std::string> Id;
    timrest::list<std::string, 1, 5> Names;
};
BOOST_DESCRIBE_STRUCT(with_plain_bounded_list, (), (Id, Names))

struct with_optional_list {
    timrest::optional_list<std::string, 1, 5> Names{};
};
BOOST_DESCRIBE_STRUCT(with_optional_list, (), (Names))
}  // namespace

TEST_CASE("wire: a description that lists every member in order passes the check", "[wire]") {
    using timrest::detail::describe_mistake;
    using timrest::detail::find_describe_mistake;
    STATIC_REQUIRE(find_describe_mistake<listed_all>() == describe_mistake::none);
    STATIC_REQUIRE(find_describe_mistake<keyed>() == describe_mistake::none);
    STATIC_REQUIRE(find_describe_mistake<empty_reply>() == describe_mistake::none);
}

TEST_CASE("wire: a member left out, members out of order and a base class are each found", "[wire]") {
    using timrest::detail::describe_mistake;
    using timrest::detail::find_describe_mistake;
    STATIC_REQUIRE(find_describe_mistake<one_left_out>() == describe_mistake::member_not_listed);
    STATIC_REQUIRE(find_describe_mistake<listed_backwards>() == describe_mistake::out_of_order);
    STATIC_REQUIRE(find_describe_mistake<derived_part>() == describe_mistake::base_class);
}

TEST_CASE("wire: blank<T>() builds a plain list that needs elements empty, for decoding", "[wire]") {
    auto v = timrest::blank<with_plain_bounded_list>();
    CHECK(v.Names.empty());
    REQUIRE_FALSE(decode(R"({"Id":"i","Names":["a","b"]})", v));
    CHECK(v.Names.size() == 2);
}

TEST_CASE("wire: an optional_list is written when set, left out when absent, and read back", "[wire]") {
    const with_optional_list set{.Names = {"a", "b"}};
    CHECK(json::serialize(timrest::to_json(set)) == R"({"Names":["a","b"]})");
    CHECK(json::serialize(timrest::to_json(with_optional_list{})) == "{}");
    auto v = timrest::blank<with_optional_list>();
    CHECK_FALSE(v.Names.has_value());
    REQUIRE_FALSE(decode(R"({"Names":["x"]})", v));
    REQUIRE(v.Names.has_value());
    CHECK(v.Names->size() == 1);
}

}  // namespace core_wire_test
