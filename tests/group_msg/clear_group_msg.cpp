#include "timrest/group_msg/clear_group_msg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_clear_group_msg_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/65970.
constexpr std::string_view page_request_all = R"({"GroupId": "@TGS#15ERQPAER"})";

constexpr std::string_view page_request_up_to = R"({
    "GroupId": "@TGS#15ERQPAER",
    "MsgSeq": 7803321 // Clear messages less than or equal to MsgSeq.
})";

constexpr std::string_view page_response = R"({"ActionStatus": "OK","ErrorInfo": "","ErrorCode": 0})";

}  // namespace

TEST_CASE("clear_group_msg: each request on the page decodes, validates and re-encodes; the reply decodes",
          "[group_msg]") {
    for (auto text : {page_request_all, page_request_up_to}) {
        const auto request = decode_request<group_msg::clear_group_msg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(decode_request<group_msg::clear_group_msg_request>(page_request_up_to).MsgSeq == 7803321u);
    decode_response<group_msg::clear_group_msg_response>(page_response);
}

TEST_CASE("clear_group_msg: GroupId is required", "[group_msg]") {
    CHECK(request_error<group_msg::clear_group_msg_request>(R"({"MsgSeq": 3})").path == "GroupId");
}

TEST_CASE("clear_group_msg: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::clear_group_msg>({10002, 10003, 10004, 10007, 10010});
    check_error_table_unique<group_msg::clear_group_msg>();
}

}  // namespace group_msg_clear_group_msg_test
