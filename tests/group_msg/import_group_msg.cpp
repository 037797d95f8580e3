#include "timrest/group_msg/import_group_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_import_group_msg_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34968; the reply's trailing comma is the page's.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "RecentContactFlag":1,// Means to trigger conversation update
    "MsgList": [
        {
            "From_Account": "leckie", // Message sender
            "SendTime":1620808101,
            "Random": 8912345, // Random number of the message (optional)
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem", // Text
                    "MsgContent": {
                        "Text": "red packet"
                    }
                },
                {
                    "MsgType": "TIMFaceElem", // Emoji
                    "MsgContent": {
                        "Index": 6,
                        "Data": "abc\u0000\u0001"
                    }
                }
            ]
        },
        {
            "From_Account": "peter", // Message sender
            "SendTime":1620892821,
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem", // Text
                    "MsgContent": {
                        "Text": "red packet"
                    }
                }
            ]
        }
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "ImportMsgResult": [
        {
            "MsgSeq": 1,
            "MsgTime": 1620808101,
            "Result": 0
        },
        {
            "MsgSeq": 2,
            "MsgTime": 1620892821,
            "Result": 0
        },
    ]
})";

group_msg::imported_message one(std::int64_t time) {
    return {.From_Account = "leckie", .SendTime = time, .MsgBody = {msg::text_elem{.Text = "x"}}};
}

}  // namespace

TEST_CASE("import_group_msg: the page's request decodes, validates and re-encodes to the same JSON", "[group_msg]") {
    const auto request = decode_request<group_msg::import_group_msg_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    REQUIRE(request.MsgList->size() == 2);
    CHECK(*(*request.MsgList)[1].SendTime == 1620892821);
    CHECK_FALSE((*request.MsgList)[1].Random);
}

TEST_CASE("import_group_msg: the page's reply decodes, each message with its MsgSeq and Result", "[group_msg]") {
    const auto response = decode_response<group_msg::import_group_msg_response>(page_response);
    REQUIRE(response.ImportMsgResult.size() == 2);
    CHECK(response.ImportMsgResult[1].MsgSeq == 2);
    CHECK(response.ImportMsgResult[1].MsgTime == 1620892821);
    CHECK(response.ImportMsgResult[0].Result == 0);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("import_group_msg: one to seven messages a request, each a valid message", "[group_msg]") {
    std::vector<group_msg::imported_message> eight(8, one(1620808101));
    group_msg::import_group_msg_request request{.GroupId = "@TGS#1", .MsgList = eight};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgList: at most 7 elements, got 8"});
    STATIC_REQUIRE(group_msg::import_group_msg::max_batch == 7);

    std::vector<msg::element> two_custom{msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}};
    request.MsgList = {one(1)};
    (*request.MsgList)[0].MsgBody = two_custom;
    request.RecentContactFlag = 2;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"MsgList[0].MsgBody: at most 1 TIMCustomElem, got 2",
                                   "RecentContactFlag: in [0, 1], got 2"});
}

TEST_CASE("import_group_msg: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::import_group_msg>({10004, 10007, 10010, 10015, 10020, 80002});
    check_error_table_unique<group_msg::import_group_msg>();
}

}  // namespace group_msg_import_group_msg_test
