#include "timrest/group/forbid_send_msg.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_forbid_send_msg_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34951, comments and all.
constexpr std::string_view page_mute = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Members_Account": [ // Up to 500 member accounts
        "peter",
        "leckie"
    ],
    "MuteTime": 60 // Muting period, in seconds
})";
constexpr std::string_view page_unmute = R"({
    "GroupId": "@TGS#2C5SZEAEF",
    "Members_Account": [ // Up to 500 member accounts
        "peter",
        "leckie"
    ],
    "MuteTime": 0 // 0 indicates to unmute members.
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("forbid_send_msg: the page's requests decode, validate and re-encode; the reply decodes", "[group]") {
    CHECK(*page_request<group::forbid_send_msg_request>(page_mute).MuteTime == 60u);
    CHECK(*page_request<group::forbid_send_msg_request>(page_unmute).MuteTime == 0u);
    page_response<group::forbid_send_msg_response>(page_response_text);
}

TEST_CASE("forbid_send_msg: 1 to 500 members a call; MuteTime reaches 4294967295 (for good)", "[group]") {
    CHECK(rendered(timrest::validate(
              group::forbid_send_msg_request{.GroupId = "g", .Members_Account = user_ids(501), .MuteTime = 60u})) ==
          std::vector<std::string>{"Members_Account: at most 500 elements, got 501"});
    CHECK(timrest::validate(group::forbid_send_msg_request{
                                .GroupId = "g", .Members_Account = user_ids(500), .MuteTime = group::mute_forever})
              .empty());
    CHECK(request_error<group::forbid_send_msg_request>(
              R"({"GroupId":"g","Members_Account":["a"],"MuteTime":4294967296})")
              .path == "MuteTime");
}

TEST_CASE("forbid_send_msg: its path, rate and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::forbid_send_msg::max_batch == 500);
    check_declaration<group::forbid_send_msg>("v4/group_open_http_svc/forbid_send_msg", 200,
                                              {10002, 10003, 10004, 10007, 10010, 10015});
}

}  // namespace group_forbid_send_msg_test
