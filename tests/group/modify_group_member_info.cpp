#include "timrest/group/modify_group_member_info.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_modify_group_member_info_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34900, comments and all.
constexpr std::string_view page_set_admin = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "Role": "Admin" // Set as an admin
})";
constexpr std::string_view page_cancel_admin = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "Role": "Member" //Cancel the admin role
})";
constexpr std::string_view page_msg_flag = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "MsgFlag": "AcceptAndNotify" // Message blocking type, which can be AcceptAndNotify, Discard, or AcceptNotNotify
})";
constexpr std::string_view page_name_card = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "NameCard": "bob" // Group name card (optional)
})";
constexpr std::string_view page_member_data = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "AppMemberDefinedData": [ // Target member custom field (optional)
        {
            "Key":"MemberDefined1", // Key of the target group member custom field
            "Value":"ModifyData1" // Value of the key
        },
        {
            "Key":"MemberDefined3",
            "Value":"ModifyData3"
        }
    ]
})";
constexpr std::string_view page_mute = R"({
    "GroupId": "@TGS#2CLUZEAEJ",  // Target group (required)
    "Member_Account": "bob",  // Target group member (required)
    "MuteTime":86400 // Muting period for the specified user, in seconds
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0
})";

}  // namespace

TEST_CASE("modify_group_member_info: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group]") {
    using request = group::modify_group_member_info_request;
    CHECK(page_request<request>(page_set_admin).Role == group::member_role::Admin);
    CHECK(page_request<request>(page_cancel_admin).Role == group::member_role::Member);
    CHECK(page_request<request>(page_msg_flag).MsgFlag == group::msg_flag::AcceptAndNotify);
    CHECK(*page_request<request>(page_name_card).NameCard == "bob");
    CHECK(group::value_of(*page_request<request>(page_member_data).AppMemberDefinedData, "MemberDefined3") ==
          "ModifyData3");
    CHECK(page_request<request>(page_mute).MuteTime == 86400u);
    page_response<group::modify_group_member_info_response>(page_response_text);
}

TEST_CASE("modify_group_member_info: NameCard holds 50 bytes; Role and MsgFlag take their documented values",
          "[group]") {
    group::modify_group_member_info_request r{.GroupId = "g", .Member_Account = "bob"};
    r.NameCard = std::string(51, 'n');
    r.Role = timrest::named<group::member_role>::from_name("Boss");
    r.MsgFlag = timrest::named<group::msg_flag>::from_name("Mute");
    CHECK(
        rendered(timrest::validate(r)) ==
        std::vector<std::string>{"Role: one of \"Owner\", \"Admin\", \"Member\", got \"Boss\"",
                                 "MsgFlag: one of \"AcceptAndNotify\", \"Discard\", \"AcceptNotNotify\", got \"Mute\"",
                                 "NameCard: at most 50 bytes, got 51"});
    r = {.GroupId = "g", .Member_Account = "bob"};
    r.NameCard = std::string(50, 'n');
    CHECK(timrest::validate(r).empty());
}

TEST_CASE("modify_group_member_info: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::modify_group_member_info>("v4/group_open_http_svc/modify_group_member_info", 200,
                                                       {10002, 10003, 10004, 10007, 10010, 10015});
}

}  // namespace group_modify_group_member_info_test
