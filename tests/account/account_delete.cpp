#include "timrest/account/account_delete.hpp"

#include <catch2/catch.hpp>

#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

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

account_delete_request decode_request(std::string_view text) {
    auto request = timrest::blank<account_delete_request>();
    auto bad = timrest::from_json(json::parse(text), request, timrest::unknown_keys::reject);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    return request;
}

json::value without_envelope(std::string_view text) {
    auto v = json::parse(text);
    for (auto key : {"ActionStatus", "ErrorCode", "ErrorInfo", "ErrorDisplay"}) v.as_object().erase(key);
    return v;
}

std::vector<std::string> rendered(const std::vector<timrest::field_error>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.to_string());
    return out;
}

account_delete_request request_of(std::size_t n) {
    return {.DeleteItem = std::vector<account_ref>(n, account_ref{"carol"})};
}

}  // namespace

TEST_CASE("account_delete: a request built from the spec decodes and re-encodes to the same JSON", "[account]") {
    const auto request = decode_request(spec_request);
    REQUIRE(request.DeleteItem->size() == 2);
    CHECK((*request.DeleteItem)[0].UserID->str() == "carol");
    CHECK((*request.DeleteItem)[1].UserID->str() == "ghost");
    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("account_delete: the reply decodes with a 70107 result for the account that does not exist", "[account]") {
    auto response = timrest::blank<account_delete_response>();
    auto bad = timrest::from_json(json::parse(spec_response), response);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
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
    auto request = timrest::blank<account_delete_request>();
    auto bad = timrest::from_json(json::parse(R"({"DeleteItem":[{"UserID":"carol"}],"Force":1})"), request,
                                  timrest::unknown_keys::reject);
    REQUIRE(bad);
    CHECK(bad->path == "Force");
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
    for (int code : {70169, 70202, 70402, 70403, 70500, 30006, 30007, 30008, 40006, 70107, 70206, 71000}) {
        INFO("code " << code);
        const auto* row = timrest::find_error<account_delete>(code);
        REQUIRE(row != nullptr);
        CHECK_FALSE(row->meaning.empty());
    }
    std::set<int> seen;
    for (const auto& row : timrest::error_table<account_delete>()) {
        INFO("code " << row.code);
        CHECK(seen.insert(row.code).second);
        CHECK_FALSE(row.meaning.empty());
    }
    CHECK_THAT(std::string(timrest::find_error<account_delete>(70107)->meaning), Catch::Contains("does not exist"));
    CHECK(timrest::find_error<account_delete>(30007)->retryable);
    CHECK_FALSE(timrest::find_error<account_delete>(71000)->retryable);
}
