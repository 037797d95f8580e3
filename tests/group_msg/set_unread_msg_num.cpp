#include "timrest/group_msg/set_unread_msg_num.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_set_unread_msg_num_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34909.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "UnreadMsgNum":5          // Unread message count of the target member
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("set_unread_msg_num: the page's request decodes, validates and re-encodes; its reply decodes",
          "[group_msg]") {
    const auto request = decode_request<group_msg::set_unread_msg_num_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(*request.UnreadMsgNum == 5u);
    decode_response<group_msg::set_unread_msg_num_response>(page_response);
}

TEST_CASE("set_unread_msg_num: the count is required and not negative", "[group_msg]") {
    CHECK(request_error<group_msg::set_unread_msg_num_request>(R"({"GroupId": "g", "Member_Account": "bob"})").path ==
          "UnreadMsgNum");
    CHECK(request_error<group_msg::set_unread_msg_num_request>(
              R"({"GroupId": "g", "Member_Account": "bob", "UnreadMsgNum": -1})")
              .path == "UnreadMsgNum");
}

TEST_CASE("set_unread_msg_num: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::set_unread_msg_num>({10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<group_msg::set_unread_msg_num>();
}

}  // namespace group_msg_set_unread_msg_num_test
