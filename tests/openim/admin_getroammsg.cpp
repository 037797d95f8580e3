#include "timrest/openim/admin_getroammsg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_admin_getroammsg_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/35478. The page's MsgList samples end with
// `{ ... }` standing for omitted messages; that placeholder, not JSON, is left out.
constexpr std::string_view page_request = R"({
    "Operator_Account":"user2",
    "Peer_Account":"user1",
    "MaxCnt":100,
    "MinTime":1584669600,
    "MaxTime":1584673200
})";

constexpr std::string_view page_request_continued = R"({
    "Operator_Account":"user2",
    "Peer_Account":"user1",
    "MaxCnt":100,
    "MinTime":1584669600,
    "MaxTime":1584669680,
    "LastMsgKey": "549396494_2578554_1584669680"
})";

constexpr std::string_view page_response_first = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "Complete": 0,
    "MsgCnt": 12, //12 messages were returned for the pull.
    "LastMsgTime": 1584669680,
    "LastMsgKey": "549396494_2578554_1584669680",
    "MsgList": [
        {
            "From_Account": "user1",
            "To_Account": "user2",
            "MsgSeq": 549396494,
            "MsgRandom": 2578554,
            "MsgTimeStamp": 1584669680,
            "MsgFlagBits": 0,
            "IsPeerRead": 0,
            "MsgKey": "549396494_2578554_1584669680",
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem",
                    "MsgContent": {
                        "Text": "msg 1"
                    }
                }
            ],
            "CloudCustomData": "your cloud custom data"
        },
        {
            "From_Account": "user2",
            "To_Account": "user1",
            "MsgSeq": 1054803289,
            "MsgRandom": 7201,
            "MsgTimeStamp": 1584669689,
            "MsgFlagBits": 0,
            "IsPeerRead": 0,
            "MsgKey": "1054803289_7201_1584669689",
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem",
                    "MsgContent": {
                        "Text": "msg 2"
                    }
                }
            ],
            "CloudCustomData": "your cloud custom data"
        }
    ]
})";

constexpr std::string_view page_response_last = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "Complete": 1,
    "MsgCnt": 5, // Five messages were returned for the pull.
    "LastMsgTime": 1584669601,
    "LastMsgKey": "1456_23287_1584669601",
    "MsgList": [
        {
            "From_Account": "user1",
            "To_Account": "user2",
            "MsgSeq": 1456,
            "MsgRandom": 23287,
            "MsgTimeStamp": 1584669601,
            "MsgFlagBits": 0,
            "IsPeerRead": 1,
            "MsgKey": "1456_23287_1584669601",
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "msg 13"}}],
            "CloudCustomData": "your cloud custom data"
        },
        {
            "From_Account": "user2",
            "To_Account": "user1",
            "MsgSeq": 9806,
            "MsgRandom": 14,
            "MsgTimeStamp": 1584669602,
            "MsgFlagBits": 0,
            "IsPeerRead": 1,
            "MsgKey": "9806_14_1584669602",
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "msg 14"}}],
            "CloudCustomData": "your cloud custom data"
        }
    ]
})";

constexpr std::string_view page_response_single = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "Complete": 1,
    "MsgCnt": 1,
    "LastMsgTime": 1584669680,
    "LastMsgKey": "549396494_2578554_1584669680",
    "MsgList": [
        {
            "From_Account": "user1",
            "To_Account": "user2",
            "MsgSeq": 549396494,
            "MsgRandom": 2578554,
            "MsgTimeStamp": 1584669680,
            "MsgFlagBits": 0,
            "IsPeerRead": 0,
            "MsgKey": "549396494_2578554_1584669680",
            "MsgBody": [
                {
                    "MsgType": "TIMTextElem",
                    "MsgContent": {
                        "Text": "1"
                    }
                }
            ],
            "CloudCustomData": "your cloud custom data"
        }
    ]
})";

// The 2020 page's reply: messages without IsPeerRead or CloudCustomData.
constexpr std::string_view old_page_response = R"({
    "ActionStatus":"OK",
    "ErrorInfo":"",
    "ErrorCode": 0,
    "Complete": 1,
    "MsgCnt": 1,
    "LastMsgTime": 1584669680,
    "LastMsgKey": "549396494_2578554_1584669680",
    "MsgList": [
        {
            "From_Account": "user1",
            "To_Account": "user2",
            "MsgSeq": 549396494,
            "MsgRandom": 2578554,
            "MsgTimeStamp": 1584669680,
            "MsgFlagBits": 0,
            "MsgKey": "549396494_2578554_1584669680",
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "1"}}]
        }
    ]
})";

// A recalled message in a legacy shape: an image without URLs, and an element type this library does not know.
constexpr std::string_view legacy_message_response = R"({
    "Complete": 1, "MsgCnt": 1, "LastMsgTime": 1500000000, "LastMsgKey": "1_2_1500000000",
    "MsgList": [{
        "From_Account": "a", "To_Account": "b", "MsgSeq": 1, "MsgRandom": 2, "MsgTimeStamp": 1500000000,
        "MsgFlagBits": 8, "MsgKey": "1_2_1500000000",
        "MsgBody": [
            {"MsgType": "TIMImageElem", "MsgContent": {"UUID": "x", "ImageFormat": 1, "ImageInfoArray": []}},
            {"MsgType": "TIMFutureElem", "MsgContent": {"Anything": [1, 2]}}
        ]
    }]
})";

}  // namespace

TEST_CASE("admin_getroammsg: each request on the page decodes, validates and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_request, page_request_continued}) {
        const auto request = decode_request<openim::admin_getroammsg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("admin_getroammsg: each reply on the page decodes and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_response_first, page_response_last, page_response_single}) {
        const auto response = decode_response<openim::admin_getroammsg_response>(text);
        CHECK(timrest::to_json(response) == without_envelope(text));
    }
    const auto last = decode_response<openim::admin_getroammsg_response>(page_response_last);
    REQUIRE(last.MsgList.size() == 2);
    CHECK(last.MsgList[1].IsPeerRead == 1);
    CHECK(*last.MsgList[1].MsgBody[0].get_if<msg::text_elem>()->Text == "msg 14");
}

TEST_CASE("admin_getroammsg: the continued request is the first one moved by the declared cursors", "[openim]") {
    auto request = decode_request<openim::admin_getroammsg_request>(page_request);
    const auto first = decode_response<openim::admin_getroammsg_response>(page_response_first);
    CHECK_FALSE(openim::admin_getroammsg::paging.done(first));
    CHECK(openim::admin_getroammsg::paging.advance(first, request));
    CHECK(timrest::to_json(request) == sample(page_request_continued));
    CHECK(openim::admin_getroammsg::paging.done(decode_response<openim::admin_getroammsg_response>(page_response_last)));
}

TEST_CASE("admin_getroammsg: older and legacy replies decode without losing the page", "[openim]") {
    const auto old = decode_response<openim::admin_getroammsg_response>(old_page_response);
    REQUIRE(old.MsgList.size() == 1);
    CHECK_FALSE(old.MsgList[0].IsPeerRead);
    CHECK_FALSE(old.MsgList[0].CloudCustomData);

    const auto legacy = decode_response<openim::admin_getroammsg_response>(legacy_message_response);
    REQUIRE(legacy.MsgList.size() == 1);
    CHECK(legacy.MsgList[0].MsgFlagBits == openim::msg_flag::recalled);
    REQUIRE(legacy.MsgList[0].MsgBody.size() == 2);
    CHECK(legacy.MsgList[0].MsgBody[0].get_if<msg::image_elem>() != nullptr);
    CHECK(timrest::to_json(legacy) == sample(legacy_message_response));  // the unknown element goes back out as it came
}

TEST_CASE("admin_getroammsg: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::admin_getroammsg>({90001, 90003, 90008, 90009, 91000});
    check_error_table_unique<openim::admin_getroammsg>();
}

}  // namespace openim_admin_getroammsg_test
