#include "timrest/recentcontact/search_contact_group.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_search_contact_group_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::contact_item;
using rc::search_contact_group;
using rc::search_contact_group_request;
using rc::search_contact_group_response;

// Spec §3.7's example, verbatim.
constexpr std::string_view spec_request = R"({"From_Account":"alice","ContactItem":[{"Type":1,"To_Account":"bob"}]})";
constexpr std::string_view spec_response =
    R"({"ContactResultItem":[{"Type":1,"To_Account":"bob","StandardMark":"10","CustomMark":"vip","ContactGroupId":[3],"Timestamp":1700000300}],"GroupItem":[{"GroupName":"work","GroupId":3}],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

search_contact_group_request request_of(std::size_t n) {
    return {.From_Account = "alice",
            .ContactItem = std::vector<contact_item>(n, contact_item{.Type = rc::conversation_type::c2c, .To_Account = "bob"})};
}

}  // namespace

TEST_CASE("search_contact_group: the spec's sample request decodes and re-encodes to the same JSON",
          "[recentcontact]") {
    const auto request = decode_request<search_contact_group_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    REQUIRE(request.ContactItem->size() == 1);
    const auto& c = (*request.ContactItem)[0];
    CHECK(*c.Type == rc::conversation_type::c2c);
    REQUIRE(c.To_Account);
    CHECK(c.To_Account->str() == "bob");
    CHECK_FALSE(c.ToGroupId);
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("search_contact_group: the spec's sample response decodes with marks, group IDs and the user's groups",
          "[recentcontact]") {
    const auto response = decode_response<search_contact_group_response>(spec_response);
    REQUIRE(response.ContactResultItem.size() == 1);
    const auto& c = response.ContactResultItem[0];
    CHECK(c.Type == rc::conversation_type::c2c);
    CHECK(c.To_Account == std::optional<std::string>("bob"));
    CHECK_FALSE(c.ToGroupId);
    CHECK(c.StandardMark == std::optional<std::string>("10"));
    CHECK(c.CustomMark == std::optional<std::string>("vip"));
    REQUIRE(c.ContactGroupId);
    CHECK(*c.ContactGroupId == std::vector<std::uint32_t>{3});
    CHECK(c.Timestamp == std::optional<std::int64_t>(1700000300));
    REQUIRE(response.GroupItem.size() == 1);
    CHECK(response.GroupItem[0].GroupName == "work");
    CHECK(response.GroupItem[0].GroupId == 3u);
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("search_contact_group: StandardMark is a string, and a number there is an error naming its path",
          "[recentcontact]") {
    const auto bad = response_error<search_contact_group_response>(
        R"({"ContactResultItem":[{"Type":1,"To_Account":"bob","StandardMark":10}],"GroupItem":[]})");
    CHECK(bad.to_string() == "ContactResultItem[0].StandardMark: expected string, got integer");
}

TEST_CASE("search_contact_group: a Timestamp above 2^32 round-trips", "[recentcontact]") {
    const std::string text =
        R"({"ContactResultItem":[{"Type":2,"ToGroupId":"@TGS#2ABCDEF","Timestamp":1700000000000}],"GroupItem":[]})";
    const auto response = decode_response<search_contact_group_response>(text);
    REQUIRE(response.ContactResultItem.size() == 1);
    CHECK(response.ContactResultItem[0].Timestamp == std::optional<std::int64_t>(1700000000000));
    CHECK(response.ContactResultItem[0].ToGroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK(timrest::to_json(response) == json::parse(text));
}

TEST_CASE("search_contact_group: a contact item's group key is encoded as ToGroupId", "[recentcontact]") {
    const search_contact_group_request request{
        .From_Account = "alice", .ContactItem = {contact_item{.Type = rc::conversation_type::group, .ToGroupId = "@TGS#2ABCDEF"}}};
    CHECK(timrest::to_json_string(request) ==
          R"({"From_Account":"alice","ContactItem":[{"Type":2,"ToGroupId":"@TGS#2ABCDEF"}]})");
}

TEST_CASE("search_contact_group: a contact item spelling the key ToGroupid, as delete does, does not decode",
          "[recentcontact]") {
    const auto bad =
        request_error<search_contact_group_request>(R"({"From_Account":"alice","ContactItem":[{"Type":1,)"
                                                    R"("To_Account":"bob"},{"Type":2,"ToGroupid":"@TGS#2ABCDEF"}]})");
    CHECK(bad.path == "ContactItem[1].ToGroupid");
}

TEST_CASE("search_contact_group: accepts 300 conversations", "[recentcontact]") {
    CHECK(timrest::validate(request_of(300)).empty());
}

TEST_CASE("search_contact_group: rejects 301 conversations, naming the path, the bound and the size",
          "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_of(301))) ==
          std::vector<std::string>{"ContactItem: at most 300 elements, got 301"});
}

TEST_CASE("search_contact_group: rejects an empty ContactItem", "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_of(0))) ==
          std::vector<std::string>{"ContactItem: at least 1 element, got 0"});
}

TEST_CASE("search_contact_group: a contact item needs To_Account or ToGroupId by its Type, with the nested path",
          "[recentcontact]") {
    const search_contact_group_request request{
        .From_Account = "alice",
        .ContactItem = {contact_item{.Type = rc::conversation_type::c2c, .To_Account = "bob"}, contact_item{.Type = rc::conversation_type::c2c},
                        contact_item{.Type = rc::conversation_type::group, .To_Account = "carol"}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"ContactItem[1].To_Account: required when Type is 1",
                                   "ContactItem[2].ToGroupId: required when Type is 2"});
}

TEST_CASE("search_contact_group: rejects UserIDs longer than 32 bytes", "[recentcontact]") {
    const search_contact_group_request request{
        .From_Account = std::string(33, 'u'),
        .ContactItem = {contact_item{.Type = rc::conversation_type::c2c, .To_Account = std::string(32, 'v')},
                        contact_item{.Type = rc::conversation_type::c2c, .To_Account = std::string(33, 'v')}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"From_Account: at most 32 bytes, got 33",
                                   "ContactItem[1].To_Account: at most 32 bytes, got 33"});
}

TEST_CASE("search_contact_group: its path is v4/recentcontact/search_contact_group and its declaration is well formed",
          "[recentcontact]") {
    STATIC_REQUIRE(search_contact_group::path == "v4/recentcontact/search_contact_group");
    STATIC_REQUIRE(timrest::endpoint<search_contact_group>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<search_contact_group>());
}

TEST_CASE(
    "search_contact_group: its error table has the recentcontact and group family codes, each once with a "
    "meaning",
    "[recentcontact]") {
    check_error_rows<search_contact_group>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
    check_error_table_unique<search_contact_group>();
}

}  // namespace recentcontact_search_contact_group_test
