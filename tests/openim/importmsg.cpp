#include "timrest/openim/importmsg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_importmsg_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;

// The samples of https://www.tencentcloud.com/document/product/1047/35014, comments and all.
constexpr std::string_view page_request_realtime = R"({
    "SyncFromOldSystem": 5, // Imports real-time messages, marks them as unread and pushes them to the client.
    "From_Account": "lumotuwe1", // Account of the sender
    "To_Account": "lumotuwe2", // Account of the recipient
    "MsgSeq": 827092, // Sequence number of the message
    "MsgRandom": 1287657, // A random number assigned to the message
    "MsgTimeStamp": 1556178721, // UNIX timestamp in seconds
    "MsgBody": [ // Message body. This is a text message
        {
            "MsgType": "TIMTextElem", // Text message element
            "MsgContent": {
                "Text": "hi, beauty"
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_request_history = R"( {
    "SyncFromOldSystem": 2, // Imports historical messages, marks them as read and does not push them to the client.
    "From_Account": "lumotuwe1", // Account of the sender
    "To_Account": "lumotuwe2", // Account of the recipient
    "MsgSeq": 827092, // Sequence number of the message
    "MsgRandom": 1287657, // A random number assigned to the message
    "MsgTimeStamp": 1556178721, // UNIX timestamp in seconds
    "MsgBody": [ // Message body. This is a text message
        {
            "MsgType": "TIMTextElem", // Text message element
            "MsgContent": {
                "Text": "hi, beauty" // Message content
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
})";

// The 2020 page's real-time sample: SyncFromOldSystem 1, which the current page no longer lists.
constexpr std::string_view old_page_request_realtime = R"({
    "SyncFromOldSystem": 1, // Imports real-time messages and marks them as unread.
    "From_Account": "lumotuwe1",
    "To_Account": "lumotuwe2",
    "MsgRandom": 1287657,
    "MsgTimeStamp": 1556178721,
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}]
})";

constexpr std::string_view page_response = R"({
   "ActionStatus" : "OK",
   "ErrorInfo" : "",
   "ErrorCode" : 0
})";

}  // namespace

TEST_CASE("importmsg: each request on the page decodes, validates and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_request_realtime, page_request_history}) {
        const auto request = decode_request<openim::importmsg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto history = decode_request<openim::importmsg_request>(page_request_history);
    CHECK(*history.SyncFromOldSystem == openim::sync_from_old_system::history);
    CHECK(*history.MsgTimeStamp == 1556178721);
    CHECK(history.MsgSeq == 827092u);
}

TEST_CASE("importmsg: the page's reply decodes", "[openim]") {
    CHECK(timrest::to_json(decode_response<openim::importmsg_response>(page_response)) == without_envelope(page_response));
}

TEST_CASE("importmsg: the 2020 page's SyncFromOldSystem 1 is refused: the current page allows 2 and 5", "[openim]") {
    const auto request = decode_request<openim::importmsg_request>(old_page_request_realtime);
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"SyncFromOldSystem: one of 2 (history), 5 (realtime), got 1"});
}

TEST_CASE("importmsg: the message body follows the message rules", "[openim]") {
    const openim::importmsg_request request{.SyncFromOldSystem = openim::sync_from_old_system::history,
                                            .From_Account = "a",
                                            .To_Account = "b",
                                            .MsgRandom = 1,
                                            .MsgTimeStamp = 1556178721,
                                            .MsgBody = std::vector<timrest::msg::element>{}};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"MsgBody: at least 1 element, got 0"});
}

TEST_CASE("importmsg: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::importmsg>({90001, 90002, 90003, 90005, 90006, 90007, 90008, 90009, 90010, 90011, 90012,
                                         90026, 90030, 90048, 90992, 91000, 93000});
    check_error_table_unique<openim::importmsg>();
}

}  // namespace openim_importmsg_test
