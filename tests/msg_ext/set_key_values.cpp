#include "timrest/msg_ext/set_key_values.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace msg_ext_set_key_values_test {

namespace {

using namespace timrest_test;
namespace msg_ext = timrest::msg_ext;

// The samples of https://www.tencentcloud.com/document/product/1047/51195.
constexpr std::string_view page_request_set = R"({
    "From_Account": "62768",
    "To_Account": "116400",
    "MsgKey": "44739199_12_1665388280",
    "OperateType": 1,
    "ExtensionList": [
        {"Key": "k1", "Value": "v1", "Seq": 0},
        {"Key": "k2", "Value": "v2", "Seq": 0},
        {"Key": "k3", "Value": "v3", "Seq": 0}
    ]
})";

constexpr std::string_view page_request_delete = R"({
    "From_Account": "62768",
    "To_Account": "116400",
    "MsgKey": "44739199_12_1665388280",
    "OperateType": 2,
    "ExtensionList": [
        {"Key": "key1", "Value": "", "Seq": 1}
    ]
})";

constexpr std::string_view page_request_clear = R"({
    "From_Account": "62768",
    "To_Account": "116400",
    "MsgKey": "44739199_12_1665388280",
    "OperateType": 3
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
	"ExtensionList": [
        {
            "ErrorCode": 0,
            "Extension": {
                "Key": "k1",
                "Value": "v1",
                "Seq": 1
            }
        },
		{
            "ErrorCode": 23001,
            "Extension": {
                "Key": "k2",
                "Value": "v1234",
                "Seq": 2
            }
        }
	]
})";

}  // namespace

TEST_CASE("set_key_values: each request on the page decodes, validates and re-encodes to the same JSON", "[msg_ext]") {
    for (auto text : {page_request_set, page_request_delete, page_request_clear}) {
        const auto request = decode_request<msg_ext::set_key_values_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("set_key_values: the page's reply decodes; a Seq conflict is one item's ErrorCode", "[msg_ext]") {
    const auto response = decode_response<msg_ext::set_key_values_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    REQUIRE(response.ExtensionList.size() == 2);
    CHECK(response.ExtensionList[1].ErrorCode == msg_ext::codes::seq_conflict.code);
}

TEST_CASE("set_key_values: ExtensionList is required to set or delete, 20 pairs at most", "[msg_ext]") {
    msg_ext::set_key_values_request request{
        .To_Account = "116400", .MsgKey = "1_2_3", .OperateType = msg_ext::operate_type::remove};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ExtensionList: required when OperateType is 2"});

    std::vector<msg_ext::extension> many(21, msg_ext::extension{.Key = "k", .Value = "v"});
    request.OperateType = msg_ext::operate_type::set;
    request.ExtensionList = many;
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ExtensionList: at most 20 elements, got 21"});
    STATIC_REQUIRE(msg_ext::set_key_values::max_batch == 20);
}

TEST_CASE("set_key_values: keys hold at most 100 bytes and values 1,000", "[msg_ext]") {
    const msg_ext::set_key_values_request request{
        .To_Account = "116400",
        .MsgKey = "1_2_3",
        .OperateType = msg_ext::operate_type::set,
        .ExtensionList = {msg_ext::extension{.Key = std::string(101, 'k'), .Value = std::string(1001, 'v')}}};
    CHECK(paths(timrest::validate(request)) ==
          std::vector<std::string>{"ExtensionList[0].Key", "ExtensionList[0].Value"});
}

TEST_CASE("set_key_values: the error table holds the page's codes once each", "[msg_ext]") {
    check_error_rows<msg_ext::set_key_values>({10002, 10004, 10008, 23001, 23002, 23003, 23004});
    check_error_table_unique<msg_ext::set_key_values>();
}

}  // namespace msg_ext_set_key_values_test
