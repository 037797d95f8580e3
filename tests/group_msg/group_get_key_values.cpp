#include "timrest/group_msg/group_get_key_values.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_group_get_key_values_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of the spec folder's page (https://www.tencentcloud.com/document/product/1047/51196).
constexpr std::string_view page_request_all = R"({
    "GroupId": "@TGS#1YMVAB3IZ",
    "MsgSeq": 158
})";

constexpr std::string_view page_request_from = R"({
    "GroupId": "@TGS#1YMVAB3IZ",
    "MsgSeq": 158,
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
        {"Key": "key1", "Value": "1", "Seq": 1},
        {"Key": "key2", "Value": "2", "Seq": 1},
        {"Key": "key3", "Value": "3", "Seq": 2}
    ]
})";

}  // namespace

TEST_CASE("group_get_key_values: each request on the page decodes, validates and re-encodes; the reply decodes",
          "[group_msg]") {
    for (auto text : {page_request_all, page_request_from}) {
        const auto request = decode_request<group_msg::group_get_key_values_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto response = decode_response<group_msg::group_get_key_values_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    REQUIRE(response.ExtensionList.size() == 3);
    CHECK(response.ExtensionList[2].Seq == 2u);
    CHECK(response.LatestSeq == 2);
}

TEST_CASE("group_get_key_values: the group and the message's MsgSeq are required", "[group_msg]") {
    CHECK(request_error<group_msg::group_get_key_values_request>(R"({"GroupId": "g"})").path == "MsgSeq");
    CHECK(request_error<group_msg::group_get_key_values_request>(R"({"MsgSeq": 1})").path == "GroupId");
}

TEST_CASE("group_get_key_values: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::group_get_key_values>({10002, 10004, 10008, 23004});
    check_error_table_unique<group_msg::group_get_key_values>();
    CHECK(timrest::find_error<group_msg::group_get_key_values>(23004)->meaning == "the group message does not exist");
}

}  // namespace group_msg_group_get_key_values_test
