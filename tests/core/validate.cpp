#include "timrest/core/validate.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core_validate_test {

namespace {

using timrest::list;
using timrest::required;
using timrest::text;
using timrest::recentcontact::del_contact_group_request;
using timrest_test::rendered;

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

struct bounded {
    list<int, 2, 4> Some{1, 2};
    timrest::exactly<int, 3> Three{1, 2, 3};
    std::vector<text<2>> Free{};
    std::optional<text<3>> Maybe{};
};
BOOST_DESCRIBE_STRUCT(bounded, (), (Some, Three, Free, Maybe))

// The cross-field rule of recentcontact's contact_item, on a local copy so the test owns its shape.
struct contact {
    required<std::int32_t> Type;
    std::optional<text<32>> To_Account{};
    std::optional<std::string> ToGroupId{};
    static constexpr auto rules = timrest::rules(timrest::required_when(&contact::To_Account, &contact::Type, 1),
                                                 timrest::required_when(&contact::ToGroupId, &contact::Type, 2));
};
BOOST_DESCRIBE_STRUCT(contact, (), (Type, To_Account, ToGroupId))

struct batch {
    list<contact, 1, 2> Items;
};
BOOST_DESCRIBE_STRUCT(batch, (), (Items))

}  // namespace

TEST_CASE("validate: a valid request has no violations", "[validate]") {
    CHECK(timrest::validate(del_contact_group_request{.From_Account = "alice", .GroupName = {"work"}}).empty());
    CHECK(timrest::validate(bounded{}).empty());
}

TEST_CASE("validate: a run-time text over its bound names the path, the bound and the size", "[validate]") {
    const del_contact_group_request r{.From_Account = "alice", .GroupName = {std::string(65, 'x')}};
    const auto v = timrest::validate(r);
    REQUIRE(v.size() == 1);
    CHECK(v[0].path == "GroupName[0]");
    CHECK(v[0].message == "at most 64 bytes, got 65");
    CHECK(v[0].to_string() == "GroupName[0]: at most 64 bytes, got 65");
}

TEST_CASE("validate: a text holding a NUL byte names the path and the offset", "[validate]") {
    // A group name may hold any character but NUL; a UserID refuses every control character, in its own words.
    const del_contact_group_request name{.From_Account = "alice", .GroupName = {"wo\0rk"}};
    const auto v = timrest::validate(name);
    REQUIRE(v.size() == 1);
    CHECK(v[0].path == "GroupName[0]");
    CHECK_THAT(v[0].message, Catch::StartsWith("a NUL byte at offset 2"));

    const del_contact_group_request id{.From_Account = "al\0ce", .GroupName = {"work"}};
    const auto w = timrest::validate(id);
    REQUIRE(w.size() == 1);
    CHECK(w[0].path == "From_Account");
    CHECK_THAT(w[0].message, Catch::StartsWith("no control characters"));
}

TEST_CASE("validate: a text exactly at its bound is valid", "[validate]") {
    CHECK(timrest::validate(
              del_contact_group_request{.From_Account = std::string(32, 'u'), .GroupName = {std::string(64, 'x')}})
              .empty());
}

TEST_CASE("validate: a run-time list of the wrong size names the path, the bound and the size", "[validate]") {
    const std::vector<std::string> names = {"a", "b"};
    const auto v = timrest::validate(del_contact_group_request{.From_Account = "alice", .GroupName = names});
    REQUIRE(v.size() == 1);
    CHECK(v[0].to_string() == "GroupName: exactly 1 element, got 2");

    const auto none =
        timrest::validate(del_contact_group_request{.From_Account = "alice", .GroupName = std::vector<std::string>{}});
    CHECK(rendered(none) == std::vector<std::string>{"GroupName: exactly 1 element, got 0"});
}

TEST_CASE("validate: list bounds are reported as at least / at most / exactly, with plural", "[validate]") {
    bounded b;
    b.Some = std::vector<int>{1};
    b.Three = std::vector<int>{1, 2};
    CHECK(rendered(timrest::validate(b)) ==
          std::vector<std::string>{"Some: at least 2 elements, got 1", "Three: exactly 3 elements, got 2"});
    b.Some = std::vector<int>{1, 2, 3, 4, 5};
    b.Three = std::vector<int>{1, 2, 3};
    CHECK(rendered(timrest::validate(b)) == std::vector<std::string>{"Some: at most 4 elements, got 5"});
    b.Some = std::vector<int>{1, 2, 3, 4};
    CHECK(timrest::validate(b).empty());
}

TEST_CASE("validate: every violation is collected, in declaration order", "[validate]") {
    const std::vector<std::string> names = {"ok", std::string(65, 'x'), std::string(70, 'y')};
    const del_contact_group_request r{.From_Account = std::string(33, 'u'), .GroupName = names};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{
                                                "From_Account: at most 32 bytes, got 33",
                                                "GroupName: exactly 1 element, got 3",
                                                "GroupName[1]: at most 64 bytes, got 65",
                                                "GroupName[2]: at most 64 bytes, got 70",
                                            });
}

TEST_CASE("validate: multi-byte UTF-8 counts bytes", "[validate]") {
    const std::string e_acute = "\xC3\xA9";
    SECTION("32 two-byte characters fill text<64>") {
        CHECK(timrest::validate(del_contact_group_request{.From_Account = "alice", .GroupName = {repeat(e_acute, 32)}})
                  .empty());
    }
    SECTION("33 two-byte characters are 66 bytes") {
        CHECK(rendered(timrest::validate(
                  del_contact_group_request{.From_Account = "alice", .GroupName = {repeat(e_acute, 33)}})) ==
              std::vector<std::string>{"GroupName[0]: at most 64 bytes, got 66"});
    }
    SECTION("11 three-byte characters exceed a 32-byte UserID") {
        CHECK(rendered(timrest::validate(
                  del_contact_group_request{.From_Account = repeat("\xE4\xB8\xAD", 11), .GroupName = {"work"}})) ==
              std::vector<std::string>{"From_Account: at most 32 bytes, got 33"});
    }
}

TEST_CASE("validate: nested structs and lists give full paths", "[validate]") {
    using namespace timrest::recentcontact;
    const create_contact_group_request r{
        .From_Account = "alice",
        .GroupContactItem = {group_contact_item{
            .GroupName = std::string(33, 'g'),
            .ContactItem = std::vector<contact_item>{c2c("bob"), c2c(std::string(40, 'b'))}}}};
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{
              "GroupContactItem[0].GroupName: at most 32 bytes, got 33",
              "GroupContactItem[0].ContactItem[1].To_Account: at most 32 bytes, got 40",
          });
}

TEST_CASE("validate: an empty optional is not checked, a set one is", "[validate]") {
    using timrest::account::account_import_request;
    CHECK(timrest::validate(account_import_request{.UserID = "alice"}).empty());
    CHECK(rendered(timrest::validate(account_import_request{.UserID = "alice", .Nick = std::string(501, 'n')})) ==
          std::vector<std::string>{"Nick: at most 500 bytes, got 501"});
    bounded b;
    b.Maybe = text<3>(std::string("four"));
    CHECK(rendered(timrest::validate(b)) == std::vector<std::string>{"Maybe: at most 3 bytes, got 4"});
}

TEST_CASE("validate: a std::vector has no size bound but its elements are checked", "[validate]") {
    bounded b;
    b.Free = std::vector<text<2>>(1000, text<2>("ok"));
    CHECK(timrest::validate(b).empty());
    b.Free.push_back(text<2>(std::string("bad")));
    CHECK(rendered(timrest::validate(b)) == std::vector<std::string>{"Free[1000]: at most 2 bytes, got 3"});
}

TEST_CASE("validate: a struct's rules are checked after its fields", "[validate]") {
    CHECK(timrest::validate(contact{.Type = 1, .To_Account = "bob"}).empty());
    CHECK(timrest::validate(contact{.Type = 2, .ToGroupId = "@TGS#1"}).empty());
    CHECK(timrest::validate(contact{.Type = 3}).empty());
    CHECK(rendered(timrest::validate(contact{.Type = 1})) ==
          std::vector<std::string>{"To_Account: required when Type is 1"});
    CHECK(rendered(timrest::validate(contact{.Type = 2, .To_Account = std::string(33, 'b')})) ==
          std::vector<std::string>{"To_Account: at most 32 bytes, got 33", "ToGroupId: required when Type is 2"});
}

TEST_CASE("validate: rule violations inside lists carry the element's path", "[validate]") {
    const batch b{.Items = {contact{.Type = 1, .To_Account = "bob"}, contact{.Type = 2}}};
    CHECK(rendered(timrest::validate(b)) == std::vector<std::string>{"Items[1].ToGroupId: required when Type is 2"});
}

TEST_CASE("validate: a bare value is checked without a path", "[validate]") {
    const auto v = timrest::validate(text<3>(std::string("abcd")));
    REQUIRE(v.size() == 1);
    CHECK(v[0].path.empty());
    CHECK(v[0].to_string() == "at most 3 bytes, got 4");
}

TEST_CASE("validate: to_string joins violations with a semicolon", "[validate]") {
    CHECK(timrest::to_string({}).empty());
    CHECK(timrest::to_string({{"A", "x"}}) == "A: x");
    CHECK(timrest::to_string({{"A", "x"}, {"B[0]", "y"}, {"", "z"}}) == "A: x; B[0]: y; z");
    const std::vector<std::string> names = {std::string(65, 'x'), "b"};
    CHECK(
        timrest::to_string(timrest::validate(del_contact_group_request{.From_Account = "alice", .GroupName = names})) ==
        "GroupName: exactly 1 element, got 2; GroupName[0]: at most 64 bytes, got 65");
}

}  // namespace core_validate_test
