#include "timrest/recentcontact/delete.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_delete_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::delete_;
using rc::delete_request;
using rc::delete_response;

// Spec §3.2's two examples, verbatim; the reply is the envelope only.
constexpr std::string_view spec_c2c_request = R"({"From_Account":"alice","Type":1,"To_Account":"bob","ClearRamble":1})";
constexpr std::string_view spec_group_request =
    R"({"From_Account":"alice","Type":2,"ToGroupid":"@TGS#2ABCDEF","ClearRamble":0})";
constexpr std::string_view envelope_only = R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

}  // namespace

TEST_CASE("delete: the spec's one-to-one example decodes and re-encodes to the same JSON", "[recentcontact]") {
    const auto request = decode_request<delete_request>(spec_c2c_request);
    CHECK(request.From_Account->str() == "alice");
    CHECK(*request.Type == rc::conversation_type::c2c);
    REQUIRE(request.To_Account);
    CHECK(request.To_Account->str() == "bob");
    CHECK_FALSE(request.ToGroupid);
    CHECK(request.ClearRamble == rc::roaming_messages::clear);
    CHECK(timrest::to_json(request) == json::parse(spec_c2c_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("delete: the spec's group example decodes and re-encodes to the same JSON", "[recentcontact]") {
    const auto request = decode_request<delete_request>(spec_group_request);
    CHECK(*request.Type == rc::conversation_type::group);
    CHECK(request.ToGroupid == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK_FALSE(request.To_Account);
    CHECK(request.ClearRamble == rc::roaming_messages::keep);
    CHECK(timrest::to_json(request) == json::parse(spec_group_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("delete: the envelope-only reply decodes into the empty response struct", "[recentcontact]") {
    const auto response = decode_response<delete_response>(envelope_only);
    CHECK(timrest::to_json(response) == json::value(json::object()));
}

TEST_CASE("delete: the group key is encoded as ToGroupid, with a lower-case id", "[recentcontact]") {
    const delete_request request{.From_Account = "alice", .Type = rc::conversation_type::group, .ToGroupid = "@TGS#2ABCDEF"};
    CHECK(timrest::to_json_string(request) == R"({"From_Account":"alice","Type":2,"ToGroupid":"@TGS#2ABCDEF"})");
}

TEST_CASE("delete: a request spelling the group key ToGroupId, as the group calls do, does not decode",
          "[recentcontact]") {
    const auto bad = request_error<delete_request>(R"({"From_Account":"alice","Type":2,"ToGroupId":"@TGS#2ABCDEF"})");
    CHECK(bad.path == "ToGroupId");
    CHECK_THAT(bad.message, Catch::Contains("unknown field"));
}

TEST_CASE("delete: a request without ClearRamble leaves it out", "[recentcontact]") {
    const delete_request request{.From_Account = "alice", .Type = rc::conversation_type::c2c, .To_Account = "bob"};
    CHECK(timrest::to_json_string(request) == R"({"From_Account":"alice","Type":1,"To_Account":"bob"})");
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("delete: a request without Type does not decode", "[recentcontact]") {
    const auto bad = request_error<delete_request>(R"({"From_Account":"alice","To_Account":"bob"})");
    CHECK(bad.path == "Type");
}

TEST_CASE("delete: Type 1 needs To_Account", "[recentcontact]") {
    const delete_request request{.From_Account = "alice", .Type = rc::conversation_type::c2c, .ToGroupid = "@TGS#2ABCDEF"};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"To_Account: required when Type is 1"});
}

TEST_CASE("delete: Type 2 needs ToGroupid", "[recentcontact]") {
    const delete_request request{.From_Account = "alice", .Type = rc::conversation_type::group, .To_Account = "bob"};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ToGroupid: required when Type is 2"});
}

TEST_CASE("delete: a decoded request missing its conversation key is caught by validation", "[recentcontact]") {
    const auto request = decode_request<delete_request>(R"({"From_Account":"alice","Type":2})");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ToGroupid: required when Type is 2"});
}

TEST_CASE("delete: rejects a From_Account or To_Account longer than 32 bytes", "[recentcontact]") {
    CHECK(timrest::validate(
              delete_request{.From_Account = std::string(32, 'u'), .Type = rc::conversation_type::c2c, .To_Account = std::string(32, 'v')})
              .empty());
    CHECK(rendered(timrest::validate(delete_request{
              .From_Account = std::string(33, 'u'), .Type = rc::conversation_type::c2c, .To_Account = std::string(34, 'v')})) ==
          std::vector<std::string>{"From_Account: at most 32 bytes, got 33", "To_Account: at most 32 bytes, got 34"});
}

TEST_CASE("delete: its path is v4/recentcontact/delete and its declaration is well formed", "[recentcontact]") {
    STATIC_REQUIRE(delete_::path == "v4/recentcontact/delete");
    STATIC_REQUIRE(timrest::endpoint<delete_>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<delete_>());
}

TEST_CASE("delete: its error table has the recentcontact codes, each once with a meaning", "[recentcontact]") {
    check_error_rows<delete_>({50001, 50002, 50003, 50004, 50005});
    check_error_table_unique<delete_>();
    CHECK(timrest::find_error<delete_>(50005)->retryable);
    CHECK_FALSE(timrest::find_error<delete_>(50001)->retryable);
}

TEST_CASE("delete: a Type outside 1 and 2 is refused, naming the allowed values and the value seen", "[recentcontact]") {
    const auto request = decode_request<delete_request>(R"({"From_Account":"alice","Type":7,"To_Account":"bob"})");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"Type: one of 1 (c2c), 2 (group), got 7"});
}

TEST_CASE("delete: a ClearRamble other than 0 or 1 is refused", "[recentcontact]") {
    const auto request =
        decode_request<delete_request>(R"({"From_Account":"alice","Type":1,"To_Account":"bob","ClearRamble":2})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"ClearRamble: one of 0 (keep), 1 (clear), got 2"});
}

TEST_CASE("delete: an empty UserID or one with a control character is refused", "[recentcontact]") {
    const auto empty = decode_request<delete_request>(R"({"From_Account":"","Type":1,"To_Account":"bob"})");
    CHECK(rendered(timrest::validate(empty)) == std::vector<std::string>{"From_Account: at least 1 byte, got 0"});
    const auto nul = decode_request<delete_request>(R"({"From_Account":"alice","Type":1,"To_Account":"b\u0000b"})");
    CHECK(rendered(timrest::validate(nul)) ==
          std::vector<std::string>{R"(To_Account: no control characters (bytes 0x00-0x1f, 0x7f), got "b\x00b" (byte 1))"});
}

}  // namespace recentcontact_delete_test
