#include "timrest/openim/c2c_msg_read_receipt.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_c2c_msg_read_receipt_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/77776.
constexpr std::string_view page_request = R"({
    "Operator_Account": "user1",
    "Peer_Account": "user2",
    "C2CMsgInfo": [
        {
            "From_Account": "user2",
            "To_Account": "user1",
            "MsgKey": "1467329515_5675354_1708676941"
        }
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("c2c_msg_read_receipt: the page's request decodes, validates and re-encodes to the same JSON", "[openim]") {
    const auto request = decode_request<openim::c2c_msg_read_receipt_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(timrest::to_json(decode_response<openim::c2c_msg_read_receipt_response>(page_response)) ==
          without_envelope(page_response));
}

TEST_CASE("c2c_msg_read_receipt: each message item needs its three fields", "[openim]") {
    const auto e = request_error<openim::c2c_msg_read_receipt_request>(
        R"({"Operator_Account":"user1","Peer_Account":"user2","C2CMsgInfo":[{"From_Account":"user2","To_Account":"user1"}]})");
    CHECK(e.path == "C2CMsgInfo[0].MsgKey");
}

TEST_CASE("c2c_msg_read_receipt: the error table holds its rows once each", "[openim]") {
    check_error_rows<openim::c2c_msg_read_receipt>({90001, 90003, 90008, 90009, 91000});
    check_error_table_unique<openim::c2c_msg_read_receipt>();
}

}  // namespace openim_c2c_msg_read_receipt_test
