#include "timrest/recentcontact/get_contact_group.hpp"

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

namespace recentcontact_get_contact_group_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::get_contact_group;
using rc::get_contact_group_request;
using rc::get_contact_group_response;

// Spec §3.8's example, verbatim.
constexpr std::string_view spec_request = R"({"From_Account":"alice","StartIndex":0})";
constexpr std::string_view spec_response =
    R"({"ContactItem":[{"Type":1,"To_Account":"bob","StandardMark":"10","ContactGroupId":[3],"Timestamp":1700000300},{"Type":2,"ToGroupId":"@TGS#2ABCDEF","StandardMark":"0","CustomMark":"x","Timestamp":1700000400}],"GroupItem":[{"GroupName":"work","GroupId":3}],"CompleteFlag":1,"NextStartIndex":0,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

constexpr std::int64_t big = 1700000000000;  // above 2^32

get_contact_group_response page(std::int32_t complete, std::int64_t next) {
    get_contact_group_response r;
    r.CompleteFlag = complete;
    r.NextStartIndex = next;
    return r;
}

}  // namespace

TEST_CASE("get_contact_group: the spec's sample request decodes and re-encodes to the same JSON", "[recentcontact]") {
    const auto request = decode_request<get_contact_group_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    CHECK(request.StartIndex == 0);
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("get_contact_group: the spec's sample response decodes with both conversations and the groups",
          "[recentcontact]") {
    const auto response = decode_response<get_contact_group_response>(spec_response);
    REQUIRE(response.ContactItem.size() == 2);
    const auto& bob = response.ContactItem[0];
    CHECK(bob.Type == rc::conversation_type::c2c);
    CHECK(bob.To_Account == std::optional<std::string>("bob"));
    CHECK_FALSE(bob.ToGroupId);
    CHECK(bob.StandardMark == std::optional<std::string>("10"));
    CHECK_FALSE(bob.CustomMark);
    REQUIRE(bob.ContactGroupId);
    CHECK(*bob.ContactGroupId == std::vector<std::uint32_t>{3});
    CHECK(bob.Timestamp == std::optional<std::int64_t>(1700000300));
    const auto& grp = response.ContactItem[1];
    CHECK(grp.Type == rc::conversation_type::group);
    CHECK(grp.ToGroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK_FALSE(grp.To_Account);
    CHECK(grp.StandardMark == std::optional<std::string>("0"));
    CHECK(grp.CustomMark == std::optional<std::string>("x"));
    CHECK_FALSE(grp.ContactGroupId);
    CHECK(grp.Timestamp == std::optional<std::int64_t>(1700000400));
    REQUIRE(response.GroupItem.size() == 1);
    CHECK(response.GroupItem[0].GroupName == "work");
    CHECK(response.GroupItem[0].GroupId == 3u);
    CHECK(response.CompleteFlag == 1);
    CHECK(response.NextStartIndex == 0);
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("get_contact_group: a request built in code with only From_Account starts at index 0", "[recentcontact]") {
    const get_contact_group_request request{.From_Account = "alice"};
    CHECK(timrest::to_json(request) == json::parse(spec_request));
}

TEST_CASE("get_contact_group: StartIndex, NextStartIndex and Timestamp above 2^32 round-trip", "[recentcontact]") {
    const std::string request_text = R"({"From_Account":"alice","StartIndex":1700000000000})";
    const auto request = decode_request<get_contact_group_request>(request_text);
    CHECK(request.StartIndex == big);
    CHECK(timrest::to_json(request) == json::parse(request_text));

    const std::string response_text = R"({"ContactItem":[{"Type":1,"To_Account":"bob","Timestamp":1700000000001}],)"
                                      R"("GroupItem":[],"CompleteFlag":0,"NextStartIndex":1700000000002})";
    const auto response = decode_response<get_contact_group_response>(response_text);
    CHECK(response.ContactItem[0].Timestamp == std::optional<std::int64_t>(big + 1));
    CHECK(response.NextStartIndex == big + 2);
    CHECK(timrest::to_json(response) == json::parse(response_text));
}

TEST_CASE("get_contact_group: StandardMark is a string, and a number there is an error naming its path",
          "[recentcontact]") {
    const auto bad = response_error<get_contact_group_response>(
        R"({"ContactItem":[{"Type":1,"To_Account":"bob","StandardMark":"1"},)"
        R"({"Type":1,"To_Account":"carol","StandardMark":11}],)"
        R"("GroupItem":[],"CompleteFlag":1,"NextStartIndex":0})");
    CHECK(bad.to_string() == "ContactItem[1].StandardMark: expected string, got integer");
}

TEST_CASE("get_contact_group: group IDs are 32-bit, and a larger one is an error naming its path", "[recentcontact]") {
    const auto bad = response_error<get_contact_group_response>(
        R"({"ContactItem":[{"Type":1,"To_Account":"bob","ContactGroupId":[3,4294967296]}],)"
        R"("GroupItem":[],"CompleteFlag":1,"NextStartIndex":0})");
    CHECK(bad.path == "ContactItem[0].ContactGroupId[1]");
    CHECK_THAT(bad.message, Catch::Contains("4294967295"));
}

TEST_CASE("get_contact_group: a conversation's group key is ToGroupId, and GroupId there is an unknown key",
          "[recentcontact]") {
    auto response = timrest::blank<get_contact_group_response>();
    auto bad = timrest::from_json(json::parse(R"({"ContactItem":[{"Type":2,"GroupId":"@TGS#2ABCDEF"}],)"
                                              R"("GroupItem":[],"CompleteFlag":1,"NextStartIndex":0})"),
                                  response, timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "ContactItem[0].GroupId");

    rc::contact_info info;
    info.Type = rc::conversation_type::group;
    info.ToGroupId = "@TGS#2ABCDEF";
    CHECK(timrest::to_json_string(info) == R"({"Type":2,"ToGroupId":"@TGS#2ABCDEF"})");
}

TEST_CASE("get_contact_group: a request with a misspelt key does not decode", "[recentcontact]") {
    const auto bad =
        request_error<get_contact_group_request>(R"({"From_Account":"alice","StartIndex":0,"NextStartIndex":0})");
    CHECK(bad.path == "NextStartIndex");
}

TEST_CASE("get_contact_group: rejects a From_Account longer than 32 bytes", "[recentcontact]") {
    const auto violations = timrest::validate(get_contact_group_request{.From_Account = std::string(33, 'u')});
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].to_string() == "From_Account: at most 32 bytes, got 33");
}

TEST_CASE("get_contact_group: its path is v4/recentcontact/get_contact_group and its declaration is well formed",
          "[recentcontact]") {
    STATIC_REQUIRE(get_contact_group::path == "v4/recentcontact/get_contact_group");
    STATIC_REQUIRE(timrest::endpoint<get_contact_group>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<get_contact_group>());
}

TEST_CASE("get_contact_group: its error table has the recentcontact and group family codes, each once with a meaning",
          "[recentcontact]") {
    check_error_rows<get_contact_group>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
    check_error_table_unique<get_contact_group>();
}

TEST_CASE("get_contact_group: paging is done when CompleteFlag is 1", "[recentcontact]") {
    CHECK(get_contact_group::paging.done(page(1, 0)));
    CHECK_FALSE(get_contact_group::paging.done(page(0, 10)));
    CHECK(get_contact_group::paging.done(decode_response<get_contact_group_response>(spec_response)));
}

TEST_CASE("get_contact_group: paging copies NextStartIndex into StartIndex", "[recentcontact]") {
    get_contact_group_request next{.From_Account = "alice"};
    CHECK(get_contact_group::paging.advance(page(0, 50), next));
    CHECK(next.StartIndex == 50);
    CHECK(get_contact_group::paging.advance(page(0, big), next));
    CHECK(next.StartIndex == big);
    CHECK(next.From_Account->str() == "alice");
}

TEST_CASE("get_contact_group: paging returns false when NextStartIndex equals StartIndex", "[recentcontact]") {
    get_contact_group_request next{.From_Account = "alice", .StartIndex = 50};
    CHECK_FALSE(get_contact_group::paging.advance(page(0, 50), next));
    CHECK(next.StartIndex == 50);
    get_contact_group_request first{.From_Account = "alice"};
    CHECK_FALSE(get_contact_group::paging.advance(page(0, 0), first));
}

}  // namespace recentcontact_get_contact_group_test
