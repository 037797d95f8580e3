#include "timrest/group/modify_group_base_info.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_modify_group_base_info_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34962, comments and all.
constexpr std::string_view page_base = R"({
    "GroupId": "@TGS#1NVTZEAE4", // Group whose basic profile you want to modify (required)
    "Name": "NewName", // Group name (optional)
    "Introduction": "NewIntroduction", // Group introduction (optional)
    "Notification": "NewNotification", // Group notice (optional)
    "FaceUrl": "http://this.is.new.face.url", // Group profile photo (optional)
    "MaxMemberNum": 500, // Maximum number of group members (optional)
    "ApplyJoinOption": "NeedPermission", // Method for applying to join the group (optional)
    "MuteAllMember": "On" // Mutes all members (optional). "On": Enable, "Off": Disable
})";
constexpr std::string_view page_set_data = R"({
    "GroupId": "@TGS#1NVTZEAE4", // Group whose basic profile you want to modify (required)
    "AppDefinedData": [ // Custom field (optional)
        {
            "Key": "GroupTestData1", // Custom field key to be modified
            "Value": "NewData"  // New value of the custom field
        }
    ]
})";
constexpr std::string_view page_delete_data = R"({
    "GroupId": "@TGS#1NVTZEAE4", // Group whose basic profile you want to modify (required)
    "AppDefinedData": [  // Custom field (optional)
        {
            "Key": "GroupTestData2",
            "Value": "" // If this parameter is empty, the custom field is to be deleted.
        }
    ]
})";
constexpr std::string_view page_all_in_one = R"({
    "GroupId": "@TGS#2J4SZEAEL", // Group whose basic profile you want to modify (required)
    "Name": "NewName", // Group name (optional)
    "Introduction": "NewIntroduction", // Group introduction (optional)
    "Notification": "NewNotification", // Group notice (optional)
    "FaceUrl": "http://this.is.new.face.url", // Group profile photo (optional)
    "MaxMemberNum": 500, // Maximum number of group members (optional)
    "ApplyJoinOption": "NeedPermission", // Method for applying to join the group (optional)
    "MuteAllMember": "On", // Mutes all members, which is optional. `On`: Enable. `Off`: Disable
    "AppDefinedData": [ // Custom field (optional)
        {
            "Key": "GroupTestData1", // Custom field key to be modified
            "Value": "NewData" // New value of the custom field
        },
        {
            "Key": "GroupTestData2",
            "Value": "" // If this parameter is empty, the custom field is to be deleted.
        }
    ]
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("modify_group_base_info: each request on the page decodes, validates and re-encodes to the same JSON",
          "[group]") {
    const auto base = page_request<group::modify_group_base_info_request>(page_base);
    CHECK(base.MuteAllMember == group::mute_all::On);
    CHECK(base.ApplyJoinOption == group::join_option::NeedPermission);
    CHECK(group::value_of(*page_request<group::modify_group_base_info_request>(page_set_data).AppDefinedData,
                          "GroupTestData1") == "NewData");
    CHECK(group::value_of(*page_request<group::modify_group_base_info_request>(page_delete_data).AppDefinedData,
                          "GroupTestData2") == "");
    CHECK(page_request<group::modify_group_base_info_request>(page_all_in_one).AppDefinedData->size() == 2);
    page_response<group::modify_group_base_info_response>(page_response_text);
}

TEST_CASE("modify_group_base_info: the texts are bounded and MuteAllMember is On or Off", "[group]") {
    group::modify_group_base_info_request r{.GroupId = "g"};
    r.Name = std::string(31, 'n');
    r.Introduction = std::string(241, 'i');
    r.Notification = std::string(301, 'o');
    r.FaceUrl = std::string(101, 'f');
    r.MuteAllMember = timrest::named<group::mute_all>::from_name("Yes");
    r.ApplyJoinOption = timrest::named<group::join_option>::from_name("Open");
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"Name: at most 30 bytes, got 31", "Introduction: at most 240 bytes, got 241",
                                   "Notification: at most 300 bytes, got 301", "FaceUrl: at most 100 bytes, got 101",
                                   "ApplyJoinOption: one of \"FreeAccess\", \"NeedPermission\", \"DisableApply\", "
                                   "got \"Open\"",
                                   "MuteAllMember: one of \"On\", \"Off\", got \"Yes\""});
}

TEST_CASE("modify_group_base_info: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::modify_group_base_info>("v4/group_open_http_svc/modify_group_base_info", 200,
                                                     {10002, 10003, 10004, 10007, 10010, 10015, 10026});
}

}  // namespace group_modify_group_base_info_test
