#include "timrest/sns/friend_get.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_get_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34908.
constexpr std::string_view page_request_text = R"({
    "From_Account": "id",
    "StartIndex": 0,
    "StandardSequence": 0,
    "CustomSequence": 0
})";

constexpr std::string_view page_response_text = R"({
    "UserDataItem": [
        {
            "To_Account": "id1",
            "ValueItem": [
                {
                    "Tag": "Tag_SNS_IM_AddSource",
                    "Value": "AddSource_Type_Android"
                },
                {
                    "Tag": "Tag_SNS_IM_Remark",
                    "Value": "Remark1"
                },
                {
                    "Tag": "Tag_SNS_IM_Group",
                    "Value":["Group1","Group2"]
                },
                {
                    "Tag": "Tag_SNS_IM_AddTime",
                    "Value": 1563867420
                },
                {
                    "Tag": "Tag_SNS_Custom_Test",
                    "Value": "CustomData1"
                }
            ]
        },
        {
            "To_Account": "id2",
            "ValueItem": [
                {
                    "Tag": "Tag_SNS_IM_AddSource",
                    "Value": "AddSource_Type_IOS"
                },
                {
                    "Tag": "Tag_SNS_IM_Group",
                    "Value":["Group1"]
                },
                {
                    "Tag": "Tag_SNS_IM_AddTime",
                    "Value": 1563867425
                }
            ]
        }
    ],
    "StandardSequence": 88,
    "CustomSequence": 46,
    "FriendNum": 20,
    "CompleteFlag": 1,
    "NextStartIndex": 0,
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

sns::friend_get_response page(std::int32_t complete, std::int64_t next) {
    sns::friend_get_response r;
    r.CompleteFlag = complete;
    r.NextStartIndex = next;
    r.StandardSequence = 88;
    return r;
}

}  // namespace

TEST_CASE("friend_get: the page's request decodes, validates and re-encodes to the same JSON", "[sns]") {
    const auto request = page_request<sns::friend_get_request>(page_request_text);
    CHECK(request.StartIndex == 0);
    CHECK(request.StandardSequence == 0);
}

TEST_CASE("friend_get: the page's reply decodes with each friend's tagged fields", "[sns]") {
    const auto response = page_response<sns::friend_get_response>(page_response_text);
    REQUIRE(response.UserDataItem.size() == 2);
    CHECK(response.UserDataItem[0].ValueItem[2].Value.as_array().size() == 2);
    CHECK(response.UserDataItem[0].ValueItem[3].Value.as_int64() == 1563867420);
    CHECK(response.FriendNum == 20);
    CHECK(sns::friend_get::paging.done(response));
}

TEST_CASE("friend_get: a request built in code sends StartIndex 0 and no sequences", "[sns]") {
    CHECK(timrest::to_json(sns::friend_get_request{.From_Account = "alice"}) ==
          sample(R"({"From_Account":"alice","StartIndex":0})"));
}

TEST_CASE("friend_get: paging ends on any non-zero CompleteFlag and moves StartIndex only", "[sns]") {
    CHECK_FALSE(sns::friend_get::paging.done(page(0, 100)));
    CHECK(sns::friend_get::paging.done(page(1, 0)));
    CHECK(sns::friend_get::paging.done(page(2, 0)));
    sns::friend_get_request next{.From_Account = "alice"};
    CHECK(sns::friend_get::paging.advance(page(0, 100), next));
    CHECK(next.StartIndex == 100);
    CHECK_FALSE(next.StandardSequence);  // the sequences are not cursors
    CHECK_FALSE(sns::friend_get::paging.advance(page(0, 100), next));
}

TEST_CASE("friend_get: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_get::path == "v4/sns/friend_get");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_get>());
    check_error_rows<sns::friend_get>({30001, 30003, 30004, 30006, 30007});
    check_error_table_unique<sns::friend_get>();
}

}  // namespace sns_friend_get_test
