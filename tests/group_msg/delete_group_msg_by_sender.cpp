#include "timrest/group_msg/delete_group_msg_by_sender.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_delete_group_msg_by_sender_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34970.
constexpr std::string_view page_request = R"({
    "GroupId": "@TGS#2C5SZEAEF",    // Required
    "Sender_Account": "leckie"      // Required
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("delete_group_msg_by_sender: the page's request decodes, validates and re-encodes; its reply decodes",
          "[group_msg]") {
    const auto request = decode_request<group_msg::delete_group_msg_by_sender_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    decode_response<group_msg::delete_group_msg_by_sender_response>(page_response);
}

TEST_CASE("delete_group_msg_by_sender: the sender is a UserID", "[group_msg]") {
    const group_msg::delete_group_msg_by_sender_request request{.GroupId = "@TGS#1",
                                                                .Sender_Account = std::string(33, 'u')};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"Sender_Account"});
    const auto missing = request_error<group_msg::delete_group_msg_by_sender_request>(R"({"GroupId": "g"})");
    CHECK(missing.path == "Sender_Account");
}

TEST_CASE("delete_group_msg_by_sender: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::delete_group_msg_by_sender>({10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<group_msg::delete_group_msg_by_sender>();
}

}  // namespace group_msg_delete_group_msg_by_sender_test
