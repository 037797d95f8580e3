#include "timrest/openim/admin_set_msg_read.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_admin_set_msg_read_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/38996.
constexpr std::string_view page_request = R"({
    "Report_Account":"dramon1",
    "Peer_Account":"dramon2"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("admin_set_msg_read: the page's request decodes, validates and re-encodes to the same JSON", "[openim]") {
    const auto request = decode_request<openim::admin_set_msg_read_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK_FALSE(request.MsgReadTime);
}

TEST_CASE("admin_set_msg_read: the page's reply decodes", "[openim]") {
    CHECK(timrest::to_json(decode_response<openim::admin_set_msg_read_response>(page_response)) ==
          without_envelope(page_response));
}

TEST_CASE("admin_set_msg_read: MsgReadTime goes as the string both pages type it as", "[openim]") {
    const openim::admin_set_msg_read_request request{
        .Report_Account = "dramon1", .Peer_Account = "dramon2", .MsgReadTime = "1584669680"};
    CHECK(timrest::to_json(request) ==
          sample(R"({"Report_Account":"dramon1","Peer_Account":"dramon2","MsgReadTime":"1584669680"})"));
    CHECK(request_error<openim::admin_set_msg_read_request>(
              R"({"Report_Account":"a","Peer_Account":"b","MsgReadTime":1584669680})")
              .path == "MsgReadTime");
}

TEST_CASE("admin_set_msg_read: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::admin_set_msg_read>({90001, 90003, 90008});
    check_error_table_unique<openim::admin_set_msg_read>();
}

}  // namespace openim_admin_set_msg_read_test
