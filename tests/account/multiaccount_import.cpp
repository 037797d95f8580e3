#include "timrest/account/multiaccount_import.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace account_multiaccount_import_test {

namespace {

using namespace timrest_test;
namespace account = timrest::account;
namespace json = boost::json;
using account::account_entry;
using account::multiaccount_import;
using account::multiaccount_import_request;
using account::multiaccount_import_response;

// Built from spec §4.2: the old format (UserIDs) and the new one (entries with profile fields); the reply lists
// the UserIDs that failed while the call as a whole succeeds.
constexpr std::string_view old_request = R"({"Accounts":["u1","u2","u3"]})";
constexpr std::string_view new_request =
    R"({"AccountList":[{"UserID":"u1","Nick":"One","FaceUrl":"https://example.com/1.png"},{"UserID":"u2"}]})";
constexpr std::string_view spec_response =
    R"({"FailAccounts":["u3"],"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

std::vector<timrest::user_id> ids(std::size_t n) {
    std::vector<timrest::user_id> out;
    for (std::size_t i = 0; i < n; ++i) out.emplace_back("u" + std::to_string(i));
    return out;
}

std::vector<account_entry> entries(std::size_t n) {
    std::vector<account_entry> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(account_entry{.UserID = "u" + std::to_string(i)});
    return out;
}

}  // namespace

TEST_CASE("multiaccount_import: the old Accounts format decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<multiaccount_import_request>(old_request);
    REQUIRE(request.Accounts);
    REQUIRE(request.Accounts->size() == 3);
    CHECK((*request.Accounts)[0].str() == "u1");
    CHECK((*request.Accounts)[2].str() == "u3");
    CHECK_FALSE(request.AccountList.has_value());
    CHECK(timrest::to_json(request) == json::parse(old_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("multiaccount_import: the new AccountList format decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<multiaccount_import_request>(new_request);
    CHECK_FALSE(request.Accounts);
    REQUIRE(request.AccountList.has_value());
    REQUIRE(request.AccountList->size() == 2);
    const auto& one = (*request.AccountList)[0];
    CHECK(one.UserID->str() == "u1");
    REQUIRE(one.Nick);
    CHECK(one.Nick->str() == "One");
    REQUIRE(one.FaceUrl);
    CHECK(one.FaceUrl->str() == "https://example.com/1.png");
    const auto& two = (*request.AccountList)[1];
    CHECK(two.UserID->str() == "u2");
    CHECK_FALSE(two.Nick);
    CHECK_FALSE(two.FaceUrl);
    CHECK(timrest::to_json(request) == json::parse(new_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("multiaccount_import: the reply decodes with the failed accounts", "[account]") {
    const auto response = decode_response<multiaccount_import_response>(spec_response);
    CHECK(response.FailAccounts == std::vector<std::string>{"u3"});
    CHECK(timrest::to_json_string(response) == R"({"FailAccounts":["u3"]})");
}

TEST_CASE("multiaccount_import: requests built in code encode the format they use", "[account]") {
    CHECK(timrest::to_json_string(multiaccount_import_request{.Accounts = {{"u1", "u2", "u3"}}}) ==
          R"({"Accounts":["u1","u2","u3"]})");
    CHECK(timrest::to_json_string(
              multiaccount_import_request{.AccountList = {account_entry{.UserID = "u1", .Nick = "One"}}}) ==
          R"({"AccountList":[{"UserID":"u1","Nick":"One"}]})");
}

TEST_CASE("multiaccount_import: an entry of AccountList without UserID does not decode", "[account]") {
    const auto bad = request_error<multiaccount_import_request>(R"({"AccountList":[{"UserID":"u1"},{"Nick":"Two"}]})");
    CHECK(bad.path == "AccountList[1].UserID");
}

TEST_CASE("multiaccount_import: a misspelt format key does not decode", "[account]") {
    const auto bad = request_error<multiaccount_import_request>(R"({"accounts":["u1"]})");
    CHECK(bad.path == "accounts");
}

TEST_CASE("multiaccount_import: a request with both Accounts and AccountList is a violation", "[account]") {
    const auto request =
        decode_request<multiaccount_import_request>(R"({"Accounts":["u1"],"AccountList":[{"UserID":"u2"}]})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"give only one of Accounts and AccountList"});
}

TEST_CASE("multiaccount_import: a request with neither Accounts nor AccountList is a violation", "[account]") {
    CHECK(rendered(timrest::validate(multiaccount_import_request{})) ==
          std::vector<std::string>{"give one of Accounts and AccountList"});
    const auto request = decode_request<multiaccount_import_request>("{}");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"give one of Accounts and AccountList"});
}

TEST_CASE("multiaccount_import: accepts 100 Accounts and rejects 101", "[account]") {
    CHECK(timrest::validate(multiaccount_import_request{.Accounts = ids(100)}).empty());
    CHECK(rendered(timrest::validate(multiaccount_import_request{.Accounts = ids(101)})) ==
          std::vector<std::string>{"Accounts: at most 100 elements, got 101"});
}

TEST_CASE("multiaccount_import: accepts 100 AccountList entries and rejects 101", "[account]") {
    CHECK(timrest::validate(multiaccount_import_request{.AccountList = entries(100)}).empty());
    CHECK(rendered(timrest::validate(multiaccount_import_request{.AccountList = entries(101)})) ==
          std::vector<std::string>{"AccountList: at most 100 elements, got 101"});
}

TEST_CASE("multiaccount_import: an empty list in either format is rejected", "[account]") {
    CHECK(rendered(timrest::validate(multiaccount_import_request{.Accounts = ids(0)})) ==
          std::vector<std::string>{"Accounts: at least 1 element, got 0"});
    CHECK(rendered(timrest::validate(multiaccount_import_request{.AccountList = entries(0)})) ==
          std::vector<std::string>{"AccountList: at least 1 element, got 0"});
}

TEST_CASE("multiaccount_import: rejects UserIDs longer than 32 bytes in either format", "[account]") {
    auto old_ids = ids(2);
    old_ids[1] = timrest::user_id(std::string(33, 'u'));
    CHECK(rendered(timrest::validate(multiaccount_import_request{.Accounts = old_ids})) ==
          std::vector<std::string>{"Accounts[1]: at most 32 bytes, got 33"});

    auto list = entries(1);
    list[0].UserID = std::string(33, 'u');
    list[0].Nick = std::string(501, 'n');
    CHECK(rendered(timrest::validate(multiaccount_import_request{.AccountList = list})) ==
          std::vector<std::string>{"AccountList[0].UserID: at most 32 bytes, got 33",
                                   "AccountList[0].Nick: at most 500 bytes, got 501"});
}

TEST_CASE(
    "multiaccount_import: its path is v4/im_open_login_svc/multiaccount_import and its declaration is well formed",
    "[account]") {
    STATIC_REQUIRE(multiaccount_import::path == "v4/im_open_login_svc/multiaccount_import");
    STATIC_REQUIRE(timrest::endpoint<multiaccount_import>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<multiaccount_import>());
}

TEST_CASE("multiaccount_import: its error table has the account batch codes, each once with a meaning", "[account]") {
    check_error_rows<multiaccount_import>({70169, 70202, 70402, 70403, 70500, 70398, 70206});
    check_error_table_unique<multiaccount_import>();
    CHECK(timrest::find_error<multiaccount_import>(70500)->retryable);
    CHECK(timrest::find_error<multiaccount_import>(70169)->retryable);
    CHECK_FALSE(timrest::find_error<multiaccount_import>(70402)->retryable);
}

TEST_CASE("multiaccount_import: a braced list of several UserIDs is written as it reads", "[multiaccount_import]") {
    const timrest::account::multiaccount_import_request r{.Accounts = {"alice", "bob", "carol"}};
    REQUIRE(r.Accounts.has_value());
    CHECK(r.Accounts->size() == 3);
    CHECK(timrest::validate(r).empty());
    CHECK(timrest::to_json_string(r) == R"({"Accounts":["alice","bob","carol"]})");
}

}  // namespace account_multiaccount_import_test
