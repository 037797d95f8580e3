#include "timrest/group_msg/send_group_system_notification.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_send_group_system_notification_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34958.
constexpr std::string_view page_request_all = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Content": "Hello World" // Content of the notification
})";

constexpr std::string_view page_request_members = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "ToMembers_Account": [ // List of recipients.
        "peter",
        "leckie"
    ],
    "Content": "Hello World" // Content of the notification
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("send_group_system_notification: each request on the page decodes, validates and re-encodes",
          "[group_msg]") {
    for (auto text : {page_request_all, page_request_members}) {
        const auto request = decode_request<group_msg::send_group_system_notification_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(decode_request<group_msg::send_group_system_notification_request>(page_request_members)
              .ToMembers_Account->size() == 2);
    decode_response<group_msg::send_group_system_notification_response>(page_response);
}

TEST_CASE("send_group_system_notification: an empty recipient list means everyone; 500 at most", "[group_msg]") {
    group_msg::send_group_system_notification_request request{.GroupId = "@TGS#1", .Content = "hi"};
    request.ToMembers_Account = std::vector<timrest::user_id>{};
    CHECK(timrest::validate(request).empty());
    request.ToMembers_Account = std::vector<timrest::user_id>(501, timrest::user_id("bob"));
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"ToMembers_Account: at most 500 elements, got 501"});
    STATIC_REQUIRE(group_msg::send_group_system_notification::max_batch == 500);
}

TEST_CASE("send_group_system_notification: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::send_group_system_notification>({10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<group_msg::send_group_system_notification>();
}

}  // namespace group_msg_send_group_system_notification_test
