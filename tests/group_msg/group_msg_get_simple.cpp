#include "timrest/group_msg/group_msg_get_simple.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_group_msg_get_simple_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34971.
constexpr std::string_view page_request_latest = R"({
    "GroupId": "@TGS#15ERQPAER",    // The ID of the group of which messages are to be pulled
    "ReqMsgNumber": 2      // The number of messages to be pulled
})";

constexpr std::string_view page_request_by_seq = R"({
    "GroupId": "@TGS#15ERQPAER",
    "ReqMsgSeq": 7803321,       // The maximum seq of the requested messages.
    "ReqMsgNumber": 2
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#15ERQPAER",
    "IsFinished": 1,
    "RspMsgList": [
        {
            "From_Account": "144115197276518801",
            "IsPlaceMsg": 0,
            "MsgBody": [
                {
                    "MsgContent": {
                        "Data": "\b\u0001\u0010\u0006\u001A\u0006 MaoTong",
                        "Desc": "MIF",
                        "Ext": ""
                    },
                    "MsgType": "TIMCustomElem"
                },
                {
                    "MsgContent": {
                        "Data": "",
                        "Index": 15
                    },
                    "MsgType": "TIMFaceElem"
                }
            ],
            "MsgPriority": 1,
            "MsgRandom": 51083293,
            "MsgSeq": 7803321,
            "MsgTimeStamp": 1458721802
        },
        {
            "From_Account": "144115198339527735",
            "IsPlaceMsg": 0,
            "MsgBody": [
                {
                    "MsgContent": {
                        "Data": "\b\u0001\u0010\u0006\u001A\u000F Watermelon Girl",
                        "Desc": "MIF",
                        "Ext": ""
                    },
                    "MsgType": "TIMCustomElem"
                },
                {
                    "MsgContent": {
                        "Text": "Report"
                    },
                    "MsgType": "TIMTextElem"
                }
            ],
            "MsgPriority": 1,
            "MsgRandom": 235168582,
            "MsgSeq": 7803320,
            "MsgTimeStamp": 1458721797
        }
    ]
})";

group_msg::group_msg_get_simple_response page_of(std::vector<std::uint64_t> seqs) {
    group_msg::group_msg_get_simple_response page;
    for (auto s : seqs) page.RspMsgList.push_back(group_msg::history_message{.From_Account = "a", .MsgSeq = s});
    return page;
}

}  // namespace

TEST_CASE("group_msg_get_simple: each request on the page decodes, validates and re-encodes", "[group_msg]") {
    for (auto text : {page_request_latest, page_request_by_seq}) {
        const auto request = decode_request<group_msg::group_msg_get_simple_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("group_msg_get_simple: the page's reply decodes, binary custom data and all", "[group_msg]") {
    const auto response = decode_response<group_msg::group_msg_get_simple_response>(page_response);
    CHECK(response.GroupId == "@TGS#15ERQPAER");
    CHECK(response.IsFinished == 1);
    REQUIRE(response.RspMsgList.size() == 2);
    const auto& newest = response.RspMsgList[0];
    CHECK(newest.MsgSeq == 7803321);
    CHECK(newest.MsgPriority == 1);
    CHECK(newest.MsgTimeStamp == 1458721802);
    REQUIRE(newest.MsgBody.size() == 2);
    CHECK(newest.MsgBody[0].get_if<msg::custom_elem>()->Data == "\b\x01\x10\x06\x1a\x06 MaoTong");
    CHECK(newest.MsgBody[1].get_if<msg::face_elem>()->Index == 15);
    CHECK(response.RspMsgList[1].MsgBody[1].get_if<msg::text_elem>()->Text.value() == "Report");
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("group_msg_get_simple: 1 to 20 messages a page", "[group_msg]") {
    group_msg::group_msg_get_simple_request request{.GroupId = "@TGS#1", .ReqMsgNumber = 20u};
    CHECK(timrest::validate(request).empty());
    request.ReqMsgNumber = 21u;
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ReqMsgNumber: in [1, 20], got 21"});
    request.ReqMsgNumber = 0u;
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"ReqMsgNumber: in [1, 20], got 0"});
    request.ReqMsgNumber = 5u;
    request.WithRecalledMsg = 2;
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"WithRecalledMsg: in [0, 1], got 2"});
}

TEST_CASE("group_msg_get_simple: the next page asks for the oldest MsgSeq received minus 1", "[group_msg]") {
    constexpr auto& rule = group_msg::group_msg_get_simple::paging;
    group_msg::group_msg_get_simple_request next{.GroupId = "@TGS#1", .ReqMsgNumber = 2u};
    const auto first = decode_response<group_msg::group_msg_get_simple_response>(page_response);
    CHECK_FALSE(rule.done(first, next));
    CHECK(rule.advance(first, next));
    CHECK(next.ReqMsgSeq == 7803319u);

    // Out of order within a page, and beyond 32 bits.
    const auto big = page_of({5000000002u, 5000000001u, 5000000003u});
    CHECK(rule.advance(big, next));
    CHECK(next.ReqMsgSeq == 5000000000u);
}

TEST_CASE("group_msg_get_simple: the walk ends at MsgSeq 1 or on a page without messages", "[group_msg]") {
    constexpr auto& rule = group_msg::group_msg_get_simple::paging;
    const group_msg::group_msg_get_simple_request request{.GroupId = "@TGS#1", .ReqMsgNumber = 2u};
    CHECK(rule.done(page_of({2, 1}), request));
    CHECK(rule.done(page_of({}), request));
    CHECK_FALSE(rule.done(page_of({3, 2}), request));
    auto next = request;
    CHECK_FALSE(rule.advance(page_of({}), next));
    CHECK_FALSE(next.ReqMsgSeq);
}

TEST_CASE("group_msg_get_simple: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::group_msg_get_simple>({10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<group_msg::group_msg_get_simple>();
}

}  // namespace group_msg_group_msg_get_simple_test
