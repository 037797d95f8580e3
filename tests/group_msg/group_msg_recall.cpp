#include "timrest/group_msg/group_msg_recall.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_group_msg_recall_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34965.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#2J4SZEAEL",
    "MsgSeqList":[
        {
			"MsgSeq":100
        },
        {
            "MsgSeq":101
        }
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "RecallRetList":[
        {
            "MsgSeq":100,
            "RetCode":10030
        },
        {
            "MsgSeq":101,
            "RetCode":0
        }
    ]
})";

}  // namespace

TEST_CASE("group_msg_recall: the page's request decodes, validates and re-encodes to the same JSON", "[group_msg]") {
    const auto request = decode_request<group_msg::group_msg_recall_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(*(*request.MsgSeqList)[1].MsgSeq == 101u);
}

TEST_CASE("group_msg_recall: the page's reply decodes; each message has its own RetCode", "[group_msg]") {
    const auto response = decode_response<group_msg::group_msg_recall_response>(page_response);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    REQUIRE(response.RecallRetList.size() == 2);
    CHECK(response.RecallRetList[0].RetCode == group_msg::codes::msg_not_found.code);
    CHECK(response.RecallRetList[1].RetCode == 0);
}

TEST_CASE("group_msg_recall: one to ten messages a request, with 64-bit sequence numbers", "[group_msg]") {
    std::vector<group_msg::msg_seq_item> eleven(11, group_msg::msg_seq_item{.MsgSeq = 1u});
    const group_msg::group_msg_recall_request request{.GroupId = "@TGS#1", .MsgSeqList = eleven};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgSeqList: at most 10 elements, got 11"});
    STATIC_REQUIRE(group_msg::group_msg_recall::max_batch == 10);
    const auto big = decode_request<group_msg::group_msg_recall_request>(
        R"({"GroupId": "g", "MsgSeqList": [{"MsgSeq": 9007199254740993}]})");
    CHECK(*(*big.MsgSeqList)[0].MsgSeq == 9007199254740993u);
}

TEST_CASE("group_msg_recall: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::group_msg_recall>(
        {10002, 10003, 10004, 10007, 10010, 10015, 10030, 10031, 10032, 10033, 10041});
    check_error_table_unique<group_msg::group_msg_recall>();
}

}  // namespace group_msg_group_msg_recall_test
