#include "timrest/group_msg/send_group_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_send_group_msg_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;
namespace group = timrest::group;
namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34959, comments and all.
constexpr std::string_view page_request_basic = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345, // A random number.
    "MsgBody": [
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
    ],
    "CloudCustomData": "your cloud custom data",
    "SupportMessageExtension": 0,
    "OfflinePushInfo": {
        "PushFlag": 0, // Normal push
        "Desc": "Content to push offline",
        "Ext": "Passthrough content",
        "AndroidInfo": {"Sound": "android.mp3"},
        "ApnsInfo": {
            "Sound": "apns.mp3",
            "BadgeMode": 1,
            "Title":"apns title",
            "SubTitle":"apns subtitle",
            "Image":"www.image.com"
        }
    }
})";

constexpr std::string_view page_request_sender = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "From_Account": "leckie", // Message sender (optional)
    "Random": 8912345,
    "MsgBody": [
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
    ]
})";

constexpr std::string_view page_request_recipients = R"({
    "GroupId":"@TGS#12DEVUDHQ",
    "Random":2784275388,
    "MsgBody":[{"MsgType":"TIMCustomElem", "MsgContent":{"Data":"1cddddddddq1"}}],
    "To_Account":["brennanli2", "brennanli3"] // up to 50 recipients
})";

constexpr std::string_view page_request_no_last_msg = R"({
     "GroupId": "@TGS#2C5SZEAEF",
     "Random": 8912345,
     "SendMsgControl":["NoLastMsg"],// Do not trigger conversation update.
     "MsgBody": [
         {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
         {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
     ]
 })";

constexpr std::string_view page_request_priority = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "MsgPriority": "High", // Message priority
    "MsgBody": [
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
    ]
})";

constexpr std::string_view page_request_no_callbacks = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Random": 8912345,
    "ForbidCallbackControl":[
		    "ForbidBeforeSendMsgCallback",
		    "ForbidAfterSendMsgCallback"], // Callback forbidding control option
    "MsgBody": [
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
    ]
})";

constexpr std::string_view page_request_mentions = R"({
          "GroupId": "@TGS#2C5SZEAEF",
          "Random": 8912345,
          "MsgBody": [
              {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red @all @tommy @brennanli packet"}}
          ],
          // It corresponds to @all @tommy @brennanli in the text information.
          "GroupAtInfo":[
          {
              "GroupAtAllFlag":1 // `1`: @ all ; `0`: @ a certain group member
          },
          {
              "GroupAtAllFlag":0,
              "GroupAt_Account":"tommy" // @ a specific group member
          },
          {
              "GroupAtAllFlag":0,
              "GroupAt_Account":"brennanli"
          }
  	 ]
      })";

constexpr std::string_view page_request_online_only = R"({
        "GroupId": "@TGS#2C5SZEAEF",
        "Random": 8912345,
        "OnlineOnlyFlag": 1, // The message is for online delivery only
        "MsgBody": [
            {"MsgType": "TIMTextElem", "MsgContent": {"Text": "red packet"}},
            {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 6, "Data": "abc\u0000\u0001"}}
        ]
    })";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgTime": 1497249503,
    "MsgSeq": 1,
    "MsgDropReason" : "MsgFreqCtrl"
})";

group_msg::send_group_msg_request text_message() {
    return {.GroupId = "@TGS#1", .Random = 1, .MsgBody = {msg::text_elem{.Text = "hi"}}};
}

}  // namespace

TEST_CASE("send_group_msg: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group_msg]") {
    for (auto text : {page_request_basic, page_request_sender, page_request_recipients, page_request_no_last_msg,
                      page_request_priority, page_request_no_callbacks, page_request_mentions,
                      page_request_online_only}) {
        const auto request = decode_request<group_msg::send_group_msg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto priority = decode_request<group_msg::send_group_msg_request>(page_request_priority);
    CHECK(priority.MsgPriority == group::msg_priority::High);
    const auto mentions = decode_request<group_msg::send_group_msg_request>(page_request_mentions);
    REQUIRE(mentions.GroupAtInfo);
    REQUIRE(mentions.GroupAtInfo->size() == 3);
    CHECK((*mentions.GroupAtInfo)[1].GroupAt_Account->str() == "tommy");
    const auto recipients = decode_request<group_msg::send_group_msg_request>(page_request_recipients);
    CHECK(recipients.Random.value() == 2784275388u);
}

TEST_CASE("send_group_msg: the page's reply decodes, with its 64-bit MsgSeq and drop reason", "[group_msg]") {
    const auto response = decode_response<group_msg::send_group_msg_response>(page_response);
    CHECK(response.MsgTime == 1497249503);
    CHECK(response.MsgSeq == 1);
    CHECK(response.MsgDropReason == "MsgFreqCtrl");
    CHECK(timrest::to_json(response) == without_envelope(page_response));
    const auto big = decode_response<group_msg::send_group_msg_response>(R"({"MsgTime": 1, "MsgSeq": 5000000000})");
    CHECK(big.MsgSeq == 5000000000u);
}

TEST_CASE("send_group_msg: at most 50 targeted recipients, and none is an empty list", "[group_msg]") {
    auto request = text_message();
    request.To_Account = std::vector<timrest::user_id>(51, timrest::user_id("bob"));
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"To_Account: at most 50 elements, got 51"});
    request.To_Account = std::vector<timrest::user_id>{};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"To_Account: at least 1 element, got 0"});
}

TEST_CASE("send_group_msg: senders and mentioned members are UserIDs", "[group_msg]") {
    auto request = text_message();
    request.From_Account = timrest::user_id(std::string(33, 'u'));
    request.GroupAtInfo = std::vector<group_msg::group_at>{{.GroupAtAllFlag = 0, .GroupAt_Account = timrest::user_id(std::string())}};
    CHECK(paths(timrest::validate(request)) ==
          std::vector<std::string>{"From_Account", "GroupAtInfo[0].GroupAt_Account"});
}

TEST_CASE("send_group_msg: priorities, switches and send controls are value sets", "[group_msg]") {
    const auto lower_case = decode_request<group_msg::send_group_msg_request>(
        R"({"GroupId": "g", "Random": 1, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}],
            "MsgPriority": "high", "SendMsgControl": ["NoLastMsg", "NoRead"]})");
    CHECK(paths(timrest::validate(lower_case)) == std::vector<std::string>{"MsgPriority", "SendMsgControl[1]"});

    auto request = text_message();
    request.OnlineOnlyFlag = 2;
    request.GroupAtInfo = std::vector<group_msg::group_at>{{.GroupAtAllFlag = 3}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"OnlineOnlyFlag: in [0, 1], got 2", "GroupAtInfo[0].GroupAtAllFlag: in [0, 1], got 3"});
}

TEST_CASE("send_group_msg: the message body follows the message rules (one custom element, 12 KB)", "[group_msg]") {
    auto request = text_message();
    std::vector<msg::element> two_custom{msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}};
    request.MsgBody = two_custom;
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgBody: at most 1 TIMCustomElem, got 2"});
    const auto empty =
        decode_request<group_msg::send_group_msg_request>(R"({"GroupId": "g", "Random": 1, "MsgBody": []})");
    CHECK(rendered(timrest::validate(empty)) == std::vector<std::string>{"MsgBody: at least 1 element, got 0"});
    auto huge = text_message();
    huge.MsgBody = {msg::text_elem{.Text = std::string(12 * 1024, 'x')}};
    CHECK(paths(timrest::validate(huge)) == std::vector<std::string>{"MsgBody"});
}

TEST_CASE("send_group_msg: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::send_group_msg>({10002, 10004, 10007, 10010, 10015, 10016, 10017, 10023, 80002});
    check_error_table_unique<group_msg::send_group_msg>();
    CHECK(timrest::find_error<group_msg::send_group_msg>(10023)->retryable);
    STATIC_REQUIRE(group_msg::send_group_msg::calls_per_second == 200);
}

}  // namespace group_msg_send_group_msg_test
