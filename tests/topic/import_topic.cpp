#include "timrest/topic/import_topic.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace topic_import_topic_test {

namespace {

using namespace timrest_test;
namespace tp = timrest::topic;

// The samples of the stored page group_open_http_svc.import_topic.b1.md.
constexpr std::string_view page_request_basic = R"({
  "GroupId": "@TGS#_@TGS#cBZXAIIM62CV",     // (Required) ID of the group to which the topic to import belongs
  "TopicName": "test_topic3",           // (Optional) Topic name
  "CreateTime": 1448357837              // (Optional) Topic creation time
})";

constexpr std::string_view page_request_more = R"({
    "Type": "Community", // (Optional) Type of the group to which the topic belongs, which should be `Community`
    "GroupId": "@TGS#_@TGS#cBZXAIIM62CV",     // (Required) ID of the group to which the topic to import belongs
    "TopicName": "test_topic3",           // (Optional) Topic name
    "Introduction": "This is topic Introduction", // (Optional) Topic introduction
    "Notification": "This is topic Notification", // (Optional) Topic notification
    "FaceUrl": "http://this.is.face.url",
    "CreateTime": 1448357837 // (Optional) Topic creation time. If this field is not specified, the default creation time is the request time.
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TopicId": "@TGS#_@TGS#cBZXAIIM62CV@TOPIC#_@TOPIC#cTCCCIIM62CW"
})";

constexpr std::string_view page_response_more = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TopicId": "@TGS#_@TGS#cBZXAIIM62CV@TOPIC#_@TOPIC#c5CCCIIM62CW"
})";

}  // namespace

TEST_CASE("import_topic: each request on the page decodes, validates and re-encodes to the same JSON", "[topic]") {
    for (auto text : {page_request_basic, page_request_more}) {
        const auto request = decode_request<tp::import_topic_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto more = decode_request<tp::import_topic_request>(page_request_more);
    CHECK(*more.Type == tp::topic_group_type::Community);
    CHECK(more.CreateTime == 1448357837);
}

TEST_CASE("import_topic: each reply on the page decodes to its TopicId", "[topic]") {
    for (auto text : {page_response_basic, page_response_more})
        CHECK(timrest::to_json(decode_response<tp::topic_id_response>(text)) == without_envelope(text));
}

TEST_CASE("import_topic: Type takes only Community", "[topic]") {
    const tp::import_topic_request r{.GroupId = "g", .TopicName = "t",
                                     .Type = timrest::named<tp::topic_group_type>::from_name("Public")};
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{R"(Type: one of "Community", got "Public")"});
}

TEST_CASE("import_topic: TopicName is required, as the field table says", "[topic]") {
    CHECK(request_error<tp::import_topic_request>(R"({"GroupId":"g"})").path == "TopicName");
    const tp::import_topic_request long_name{.GroupId = "g", .TopicName = std::string(31, 'n')};
    CHECK(rendered(timrest::validate(long_name)) == std::vector<std::string>{"TopicName: at most 30 bytes, got 31"});
}

TEST_CASE("import_topic: its path is under group_open_http_svc, and its table holds the page's codes",
          "[topic]") {
    STATIC_REQUIRE(tp::import_topic::path == "v4/group_open_http_svc/import_topic");
    check_error_rows<tp::import_topic>({10002, 10003, 10004, 10007, 10010, 10015, 10021, 10037, 11000, 80001, 80005});
    check_error_table_unique<tp::import_topic>();
}

}  // namespace topic_import_topic_test
