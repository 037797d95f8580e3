#include "timrest/group_msg/group_set_key_values.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_group_set_key_values_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace msg_ext = timrest::msg_ext;

// The samples of the spec folder's page (https://www.tencentcloud.com/document/product/1047/51197); the first
// request's trailing comma is the page's.
constexpr std::string_view page_request_set = R"({
    "GroupId": "@TGS#1YMVAB3IZ",
    "MsgSeq": 158,
    "OperateType": 1,
    "ExtensionList": [
        {"Key": "key1", "Value": "value1", "Seq": 0},
		{"Key": "key2", "Value": "value2", "Seq": 0},
    ]
})";

constexpr std::string_view page_request_delete = R"({
    "GroupId": "@TGS#1YMVAB3IZ",
    "MsgSeq": 158,
    "OperateType": 2,
    "ExtensionList": [
        {"Key": "key1", "Value": "", "Seq": 1}
    ]
})";

constexpr std::string_view page_request_clear = R"({
    "GroupId": "@TGS#1YMVAB3IZ",
    "MsgSeq": 158,
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
                "Key": "key1",
                "Value": "value1",
                "Seq": 1
            }
        },
		{
            "ErrorCode": 23001,
            "Extension": {
                "Key": "key2",
                "Value": "value1234",
                "Seq": 2
            }
        }
	]
})";

}  // namespace

TEST_CASE("group_set_key_values: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group_msg]") {
    for (auto text : {page_request_set, page_request_delete, page_request_clear}) {
        const auto request = decode_request<group_msg::group_set_key_values_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("group_set_key_values: the page's reply decodes; a Seq conflict is one pair's failure", "[group_msg]") {
    const auto response = decode_response<group_msg::group_set_key_values_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    const auto failures = timrest::item_failures<group_msg::group_set_key_values>(response);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "ExtensionList[1]");
    CHECK(failures[0].code == 23001);
    CHECK(failures[0].meaning == msg_ext::codes::seq_conflict.meaning);
}

TEST_CASE("group_set_key_values: ExtensionList is required to set or delete, 20 pairs at most", "[group_msg]") {
    group_msg::group_set_key_values_request request{
        .GroupId = "@TGS#1", .MsgSeq = 158u, .OperateType = msg_ext::operate_type::set};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ExtensionList: required when OperateType is 1"});
    request.OperateType = msg_ext::operate_type::clear;
    CHECK(timrest::validate(request).empty());
    request.OperateType = msg_ext::operate_type::remove;
    request.ExtensionList = std::vector<msg_ext::extension>(21, msg_ext::extension{.Key = "k", .Value = "v"});
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ExtensionList: at most 20 elements, got 21"});
    STATIC_REQUIRE(group_msg::group_set_key_values::max_batch == 20);
}

TEST_CASE("group_set_key_values: keys hold at most 100 bytes, values 1,000, and OperateType is 1 to 3",
          "[group_msg]") {
    const group_msg::group_set_key_values_request request{
        .GroupId = "@TGS#1",
        .MsgSeq = 158u,
        .OperateType = msg_ext::operate_type::set,
        .ExtensionList = {msg_ext::extension{.Key = std::string(101, 'k'), .Value = std::string(1001, 'v')}}};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"ExtensionList[0].Key", "ExtensionList[0].Value"});
    const auto bad = decode_request<group_msg::group_set_key_values_request>(
        R"({"GroupId": "g", "MsgSeq": 1, "OperateType": 4})");
    CHECK(paths(timrest::validate(bad)) == std::vector<std::string>{"OperateType"});
}

TEST_CASE("group_set_key_values: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::group_set_key_values>({10002, 10004, 10008, 23001, 23002, 23003, 23004});
    check_error_table_unique<group_msg::group_set_key_values>();
}

}  // namespace group_msg_group_set_key_values_test
