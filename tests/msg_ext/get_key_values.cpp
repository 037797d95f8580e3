#include "timrest/msg_ext/get_key_values.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace msg_ext_get_key_values_test {

namespace {

using namespace timrest_test;
namespace msg_ext = timrest::msg_ext;

// The samples of https://www.tencentcloud.com/document/product/1047/51194.
constexpr std::string_view page_request = R"({
    "From_Account": "62768",
    "To_Account": "116400",
    "MsgKey": "44739199_12_1665388280"
})";

constexpr std::string_view page_request_start_seq = R"({
    "From_Account": "62768",
    "To_Account": "116400",
    "MsgKey": "44739199_12_1665388280",
    "StartSeq": 2
})";

constexpr std::string_view page_response = R"({
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ActionStatus": "OK",
    "CompleteFlag": 1,
    "LatestSeq": 2,
    "ClearSeq": 0,
    "ExtensionList": [
        {
            "Key": "k1",
            "Value": "v1",
            "Seq": 1
        },
        {
            "Key": "k2",
            "Value": "v2",
            "Seq": 1
        },
        {
            "Key": "k3",
            "Value": "v3",
            "Seq": 2
        }
    ]
})";

}  // namespace

TEST_CASE("get_key_values: each request on the page decodes, validates and re-encodes to the same JSON", "[msg_ext]") {
    for (auto text : {page_request, page_request_start_seq}) {
        const auto request = decode_request<msg_ext::get_key_values_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("get_key_values: the page's reply decodes and re-encodes to the same JSON", "[msg_ext]") {
    const auto response = decode_response<msg_ext::get_key_values_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    REQUIRE(response.ExtensionList.size() == 3);
    CHECK(response.ExtensionList[2].Seq == 2u);
    CHECK(response.LatestSeq == 2u);
}

TEST_CASE("get_key_values: To_Account is a UserID", "[msg_ext]") {
    const msg_ext::get_key_values_request request{.To_Account = std::string(), .MsgKey = "1_2_3"};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"To_Account"});
}

TEST_CASE("get_key_values: the error table holds the page's codes once each", "[msg_ext]") {
    check_error_rows<msg_ext::get_key_values>({10002, 10004, 10008, 23004});
    check_error_table_unique<msg_ext::get_key_values>();
}

}  // namespace msg_ext_get_key_values_test
