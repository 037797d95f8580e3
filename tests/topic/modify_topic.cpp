#include "timrest/topic/modify_topic.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace topic_modify_topic_test {

namespace {

using namespace timrest_test;
namespace tp = timrest::topic;

// The samples of https://www.tencentcloud.com/document/product/1047/49468.
constexpr std::string_view page_request_basic = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",// Group of the topic to be modified, which is required
    "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",// ID of the topic to be modified, which is required
    "TopicName":"TestTopicName",// Topic name, which is optional
    "Notification":"Notification"    // Topic notice, which is optional
})";

constexpr std::string_view page_request_all = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",	// Group of the topic to be modified, which is required
    "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",	// ID of the topic to be modified, which is required
    "From_Account":"1400187352",	// Member modifying the topic
    "TopicName":"TestTopicName",// Topic name, which is optional
    "FaceUrl": "http://this.is.new.face.url", // Topic profile photo, which is optional
    "Notification":"Notification",    // Topic notice, which is optional
    "Introduction": "Introduction",// Topic introduction, which is optional
    "MuteAllMember": "On", // Mutes all members, which is optional. `On`: Enable. `Off`: Disable
    "CustomString":"This is a customs string." // Custom string, which is optional
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "ok",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("modify_topic: each request on the page decodes, validates and re-encodes to the same JSON", "[topic]") {
    for (auto text : {page_request_basic, page_request_all}) {
        const auto request = decode_request<tp::modify_topic_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(*decode_request<tp::modify_topic_request>(page_request_all).MuteAllMember == tp::mute_all::On);
    decode_response<tp::modify_topic_response>(page_response);
}

TEST_CASE("modify_topic: MuteAllMember is On or Off", "[topic]") {
    const tp::modify_topic_request r{.GroupId = "g", .TopicId = "t",
                                     .MuteAllMember = timrest::named<tp::mute_all>::from_name("on")};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{R"(MuteAllMember: one of "On", "Off", got "on")"});
}

TEST_CASE("modify_topic: the profile's byte limits apply to a change too", "[topic]") {
    const tp::modify_topic_request r{.GroupId = "g", .TopicId = "t", .TopicName = std::string(31, 'n'),
                                     .Introduction = std::string(241, 'i')};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"TopicName: at most 30 bytes, got 31",
                                                                     "Introduction: at most 240 bytes, got 241"});
}

TEST_CASE("modify_topic: the error table holds the page's codes once each", "[topic]") {
    check_error_rows<tp::modify_topic>({10002, 10003, 10004, 10006, 10007, 10008, 10010, 10015, 10016, 11000, 80001});
    check_error_table_unique<tp::modify_topic>();
    STATIC_REQUIRE(tp::modify_topic::path == "v4/million_group_open_http_svc/modify_topic");
    STATIC_REQUIRE(tp::modify_topic::calls_per_second == 200);
}

}  // namespace topic_modify_topic_test
