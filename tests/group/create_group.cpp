#include "timrest/group/create_group.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_create_group_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34895, comments and all.
constexpr std::string_view page_basic = R"({
    "Owner_Account": "leckie", // UserId of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, AVChatRoom, or Community
    "Name": "TestGroup" // Group name (required)
})";

constexpr std::string_view page_base_info = R"({
    "Owner_Account": "leckie", // UserId of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, AVChatRoom, or Community
    "Name": "TestGroup", // Group name (required)
    "Introduction": "This is group Introduction", // Group introduction (optional)
    "Notification": "This is group Notification", // Group notice (optional)
    "FaceUrl": "http://this.is.face.url", // Group profile photo URL (optional)
    "MaxMemberCount": 500, // Maximum number of group members (optional)
    "ApplyJoinOption": "FreeAccess"  // Method for handling requests to join the group (optional)
})";

constexpr std::string_view page_members = R"({
    "Name": "TestGroup", // Group name (required)
    "Type": "Public", // Group type: Private, Public, ChatRoom, or Community (AVChatRoom is not supported) (required)
    "MemberList": [ // Initial group member list, which contains a maximum of 100 members (optional)
         {
            "Member_Account": "bob", // Member (required)
            "Role": "Admin" // Role assigned to the member (optional). Currently, only the Admin option is available.
         },
         {
            "Member_Account": "peter"
         }
     ]
})";

constexpr std::string_view page_custom_id = R"({
    "Owner_Account": "leckie", // UserId of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, AVChatRoom, or Community (required)
    "GroupId": "MyFirstGroup", // User-defined group ID (optional)
    "Name": "TestGroup"   // Group name (required)
})";

constexpr std::string_view page_app_data = R"({
    "Name": "TestGroup", // Group name (required)
    "Type": "Public", // Group type: Private, Public, ChatRoom, AVChatRoom, or Community (required)
    "AppDefinedData": [ // Group custom field (optional)
        {
            "Key": "GroupTestData1", // Key of the app custom field
            "Value": "xxxxx" // Value of the custom field
        },
        {
            "Key": " GroupTestData2",
            "Value": "abc\u0000\u0001" // The custom field supports binary data.
        }
    ]
})";

constexpr std::string_view page_member_data = R"({
    "Owner_Account": "leckie", // UserId of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, or Community (AVChatRoom is not supported) (required)
    "Name": "TestGroup", // Group name (required)
    "MemberList": [
       {
          "Member_Account":"bob",
          "AppMemberDefinedData":[ // Group member custom field (optional)
               {
                   "Key": "MemberDefined1", // Group member custom key
                   "Value": "MemberData1" // Value of the group member custom field
               },
               {
                   "Key": "MemberDefined2",
                   "Value": "MemberData2"
               }
           ]
       },
       {
          "Member_Account":"peter",
          "AppMemberDefinedData":[
               {
                   "Key": "MemberDefined1",
                   "Value": "MemberData1"
               },
               {
                   "Key": "MemberDefined2",
                   "Value": "MemberData2"
               }
           ]
       }
    ]
})";

constexpr std::string_view page_topic = R"({
    "Type": "Community", 	// Group type (required)
    "Name": "TestCommunityGroup", // Group name (required)
    "SupportTopic": 1			// Whether the topic option is supported. Valid values: `1`: yes; `0`: no.
})";

constexpr std::string_view page_all_in_one = R"({
    "Owner_Account": "leckie", // UserId of the group owner (optional)
    "Type": "Public", // Group type: Private, Public, ChatRoom, or Community (AVChatRoom is not supported) (required)
    "GroupId":"MyFirstGroup", // User-defined group ID (optional)
    "Name": "TestGroup", // Group name (required)
    "Introduction": "This is group Introduction", // Group introduction (optional)
    "Notification": "This is group Notification", // Group notice (optional)
    "FaceUrl": "http://this.is.face.url", // Group profile photo URL (optional)
    "MaxMemberCount": 500, // Maximum number of group members (optional)
    "ApplyJoinOption": "FreeAccess", // Method for handling requests to join the group (optional)
    "AppDefinedData": [ // Group custom field (optional)
        {
            "Key": "GroupTestData1", // Key of the app custom field
            "Value": "xxxxx" // Value of the custom field
        },
        {
            "Key": "GroupTestData2",
            "Value": "abc\u0000\u0001" // The custom field supports binary data.
        }
    ],
    "MemberList": [ // Initial group member list, which contains a maximum of 100 members (optional)
        {
            "Member_Account": "bob", // Member (required)
            "Role": "Admin", // Role assigned to the member. Currently, only the Admin option is available. (optional)
            "AppMemberDefinedData":[ // Group member custom field (optional)
               {
                   "Key":"MemberDefined1", // Group member custom key
                   "Value":"MemberData1" // Value of the group member custom field
               },
               {
                   "Key":"MemberDefined2",
                   "Value":"MemberData2"
               }
           ]
        },
        {
            "Member_Account": "peter",
            "AppMemberDefinedData":[
               {
                   "Key":"MemberDefined1",
                   "Value":"MemberData1"
               },
               {
                   "Key":"MemberDefined2",
                   "Value":"MemberData2"
               }
           ]
        }
    ]
})";

constexpr std::string_view page_response_basic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#2J4SZEAEL"
})";

constexpr std::string_view page_response_topic = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "@TGS#_@TGS#cRDH3HIM62CP",
    "HugeGroupFlag": 0,
    "Type": "Community"
})";

constexpr std::string_view page_response_custom_id = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "GroupId": "MyFirstGroup"
})";

}  // namespace

TEST_CASE("create_group: each request on the page decodes, validates and re-encodes to the same JSON", "[group]") {
    const auto basic = page_request<group::create_group_request>(page_basic);
    CHECK(*basic.Type == group::group_type::Public);
    CHECK(*basic.Owner_Account == std::string_view("leckie"));
    const auto base = page_request<group::create_group_request>(page_base_info);
    CHECK(base.ApplyJoinOption == group::join_option::FreeAccess);
    CHECK(base.MaxMemberCount == 500u);
    const auto members = page_request<group::create_group_request>(page_members);
    REQUIRE(members.MemberList->size() == 2);
    CHECK((*members.MemberList)[0].Role == group::member_role::Admin);
    CHECK_FALSE((*members.MemberList)[1].Role);
    CHECK(page_request<group::create_group_request>(page_custom_id).GroupId == "MyFirstGroup");
    const auto data = page_request<group::create_group_request>(page_app_data);
    CHECK(group::value_of(*data.AppDefinedData, "GroupTestData1") == "xxxxx");
    CHECK(group::value_of(*data.AppDefinedData, " GroupTestData2") == std::string_view("abc\0\1", 5));
    const auto member_data = page_request<group::create_group_request>(page_member_data);
    CHECK(group::value_of(*(*member_data.MemberList)[1].AppMemberDefinedData, "MemberDefined2") == "MemberData2");
    CHECK(*page_request<group::create_group_request>(page_topic).SupportTopic == 1);
    const auto all = page_request<group::create_group_request>(page_all_in_one);
    CHECK(all.AppDefinedData->size() == 2);
    CHECK(all.MemberList->size() == 2);
}

TEST_CASE("create_group: the page's replies decode with the group's ID, and a community's type and flag", "[group]") {
    CHECK(page_response<group::create_group_response>(page_response_basic).GroupId == "@TGS#2J4SZEAEL");
    const auto topic = page_response<group::create_group_response>(page_response_topic);
    CHECK(topic.Type == group::group_type::Community);
    CHECK(topic.HugeGroupFlag == 0);
    CHECK(page_response<group::create_group_response>(page_response_custom_id).GroupId == "MyFirstGroup");
}

TEST_CASE("create_group: Name, Introduction, Notification and FaceUrl are bounded in bytes", "[group]") {
    group::create_group_request r{.Type = group::group_type::Public, .Name = std::string(31, 'n')};
    r.Introduction = std::string(241, 'i');
    r.Notification = std::string(301, 'o');
    r.FaceUrl = std::string(101, 'f');
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"Name: at most 30 bytes, got 31", "Introduction: at most 240 bytes, got 241",
                                   "Notification: at most 300 bytes, got 301", "FaceUrl: at most 100 bytes, got 101"});
    CHECK(rendered(timrest::validate(
              group::create_group_request{.Type = group::group_type::Public, .Name = std::string()})) ==
          std::vector<std::string>{"Name: at least 1 byte, got 0"});
    CHECK(
        timrest::validate(group::create_group_request{.Type = group::group_type::Public, .Name = std::string(30, 'n')})
            .empty());
}

TEST_CASE("create_group: MemberList holds at most 100 members", "[group]") {
    std::vector<group::initial_member> many;
    for (const auto& id : user_ids(101)) many.push_back({.Member_Account = id});
    group::create_group_request r{.Type = group::group_type::Public, .Name = "g"};
    r.MemberList = many;
    CHECK(rendered(timrest::validate(r)) == std::vector<std::string>{"MemberList: at most 100 elements, got 101"});
    many.pop_back();
    r.MemberList = many;
    CHECK(timrest::validate(r).empty());
}

TEST_CASE("create_group: Type, ApplyJoinOption, Role and SupportTopic take only their documented values", "[group]") {
    auto r = decode_request<group::create_group_request>(
        R"({"Type":"Club","Name":"g","ApplyJoinOption":"Anyone","SupportTopic":2,
            "MemberList":[{"Member_Account":"bob","Role":"Boss"}],"AppDefinedData":[{"Key":"KeyLongerThan16By","Value":""}]})");
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{
              "Type: one of \"Private\", \"Public\", \"ChatRoom\", \"AVChatRoom\", \"Community\", got \"Club\"",
              "ApplyJoinOption: one of \"FreeAccess\", \"NeedPermission\", \"DisableApply\", got \"Anyone\"",
              "AppDefinedData[0].Key: at most 16 bytes, got 17",
              "MemberList[0].Role: one of \"Owner\", \"Admin\", \"Member\", got \"Boss\"",
              "SupportTopic: in [0, 1], got 2"});
}

TEST_CASE("create_group: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::create_group>(
        "v4/group_open_http_svc/create_group", 200,
        {10002, 10003, 10004, 10005, 10006, 10007, 10008, 10016, 10021, 10025, 10036, 10037, 10038, 10058});
    CHECK(timrest::find_error<group::create_group>(10002)->retryable);
    CHECK_FALSE(timrest::find_error<group::create_group>(10021)->retryable);
}

}  // namespace group_create_group_test
