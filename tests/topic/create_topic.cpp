#include "timrest/topic/create_topic.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace topic_create_topic_test {

namespace {

using namespace timrest_test;
namespace tp = timrest::topic;

// The samples of https://www.tencentcloud.com/document/product/1047/49471.
constexpr std::string_view page_request_basic = R"({
    "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", // Group ID of the topic, which is required
    "TopicName": "TestTopic" 		// Topic name, which is required
})";

constexpr std::string_view page_request_custom_id = R"({
    "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", // Group ID of the topic, which is required
    "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic", 	// Custom topic ID, which is optional
    "TopicName": "TestTopic" 		// Topic name, which is required
})";

constexpr std::string_view page_request_all = R"({
    "GroupId": "@TGS#_@TGS#cQVLVHIM62CJ", // Group ID of the topic, which is required
    "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic", 	// Custom topic ID, which is optional
    "TopicName": "TestTopic", 		// Topic name, which is required
    "From_Account": "1400187352", // Member creating the topic
    "CustomString": "This is a custom string",	// Custom string
    "FaceUrl": "http://this.is.face.url", // (Optional) Topic profile photo URL
    "Notification": "This is topic Notification", // (Optional) Topic notice
    "Introduction": "This is topic Introduction" // (Optional) Topic introduction
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cETE3HIM62CQ"
})";

constexpr std::string_view page_response_custom = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
})";

}  // namespace

TEST_CASE("create_topic: each request on the page decodes, validates and re-encodes to the same JSON", "[topic]") {
    for (auto text : {page_request_basic, page_request_custom_id, page_request_all}) {
        const auto request = decode_request<tp::create_topic_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto all = decode_request<tp::create_topic_request>(page_request_all);
    REQUIRE(all.From_Account);
    CHECK(all.From_Account->str() == "1400187352");  // a string on the wire, though the table says uint64
}

TEST_CASE("create_topic: each reply on the page decodes to its TopicId", "[topic]") {
    CHECK(decode_response<tp::topic_id_response>(page_response_basic).TopicId ==
          "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cETE3HIM62CQ");
    CHECK(timrest::to_json(decode_response<tp::topic_id_response>(page_response_custom)) ==
          without_envelope(page_response_custom));
}

TEST_CASE("create_topic: the profile's byte limits are checked before sending", "[topic]") {
    const tp::create_topic_request at_limits{.GroupId = "g",
                                             .TopicName = std::string(30, 'n'),
                                             .CustomString = std::string(3000, 'c'),
                                             .FaceUrl = std::string(100, 'f'),
                                             .Notification = std::string(300, 'o'),
                                             .Introduction = std::string(240, 'i')};
    CHECK(timrest::validate(at_limits).empty());
    const tp::create_topic_request over{.GroupId = "g",
                                        .TopicName = std::string(31, 'n'),
                                        .CustomString = std::string(3001, 'c'),
                                        .FaceUrl = std::string(101, 'f'),
                                        .Notification = std::string(301, 'o'),
                                        .Introduction = std::string(241, 'i')};
    CHECK(rendered(timrest::validate(over)) ==
          std::vector<std::string>{"TopicName: at most 30 bytes, got 31", "CustomString: at most 3000 bytes, got 3001",
                                   "FaceUrl: at most 100 bytes, got 101", "Notification: at most 300 bytes, got 301",
                                   "Introduction: at most 240 bytes, got 241"});
}

TEST_CASE("create_topic: an empty TopicName is refused", "[topic]") {
    const tp::create_topic_request r{.GroupId = "g", .TopicName = std::string()};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"TopicName: at least 1 byte, got 0"});
}

TEST_CASE("create_topic: the error table holds the page's codes once each", "[topic]") {
    check_error_rows<tp::create_topic>(
        {10002, 10003, 10004, 10006, 10007, 10008, 10010, 10015, 10016, 10025, 10036, 10037, 11000, 80001});
    check_error_table_unique<tp::create_topic>();
    STATIC_REQUIRE(tp::create_topic::path == "v4/million_group_open_http_svc/create_topic");
    STATIC_REQUIRE(tp::create_topic::calls_per_second == 200);
}

}  // namespace topic_create_topic_test
