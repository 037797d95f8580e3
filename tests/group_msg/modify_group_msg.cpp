#include "timrest/group_msg/modify_group_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_modify_group_msg_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/47948.
constexpr std::string_view page_request_body = R"({
	"GroupId": "@TGS#1HYEP2SHC",
	"MsgSeq": 23,
	"MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hello"
            }
        }
    ]
})";

constexpr std::string_view page_request_custom_data = R"({
	"GroupId": "@TGS#1HYEP2SHC",
	"MsgSeq": 23,
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_request_both = R"({
	"GroupId": "@TGS#1HYEP2SHC",
	"MsgSeq": 23,
	"MsgBody": [
        {
            "MsgType": "TIMTextElem",
            "MsgContent": {
                "Text": "hello"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "succeed"
})";

}  // namespace

TEST_CASE("modify_group_msg: each request on the page decodes, validates and re-encodes; the reply decodes",
          "[group_msg]") {
    for (auto text : {page_request_body, page_request_custom_data, page_request_both}) {
        const auto request = decode_request<group_msg::modify_group_msg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    decode_response<group_msg::modify_group_msg_response>(page_response);
    STATIC_REQUIRE(group_msg::modify_group_msg::path == "v4/openim/modify_group_msg");
}

TEST_CASE("modify_group_msg: a new body follows the message rules", "[group_msg]") {
    group_msg::modify_group_msg_request request{.GroupId = "@TGS#1", .MsgSeq = 23u};
    request.MsgBody = msg::body(std::vector<msg::element>{});
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgBody: at least 1 element, got 0"});
    CHECK(request_error<group_msg::modify_group_msg_request>(R"({"GroupId": "g"})").path == "MsgSeq");
}

TEST_CASE("modify_group_msg: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::modify_group_msg>(
        {20001, 20002, 20004, 20005, 90001, 90002, 90003, 90007, 90009, 90010, 91000, 90992});
    check_error_table_unique<group_msg::modify_group_msg>();
}

}  // namespace group_msg_modify_group_msg_test
