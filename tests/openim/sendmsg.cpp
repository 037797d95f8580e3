#include "timrest/openim/sendmsg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_sendmsg_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34919, comments and all.
constexpr std::string_view page_request_admin = R"({
    "SyncOtherMachine": 2, // Do not synchronize the message to the sender.
    "To_Account": "lumotuwe2",
    "MsgLifeTime":60, // Retain the message for 60 seconds.
    "MsgSeq": 93847636,
    "MsgRandom": 1287657,
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}],
    "CloudCustomData": "your cloud custom data",
    "SupportMessageExtension": 0
})";

constexpr std::string_view page_request_no_callbacks = R"({
    "SyncOtherMachine": 2,
    "To_Account": "lumotuwe2",
    "MsgLifeTime":60,
    "MsgSeq": 93847636,
    "MsgRandom": 1287657,
    "ForbidCallbackControl":[
        "ForbidBeforeSendMsgCallback",
        "ForbidAfterSendMsgCallback"], // Callback forbidding control option
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_request_push = R"({
    "SyncOtherMachine": 2,
    "From_Account": "lumotuwe1",
    "To_Account": "lumotuwe2",
    "MsgLifeTime":3600, // Retain the message for one hour.
    "MsgSeq": 93847636,
    "MsgRandom": 1287657,
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}],
    "CloudCustomData": "your cloud custom data",
    "OfflinePushInfo": {
        "PushFlag": 0,
        "Desc": "Content to push offline",
        "Ext": "Passthrough content",
        "AndroidInfo": {"Sound": "android.mp3"},
        "ApnsInfo": {
            "Sound": "apns.mp3",
            "BadgeMode": 1, // If this field is left as default or is set to `0`, the message is counted.
            "Title":"apns title", // APNs title
            "SubTitle":"apns subtitle", // APNs subtitle
            "Image":"www.image.com" // Image URL
        }
    }
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgTime": 1572870301,
    "MsgKey": "89541_2574206_1572870301"
})";

}  // namespace

TEST_CASE("sendmsg: each request on the page decodes, validates and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_request_admin, page_request_no_callbacks, page_request_push}) {
        const auto request = decode_request<openim::sendmsg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto push = decode_request<openim::sendmsg_request>(page_request_push);
    REQUIRE(push.OfflinePushInfo);
    REQUIRE(push.OfflinePushInfo->ApnsInfo);
    CHECK(push.OfflinePushInfo->ApnsInfo->BadgeMode == msg::badge_mode::not_counted);
    REQUIRE(push.MsgBody->size() == 1);
    CHECK((*push.MsgBody)[0].get_if<msg::text_elem>()->Text.value() == "hi, beauty");
}

TEST_CASE("sendmsg: the page's reply decodes", "[openim]") {
    const auto response = decode_response<openim::sendmsg_response>(page_response);
    CHECK(response.MsgTime == 1572870301);
    CHECK(response.MsgKey == "89541_2574206_1572870301");
}

TEST_CASE("sendmsg: a message written in code mixes elements and encodes each with its tag", "[openim]") {
    const openim::sendmsg_request request{
        .To_Account = "bob",
        .MsgRandom = 42,
        .MsgBody = {msg::text_elem{.Text = "hi"}, msg::custom_elem{.Data = R"({"kind":"order"})"}},
        .SyncOtherMachine = openim::sync_other_machine::no_sync,
        .SendMsgControl = std::vector<timrest::named<openim::send_msg_control>>{openim::send_msg_control::NoUnread}};
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) ==
          sample(R"({"To_Account":"bob","MsgRandom":42,"MsgBody":[)"
                 R"({"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}},)"
                 R"({"MsgType":"TIMCustomElem","MsgContent":{"Data":"{\"kind\":\"order\"}"}}],)"
                 R"("SyncOtherMachine":2,"SendMsgControl":["NoUnread"]})"));
}

TEST_CASE("sendmsg: the page's rules are checked before sending", "[openim]") {
    std::vector<msg::element> two_custom{msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}};
    const openim::sendmsg_request twice{.To_Account = "bob", .MsgRandom = 1, .MsgBody = two_custom};
    CHECK(rendered(timrest::validate(twice)) == std::vector<std::string>{"MsgBody: at most 1 TIMCustomElem, got 2"});

    const openim::sendmsg_request huge{
        .To_Account = "bob", .MsgRandom = 1, .MsgBody = {msg::text_elem{.Text = std::string(12 * 1024, 'x')}}};
    const auto violations = rendered(timrest::validate(huge));
    REQUIRE(violations.size() == 1);
    CHECK(violations[0] == "MsgBody: at most 12288 bytes of JSON, got 12340");  // 12,288 of text and 52 of JSON around it

    openim::sendmsg_request week{.To_Account = "bob", .MsgRandom = 1, .MsgBody = {msg::text_elem{.Text = "x"}}};
    week.MsgLifeTime = 604801u;
    week.SyncOtherMachine = static_cast<openim::sync_other_machine>(3);
    CHECK(rendered(timrest::validate(week)) ==
          std::vector<std::string>{"SyncOtherMachine: one of 1 (sync), 2 (no_sync), got 3",
                                   "MsgLifeTime: in [0, 604800], got 604801"});
}

TEST_CASE("sendmsg: media elements must carry Download_Flag 2 when sent", "[openim]") {
    const openim::sendmsg_request request{
        .To_Account = "bob",
        .MsgRandom = 1,
        .MsgBody = {msg::file_elem{.Url = "https://x/f", .UUID = "md5", .FileName = "a.txt", .Download_Flag = 1}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"MsgBody[0].MsgContent.Download_Flag: in [2, 2], got 1"});
}

TEST_CASE("sendmsg: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::sendmsg>({20001, 20002, 20003, 20004, 20005, 20006, 90001, 90002, 90003, 90005, 90007,
                                       90009, 90010, 90012, 90026, 90031, 90044, 91000, 90992, 93000, 90048});
    check_error_table_unique<openim::sendmsg>();
}

}  // namespace openim_sendmsg_test
