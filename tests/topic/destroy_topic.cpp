#include "timrest/topic/destroy_topic.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace topic_destroy_topic_test {

namespace {

using namespace timrest_test;
namespace tp = timrest::topic;

// The samples of https://www.tencentcloud.com/document/product/1047/49470.
constexpr std::string_view page_request = R"({
    "GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",	// Group ID of the topic to be deleted
    "TopicIdList":[	// List of IDs of the topics to be deleted
       "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
       "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1"
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "ok",
    "ErrorCode": 0,
    "DestroyResultItem": [
        {
            "ErrorCode": 0,
            "ErrorInfo": "ok",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"
        },
        {
            "ErrorCode": 0,
            "ErrorInfo": "ok",
            "TopicId": "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1"
        }
    ]
})";

}  // namespace

TEST_CASE("destroy_topic: the page's request decodes, validates and re-encodes to the same JSON", "[topic]") {
    const auto request = decode_request<tp::destroy_topic_request>(page_request);
    CHECK(request.TopicIdList->size() == 2);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
}

TEST_CASE("destroy_topic: the page's reply decodes to one result per topic", "[topic]") {
    const auto response = decode_response<tp::destroy_topic_response>(page_response);
    REQUIRE(response.DestroyResultItem.size() == 2);
    CHECK(response.DestroyResultItem[1].TopicId == "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1");
    CHECK(response.DestroyResultItem[1].ErrorCode == 0);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("destroy_topic: at least one topic ID", "[topic]") {
    std::vector<std::string> none;
    CHECK(rendered(timrest::validate(tp::destroy_topic_request{.GroupId = "g", .TopicIdList = none})) ==
          std::vector<std::string>{"TopicIdList: at least 1 element, got 0"});
}

TEST_CASE("destroy_topic: the error table holds the page's codes once each", "[topic]") {
    check_error_rows<tp::destroy_topic>({10002, 10003, 10004, 10006, 10007, 10008, 10015, 10021, 10025, 11000, 110002, 110003});
    check_error_table_unique<tp::destroy_topic>();
    CHECK(timrest::find_error<tp::destroy_topic>(10010) == nullptr);
    STATIC_REQUIRE(tp::destroy_topic::path == "v4/million_group_open_http_svc/destroy_topic");
}

}  // namespace topic_destroy_topic_test
