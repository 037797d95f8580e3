#include "timrest/account/account_check.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace account_account_check_test {

namespace {

using namespace timrest_test;
namespace account = timrest::account;
namespace json = boost::json;
using account::account_check;
using account::account_check_request;
using account::account_check_response;
using account::account_ref;

// Built from spec §4.3: one imported account and one that is not.
constexpr std::string_view spec_request = R"({"CheckItem":[{"UserID":"alice"},{"UserID":"ghost"}]})";
constexpr std::string_view spec_response =
    R"({"ResultItem":[{"UserID":"alice","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"},)"
    R"({"UserID":"ghost","ResultCode":0,"ResultInfo":"","AccountStatus":"NotImported"}],)"
    R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

account_check_request request_of(std::size_t n) {
    return {.CheckItem = std::vector<account_ref>(n, account_ref{"alice"})};
}

}  // namespace

TEST_CASE("account_check: a request built from the spec decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<account_check_request>(spec_request);
    REQUIRE(request.CheckItem->size() == 2);
    CHECK((*request.CheckItem)[0].UserID->str() == "alice");
    CHECK((*request.CheckItem)[1].UserID->str() == "ghost");
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("account_check: the reply decodes with each account's status", "[account]") {
    const auto response = decode_response<account_check_response>(spec_response);
    REQUIRE(response.ResultItem.size() == 2);
    CHECK(response.ResultItem[0].UserID == "alice");
    CHECK(response.ResultItem[0].ResultCode == 0);
    CHECK(response.ResultItem[0].ResultInfo.empty());
    CHECK(response.ResultItem[0].AccountStatus == account::account_status::Imported);
    CHECK(response.ResultItem[1].UserID == "ghost");
    CHECK(response.ResultItem[1].AccountStatus == account::account_status::NotImported);
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("account_check: a request built in code encodes as the wire expects", "[account]") {
    const account_check_request request{.CheckItem = {account_ref{"alice"}, account_ref{"ghost"}}};
    CHECK(timrest::to_json(request) == json::parse(spec_request));
}

TEST_CASE("account_check: a check item with a misspelt key does not decode", "[account]") {
    const auto bad = request_error<account_check_request>(R"({"CheckItem":[{"UserId":"alice"}]})");
    CHECK(bad.path == "CheckItem[0].UserID");  // the declared key is missing, which is reported first
}

TEST_CASE("account_check: accepts 100 accounts and rejects 101", "[account]") {
    CHECK(timrest::validate(request_of(100)).empty());
    CHECK(rendered(timrest::validate(request_of(101))) ==
          std::vector<std::string>{"CheckItem: at most 100 elements, got 101"});
}

TEST_CASE("account_check: rejects an empty CheckItem", "[account]") {
    CHECK(rendered(timrest::validate(request_of(0))) ==
          std::vector<std::string>{"CheckItem: at least 1 element, got 0"});
}

TEST_CASE("account_check: rejects a UserID longer than 32 bytes", "[account]") {
    auto request = request_of(3);
    (*request.CheckItem)[2].UserID = std::string(33, 'u');
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"CheckItem[2].UserID: at most 32 bytes, got 33"});
}

TEST_CASE("account_check: its path is v4/im_open_login_svc/account_check and its declaration is well formed",
          "[account]") {
    STATIC_REQUIRE(account_check::path == "v4/im_open_login_svc/account_check");
    STATIC_REQUIRE(timrest::endpoint<account_check>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<account_check>());
}

TEST_CASE("account_check: its error table has the account batch codes, each once with a meaning", "[account]") {
    check_error_rows<account_check>({70169, 70202, 70402, 70403, 70500, 70206});
    check_error_table_unique<account_check>();
    CHECK(timrest::find_error<account_check>(70202)->retryable);
}

TEST_CASE("account_check: a reply with an AccountStatus added later still decodes, keeping the name", "[account]") {
    const auto response = decode_response<account_check_response>(
        R"({"ResultItem":[{"UserID":"alice","ResultCode":0,"ResultInfo":"","AccountStatus":"Frozen"}],)"
        R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})");
    REQUIRE(response.ResultItem.size() == 1);
    CHECK(response.ResultItem[0].AccountStatus.name() == "Frozen");
    CHECK_FALSE(response.ResultItem[0].AccountStatus.value());
}

}  // namespace account_account_check_test
