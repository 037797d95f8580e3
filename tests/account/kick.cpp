#include "timrest/account/kick.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace account_kick_test {

namespace {

using namespace timrest_test;
namespace account = timrest::account;

// The samples of https://www.tencentcloud.com/document/product/1047/34957 (both pages carry the same ones).
constexpr std::string_view page_request = R"({
   "UserID":"test"
})";

constexpr std::string_view page_response = R"({
   "ActionStatus":"OK",
   "ErrorInfo":"",
   "ErrorCode":0
})";

}  // namespace

TEST_CASE("kick: the page's request decodes, validates and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<account::kick_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(request.UserID->str() == "test");
}

TEST_CASE("kick: the page's reply is the envelope only and decodes", "[account]") {
    const auto response = decode_response<account::kick_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("kick: the UserID is a 1 to 32 byte UserID without control characters", "[account]") {
    CHECK(rendered(timrest::validate(account::kick_request{.UserID = timrest::user_id(std::string(33, 'u'))})) ==
          std::vector<std::string>{"UserID: at most 32 bytes, got 33"});
    CHECK(rendered(timrest::validate(account::kick_request{.UserID = timrest::user_id(std::string())})) ==
          std::vector<std::string>{"UserID: at least 1 byte, got 0"});
    CHECK(request_error<account::kick_request>(R"({})").to_string() == "UserID: required field is missing");
}

TEST_CASE("kick: the error table holds the page's codes once each", "[account]") {
    check_error_rows<account::kick>({70107, 70169, 70402, 70403, 70500});
    check_error_table_unique<account::kick>();
}

}  // namespace account_kick_test
