#include "timrest/group_msg/send_broadcast_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_send_broadcast_msg_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/49440.
constexpr std::string_view page_request = R"({
    "From_Account": "test",  // Specify the message sender (optional)
    "Random": 8912345, // A random number.
    "MsgBody": [
        {
            "MsgType": "TIMCustomElem", // Custom message
            "MsgContent": {
                "Data": "{ \"type\":1, \"content\":\"hello world\"}"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MsgSeq": 1283
})";

}  // namespace

TEST_CASE("send_broadcast_msg: the page's request decodes, validates and re-encodes; its reply decodes",
          "[group_msg]") {
    const auto request = decode_request<group_msg::send_broadcast_msg_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    REQUIRE(request.MsgBody->size() == 1);
    CHECK((*request.MsgBody)[0].get_if<msg::custom_elem>()->Data == R"({ "type":1, "content":"hello world"})");
    CHECK(decode_response<group_msg::send_broadcast_msg_response>(page_response).MsgSeq == 1283);
}

TEST_CASE("send_broadcast_msg: one call a second, and the body keeps to 12 KB", "[group_msg]") {
    STATIC_REQUIRE(group_msg::send_broadcast_msg::calls_per_second == 1);
    const group_msg::send_broadcast_msg_request huge{
        .Random = 1, .MsgBody = {msg::text_elem{.Text = std::string(12 * 1024, 'x')}}};
    CHECK(paths(timrest::validate(huge)) == std::vector<std::string>{"MsgBody"});
}

TEST_CASE("send_broadcast_msg: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::send_broadcast_msg>({10002, 10003, 10004, 10007, 10023});
    check_error_table_unique<group_msg::send_broadcast_msg>();
}

}  // namespace group_msg_send_broadcast_msg_test
