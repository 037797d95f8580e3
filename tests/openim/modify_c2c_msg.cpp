#include "timrest/openim/modify_c2c_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_modify_c2c_msg_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/47722.
constexpr std::string_view page_request_body = R"({
    "From_Account": "dramon1",
    "To_Account": "dramon2",
    "MsgKey": "1_2_3",
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}]
})";

constexpr std::string_view page_request_custom_data = R"({
    "From_Account": "dramon1",
    "To_Account": "dramon2",
    "MsgKey": "1_2_3",
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_request_both = R"({
    "From_Account": "dramon1",
    "To_Account": "dramon2",
    "MsgKey": "1_2_3",
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello"}}],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view envelope_ok = R"({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0})";

}  // namespace

TEST_CASE("modify_c2c_msg: each request on the page decodes, validates and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_request_body, page_request_custom_data, page_request_both}) {
        const auto request = decode_request<openim::modify_c2c_msg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(timrest::to_json(decode_response<openim::modify_c2c_msg_response>(envelope_ok)) == without_envelope(envelope_ok));
}

TEST_CASE("modify_c2c_msg: a new body follows the message rules", "[openim]") {
    const openim::modify_c2c_msg_request request{
        .From_Account = "dramon1",
        .To_Account = "dramon2",
        .MsgKey = "1_2_3",
        .MsgBody = msg::body{std::vector<msg::element>{msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}}}};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgBody: at most 1 TIMCustomElem, got 2"});
}

TEST_CASE("modify_c2c_msg: the error table holds its rows once each", "[openim]") {
    check_error_rows<openim::modify_c2c_msg>({20022, 90001, 90003, 90008, 90009, 90054, 91000});
    check_error_table_unique<openim::modify_c2c_msg>();
}

}  // namespace openim_modify_c2c_msg_test
