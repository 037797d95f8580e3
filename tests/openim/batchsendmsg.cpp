#include "timrest/openim/batchsendmsg.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace openim_batchsendmsg_test {

namespace {

using namespace timrest_test;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

// The samples of https://www.tencentcloud.com/document/product/1047/34920, comments and all.
constexpr std::string_view page_request = R"({
    "SyncOtherMachine": 2, // Do not synchronize the message to the sender.
    "To_Account": [ // A list of target accounts
        "bonnie",
        "rong"
    ],
    "MsgSeq": 28360, // Sequence number of the message.
    "MsgRandom": 19901224, // Random number of the message
    "MsgBody": [ // Message body
        {
            "MsgType": "TIMTextElem", // Message type. `TIMTextElem` indicates text messages.
            "MsgContent": {
                "Text": "hi, beauty" // Message text
            }
        }
    ],
    "CloudCustomData": "your cloud custom data"
})";

constexpr std::string_view page_request_push = R"({
    "SyncOtherMachine": 1, // Synchronize the message to the sender.
    "From_Account": "dave",
    "To_Account": [
        "bonnie",
        "rong"
    ],
    "MsgSeq": 28360,
    "MsgRandom": 19901224,
    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi, beauty"}}],
    "CloudCustomData": "your cloud custom data",
    "OfflinePushInfo": {
        "PushFlag": 0,
        "Desc": "Content to push offline",
        "Ext": "Passthrough content",
        "AndroidInfo": {"Sound": "android.mp3"},
        "ApnsInfo": {
            "Sound": "apns.mp3",
            "BadgeMode": 1,
            "Title":"apns title", // APNs title
            "SubTitle":"apns subtitle", // APNs subtitle
            "Image":"www.image.com" // Image URL
        }
    }
})";

constexpr std::string_view page_response_all = R"({
    "ErrorInfo": "",
    "ActionStatus":"OK",
    "ErrorCode": 0,
    "MsgKey": "128493_903762_1572870301"
})";

constexpr std::string_view page_response_some = R"({
    "ActionStatus": "SomeError",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "MsgKey": "4852_28135_1579678877",
    "ErrorList": [ // List of the accounts to which the message was not sent
        {
            "To_Account": "rong", // Account to which the message was not sent
            "ErrorCode":  70107 // Error code. `70107` indicates that the account does not exist.
        }
    ]
})";

}  // namespace

TEST_CASE("batchsendmsg: each request on the page decodes, validates and re-encodes to the same JSON", "[openim]") {
    for (auto text : {page_request, page_request_push}) {
        const auto request = decode_request<openim::batchsendmsg_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    const auto push = decode_request<openim::batchsendmsg_request>(page_request_push);
    CHECK(push.To_Account->size() == 2);
    CHECK(push.From_Account == std::optional<timrest::user_id>("dave"));
}

TEST_CASE("batchsendmsg: the page's replies decode, with the recipients the message missed", "[openim]") {
    // The all-sent reply has no ErrorList: decoded as the client decodes (absent members keep their defaults).
    auto all = timrest::blank<openim::batchsendmsg_response>();
    REQUIRE_FALSE(timrest::from_json(sample(page_response_all), all, {.absent = timrest::absent_fields::keep_defaults}));
    CHECK(all.MsgKey == "128493_903762_1572870301");
    CHECK(all.ErrorList.empty());
    const auto some = decode_response<openim::batchsendmsg_response>(page_response_some);
    CHECK(some.MsgKey == "4852_28135_1579678877");
    REQUIRE(some.ErrorList.size() == 1);
    CHECK(some.ErrorList[0].To_Account == "rong");
    CHECK(some.ErrorList[0].ErrorCode == 70107);
}

TEST_CASE("batchsendmsg: 500 recipients at most, none empty, checked before sending", "[openim]") {
    std::vector<std::string> many(501, "u");
    openim::batchsendmsg_request request{
        .To_Account = many, .MsgRandom = 1, .MsgBody = {msg::text_elem{.Text = "hi"}}};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"To_Account: at most 500 elements, got 501"});
    many.resize(500);
    many[7] = "";
    request.To_Account = many;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account[7]: at least 1 byte, got 0"});
    STATIC_REQUIRE(openim::batchsendmsg::max_batch == 500);
}

TEST_CASE("batchsendmsg: the error table holds the page's codes once each", "[openim]") {
    check_error_rows<openim::batchsendmsg>({70107, 70169, 90001, 90002, 90007, 90008, 90009, 90010, 90011, 90012,
                                            90026, 90048, 90992, 91000, 93000});
    check_error_table_unique<openim::batchsendmsg>();
}

}  // namespace openim_batchsendmsg_test
