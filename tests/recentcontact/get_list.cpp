#include "timrest/recentcontact/get_list.hpp"

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

namespace recentcontact_get_list_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::get_list;
using rc::get_list_request;
using rc::get_list_response;

// Spec §3.1's example, verbatim.
constexpr std::string_view spec_request =
    R"({"From_Account":"alice","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":15})";
constexpr std::string_view spec_response =
    R"({"SessionItem":[{"Type":1,"To_Account":"bob","MsgTime":1700000100,"TopFlag":1},
                {"Type":2,"GroupId":"@TGS#2ABCDEF","MsgTime":1700000050,"TopFlag":0}],
 "CompleteFlag":1,"TimeStamp":1700000200,"StartIndex":0,"TopTimeStamp":1700000200,"TopStartIndex":0,
 "ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

// Above 2^32: a cursor or time stamp kept in 32 bits would lose it.
constexpr std::int64_t big = 1700000000000;

get_list_response page(std::int32_t complete, std::int64_t time_stamp, std::int64_t start, std::int64_t top_time_stamp,
                       std::int64_t top_start) {
    get_list_response r;
    r.CompleteFlag = complete;
    r.TimeStamp = time_stamp;
    r.StartIndex = start;
    r.TopTimeStamp = top_time_stamp;
    r.TopStartIndex = top_start;
    return r;
}

}  // namespace

TEST_CASE("get_list: the spec's sample request decodes and re-encodes to the same JSON", "[recentcontact]") {
    const auto request = decode_request<get_list_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    CHECK(request.TimeStamp == 0);
    CHECK(request.StartIndex == 0);
    CHECK(request.TopTimeStamp == 0);
    CHECK(request.TopStartIndex == 0);
    CHECK(request.AssistFlags == 15u);
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("get_list: the spec's sample response decodes with both conversations and the cursors", "[recentcontact]") {
    const auto response = decode_response<get_list_response>(spec_response);
    REQUIRE(response.SessionItem.size() == 2);
    const auto& c2c = response.SessionItem[0];
    CHECK(c2c.Type == rc::conversation_type::c2c);
    CHECK(c2c.To_Account == std::optional<std::string>("bob"));
    CHECK_FALSE(c2c.GroupId);
    CHECK(c2c.MsgTime == 1700000100);
    CHECK(c2c.TopFlag == 1);
    const auto& grp = response.SessionItem[1];
    CHECK(grp.Type == rc::conversation_type::group);
    CHECK(grp.GroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK_FALSE(grp.To_Account);
    CHECK(grp.MsgTime == 1700000050);
    CHECK(grp.TopFlag == 0);
    CHECK(response.CompleteFlag == 1);
    CHECK(response.TimeStamp == 1700000200);
    CHECK(response.StartIndex == 0);
    CHECK(response.TopTimeStamp == 1700000200);
    CHECK(response.TopStartIndex == 0);
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("get_list: a request built in code with only From_Account encodes as the spec's sample", "[recentcontact]") {
    const get_list_request request{.From_Account = "alice"};
    CHECK(timrest::to_json(request) == json::parse(spec_request));
}

TEST_CASE("get_list: AssistFlags defaults to 15, the value the current doc prescribes", "[recentcontact]") {
    STATIC_REQUIRE(rc::assist_flags::recommended == 15u);
    const get_list_request request{.From_Account = "alice"};
    CHECK(request.AssistFlags == rc::assist_flags::recommended);
    CHECK(timrest::blank<get_list_request>().AssistFlags == 15u);
}

TEST_CASE("get_list: the AssistFlags constants are bit masks, not bit indexes", "[recentcontact]") {
    STATIC_REQUIRE(rc::assist_flags::pinned == 1u);
    STATIC_REQUIRE(rc::assist_flags::empty_conversations == 2u);
    STATIC_REQUIRE(rc::assist_flags::page_pinned == 4u);
    STATIC_REQUIRE((rc::assist_flags::pinned | rc::assist_flags::empty_conversations | rc::assist_flags::page_pinned) ==
                   7u);
    const get_list_request request{.From_Account = "alice", .AssistFlags = rc::assist_flags::pinned};
    CHECK(timrest::to_json(request).at("AssistFlags") == 1);
}

TEST_CASE("get_list: a request without AssistFlags keeps 15 when decoded with absent_fields::keep_defaults",
          "[recentcontact]") {
    auto request = timrest::blank<get_list_request>();
    auto bad = timrest::from_json(json::parse(R"({"From_Account":"alice"})"), request, timrest::unknown_keys::reject,
                                  timrest::absent_fields::keep_defaults);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    CHECK(request.AssistFlags == rc::assist_flags::recommended);
    CHECK(request.TimeStamp == 0);
    CHECK(request.TopStartIndex == 0);
    CHECK(timrest::to_json(request) == json::parse(spec_request));
}

TEST_CASE("get_list: a request without AssistFlags is reported missing with absent_fields::error", "[recentcontact]") {
    auto request = timrest::blank<get_list_request>();
    auto bad = timrest::from_json(
        json::parse(R"({"From_Account":"alice","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0})"),
        request, timrest::unknown_keys::reject, timrest::absent_fields::error);
    REQUIRE(bad);
    CHECK(bad->path == "AssistFlags");
    CHECK(bad->message == "required field is missing");
}

TEST_CASE("get_list: an explicit AssistFlags in the JSON overrides the default", "[recentcontact]") {
    const auto request = decode_request<get_list_request>(
        R"({"From_Account":"alice","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7})");
    CHECK(request.AssistFlags == 7u);
}

TEST_CASE("get_list: cursors above 2^32 round-trip in the request", "[recentcontact]") {
    const std::string text = R"({"From_Account":"alice","TimeStamp":1700000000000,"StartIndex":1700000000001,)"
                             R"("TopTimeStamp":1700000000002,"TopStartIndex":1700000000003,"AssistFlags":15})";
    const auto request = decode_request<get_list_request>(text);
    CHECK(request.TimeStamp == big);
    CHECK(request.StartIndex == big + 1);
    CHECK(request.TopTimeStamp == big + 2);
    CHECK(request.TopStartIndex == big + 3);
    CHECK(timrest::to_json(request) == json::parse(text));
}

TEST_CASE("get_list: cursors and MsgTime above 2^32 round-trip in the response", "[recentcontact]") {
    const std::string text =
        R"({"SessionItem":[{"Type":1,"To_Account":"bob","MsgTime":1700000000000,"TopFlag":0}],"CompleteFlag":0,)"
        R"("TimeStamp":1700000000001,"StartIndex":1700000000002,)"
        R"("TopTimeStamp":1700000000003,"TopStartIndex":1700000000004})";
    const auto response = decode_response<get_list_response>(text);
    REQUIRE(response.SessionItem.size() == 1);
    CHECK(response.SessionItem[0].MsgTime == big);
    CHECK(response.TimeStamp == big + 1);
    CHECK(response.StartIndex == big + 2);
    CHECK(response.TopTimeStamp == big + 3);
    CHECK(response.TopStartIndex == big + 4);
    CHECK(timrest::to_json(response) == json::parse(text));
}

TEST_CASE("get_list: a session's group key is GroupId, and ToGroupId there is an unknown key", "[recentcontact]") {
    rc::session_item item;
    item.Type = rc::conversation_type::group;
    item.GroupId = "@TGS#2ABCDEF";
    const auto encoded = timrest::to_json(item);
    CHECK(encoded.as_object().contains("GroupId"));
    CHECK_FALSE(encoded.as_object().contains("ToGroupId"));

    const auto wrong = json::parse(
        R"({"SessionItem":[{"Type":2,"ToGroupId":"@TGS#2ABCDEF","MsgTime":1,"TopFlag":0}],"CompleteFlag":1,)"
        R"("TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0})");
    auto response = timrest::blank<get_list_response>();
    auto bad = timrest::from_json(wrong, response, timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "SessionItem[0].ToGroupId");
    // Ignoring unknown keys (as for replies) decodes, but the group ID is not where the declaration reads it.
    response = timrest::blank<get_list_response>();
    REQUIRE_FALSE(timrest::from_json(wrong, response));
    CHECK_FALSE(response.SessionItem[0].GroupId);
}

TEST_CASE("get_list: a request with a misspelt cursor key does not decode", "[recentcontact]") {
    auto request = timrest::blank<get_list_request>();
    auto bad = timrest::from_json(json::parse(R"({"From_Account":"alice","Timestamp":0,"StartIndex":0,)"
                                              R"("TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":15})"),
                                  request, timrest::unknown_keys::reject, timrest::absent_fields::keep_defaults);
    REQUIRE(bad);
    CHECK(bad->path == "Timestamp");
}

TEST_CASE("get_list: rejects a From_Account longer than 32 bytes", "[recentcontact]") {
    CHECK(timrest::validate(get_list_request{.From_Account = std::string(32, 'u')}).empty());
    CHECK(rendered(timrest::validate(get_list_request{.From_Account = std::string(33, 'u')})) ==
          std::vector<std::string>{"From_Account: at most 32 bytes, got 33"});
}

TEST_CASE("get_list: its path is v4/recentcontact/get_list and its declaration is well formed", "[recentcontact]") {
    STATIC_REQUIRE(get_list::path == "v4/recentcontact/get_list");
    STATIC_REQUIRE(timrest::endpoint<get_list>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<get_list>());
}

TEST_CASE("get_list: its error table has the recentcontact codes, each once with a meaning", "[recentcontact]") {
    check_error_rows<get_list>({50001, 50002, 50003, 50004, 50005});
    check_error_table_unique<get_list>();
    CHECK(timrest::find_error<get_list>(51009) == nullptr);  // no group rows: get_list's page lists none
    CHECK(timrest::find_error<get_list>(50004)->retryable);
}

TEST_CASE("get_list: paging is done when CompleteFlag is 1", "[recentcontact]") {
    CHECK(get_list::paging.done(page(1, 0, 0, 0, 0)));
    CHECK_FALSE(get_list::paging.done(page(0, 0, 0, 0, 0)));
    CHECK_FALSE(get_list::paging.done(page(2, 0, 0, 0, 0)));
}

TEST_CASE("get_list: paging copies the four cursors from the reply into the next request", "[recentcontact]") {
    get_list_request next{.From_Account = "alice"};
    CHECK(get_list::paging.advance(page(0, big, 20, big + 1, 5), next));
    CHECK(next.TimeStamp == big);
    CHECK(next.StartIndex == 20);
    CHECK(next.TopTimeStamp == big + 1);
    CHECK(next.TopStartIndex == 5);
    CHECK(next.From_Account->str() == "alice");
    CHECK(next.AssistFlags == 15u);
}

TEST_CASE("get_list: paging reports a change when any one cursor moves", "[recentcontact]") {
    get_list_request next{.From_Account = "alice"};
    CHECK(get_list::paging.advance(page(0, 0, 0, 0, 7), next));
    CHECK(next.TopStartIndex == 7);
}

TEST_CASE("get_list: paging returns false when the reply's cursors equal the request's", "[recentcontact]") {
    get_list_request next{.From_Account = "alice"};
    CHECK_FALSE(get_list::paging.advance(page(0, 0, 0, 0, 0), next));
    REQUIRE(get_list::paging.advance(page(0, 100, 1, 200, 2), next));
    CHECK_FALSE(get_list::paging.advance(page(0, 100, 1, 200, 2), next));
}

}  // namespace recentcontact_get_list_test
