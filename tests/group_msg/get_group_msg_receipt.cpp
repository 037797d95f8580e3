#include "timrest/group_msg/get_group_msg_receipt.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_get_group_msg_receipt_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/49439.
constexpr std::string_view page_request = R"({
    "GroupId":"@TGS#2TTV7VSII",
    "MsgSeqList":[        // Pull the list of message `seq` values
        {"MsgSeq":1},
        {"MsgSeq":2}
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "GroupMsgReceiptList": [   // Read receipts
        {
            "Code": 0,
            "MsgSeq": 1,
            "ReadNum": 1,      // Read count of the group message
            "UnreadNum": 6     // Unread count of the group message
        },
        {
            "Code": 0,
            "MsgSeq": 2,
            "ReadNum": 1,
            "UnreadNum": 6
        }
    ]
})";

}  // namespace

TEST_CASE("get_group_msg_receipt: the page's request decodes, validates and re-encodes; its reply decodes",
          "[group_msg]") {
    const auto request = decode_request<group_msg::get_group_msg_receipt_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    const auto response = decode_response<group_msg::get_group_msg_receipt_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    REQUIRE(response.GroupMsgReceiptList.size() == 2);
    CHECK(response.GroupMsgReceiptList[1].MsgSeq == 2);
    CHECK(response.GroupMsgReceiptList[1].UnreadNum == 6);
}

TEST_CASE("get_group_msg_receipt: the list of messages is not empty", "[group_msg]") {
    const auto request =
        decode_request<group_msg::get_group_msg_receipt_request>(R"({"GroupId": "g", "MsgSeqList": []})");
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgSeqList: at least 1 element, got 0"});
}

TEST_CASE("get_group_msg_receipt: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::get_group_msg_receipt>({10002, 10003, 10004, 10007, 10010, 10015, 10062});
    check_error_table_unique<group_msg::get_group_msg_receipt>();
}

}  // namespace group_msg_get_group_msg_receipt_test
