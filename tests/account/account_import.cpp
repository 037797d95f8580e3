#include "timrest/account/account_import.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace account_account_import_test {

namespace {

using namespace timrest_test;
namespace account = timrest::account;
namespace json = boost::json;
using account::account_import;
using account::account_import_request;
using account::account_import_response;

// Spec §4.1's example request; the response is the envelope only.
constexpr std::string_view spec_request = R"({"UserID":"alice","Nick":"Alice","FaceUrl":"https://example.com/a.png"})";
constexpr std::string_view spec_response = R"({"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0})";

}  // namespace

TEST_CASE("account_import: the spec's sample request decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<account_import_request>(spec_request);
    CHECK(request.UserID->str() == "alice");
    REQUIRE(request.Nick);
    CHECK(request.Nick->str() == "Alice");
    REQUIRE(request.FaceUrl);
    CHECK(request.FaceUrl->str() == "https://example.com/a.png");
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("account_import: a request with only UserID leaves the profile fields out", "[account]") {
    auto request = timrest::blank<account_import_request>();
    REQUIRE_FALSE(timrest::from_json(json::parse(R"({"UserID":"bob"})"), request, timrest::unknown_keys::reject));
    CHECK_FALSE(request.Nick);
    CHECK_FALSE(request.FaceUrl);
    CHECK(timrest::to_json_string(request) == R"({"UserID":"bob"})");
    CHECK(timrest::to_json_string(account_import_request{.UserID = "bob"}) == R"({"UserID":"bob"})");
}

TEST_CASE("account_import: a request without UserID or with a misspelt key does not decode", "[account]") {
    auto request = timrest::blank<account_import_request>();
    auto bad = timrest::from_json(json::parse(R"({"Nick":"Alice"})"), request, timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "UserID");

    bad = timrest::from_json(json::parse(R"({"UserID":"alice","NickName":"Alice"})"), request,
                             timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "NickName");
}

TEST_CASE("account_import: the envelope-only response decodes into the empty response struct", "[account]") {
    auto response = timrest::blank<account_import_response>();
    CHECK_FALSE(timrest::from_json(json::parse(spec_response), response));
    CHECK(timrest::to_json(response) == json::value(json::object()));
}

TEST_CASE("account_import: accepts a 32-byte UserID and rejects a 33-byte one", "[account]") {
    CHECK(timrest::validate(account_import_request{.UserID = std::string(32, 'u')}).empty());
    CHECK(paths(timrest::validate(account_import_request{.UserID = std::string(33, 'u')})) ==
          std::vector<std::string>{"UserID"});
}

TEST_CASE("account_import: accepts a 500-byte Nick and FaceUrl and rejects 501 bytes", "[account]") {
    CHECK(timrest::validate(account_import_request{.UserID = "alice",
                                                   .Nick = std::string(500, 'n'),
                                                   .FaceUrl = std::string(500, 'f')})
              .empty());
    CHECK(paths(timrest::validate(account_import_request{.UserID = "alice", .Nick = std::string(501, 'n')})) ==
          std::vector<std::string>{"Nick"});
    CHECK(paths(timrest::validate(account_import_request{.UserID = "alice", .FaceUrl = std::string(501, 'f')})) ==
          std::vector<std::string>{"FaceUrl"});
}

TEST_CASE("account_import: its path is v4/im_open_login_svc/account_import", "[account]") {
    STATIC_REQUIRE(account_import::path == "v4/im_open_login_svc/account_import");
    STATIC_REQUIRE(timrest::endpoint<account_import>);
}

TEST_CASE("account_import: its error table has the spec's codes, each with a meaning", "[account]") {
    check_error_rows<account_import>({40006, 40601, 70169, 70398, 70399, 70402, 70403, 70500});
    CHECK_THAT(std::string(timrest::find_error<account_import>(40601)->meaning), Catch::Contains("500"));
}

TEST_CASE("account_import: an empty UserID, or one with NUL or another control character, is refused", "[account]") {
    auto violations = [](std::string_view json) {
        return rendered(timrest::validate(decode_request<account_import_request>(json)));
    };
    CHECK(violations(R"({"UserID":""})") == std::vector<std::string>{"UserID: at least 1 byte, got 0"});
    CHECK(violations(R"({"UserID":"al\u0000ice"})") ==
          std::vector<std::string>{R"(UserID: no control characters (bytes 0x00-0x1f, 0x7f), got "al\x00ice" (byte 2))"});
    CHECK(violations(R"({"UserID":"\tbob"})") ==
          std::vector<std::string>{R"(UserID: no control characters (bytes 0x00-0x1f, 0x7f), got "\x09bob" (byte 0))"});
    CHECK(violations(R"({"UserID":"alice"})").empty());
}

}  // namespace account_account_import_test
