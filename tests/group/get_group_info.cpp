#include "timrest/group/get_group_info.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_group_info_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34961, comments and all.
constexpr std::string_view page_basic = R"({
    "GroupIdList": [ // The list of group IDs specified for the query. This parameter is required.
        "@TGS#1NVTZEAE4",
        "@TGS#1CXTZEAET"
    ]
})";

constexpr std::string_view page_filtered = R"({
    "GroupIdList": [ // The list of group IDs specified for the query. This parameter is required.
        "@TGS#1NVTZEAE4",
        "@TGS#1CXTZEAET"
    ],
    "ResponseFilter": { // The filters that you specify for the response.
        "GroupBaseInfoFilter": [ // Add this array if you want to query the basic information.
            "Type",
            "Name",
            "Introduction",
            "Notification"
        ],
        "MemberInfoFilter": [ // Add this array if you want to query the member information.
            "Account", // Member ID
            "Role"
        ],
        "AppDefinedDataFilter_Group": [ // The filter for group-specific custom fields. This filter is disabled by default.
            "GroupTestData1",
            "GroupTestData2"
        ],
        "AppDefinedDataFilter_GroupMember": [ // The filter for group member-specific custom fields. This filter is disabled by default.
            "MemberDefined2",
            "MemberDefined1"
        ]
    }
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "", // The ErrorInfo parameter here is meaningless. You need to check the ErrorInfo parameter of each group.
    "ErrorCode": 0, // The ErrorCode parameter here is meaningless. You need to check the ErrorCode parameter of each group.
    "GroupInfo": [ // A group information array is returned. Only one group is listed here for simplicity.
        {
            "GroupId": "@TGS#2J4SZEAEL",
            "ErrorCode": 0, // The result specific to this group
            "ErrorInfo": "" , // The result specific to this group
            "Type": "Public", // Group type
            "Name": "MyFirstGroup", // Group name
            "Appid":1400001001,// SDKAppID of the Chat app
            "Introduction": "TestGroup", // Group introduction
            "Notification": "TestGroup", // Group notice
            "FaceUrl": "http://this.is.face.url", // Group profile photo
            "Owner_Account": "leckie", // Group owner ID
            "CreateTime": 1426976500, // Group creation time in UTC
            "LastInfoTime": 1426976500, // The UTC time when the group information was last updated
            "LastMsgTime": 1426976600, // The UTC time when the last message in the group was sent
            "NextMsgSeq": 1234,
            "MemberNum": 2, // Current number of members in the group
            "MaxMemberNum": 50, // Maximum number of members in the group
            "ApplyJoinOption": "FreeAccess", // Method of handling requests to join the group
            "MuteAllMember": "On", // Whether to mute all members in the group
            "AppDefinedData": [ // Group-specific custom fields
                {
                    "Key": "GroupTestData1", // Key of the custom field
                    "Value": "xxxx" // Value of the custom field
                },
                {
                    "Key": "GroupTestData2",
                    "Value": "abc\u0000\u0001" // The custom field supports binary data.
                }
            ],
            "MemberList": [ // Group member list
                {
                    "Member_Account": "leckie", // Member ID
                    "Role": "Owner", // The role of the member in the group
                    "JoinTime": 1425976500, // The UTC time when the member joined the group
                    "MsgSeq": 1233,
                    "MsgFlag": "AcceptAndNotify", // Indicates whether the member blocks group messages.
                    "LastSendMsgTime": 1425976500, // The last time in UTC when the member sent a message in the group
                    "MuteUntil": 1431069882, // UTC time when the muting period expires
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
                    "Role": "Member",
                    "JoinTime": 1425976500, // Time when the member joined the group
                    "MsgSeq": 1233,
                    "MsgFlag": "AcceptAndNotify",
                    "LastSendMsgTime": 1425976500, // Last time when the member sent a message
                    "MuteUntil": 0, // The value `0` indicates that the member is not muted, and other values indicate the time when the member will be unmuted.
                    "AppMemberDefinedData":[ // Custom group member fields
                        {
                            "Key": "MemberDefined1",
                            "Value": "ModifyDefined1"
                        },
                        {
                            "Key":"MemberDefined2",
                            "Value":"ModifyDefined2"
                        }
                     ]
                }
            ]
        }
    ]
})";

constexpr std::string_view page_response_filtered = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "", // The ErrorInfo parameter here is meaningless. You need to check the ErrorInfo parameter of each group.
    "ErrorCode": 0, // The ErrorCode parameter here is meaningless. You need to check the ErrorCode parameter of each group.
    "GroupInfo": [ // A group information array is returned. Only one group is listed here for simplicity.
        {
            "GroupId": "@TGS#2J4SZEAEL",
            "ErrorCode": 0, // The result specific to this group
            "ErrorInfo":"" , // The result specific to this group
            "Type": "Public", // Group type
            "Name": "MyFirstGroup", // Group name
            "Introduction": "TestGroup", // Group introduction
            "Notification": "TestGroup", // Group notice
            "AppDefinedData": [ // Group-specific custom fields
                {
                    "Key": "GroupTestData1", // Key of the custom field
                    "Value": "xxxx" // Value of the custom field
                },
                {
                    "Key": "GroupTestData2",
                    "Value": "abc\u0000\u0001" // The custom field supports binary data.
                }
            ],
            "MemberList": [ // Group member list
                {
                    "Member_Account": "leckie", // Member ID
                    "Role": "Owner", // The role of the member in the group
                    "AppMemberDefinedData":[ // Custom group member fields
                        {
                            "Key":"MemberDefined1",
                            "Value":"ModifyDefined1"
                        },
                        {
                            "Key":"MemberDefined2",
                            "Value":"ModifyDefined2"
                        }
                     ]
                },
                {
                    "Member_Account": "peter",
                    "Role": "Member",
                    "AppMemberDefinedData":[ // Custom group member fields
                        {
                            "Key":"MemberDefined1",
                            "Value":"ModifyDefined1"
                        },
                        {
                            "Key":"MemberDefined2",
                            "Value":"ModifyDefined2"
                        }
                     ]
                }
            ]
        }
    ]
})";

}  // namespace

TEST_CASE("get_group_info: each request on the page decodes, validates and re-encodes to the same JSON", "[group]") {
    CHECK(page_request<group::get_group_info_request>(page_basic).GroupIdList->size() == 2);
    const auto filtered = page_request<group::get_group_info_request>(page_filtered);
    REQUIRE(filtered.ResponseFilter);
    CHECK((*filtered.ResponseFilter->GroupBaseInfoFilter)[3] == group::base_info_field::Notification);
    CHECK((*filtered.ResponseFilter->MemberInfoFilter)[0] == group::member_info_field::Account);
    CHECK(filtered.ResponseFilter->AppDefinedDataFilter_GroupMember->at(0) == "MemberDefined2");
}

TEST_CASE("get_group_info: the page's replies decode with the group, its members and app data", "[group]") {
    const auto basic = page_response<group::get_group_info_response>(page_response_basic);
    REQUIRE(basic.GroupInfo.size() == 1);
    const auto& g = basic.GroupInfo[0];
    CHECK(g.Type == group::group_type::Public);
    CHECK(g.MuteAllMember == group::mute_all::On);
    CHECK(g.NextMsgSeq == 1234u);
    CHECK(group::value_of(*g.AppDefinedData, "GroupTestData2") == std::string_view("abc\0\1", 5));
    REQUIRE(g.MemberList->size() == 2);
    CHECK((*g.MemberList)[0].Role == group::member_role::Owner);
    CHECK((*g.MemberList)[0].MsgFlag == group::msg_flag::AcceptAndNotify);
    CHECK((*g.MemberList)[1].MuteUntil == 0);
    CHECK(timrest::item_failures<group::get_group_info>(basic).empty());

    const auto filtered = page_response<group::get_group_info_response>(page_response_filtered);
    CHECK_FALSE(filtered.GroupInfo[0].CreateTime);
    CHECK_FALSE((*filtered.GroupInfo[0].MemberList)[0].JoinTime);
}

TEST_CASE("get_group_info: a group that does not exist is a per-item failure with the page's meaning", "[group]") {
    const auto r = decode_response<group::get_group_info_response>(
        R"({"GroupInfo":[{"GroupId":"@TGS#ok","ErrorCode":0,"ErrorInfo":""},
                         {"GroupId":"@TGS#gone","ErrorCode":10010,"ErrorInfo":"this group does not exist"}]})");
    const auto failures = timrest::item_failures<group::get_group_info>(r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "GroupInfo[1]");
    CHECK(failures[0].code == 10010);
    CHECK(failures[0].meaning == group::codes::no_such_group.meaning);
    CHECK(failures[0].item.at("GroupId") == "@TGS#gone");
}

TEST_CASE("get_group_info: 1 to 50 groups a call, and the filters take only documented field names", "[group]") {
    std::vector<std::string> ids(51, "@TGS#x");
    CHECK(rendered(timrest::validate(group::get_group_info_request{.GroupIdList = ids})) ==
          std::vector<std::string>{"GroupIdList: at most 50 elements, got 51"});
    ids.pop_back();
    CHECK(timrest::validate(group::get_group_info_request{.GroupIdList = ids}).empty());
    CHECK(rendered(timrest::validate(group::get_group_info_request{.GroupIdList = std::vector<std::string>{}})) ==
          std::vector<std::string>{"GroupIdList: at least 1 element, got 0"});
    const auto bad = decode_request<group::get_group_info_request>(
        R"({"GroupIdList":["g"],"ResponseFilter":{"GroupBaseInfoFilter":["Colour"],"MemberInfoFilter":["Mood"]}})");
    const auto messages = rendered(timrest::validate(bad));
    REQUIRE(messages.size() == 2);
    CHECK_THAT(messages[0], Catch::StartsWith("ResponseFilter.GroupBaseInfoFilter[0]: one of \"Type\", \"Name\""));
    CHECK_THAT(messages[0], Catch::EndsWith("\"MuteAllMember\", got \"Colour\""));
    CHECK_THAT(messages[1], Catch::StartsWith("ResponseFilter.MemberInfoFilter[0]: one of \"Account\""));
    CHECK_THAT(messages[1], Catch::EndsWith("got \"Mood\""));
}

TEST_CASE("get_group_info: its path, rate and error table follow the page", "[group]") {
    STATIC_REQUIRE(group::get_group_info::max_batch == 50);
    check_declaration<group::get_group_info>("v4/group_open_http_svc/get_group_info", 200,
                                             {10002, 10003, 10004, 10007, 10010, 10015, 10018});
}

}  // namespace group_get_group_info_test
