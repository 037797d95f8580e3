#include "timrest/group/get_group_member_info.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_group_member_info_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34948, comments and all.
constexpr std::string_view page_basic = R"({
    "GroupId":"@TGS#1NVTZEAE4"  // Group ID (required)
})";
constexpr std::string_view page_paged = R"({
    "GroupId":"@TGS#1NVTZEAE4", // Group ID (required)
    "Limit": 100, // Maximum number of members to pull information
    "Offset": 0 // Sequence number of the member from whom to start pulling information
})";
constexpr std::string_view page_batch = R"({
    "GroupId":"@TGS#_@TGS#cAVQXXXXXX", // Group ID (required)
    "Limit": 100, // Maximum number of members to pull information
    "Next": "" // Start pulling from the position where the last pulling ends
})";
constexpr std::string_view page_fields = R"({
    "GroupId":"@TGS#1NVTZEAE4", // Group ID (required)
    "MemberInfoFilter": [ // Information to pull, where `Member_Account` is included by default. If this field is not specified, all group member information will be pulled.
        "Role",
        "JoinTime",
        "MsgSeq",
        "MsgFlag",
        "LastSendMsgTime",
        "MuteUntil",
        "NameCard"
    ]
})";
constexpr std::string_view page_roles = R"({
    "GroupId":"@TGS#37AB3PAEC", // Group ID (required)
    "MemberRoleFilter":[ // Member role filter
        "Owner",
        "Member"
    ]
})";
constexpr std::string_view page_member_data = R"({
    "GroupId":"@TGS#37AB3PAEC", // Group ID (required)
    "AppDefinedDataFilter_GroupMember": [ // Filter for custom group member fields
        "MemberDefined2" // Key of a custom group member field
    ]
})";
constexpr std::string_view page_all_in_one = R"({
    "GroupId":"@TGS#1NVTZEAE4", // Group ID (required)
    "MemberInfoFilter": [ // Information to pull. If this field is not specified, all group member information will be pulled.
        "Role",
        "JoinTime",
        "MsgSeq",
        "MsgFlag",
        "LastSendMsgTime",
        "MuteUntil",
        "NameCard"
    ],
   "MemberRoleFilter":[ // Member role filter
        "Owner",
        "Member"
    ],
   "AppDefinedDataFilter_GroupMember": [ // Filter for custom group member fields
        "MemberDefined2", // Key of a custom group member field
        "MemberDefined1"
    ],
    "Limit": 100, // Maximum number of members to pull information
    "Offset": 0 // Sequence number of the member from whom to start pulling information
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "Next": "144115265295492787", // This field is returned only for a community group
    "MemberNum": 2, // Total number of members in the group
    "MemberList": [ // Group member list
        {
            "Member_Account": "bob",
            "Role": "Owner",
            "JoinTime": 1425976500, // Time when the member joined the group
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500, // Last time when the member sent a message
            "MuteUntil": 1431069882, // Muting end time in seconds
            "AppMemberDefinedData": [ // Custom group member fields
                {
                   "Key": "MemberDefined1",
                   "Value": "ModifyDefined1"
                },
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        },
        {
            "Member_Account": "peter",
            "Role": "Member ",
            "JoinTime": 1425976500,
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500,
            "MuteUntil": 0, // `0`: the member is not muted; other values: the time when the member will be unmuted
            "AppMemberDefinedData": [ // Custom group member fields
                {
                   "Key": "MemberDefined1",
                   "Value": "ModifyDefined1"
                },
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        }
    ]
})";
constexpr std::string_view page_response_fields = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberNum": 2, // Total number of members in the group
    "MemberList": [ // Group member list
        {
            "Member_Account": "bob",
            "Role": "Owner",
            "JoinTime": 1425976500, // Time when the member joined the group
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500, // Last time when the member sent a message
            "MuteUntil": 1431069882, // Muting end time in seconds
        },
        {
            "Member_Account": "peter",
            "Role": "Member ",
            "JoinTime": 1425976500,
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500,
            "MuteUntil": 0, // `0`: the member is not muted; other values: the time when the member will be unmuted
        }
    ]
})";
constexpr std::string_view page_response_roles = R"({
    "ActionStatus": "OK", // The request succeeded.
    "ErrorCode": 0, // Return code
    "MemberList": [
        {
            "JoinTime": 1450680436, // Time when the member joined the group
            "LastSendMsgTime": 0, // Last time when the member sent a message
            "Member_Account": "Test_1", // Member account
            "MsgFlag": "AcceptNotNotify", // Type of member messages being blocked
            "MsgSeq": 1, // Sequence number of the member’s read message
            "NameCard": "", // Member’s contact card
            "Role": "Owner", // Member’s role
            "MuteUntil": 0 // `0`: the member is not muted; other values: the time when the member will be unmuted
        },
        {
            "JoinTime": 1450680436,
            "LastSendMsgTime": 0,
            "Member_Account": "Test_6",
            "MsgFlag": "AcceptNotNotify",
            "MsgSeq": 1,
            "NameCard": "",
            "Role": "Admin",
            "MuteUntil": 0
        }
    ],
    "MemberNum": 8 // Total number of members in the group
})";
constexpr std::string_view page_response_member_data = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "MemberNum": 2, // Total number of members in the group
    "MemberList": [ // Group member list
        {
            "Member_Account": "bob",
            "Role": "Owner",
            "JoinTime": 1425976500, // Time when the member joined the group
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500, // Last time when the member sent a message
            "MuteUntil": 1431069882, // Muting end time in seconds
             "AppMemberDefinedData": [ // Custom group member fields
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        },
        {
            "Member_Account": "peter",
            "Role": "Member",
            "JoinTime": 1425976500,
            "MsgSeq": 1233,
            "MsgFlag": "AcceptAndNotify",
            "LastSendMsgTime": 1425976500,
            "MuteUntil": 0, // `0`: the member is not muted; other values: the time when the member will be unmuted
            "AppMemberDefinedData": [ // Custom group member fields
                {
                    "Key": "MemberDefined2",
                    "Value": "ModifyDefined2"
                }
             ]
        }
    ]
})";

group::get_group_member_info_response page_of(std::size_t members, std::uint32_t total,
                                              std::optional<std::string> next = std::nullopt) {
    group::get_group_member_info_response r;
    r.MemberNum = total;
    r.MemberList.resize(members);
    r.Next = std::move(next);
    return r;
}

}  // namespace

TEST_CASE("get_group_member_info: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group]") {
    page_request<group::get_group_member_info_request>(page_basic);
    CHECK(page_request<group::get_group_member_info_request>(page_paged).Offset == 0u);
    CHECK(page_request<group::get_group_member_info_request>(page_batch).Next == "");
    CHECK(page_request<group::get_group_member_info_request>(page_fields).MemberInfoFilter->size() == 7);
    CHECK((*page_request<group::get_group_member_info_request>(page_roles).MemberRoleFilter)[0] ==
          group::member_role::Owner);
    page_request<group::get_group_member_info_request>(page_member_data);
    page_request<group::get_group_member_info_request>(page_all_in_one);
}

TEST_CASE("get_group_member_info: the page's replies decode; a role with a stray space is kept as sent", "[group]") {
    const auto basic = page_response<group::get_group_member_info_response>(page_response_basic);
    CHECK(basic.Next == "144115265295492787");
    REQUIRE(basic.MemberList.size() == 2);
    CHECK(basic.MemberList[0].Role == group::member_role::Owner);
    CHECK(basic.MemberList[1].Role->name() == "Member ");
    CHECK_FALSE(basic.MemberList[1].Role->value());
    page_response<group::get_group_member_info_response>(page_response_fields);
    const auto roles = page_response<group::get_group_member_info_response>(page_response_roles);
    CHECK(roles.MemberNum == 8);
    CHECK(roles.MemberList[0].MsgFlag == group::msg_flag::AcceptNotNotify);
    CHECK(roles.MemberList[1].NameCard == "");
    page_response<group::get_group_member_info_response>(page_response_member_data);
}

TEST_CASE("get_group_member_info: Offset paging moves by the members received until MemberNum have come", "[group]") {
    constexpr auto& rule = group::get_group_member_info::paging;
    group::get_group_member_info_request next{.GroupId = "g", .Limit = 2u};
    CHECK_FALSE(rule.done(page_of(2, 3), next));
    CHECK(rule.advance(page_of(2, 3), next));
    CHECK(next.Offset == 2u);
    CHECK_FALSE(next.Next);
    CHECK(rule.done(page_of(1, 3), next));
}

TEST_CASE("get_group_member_info: Next paging follows the reply's Next until it is empty", "[group]") {
    constexpr auto& rule = group::get_group_member_info::paging;
    group::get_group_member_info_request next{.GroupId = "@TGS#_c", .Limit = 2u, .Next = ""};
    CHECK_FALSE(rule.done(page_of(2, 9, "144115265295492787"), next));
    CHECK(rule.advance(page_of(2, 9, "144115265295492787"), next));
    CHECK(next.Next == "144115265295492787");
    CHECK_FALSE(next.Offset);
    CHECK(rule.done(page_of(2, 9, ""), next));
}

TEST_CASE("get_group_member_info: Limit is 1..6000 and the filters take documented names only", "[group]") {
    const auto r = decode_request<group::get_group_member_info_request>(
        R"({"GroupId":"g","Limit":6001,"MemberRoleFilter":["NotMember"],"MemberInfoFilter":["Mood"]})");
    const auto messages = rendered(timrest::validate(r));
    REQUIRE(messages.size() == 3);
    CHECK_THAT(messages[0], Catch::StartsWith("MemberInfoFilter[0]: one of ") && Catch::EndsWith("got \"Mood\""));
    CHECK(messages[1] == "MemberRoleFilter[0]: one of \"Owner\", \"Admin\", \"Member\", got \"NotMember\"");
    CHECK(messages[2] == "Limit: in [1, 6000], got 6001");
}

TEST_CASE("get_group_member_info: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::get_group_member_info>("v4/group_open_http_svc/get_group_member_info", 200,
                                                    {10002, 10003, 10004, 10007, 10010, 10015, 10018});
}

}  // namespace group_get_group_member_info_test
