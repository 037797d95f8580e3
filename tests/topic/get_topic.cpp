#include "timrest/topic/get_topic.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace topic_get_topic_test {

namespace {

using namespace timrest_test;
namespace tp = timrest::topic;

// The samples of https://www.tencentcloud.com/document/product/1047/49469.
constexpr std::string_view page_request_basic = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",	// You need to get the group ID of the topic, which is required.
    "From_Account":"1400187352"	// Get the information of the specified user in the topic, which is required
})";

constexpr std::string_view page_request_list = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",	// You need to get the group ID of the topic, which is required.
    "From_Account":"1400187352",	// Get the information of the specified user in the topic, which is required
    "TopicIdList":[		// Specify the topic list to be pulled, which is optional
        "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"
    ]
})";

constexpr std::string_view page_request_filter = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",	// You need to get the group ID of the topic, which is required.
    "From_Account":"1400187352",	// Get the information of the specified user in the topic, which is required
    "TopicIdList":[	// Specify the topic list to be pulled, which is optional
        "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"
    ],
    "ResponseFilter":[	// Response filter. Specify the topic information to be pulled, which is optional
        "TopicName",// Topic name
        "FaceUrl",// Profile photo URL of the topic
        "Notification",// Topic notice
        "Introduction"// Topic introduction
    ]
})";

constexpr std::string_view page_response_full = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "ok",// The `ErrorInfo` parameter here is meaningless. You need to check the `ErrorInfo` parameter of each topic.
    "ErrorCode": 0, // The `ErrorCode` parameter here is meaningless. You need to check the `ErrorCode` parameter of each topic.
    "TopicAndSelfInfo": [	// The returned result is a topic information array. Only one topic is listed here for simple demonstration.
        {
            "ErrorCode": 0,
            "ErrorInfo": "ok",// Return result specific to this topic
            "SelfInfo": {	 // Information of the specified user in the topic
                "ShutUpTime": 0,// Muting period of the user
                "MsgSeq": 0,// Sequence number of the member's read message
                "MsgFlag": "AcceptAndNotify"
            },
            "TopicInfo": {	// Returned topic information
                "TopicName": "TestTopicName",	// Topic name
                "GroupID": "@TGS#_@TGS#cQVLVHIM62CJ",	// Group ID of the topic
                "FaceUrl": "http://this.is.new.face.url",// URL of the topic profile photo
                "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",	// Topic ID
                "NextMsgSeq": 1,
                "Notification": "Notification",// Topic notice
                "Introduction": "Introduction",// Topic introduction
                "CreateTime": 1658839448,// Topic creation time in UTC
                "LastMsgTime": 0,// UTC time when the last message in the topic was sent
                "MuteAllMember": "Off",  // Flag indicating whether to mute all in the topic. `On`: Yes; `Off`: No
                "CustomString": "This is a customs string."	// Custom string in the topic
            }
        }
    ]
})";

constexpr std::string_view page_response_filtered = R"({
      "ActionStatus": "OK",
      "ErrorInfo": "ok",// The `ErrorInfo` parameter here is meaningless. You need to check the `ErrorInfo` parameter of each topic.
      "ErrorCode": 0, // The `ErrorCode` parameter here is meaningless. You need to check the `ErrorCode` parameter of each topic.
      "TopicAndSelfInfo": [	// The returned result is a topic information array. Only one topic is listed here for simple demonstration.
          {
              "ErrorCode": 0,
              "ErrorInfo": "ok",// Return result specific to this topic
              "SelfInfo": {	 // Information of the specified user in the topic
                  "ShutUpTime": 0,// Muting period of the user
                  "MsgSeq": 0,
                  "MsgFlag": "AcceptAndNotify"
              },
              "TopicInfo": {	// Returned topic information
                  "TopicName": "TestTopicName",	// Topic name
                  "GroupID": "@TGS#_@TGS#cQVLVHIM62CJ",	// Group ID of the topic
                  "FaceUrl": "http://this.is.new.face.url",// URL of the topic profile photo
                  "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",	// Topic ID
                  "Notification": "Notification",// Topic notice
                  "Introduction": "Introduction"// Topic introduction
              }
          }
      ]
})";

}  // namespace

TEST_CASE("get_topic: each request on the page decodes, validates and re-encodes to the same JSON", "[topic]") {
    for (auto text : {page_request_basic, page_request_list, page_request_filter}) {
        const auto request = decode_request<tp::get_topic_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto filtered = decode_request<tp::get_topic_request>(page_request_filter);
    REQUIRE(filtered.ResponseFilter);
    CHECK(filtered.ResponseFilter->size() == 4);
}

TEST_CASE("get_topic: each reply on the page decodes with its topic and the member's own state", "[topic]") {
    for (auto text : {page_response_full, page_response_filtered}) {
        const auto response = decode_response<tp::get_topic_response>(text);
        REQUIRE(response.TopicAndSelfInfo.size() == 1);
        CHECK(timrest::to_json(response) == without_envelope(text));
    }
    const auto full = decode_response<tp::get_topic_response>(page_response_full);
    const auto& item = full.TopicAndSelfInfo[0];
    REQUIRE(item.SelfInfo);
    CHECK(item.SelfInfo->MsgFlag == "AcceptAndNotify");
    REQUIRE(item.TopicInfo);
    CHECK(item.TopicInfo->GroupID == std::optional<std::string>("@TGS#_@TGS#cQVLVHIM62CJ"));
    CHECK(item.TopicInfo->MuteAllMember == std::optional<timrest::named<tp::mute_all>>(tp::mute_all::Off));
    CHECK(item.TopicInfo->CreateTime == 1658839448);
    const auto filtered = decode_response<tp::get_topic_response>(page_response_filtered);
    CHECK_FALSE(filtered.TopicAndSelfInfo[0].TopicInfo->CreateTime);
}

TEST_CASE("get_topic: From_Account is required and a UserID", "[topic]") {
    CHECK(request_error<tp::get_topic_request>(R"({"GroupId":"g"})").path == "From_Account");
    const tp::get_topic_request r{.GroupId = "g", .From_Account = std::string(33, 'u')};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"From_Account: at most 32 bytes, got 33"});
}

TEST_CASE("get_topic: the error table holds the page's codes once each", "[topic]") {
    check_error_rows<tp::get_topic>({10002, 10003, 10004, 10006, 10007, 10008, 10010, 11000, 110003});
    check_error_table_unique<tp::get_topic>();
    STATIC_REQUIRE(tp::get_topic::path == "v4/million_group_open_http_svc/get_topic");
}

}  // namespace topic_get_topic_test
