#include "timrest/openim/get_c2c_unread_msg_num.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_get_c2c_unread_msg_num_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/41046.
constexpr std::string_view page_request_all = R"({
    "To_Account":"dramon1"
})";

constexpr std::string_view page_response_all = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "AllC2CUnreadMsgNum": 12
})";

constexpr std::string_view page_request_peers = R"({
    "To_Account":"dramon1",
    "Peer_Account":[
        "dramon2",
        "teacher"
    ]
})";

constexpr std::string_view page_response_peers = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "C2CUnreadMsgNumList": [
        {
            "Peer_Account": "dramon2",
            "C2CUnreadMsgNum": 12
        },
        {
            "Peer_Account": "teacher",
            "C2CUnreadMsgNum": 12
        }
    ]
})";

}  // namespace

TEST_CASE("get_c2c_unread_msg_num: each request on the page decodes, validates and re-encodes to the same JSON",
          "[openim]") {
    for (auto text : {page_request_all, page_request_peers}) {
        const auto request = decode_request<openim::get_c2c_unread_msg_num_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("get_c2c_unread_msg_num: each reply on the page decodes with only its own key", "[openim]") {
    const auto all = decode_response<openim::get_c2c_unread_msg_num_response>(page_response_all);
    CHECK(all.AllC2CUnreadMsgNum == 12u);
    CHECK_FALSE(all.C2CUnreadMsgNumList);
    CHECK(timrest::to_json(all) == without_envelope(page_response_all));

    const auto peers = decode_response<openim::get_c2c_unread_msg_num_response>(page_response_peers);
    CHECK_FALSE(peers.AllC2CUnreadMsgNum);
    REQUIRE(peers.C2CUnreadMsgNumList);
    CHECK((*peers.C2CUnreadMsgNumList)[1].Peer_Account == "teacher");
    CHECK(timrest::to_json(peers) == without_envelope(page_response_peers));
}

TEST_CASE("get_c2c_unread_msg_num: at most 10 peers a call", "[openim]") {
    std::vector<timrest::user_id> eleven;
    for (int i = 0; i < 11; ++i) eleven.emplace_back("peer" + std::to_string(i));
    const openim::get_c2c_unread_msg_num_request request{.To_Account = "dramon1", .Peer_Account = eleven};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"Peer_Account: at most 10 elements, got 11"});
    STATIC_REQUIRE(openim::get_c2c_unread_msg_num::max_batch == 10);
}

TEST_CASE("get_c2c_unread_msg_num: the error table holds its rows once each", "[openim]") {
    check_error_rows<openim::get_c2c_unread_msg_num>({90001, 90003, 90008, 90009, 91000});
    check_error_table_unique<openim::get_c2c_unread_msg_num>();
}

}  // namespace openim_get_c2c_unread_msg_num_test
