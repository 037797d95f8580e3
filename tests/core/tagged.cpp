#include "timrest/core/tagged.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/bounded_text.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <string>
#include <vector>

namespace core_tagged_test {

// The mechanism on a shape of this test's own, so that what is tested is tagged<> and not one family's
// declarations (tests/openim covers the message elements themselves).

namespace {

namespace json = boost::json;
using timrest_test::rendered;

struct note {
    static constexpr std::string_view tag = "Note";
    timrest::required<timrest::nonempty_text<16>> Text;
};
BOOST_DESCRIBE_STRUCT(note, (), (Text))

struct pin {
    static constexpr std::string_view tag = "Pin";
    double Latitude = 0;
    double Longitude = 0;
};
BOOST_DESCRIBE_STRUCT(pin, (), (Latitude, Longitude))

struct payload {
    static constexpr std::string_view tag = "Payload";
    std::string Data;
};
BOOST_DESCRIBE_STRUCT(payload, (), (Data))

struct part_shape {
    static constexpr std::string_view tag_key = "Kind";
    static constexpr std::string_view content_key = "Body";
    using limits = boost::mp11::mp_list<timrest::at_most<payload, 1>>;
    static constexpr std::size_t max_list_json_bytes = 200;
};
using part = timrest::tagged<part_shape, note, pin, payload>;

struct post {
    timrest::required<timrest::list<part, 1>> Parts;
};
BOOST_DESCRIBE_STRUCT(post, (), (Parts))

std::string encoded(const post& p) { return json::serialize(timrest::to_json(p)); }

}  // namespace

TEST_CASE("tagged: a list literal of alternatives encodes each as its tag and its content, in order", "[tagged]") {
    const post p{.Parts = {note{.Text = "hi"}, pin{.Latitude = 22.5, .Longitude = 114}, payload{.Data = "{}"}}};
    CHECK(encoded(p) == R"({"Parts":[{"Kind":"Note","Body":{"Text":"hi"}},)"
                        R"({"Kind":"Pin","Body":{"Latitude":2.25E1,"Longitude":1.14E2}},)"
                        R"({"Kind":"Payload","Body":{"Data":"{}"}}]})");
    CHECK(timrest::validate(p).empty());
}

TEST_CASE("tagged: decoding picks the alternative named by the tag", "[tagged]") {
    const auto p = timrest_test::decode_request<post>(
        R"({"Parts":[{"Kind":"Pin","Body":{"Latitude":-33.86,"Longitude":151}},{"Kind":"Note","Body":{"Text":"x"}}]})");
    REQUIRE(p.Parts->size() == 2);
    const auto* where = (*p.Parts)[0].get_if<pin>();
    REQUIRE(where);
    CHECK(where->Latitude == Approx(-33.86));
    CHECK(where->Longitude == 151);  // an integer is a number too
    CHECK((*p.Parts)[1].tag() == "Note");
    REQUIRE((*p.Parts)[1].holds<note>());
    CHECK((*p.Parts)[1].get_if<note>()->Text->str() == "x");
}

TEST_CASE("tagged: an unknown tag decodes as a raw alternative and re-encodes as it came", "[tagged]") {
    const std::string text = R"({"Parts":[{"Kind":"Sticker","Body":{"Pack":7,"Id":"a"}},{"Kind":"Bare"}]})";
    const auto p = timrest_test::decode_request<post>(text);
    REQUIRE(p.Parts->size() == 2);
    const auto* raw = (*p.Parts)[0].get_if<timrest::raw_alternative>();
    REQUIRE(raw);
    CHECK(raw->tag == "Sticker");
    CHECK(raw->content == json::parse(R"({"Pack":7,"Id":"a"})"));
    CHECK((*p.Parts)[1].tag() == "Bare");
    CHECK(timrest::to_json(p) == json::parse(text));
}

TEST_CASE("tagged: a malformed element is refused with the path to what is wrong", "[tagged]") {
    CHECK(timrest_test::request_error<post>(R"({"Parts":[{"Body":{"Text":"x"}}]})").to_string() ==
          "Parts[0].Kind: required field is missing");
    CHECK(timrest_test::request_error<post>(R"({"Parts":[{"Kind":7,"Body":{}}]})").to_string() ==
          "Parts[0].Kind: expected string, got integer");
    CHECK(timrest_test::request_error<post>(R"({"Parts":[{"Kind":"Note"}]})").to_string() ==
          "Parts[0].Body: required field is missing");
    CHECK(timrest_test::request_error<post>(R"({"Parts":[{"Kind":"Pin","Body":{"Latitude":"north"}}]})")
              .to_string() == "Parts[0].Body.Latitude: expected number, got string");
    CHECK(timrest_test::request_error<post>(R"({"Parts":[{"Kind":"Note","Body":{"Text":"x","Extra":1}}]})")
              .to_string() == "Parts[0].Body.Extra: unknown field (keys are case-sensitive)");
}

TEST_CASE("tagged: validation reaches into the content of each element", "[tagged]") {
    std::vector<part> parts;
    parts.push_back(note{.Text = std::string("")});
    parts.push_back(note{.Text = std::string(17, 'a')});
    const post p{.Parts = parts};
    CHECK(rendered(timrest::validate(p)) ==
          std::vector<std::string>{"Parts[0].Body.Text: at least 1 byte, got 0",
                                   "Parts[1].Body.Text: at most 16 bytes, got 17"});
}

TEST_CASE("tagged: a list built at run time is held to the shape's per-list limits", "[tagged]") {
    std::vector<part> parts{payload{.Data = "a"}, note{.Text = "b"}, payload{.Data = "c"}};
    CHECK(rendered(timrest::validate(post{.Parts = parts})) ==
          std::vector<std::string>{"Parts: at most 1 Payload, got 2"});

    std::vector<part> big{payload{.Data = std::string(150, 'x')}, note{.Text = "0123456789abcdef"}};
    const post too_big{.Parts = big};
    const auto size = json::serialize(timrest::to_json(too_big).as_object().at("Parts")).size();
    CHECK(rendered(timrest::validate(too_big)) ==
          std::vector<std::string>{"Parts: at most 200 bytes of JSON, got " + std::to_string(size)});
}

TEST_CASE("tagged: the schema lists every alternative with its tag and content, and the limits", "[tagged]") {
    const auto s = timrest::schema_of<part>();
    CHECK(s.at("type") == "tagged");
    CHECK(s.at("tag_key") == "Kind");
    CHECK(s.at("content_key") == "Body");
    const auto& alternatives = s.at("alternatives").as_array();
    REQUIRE(alternatives.size() == 3);
    CHECK(alternatives[0].at("tag") == "Note");
    CHECK(alternatives[1].at("content").at("fields").as_array()[0].at("type") == "number");
    CHECK(s.at("list_limits") == json::parse(R"([{"tag":"Payload","at_most":1}])"));
    CHECK(s.at("list_max_json_bytes") == 200);
}

}  // namespace core_tagged_test
