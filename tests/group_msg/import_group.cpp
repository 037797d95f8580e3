#include "timrest/group_msg/import_group.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_import_group_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34967.
constexpr std::string_view page_request_basic = R"({
    "Owner_Account": "leckie", // User ID of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, or Community (required)
    "Name": "TestGroup", // Group name (required)
    "CreateTime": 1448357837 // Group creation time (optional).
})";

constexpr std::string_view page_request_topics = R"({
    "Type": "Community", // Group type (required)
    "Name": "test_import_group",  // Group name (required)
    "SupportTopic": 1// Whether the topic option is supported.
})";

constexpr std::string_view page_request_full = R"({
    "Owner_Account": "leckie",
    "Type": "Public",
    "GroupId":"MyFirstGroup", // User-defined group ID for external display (optional)
    "Name": "TestGroup",
    "Introduction": "This is group Introduction", // Group introduction (optional)
    "Notification": "This is group Notification", // Group notice (optional)
    "FaceUrl": "http://this.is.face.url",
    "MaxMemberCount": 500, // Maximum number of group members (optional)
    "ApplyJoinOption": "FreeAccess", // Method for handling requests to join the group (optional)
    "CreateTime": 1448357837,
    "AppDefinedData": [ // Group custom field (optional)
        {
            "Key": "GroupTestData1", // Key of the app custom field
            "Value": "xxxxx" // Value of the custom field
        },
        {
            "Key": " GroupTestData2",
            "Value": "abc\u0000\u0001" // The custom field supports binary data.
        }
    ]
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#2J4SZEAEL"
})";

constexpr std::string_view page_response_topics = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#_@TGS#c4YHCIIM62CX"
})";

constexpr std::string_view page_response_full = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "MyFirstGroup"
})";

}  // namespace

TEST_CASE("import_group: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group_msg]") {
    for (auto text : {page_request_basic, page_request_topics, page_request_full}) {
        const auto request = decode_request<group_msg::import_group_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto full = decode_request<group_msg::import_group_request>(page_request_full);
    CHECK(*full.Type == group::group_type::Public);
    CHECK(*full.ApplyJoinOption == group::join_option::FreeAccess);
    REQUIRE(full.AppDefinedData);
    CHECK(group::value_of(*full.AppDefinedData, " GroupTestData2") == std::string_view("abc\0\x01", 5));
}

TEST_CASE("import_group: each reply on the page decodes", "[group_msg]") {
    CHECK(decode_response<group_msg::import_group_response>(page_response_basic).GroupId == "@TGS#2J4SZEAEL");
    CHECK(decode_response<group_msg::import_group_response>(page_response_topics).GroupId == "@TGS#_@TGS#c4YHCIIM62CX");
    CHECK(decode_response<group_msg::import_group_response>(page_response_full).GroupId == "MyFirstGroup");
}

TEST_CASE("import_group: names, texts and sizes keep to the page's bounds", "[group_msg]") {
    group_msg::import_group_request request{.Type = group::group_type::Private, .Name = "ok"};
    CHECK(timrest::validate(request).empty());
    request.Name = std::string(31, 'n');
    request.Introduction = std::string(241, 'i');
    request.Notification = std::string(301, 'o');
    request.FaceUrl = std::string(101, 'f');
    request.MaxMemberCount = 100001u;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"Name: at most 30 bytes, got 31", "Introduction: at most 240 bytes, got 241",
                                   "Notification: at most 300 bytes, got 301", "FaceUrl: at most 100 bytes, got 101",
                                   "MaxMemberCount: in [1, 100000], got 100001"});
}

TEST_CASE("import_group: the group type and join option are named value sets", "[group_msg]") {
    const auto request = decode_request<group_msg::import_group_request>(
        R"({"Type": "Work", "Name": "n", "ApplyJoinOption": "Anyone", "SupportTopic": 2})");
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"Type", "ApplyJoinOption", "SupportTopic"});
}

TEST_CASE("import_group: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::import_group>({10002, 10003, 10004, 10007, 10021});
    check_error_table_unique<group_msg::import_group>();
}

}  // namespace group_msg_import_group_test
