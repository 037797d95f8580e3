#include "timrest/account/account_delete.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace account_account_delete_test {

namespace {

using namespace timrest_test;
namespace account = timrest::account;
namespace json = boost::json;
using account::account_delete;
using account::account_delete_request;
using account::account_delete_response;
using account::account_ref;

// Built from spec §4.4: a non-existent user fails on its own while the call succeeds.
constexpr std::string_view spec_request = R"({"DeleteItem":[{"UserID":"carol"},{"UserID":"ghost"}]})";
constexpr std::string_view spec_response =
    R"({"ResultItem":[{"ResultCode":0,"ResultInfo":"","UserID":"carol"},)"
    R"({"ResultCode":70107,"ResultInfo":"Err_TLS_PT_Open_Login_Account_Not_Exist","UserID":"ghost"}],)"
    R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

account_delete_request request_of(std::size_t n) {
    return {.DeleteItem = std::vector<account_ref>(n, account_ref{"carol"})};
}

}  // namespace

TEST_CASE("account_delete: a request built from the spec decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request<account_delete_request>(spec_request);
    REQUIRE(request.DeleteItem->size() == 2);
    CHECK((*request.DeleteItem)[0].UserID->str() == "carol");
    CHECK((*request.DeleteItem)[1].UserID->str() == "ghost");
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("account_delete: the reply decodes with a 70107 result for the account that does not exist", "[account]") {
    const auto response = decode_response<account_delete_response>(spec_response);
    REQUIRE(response.ResultItem.size() == 2);
    CHECK(response.ResultItem[0].UserID == "carol");
    CHECK(response.ResultItem[0].ResultCode == 0);
    CHECK(response.ResultItem[0].ResultInfo.empty());
    CHECK(response.ResultItem[1].UserID == "ghost");
    CHECK(response.ResultItem[1].ResultCode == 70107);
    CHECK(response.ResultItem[1].ResultInfo == "Err_TLS_PT_Open_Login_Account_Not_Exist");
    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("account_delete: a request built in code encodes as the wire expects", "[account]") {
    const account_delete_request request{.DeleteItem = {account_ref{"carol"}, account_ref{"ghost"}}};
    CHECK(timrest::to_json(request) == json::parse(spec_request));
}

TEST_CASE("account_delete: a request with a misspelt key does not decode", "[account]") {
    const auto bad = request_error<account_delete_request>(R"({"DeleteItem":[{"UserID":"carol"}],"Force":1})");
    CHECK(bad.path == "Force");
}

TEST_CASE("account_delete: accepts 100 accounts and rejects 101", "[account]") {
    CHECK(timrest::validate(request_of(100)).empty());
    CHECK(rendered(timrest::validate(request_of(101))) ==
          std::vector<std::string>{"DeleteItem: at most 100 elements, got 101"});
}

TEST_CASE("account_delete: rejects an empty DeleteItem", "[account]") {
    CHECK(rendered(timrest::validate(request_of(0))) ==
          std::vector<std::string>{"DeleteItem: at least 1 element, got 0"});
}

TEST_CASE("account_delete: rejects a UserID longer than 32 bytes", "[account]") {
    auto request = request_of(2);
    (*request.DeleteItem)[0].UserID = std::string(33, 'u');
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"DeleteItem[0].UserID: at most 32 bytes, got 33"});
}

TEST_CASE("account_delete: its path is v4/im_open_login_svc/account_delete and its declaration is well formed",
          "[account]") {
    STATIC_REQUIRE(account_delete::path == "v4/im_open_login_svc/account_delete");
    STATIC_REQUIRE(timrest::endpoint<account_delete>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<account_delete>());
}

TEST_CASE("account_delete: its error table has the account batch codes and its own, each once with a meaning",
          "[account]") {
    check_error_rows<account_delete>(
        {70169, 70202, 70402, 70403, 70500, 30006, 30007, 30008, 40006, 70107, 70206, 71000});
    check_error_table_unique<account_delete>();
    CHECK_THAT(std::string(timrest::find_error<account_delete>(70107)->meaning), Catch::Contains("does not exist"));
    CHECK(timrest::find_error<account_delete>(30007)->retryable);
    CHECK_FALSE(timrest::find_error<account_delete>(71000)->retryable);
}

}  // namespace account_account_delete_test
