#include "timrest/group/get_joined_group_list.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_joined_group_list_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34925, comments and all.
constexpr std::string_view page_basic = R"({
    "Member_Account": "leckie"
})";
constexpr std::string_view page_paged = R"({
    "Member_Account": "leckie",
    "Limit": 10, // Number of groups to be pulled. If this field is not specified, all groups will be pulled.
    "Offset": 0 // Sequence number of the group starting from which information is pulled.
})";
constexpr std::string_view page_type = R"({
    "Member_Account": "leckie",
    "GroupType" : "Public" // Type of groups to be pulled. If this parameter is not specified, all types of groups will be pulled.
})";
constexpr std::string_view page_filtered = R"({
    "Member_Account": "leckie",
    "WithHugeGroups":1, // Supports pulling the information of audio-video groups (AVChatRoom).
    "WithNoActiveGroups":1,// Supports pulling the information of Private groups (same as Work groups in the new version) that the user has joined but are not activated.
    "Limit": 10, // Number of groups to be pulled. If this field is not specified, all groups will be pulled.
    "Offset": 0, // Sequence number of the group starting from which information is pulled.
    "ResponseFilter": {
        "GroupBaseInfoFilter": [ // Basic information fields to be pulled
            "Type",
            "Name",
            "Introduction",
            "Notification"
        ],
        "SelfInfoFilter": [ // Member's personal information in the group
            "Role", // Role in the group
            "JoinTime" // Time when the member joined the group
        ]
    }
})";
constexpr std::string_view page_topic = R"({
    "Member_Account": "107867",// User account to be queried (required)
    "SupportTopic": 1// Whether the specified group type supports topics. This field is supported only by community groups.
})";
constexpr std::string_view page_all_in_one = R"({
  "Member_Account": "leckie",
  "WithHugeGroups":1, 
  "WithNoActiveGroups":1,
  "ResponseFilter": {
        "GroupBaseInfoFilter": [
            "Type",
            "Name",
            "Introduction",
            "Notification",
            "FaceUrl",
            "CreateTime",
            "Owner_Account",
            "LastInfoTime",
            "LastMsgTime",
            "NextMsgSeq",
            "MemberNum",
            "MaxMemberNum",
            "ApplyJoinOption",
            "MuteAllMember"
        ],
        "SelfInfoFilter": [
            "Role", 
            "JoinTime",
            "MsgFlag", 
            "MsgSeq" 
        ]
    }
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 2, // This value is the total number of groups that meet the conditions, regardless of the `Limit` and `Offset` settings.
    "GroupIdList": [
        {
            "GroupId": "@TGS#2J4SZEAEL"
        },
        {
            "GroupId": "@TGS#2C5SZEAEF"
        }
    ]
})";
constexpr std::string_view page_response_type = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 1,
    "GroupIdList": [
        {
            "GroupId": "@TGS#2J4SZEAEL"
        }
    ]
})";
constexpr std::string_view page_response_filtered = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 2,
    "GroupIdList": [
        {
            "GroupId": "@TGS#16UMONKGG",
            "Introduction": "",
            "Name": "d",
            "Notification": "",
            "SelfInfo": {
                "JoinTime": 1588148506,
                "Role": "Member"
            },
            "Type": "Private"
        },
        {
            "GroupId": "@TGS#3FCOX2MGW",
            "Introduction": "",
            "Name": "TestGroup",
            "Notification": "",
            "SelfInfo": {
                "JoinTime": 1588041114,
                "Role": "Member"
            },
            "Type": "ChatRoom"
        }
    ]
})";
constexpr std::string_view page_response_topic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "ok",
    "ErrorCode": 0,
    "TotalCount": 1,
    "GroupIdList": [
        {
            "GroupId": "@TGS#_@TGS#cMOQ7HIM62CD",
            "Type": "Community",
            "SupportTopic": 1,
            "GrossTopicNextMsgSeq": 3,
            "SelfInfo": {
            "GrossTopicReadSeq": 2
            }
        }
    ]
})";
constexpr std::string_view page_response_all_in_one = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 1, // This value is the total number of groups that meet the conditions, regardless of the `Limit` and `Offset` settings.
    "GroupIdList": [
        {
            "ApplyJoinOption": "DisableApply",
            "CreateTime": 1585718204,
            "FaceUrl": "",
            "GroupId": "@TGS#16UMONKGG",
            "Introduction": "",
            "LastInfoTime": 1588148506,
            "LastMsgTime": 0,
            "MaxMemberNum": 200,
            "MemberNum": 1,
            "Name": "d",
            "NextMsgSeq": 2,
            "Notification": "",
            "Owner_Account": "",
            "SelfInfo": {
                "JoinTime": 1588148506,
                "MsgFlag": "AcceptAndNotify",
                "Role": "Member",
                "MsgSeq": 1
            },
            "MuteAllMember": "Off",
            "Type": "Private"
        }
    ]
})";

group::get_joined_group_list_response page_of(std::size_t groups, std::uint32_t total) {
    group::get_joined_group_list_response r;
    r.TotalCount = total;
    r.GroupIdList.resize(groups);
    return r;
}

}  // namespace

TEST_CASE("get_joined_group_list: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group]") {
    page_request<group::get_joined_group_list_request>(page_basic);
    CHECK(*page_request<group::get_joined_group_list_request>(page_paged).Limit == 10u);
    CHECK(page_request<group::get_joined_group_list_request>(page_type).GroupType == group::group_type::Public);
    const auto filtered = page_request<group::get_joined_group_list_request>(page_filtered);
    CHECK((*filtered.ResponseFilter->SelfInfoFilter)[1] == group::member_info_field::JoinTime);
    CHECK(*page_request<group::get_joined_group_list_request>(page_topic).SupportTopic == 1);
    const auto all = page_request<group::get_joined_group_list_request>(page_all_in_one);
    CHECK(all.ResponseFilter->GroupBaseInfoFilter->size() == 14);
}

TEST_CASE("get_joined_group_list: the page's replies decode, with the user's own standing in each group", "[group]") {
    CHECK(page_response<group::get_joined_group_list_response>(page_response_basic).GroupIdList.size() == 2);
    CHECK(page_response<group::get_joined_group_list_response>(page_response_type).TotalCount == 1);
    const auto filtered = page_response<group::get_joined_group_list_response>(page_response_filtered);
    CHECK(filtered.GroupIdList[1].Type == group::group_type::ChatRoom);
    CHECK(filtered.GroupIdList[0].SelfInfo->Role == group::member_role::Member);
    const auto topic = page_response<group::get_joined_group_list_response>(page_response_topic);
    CHECK(topic.GroupIdList[0].SelfInfo->GrossTopicReadSeq == 2u);
    const auto all = page_response<group::get_joined_group_list_response>(page_response_all_in_one);
    CHECK(all.GroupIdList[0].ApplyJoinOption == group::join_option::DisableApply);
    CHECK(all.GroupIdList[0].SelfInfo->MsgFlag == group::msg_flag::AcceptAndNotify);
}

TEST_CASE("get_joined_group_list: pages move Offset by the groups received until TotalCount have come", "[group]") {
    constexpr auto& rule = group::get_joined_group_list::paging;
    group::get_joined_group_list_request next{.Member_Account = "leckie", .Limit = 2u};
    const group::get_joined_group_list_request first = next;
    CHECK_FALSE(rule.done(page_of(2, 5), first));
    CHECK(rule.advance(page_of(2, 5), next));
    CHECK(next.Offset == 2u);
    CHECK_FALSE(rule.done(page_of(2, 5), next));
    CHECK(rule.advance(page_of(2, 5), next));
    CHECK(next.Offset == 4u);
    CHECK(rule.done(page_of(1, 5), next));
    CHECK(rule.done(page_of(0, 5), first));  // an empty page ends the walk
}

TEST_CASE("get_joined_group_list: Limit is 1..5000 and the switches are 0 or 1", "[group]") {
    const auto r = decode_request<group::get_joined_group_list_request>(
        R"({"Member_Account":"leckie","Limit":5001,"WithHugeGroups":2,"WithNoActiveGroups":-1,"SupportTopic":3,
            "GroupType":"BChatRoom","ResponseFilter":{"SelfInfoFilter":["Mood"]}})");
    const auto messages = rendered(timrest::validate(r));
    REQUIRE(messages.size() == 6);
    CHECK(messages[0] == "WithHugeGroups: in [0, 1], got 2");
    CHECK(messages[1] == "WithNoActiveGroups: in [0, 1], got -1");
    CHECK(messages[2] == "Limit: in [1, 5000], got 5001");
    CHECK_THAT(messages[3], Catch::StartsWith("GroupType: one of ") && Catch::EndsWith("got \"BChatRoom\""));
    CHECK_THAT(messages[4], Catch::StartsWith("ResponseFilter.SelfInfoFilter[0]: one of "));
    CHECK(messages[5] == "SupportTopic: in [0, 1], got 3");
}

TEST_CASE("get_joined_group_list: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::get_joined_group_list>("v4/group_open_http_svc/get_joined_group_list", 200,
                                                    {10002, 10003, 10004, 10018});
}

}  // namespace group_get_joined_group_list_test
