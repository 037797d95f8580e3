#include "timrest/group_msg/get_group_msg_receipt_detail.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_get_group_msg_receipt_detail_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/49438.
constexpr std::string_view page_request = R"({
    "GroupId":"@TGS#2TTV7VSII",
    "MsgSeq": 1,
    "Filter": 1,        // `0`: read; `1`: not read
    "Cursor":"",      // Position of the last member pulled. Enter "" for the first request
    "Count":5           // Maximum number of members to pull
})";

constexpr std::string_view page_response_read = R"({
      "ActionStatus": "OK",
      "Cursor": "0",
      "ErrorCode": 0,
      "ErrorInfo": "",
      "IsFinish": 1,     // The list is fully pulled. No further pull is required.
      "MsgSeq": 1,
      "ReadList": [    // List of members who have read the message
          {
              "Read_Account": "test1"
          }
      ]
})";

constexpr std::string_view page_response_unread = R"({
    "ActionStatus": "OK",
    "Cursor": "144115213529088617", // `Cursor` value to be passed in for the next request
    "ErrorCode": 0,
    "ErrorInfo": "",
    "IsFinish": 0,   // The list is not fully pulled, and further pull is required.
    "MsgSeq": 1,
    "UnreadList": [  // List of members who have not read the message
        {
            "Unread_Account": "test"
        },
        {
            "Unread_Account": "test6"
        },
        {
            "Unread_Account": "test3"
        },
        {
            "Unread_Account": "test5"
        },
        {
            "Unread_Account": "test4"
        }
    ]
})";

}  // namespace

TEST_CASE("get_group_msg_receipt_detail: the page's request decodes, validates and re-encodes", "[group_msg]") {
    const auto request = decode_request<group_msg::get_group_msg_receipt_detail_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(*request.Filter == group_msg::receipt_filter::unread);
}

TEST_CASE("get_group_msg_receipt_detail: both replies on the page decode", "[group_msg]") {
    const auto read = decode_response<group_msg::get_group_msg_receipt_detail_response>(page_response_read);
    CHECK(timrest::to_json(read) == without_envelope(page_response_read));
    REQUIRE(read.ReadList);
    CHECK((*read.ReadList)[0].Read_Account == "test1");
    CHECK(read.IsFinish == 1);
    const auto unread = decode_response<group_msg::get_group_msg_receipt_detail_response>(page_response_unread);
    CHECK(timrest::to_json(unread) == without_envelope(page_response_unread));
    REQUIRE(unread.UnreadList);
    CHECK(unread.UnreadList->size() == 5);
}

TEST_CASE("get_group_msg_receipt_detail: pages follow the Cursor until IsFinish is 1", "[group_msg]") {
    constexpr auto& rule = group_msg::get_group_msg_receipt_detail::paging;
    group_msg::get_group_msg_receipt_detail_request next{
        .GroupId = "@TGS#1", .Filter = group_msg::receipt_filter::unread, .Count = 5u};
    CHECK(timrest::to_json(next).at("Cursor") == "");  // sent, empty, on the first page
    const auto more = decode_response<group_msg::get_group_msg_receipt_detail_response>(page_response_unread);
    CHECK_FALSE(rule.done(more));
    CHECK(rule.advance(more, next));
    CHECK(next.Cursor == "144115213529088617");
    CHECK(rule.done(decode_response<group_msg::get_group_msg_receipt_detail_response>(page_response_read)));
}

TEST_CASE("get_group_msg_receipt_detail: Count is 1 to 200 and Filter 0 or 1", "[group_msg]") {
    group_msg::get_group_msg_receipt_detail_request request{
        .GroupId = "@TGS#1", .Filter = group_msg::receipt_filter::read, .Count = 201u};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"Count: in [1, 200], got 201"});
    const auto bad = decode_request<group_msg::get_group_msg_receipt_detail_request>(
        R"({"GroupId": "g", "Filter": 2, "Count": 5, "Cursor": ""})");
    CHECK(paths(timrest::validate(bad)) == std::vector<std::string>{"Filter"});
}

TEST_CASE("get_group_msg_receipt_detail: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::get_group_msg_receipt_detail>({10002, 10003, 10004, 10007, 10010, 10015, 10062});
    check_error_table_unique<group_msg::get_group_msg_receipt_detail>();
}

}  // namespace group_msg_get_group_msg_receipt_detail_test
