#include "timrest/operations/getnospeaking.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace operations_getnospeaking_test {

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::getnospeaking;
using ops::getnospeaking_request;
using ops::getnospeaking_response;

// The samples of https://www.tencentcloud.com/document/product/1047/34924.
constexpr std::string_view page_request = R"({
    "Get_Account": "lumotuwe"
})";

constexpr std::string_view page_response = R"({
    "ErrorCode": 0,
    "ErrorInfo": "",
    "C2CmsgNospeakingTime": 4294967295,
    "GroupmsgNospeakingTime": 7196
})";

}  // namespace

TEST_CASE("getnospeaking: the page's request decodes, validates and re-encodes to the same JSON", "[operations]") {
    const auto request = decode_request<getnospeaking_request>(page_request);
    CHECK(request.Get_Account->str() == "lumotuwe");
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("getnospeaking: the page's reply decodes, a permanent mute as nospeaking::forever", "[operations]") {
    const auto response = decode_response<getnospeaking_response>(page_response);
    CHECK(response.C2CmsgNospeakingTime == ops::nospeaking::forever);
    CHECK(response.GroupmsgNospeakingTime == 7196);
    CHECK(timrest::validate(response).empty());
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("getnospeaking: a reply without one of the periods does not decode", "[operations]") {
    const auto bad = response_error<getnospeaking_response>(R"({"C2CmsgNospeakingTime":0})");
    CHECK(bad.path == "GroupmsgNospeakingTime");
}

TEST_CASE("getnospeaking: Get_Account must be a UserID of 1 to 32 bytes", "[operations]") {
    CHECK(rendered(timrest::validate(getnospeaking_request{.Get_Account = std::string(33, 'u')})) ==
          std::vector<std::string>{"Get_Account: at most 32 bytes, got 33"});
    const auto empty = decode_request<getnospeaking_request>(R"({"Get_Account":""})");
    CHECK(rendered(timrest::validate(empty)) == std::vector<std::string>{"Get_Account: at least 1 byte, got 0"});
}

TEST_CASE("getnospeaking: its declaration is well formed and its error table holds the page's codes", "[operations]") {
    STATIC_REQUIRE(getnospeaking::path == "v4/openconfigsvr/getnospeaking");
    STATIC_REQUIRE(timrest::detail::check_endpoint<getnospeaking>());
    STATIC_REQUIRE(timrest::calls_per_second<getnospeaking>() == 200);
    check_error_rows<getnospeaking>({130001, 130002, 130003, 130014});
    check_error_table_unique<getnospeaking>();
    CHECK(timrest::find_error<getnospeaking>(130005) == nullptr);  // Set_Account's row belongs to setnospeaking
}

}  // namespace operations_getnospeaking_test
