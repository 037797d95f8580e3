#include "timrest/sns/friend_get_list.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_get_list_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34910.
constexpr std::string_view page_basic = R"({
    "From_Account":"UserID_1",
    "To_Account":
    [
        "UserID_2"
    ],
    "TagList":
    [
        "Tag_Profile_Custom_Test",
        "Tag_Profile_IM_Image",
        "Tag_Profile_IM_Nick",
        "Tag_SNS_Custom_Test",
        "Tag_SNS_IM_Remark",
        "Tag_SNS_IM_Group"
    ]
})";

constexpr std::string_view page_batch = R"({
    "From_Account":"UserID_1",
    "To_Account":
    [
        "UserID_2",
        "UserID_3",
        "UserID_4"
    ],
    "TagList":
    [
        "Tag_Profile_Custom_Test",
        "Tag_Profile_IM_Image",
        "Tag_Profile_IM_Nick",
        "Tag_SNS_Custom_Test",
        "Tag_SNS_IM_Remark",
        "Tag_SNS_IM_Group"
    ]
})";

constexpr std::string_view page_response_basic = R"({
    "InfoItem": [
        {
            "To_Account": "UserID_2",
            "SnsProfileItem": [
                {
                    "Tag": "Tag_SNS_IM_Remark",
                    "Value": "remark_2"
                },
                {
                    "Tag": "Tag_SNS_IM_Group",
                    "Value": ["group1","group2"]
                },
                {
                    "Tag": "Tag_Profile_IM_Nick",
                    "Value": "nick_2"
                },
                {
                    "Tag": "Tag_SNS_Custom_Test",
                    "Value": "custom_sns_2"
                },
                {
                    "Tag": "Tag_Profile_Custom_Test",
                    "Value": "custom_profile_2"
                }
            ],
            "ResultCode": 0,
            "ResultInfo": ""
        }
    ],
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

constexpr std::string_view page_response_batch = R"({
    "InfoItem": [
        {
            "To_Account": "UserID_2",
            "SnsProfileItem": [
                {
                    "Tag": "Tag_SNS_IM_Remark",
                    "Value": "remark_2"
                },
                {
                    "Tag": "Tag_SNS_IM_Group",
                    "Value": ["group1","group2"]
                },
                {
                    "Tag": "Tag_Profile_IM_Nick",
                    "Value": "nick_2"
                },
                {
                    "Tag": "Tag_SNS_Custom_Test",
                    "Value": "custom_sns_2"
                },
                {
                    "Tag": "Tag_Profile_Custom_Test",
                    "Value": "custom_profile_2"
                }
            ],
            "ResultCode": 0,
            "ResultInfo": ""
        },
        {
            "To_Account": "UserID_3",
            "SnsProfileItem": [
                {
                    "Tag": "Tag_SNS_IM_Remark",
                    "Value": "remark_3"
                },
                {
                    "Tag": "Tag_Profile_IM_Nick",
                    "Value": "nick_3"
                },
                {
                    "Tag": "Tag_Profile_Custom_Test",
                    "Value": "custom_profile_3"
                }
            ],
            "ResultCode": 0,
            "ResultInfo": ""
        },
        {
            "To_Account": "UserID_4",
            "ResultCode": 30001,
            "ResultInfo": "Err_SNS_FriendGetList_Friend_Not_Exist"
        }
    ],
    "Fail_Account": [
        "UserID_4"
    ],
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("friend_get_list: both requests on the page decode, validate and re-encode to the same JSON", "[sns]") {
    CHECK(page_request<sns::friend_get_list_request>(page_basic).TagList->size() == 6);
    CHECK(page_request<sns::friend_get_list_request>(page_batch).To_Account->size() == 3);
}

TEST_CASE("friend_get_list: the page's replies decode; a non-friend has no fields and is a failure", "[sns]") {
    page_response<sns::friend_get_list_response>(page_response_basic);
    const auto batch = page_response<sns::friend_get_list_response>(page_response_batch);
    REQUIRE(batch.InfoItem.size() == 3);
    CHECK_FALSE(batch.InfoItem[2].SnsProfileItem);
    const auto failures = timrest::item_failures<sns::friend_get_list>(batch);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 30001);
    CHECK(failures[0].path == "InfoItem[2]");
}

TEST_CASE("friend_get_list: To_Account and TagList need at least one entry", "[sns]") {
    const auto empty = decode_request<sns::friend_get_list_request>(R"({"From_Account":"a","To_Account":[],"TagList":[]})");
    CHECK(rendered(timrest::validate(empty)) == std::vector<std::string>{"To_Account: at least 1 element, got 0",
                                                                         "TagList: at least 1 element, got 0"});
}

TEST_CASE("friend_get_list: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_get_list::path == "v4/sns/friend_get_list");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_get_list>());
    check_error_rows<sns::friend_get_list>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::friend_get_list>();
}

}  // namespace sns_friend_get_list_test
