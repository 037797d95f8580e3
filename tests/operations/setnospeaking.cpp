#include "timrest/operations/setnospeaking.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/schema.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace operations_setnospeaking_test {

namespace {

using namespace timrest_test;
namespace ops = timrest::operations;
using ops::setnospeaking;
using ops::setnospeaking_request;

// The samples of https://www.tencentcloud.com/document/product/1047/34923, comments and trailing comma included.
constexpr std::string_view page_request = R"({
    "Set_Account": "lumotuwe",
    "C2CmsgNospeakingTime": 4294967295, // `C2CmsgNospeakingTime` and `GroupmsgNospeakingTime` are optional, but either of them must be specified.
    "GroupmsgNospeakingTime": 7200
})";

constexpr std::string_view page_response = R"({
    "ErrorCode": 0,
    "ErrorInfo": "",
})";

}  // namespace

TEST_CASE("setnospeaking: the page's request decodes, validates and re-encodes to the same JSON", "[operations]") {
    const auto request = decode_request<setnospeaking_request>(page_request);
    CHECK(request.Set_Account->str() == "lumotuwe");
    REQUIRE(request.C2CmsgNospeakingTime);
    CHECK(*request.C2CmsgNospeakingTime == ops::nospeaking::forever);
    REQUIRE(request.GroupmsgNospeakingTime);
    CHECK(*request.GroupmsgNospeakingTime == 7200);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("setnospeaking: the page's reply, the envelope only, decodes", "[operations]") {
    decode_response<ops::setnospeaking_response>(page_response);
    CHECK(timrest::to_json(ops::setnospeaking_response{}) == sample("{}"));
}

TEST_CASE("setnospeaking: the named periods encode as the page's 0 and 4294967295", "[operations]") {
    STATIC_REQUIRE(ops::nospeaking::unmute == 0);
    STATIC_REQUIRE(ops::nospeaking::forever == 0xFFFFFFFF);
    const setnospeaking_request request{.Set_Account = "bob",
                                        .C2CmsgNospeakingTime = ops::nospeaking::forever,
                                        .GroupmsgNospeakingTime = ops::nospeaking::unmute};
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) ==
          sample(R"({"Set_Account":"bob","C2CmsgNospeakingTime":4294967295,"GroupmsgNospeakingTime":0})"));
}

TEST_CASE("setnospeaking: one period alone is enough and the other stays out of the JSON", "[operations]") {
    const setnospeaking_request request{.Set_Account = "bob", .GroupmsgNospeakingTime = 3600};
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(R"({"Set_Account":"bob","GroupmsgNospeakingTime":3600})"));
}

TEST_CASE("setnospeaking: a request with neither period is refused, as the service's 130008 does", "[operations]") {
    CHECK(rendered(timrest::validate(setnospeaking_request{.Set_Account = "bob"})) ==
          std::vector<std::string>{"give at least one of C2CmsgNospeakingTime and GroupmsgNospeakingTime"});
    const auto decoded = decode_request<setnospeaking_request>(R"({"Set_Account":"bob"})");
    CHECK(rendered(timrest::validate(decoded)).size() == 1);
}

TEST_CASE("setnospeaking: the endpoint list shows the at-least-one rule and the period's bounds", "[operations]") {
    const auto request = timrest::describe_endpoint<setnospeaking>().at("request");
    CHECK(request.at("rules") == sample(R"([{"rule":"at_least_one_of",)"
                                        R"("fields":["C2CmsgNospeakingTime","GroupmsgNospeakingTime"]}])"));
    const auto& group = request.at("fields").at(2);
    CHECK(group.at("name") == "GroupmsgNospeakingTime");
    CHECK(group.at("required") == false);
    CHECK(group.at("minimum") == 0);
    CHECK(group.at("maximum") == 4294967295);
}

TEST_CASE("setnospeaking: a period past 4294967295 or below 0 is refused with the bounds", "[operations]") {
    const auto above = decode_request<setnospeaking_request>(
        R"({"Set_Account":"bob","C2CmsgNospeakingTime":4294967296,"GroupmsgNospeakingTime":-1})");
    CHECK(rendered(timrest::validate(above)) ==
          std::vector<std::string>{"C2CmsgNospeakingTime: in [0, 4294967295], got 4294967296",
                                   "GroupmsgNospeakingTime: in [0, 4294967295], got -1"});
}

TEST_CASE("setnospeaking: Set_Account is a UserID of at most 32 bytes", "[operations]") {
    const setnospeaking_request request{.Set_Account = std::string(33, 'u'), .C2CmsgNospeakingTime = 60};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"Set_Account: at most 32 bytes, got 33"});
}

TEST_CASE("setnospeaking: its declaration is well formed and its error table holds the page's codes", "[operations]") {
    STATIC_REQUIRE(setnospeaking::path == "v4/openconfigsvr/setnospeaking");
    STATIC_REQUIRE(timrest::detail::check_endpoint<setnospeaking>());
    STATIC_REQUIRE(timrest::calls_per_second<setnospeaking>() == 200);
    check_error_rows<setnospeaking>({130001, 130004, 130005, 130008, 130014});
    check_error_table_unique<setnospeaking>();
    CHECK(timrest::find_error<setnospeaking>(130014)->retryable);
    CHECK_FALSE(timrest::find_error<setnospeaking>(130008)->retryable);
}

}  // namespace operations_setnospeaking_test
