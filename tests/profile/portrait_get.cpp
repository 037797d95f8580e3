#include "timrest/profile/portrait_get.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace profile_portrait_get_test {

namespace {

using namespace timrest_test;
namespace profile = timrest::profile;
namespace tags = timrest::profile::tags;

// The samples of https://www.tencentcloud.com/document/product/1047/34917.
constexpr std::string_view page_request_one_field = R"({
    "To_Account":["id1"],
    "TagList":
    [
        "Tag_Profile_IM_Nick"
    ]
})";

constexpr std::string_view page_request_fields = R"({
    "To_Account":["id1"],
    "TagList":
    [
        "Tag_Profile_IM_Nick",
        "Tag_Profile_IM_AllowType",
        "Tag_Profile_IM_SelfSignature",
        "Tag_Profile_Custom_Test"
    ]
})";

constexpr std::string_view page_request_users = R"({
    "To_Account":["id1","id2","id3"],
    "TagList":
    [
        "Tag_Profile_IM_Nick"
    ]
})";

constexpr std::string_view page_request_fields_users = R"({
    "To_Account":["id1","id2","id3","id4"],
    "TagList":
    [
        "Tag_Profile_IM_Nick",
        "Tag_Profile_IM_AllowType",
        "Tag_Profile_IM_SelfSignature",
        "Tag_Profile_Custom_Test"
    ]
})";

constexpr std::string_view page_response_one_field = R"({
    "UserProfileItem":
    [
        {
            "To_Account":"id1",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest1"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        }
    ],
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"",
    "ErrorDisplay":""
})";

constexpr std::string_view page_response_fields = R"({
    "UserProfileItem":
    [
        {
            "To_Account":"id1",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest1"
                },
                {
                    "Tag":"Tag_Profile_IM_AllowType",
                    "Value":"AllowType_Type_NeedConfirm"
                },
                {
                    "Tag":"Tag_Profile_IM_SelfSignature",
                    "Value":"I'm Test1"
                },
                {
                    "Tag":"Tag_Profile_Custom_Test",
                    "Value":"Custom Data1"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        }
    ],
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"",
    "ErrorDisplay":""
})";

constexpr std::string_view page_response_users = R"({
    "UserProfileItem":
    [
        {
            "To_Account":"id1",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest1"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id2",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest2"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id3",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest3"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        }
    ],
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"",
    "ErrorDisplay":""
})";

constexpr std::string_view page_response_fields_users = R"({
    "UserProfileItem":
    [
        {
            "To_Account":"id1",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest1"
                },
                {
                    "Tag":"Tag_Profile_IM_AllowType",
                    "Value":"AllowType_Type_NeedConfirm"
                },
                {
                    "Tag":"Tag_Profile_IM_SelfSignature",
                    "Value":"I'm Test1"
                },
                {
                    "Tag":"Tag_Profile_Custom_Test",
                    "Value":"Custom Data1"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id2",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest2"
                },
                {
                    "Tag":"Tag_Profile_IM_AllowType",
                    "Value":"AllowType_Type_DenyAny"
                },
                {
                    "Tag":"Tag_Profile_IM_SelfSignature",
                    "Value":"I'm Test2"
                },
                {
                    "Tag":"Tag_Profile_Custom_Test",
                    "Value":"Custom Data2"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id3",
            "ProfileItem":
            [
                {
                    "Tag":"Tag_Profile_IM_Nick",
                    "Value":"NickNameTest3"
                },
                {
                    "Tag":"Tag_Profile_IM_AllowType",
                    "Value":"AllowType_Type_AllowAny"
                },
                {
                    "Tag":"Tag_Profile_IM_SelfSignature",
                    "Value":"I'm Test3"
                },
                {
                    "Tag":"Tag_Profile_Custom_Test",
                    "Value":"Custom Data3"
                }
            ],
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id4",
            "ResultCode":40006,
            "ResultInfo":"Err_Profile_PortraitGet_Read_Custom_Data_Fail"
        }
    ],
    "Fail_Account":["id4"],
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"",
    "ErrorDisplay":""
})";

}  // namespace

TEST_CASE("portrait_get: each request on the page decodes, validates and re-encodes to the same JSON", "[profile]") {
    for (auto text : {page_request_one_field, page_request_fields, page_request_users, page_request_fields_users}) {
        const auto request = decode_request<profile::portrait_get_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

TEST_CASE("portrait_get: each reply on the page decodes and re-encodes to the same JSON", "[profile]") {
    for (auto text : {page_response_one_field, page_response_fields, page_response_users, page_response_fields_users}) {
        const auto response = decode_response<profile::portrait_get_response>(text);
        CHECK(timrest::to_json(response) == without_envelope(text));
    }
}

TEST_CASE("portrait_get: a reply's items read through the standard tags' types", "[profile]") {
    const auto response = decode_response<profile::portrait_get_response>(page_response_fields_users);
    REQUIRE(response.UserProfileItem.size() == 4);
    const auto& first = response.UserProfileItem[0];
    REQUIRE(first.ProfileItem);
    CHECK(profile::find(*first.ProfileItem, tags::nick) == "NickNameTest1");
    CHECK(profile::find(*first.ProfileItem, tags::allow_type) == profile::allow_type::AllowType_Type_NeedConfirm);
    CHECK(profile::find(*first.ProfileItem, tags::custom("Test")) ==
          profile::custom_value(std::string("Custom Data1")));
    CHECK(profile::find(*first.ProfileItem, tags::level) == std::nullopt);
    CHECK(profile::find(*response.UserProfileItem[1].ProfileItem, tags::allow_type) ==
          profile::allow_type::AllowType_Type_DenyAny);
}

TEST_CASE("portrait_get: a user that failed is reported as an item failure with its ResultCode", "[profile]") {
    const auto response = decode_response<profile::portrait_get_response>(page_response_fields_users);
    const auto& failed = response.UserProfileItem[3];
    CHECK(failed.To_Account == "id4");
    CHECK_FALSE(failed.ProfileItem);
    CHECK(failed.ResultCode == 40006);
    REQUIRE(response.Fail_Account);
    CHECK(*response.Fail_Account == std::vector<std::string>{"id4"});

    const auto failures = timrest::item_failures<profile::portrait_get>(response);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "UserProfileItem[3]");
    CHECK(failures[0].code == 40006);
    CHECK(failures[0].meaning == "internal server error; try again later");
}

TEST_CASE("portrait_get: the user and tag lists are bounded", "[profile]") {
    std::vector<timrest::user_id> many(101, timrest::user_id("u"));
    const profile::portrait_get_request too_many{.To_Account = many, .TagList = {tags::nick}};
    CHECK(rendered(timrest::validate(too_many)) ==
          std::vector<std::string>{"To_Account: at most 100 elements, got 101"});

    const profile::portrait_get_request bad_tag{.To_Account = {"id1"},
                                                .TagList = {tags::nick, profile::tag_name(std::string("Tag-Nick"))}};
    CHECK(rendered(timrest::validate(bad_tag)) ==
          std::vector<std::string>{"TagList[1]: a tag of letters, digits and underscores, got \"Tag-Nick\""});

    const profile::portrait_get_request typed{.To_Account = {"id1", "id2"},
                                              .TagList = {tags::nick, tags::custom("Test"), tags::level}};
    CHECK(timrest::validate(typed).empty());
    CHECK(
        timrest::to_json(typed) ==
        sample(
            R"({"To_Account":["id1","id2"],"TagList":["Tag_Profile_IM_Nick","Tag_Profile_Custom_Test","Tag_Profile_IM_Level"]})"));
    CHECK(profile::portrait_get::max_batch == 100);
}

TEST_CASE("portrait_get: the error table holds the page's codes once each", "[profile]") {
    check_error_rows<profile::portrait_get>({40001, 40002, 40003, 40004, 40006, 40007, 40009});
    check_error_table_unique<profile::portrait_get>();
}

}  // namespace profile_portrait_get_test
