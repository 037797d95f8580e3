#include "timrest/openim/delete_c2c_msg_ramble.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_delete_c2c_msg_ramble_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The sample of https://cloud.tencent.com/document/product/269/101439, as far as the stored copy shows it: it ends
// inside the first MsgKey, so the keys below stand in for the page's two.
constexpr std::string_view page_request = R"({
    "Operator_Account": "user0",
    "Peer_Account": "user1",
    "MsgKeyList": [
        "1472765512_1000001_1697700000",
        "1472765513_1000002_1697700001"
    ]
})";

}  // namespace

TEST_CASE("delete_c2c_msg_ramble: the page's request decodes, validates and re-encodes to the same JSON", "[openim]") {
    const auto request = decode_request<openim::delete_c2c_msg_ramble_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    CHECK(request.MsgKeyList->size() == 2);
}

TEST_CASE("delete_c2c_msg_ramble: an empty MsgKeyList is refused", "[openim]") {
    const openim::delete_c2c_msg_ramble_request request{
        .Operator_Account = "user0", .Peer_Account = "user1", .MsgKeyList = std::vector<std::string>{}};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgKeyList: at least 1 element, got 0"});
}

TEST_CASE("delete_c2c_msg_ramble: the error table holds its rows once each", "[openim]") {
    check_error_rows<openim::delete_c2c_msg_ramble>({90001, 90003, 90008, 90009, 91000});
    check_error_table_unique<openim::delete_c2c_msg_ramble>();
}

}  // namespace openim_delete_c2c_msg_ramble_test
