#include "timrest/sns/friend_update.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_update_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34904.
constexpr std::string_view page_basic = R"({
    "From_Account":"id",
    "UpdateItem":
    [
        {
            "To_Account":"id1",
            "SnsItem":
            [
                {
                    "Tag":"Tag_SNS_IM_Remark",
                    "Value":"remark1"
                }
            ]
        }
    ]
})";

constexpr std::string_view page_complete = R"({
    "From_Account":"id",
    "UpdateItem":
    [
        {
            "To_Account":"id1",
            "SnsItem":
            [
                {
                    "Tag":"Tag_SNS_IM_Remark",
                    "Value":"remark1"
                },
                {
                    "Tag":"Tag_SNS_IM_Group",
                    "Value":
                    [
                        "group1",
                        "group2"
                    ]
                },
                {
                    "Tag":"Tag_SNS_Custom_Test",
                    "Value":"test"
                }
            ]
        }
    ]
})";

constexpr std::string_view page_batch = R"({
    "From_Account":"id",
    "UpdateItem":
    [
        {
            "To_Account":"id1",
            "SnsItem":
            [
                {
                    "Tag":"Tag_SNS_IM_Remark",
                    "Value":"remark1"
                }
            ]
        },
        {
            "To_Account":"id2",
            "SnsItem":
            [
                {
                    "Tag":"Tag_SNS_IM_Remark",
                    "Value":"remark2"
                },
                {
                    "Tag":"Tag_SNS_IM_Group",
                    "Value":
                    [
                        "group1",
                        "group2"
                    ]
                }
            ]
        },
        {
            "To_Account":"id3",
            "SnsItem":
            [
                {
                    "Tag":"Tag_SNS_IM_Remark",
                    "Value":"remark3"
                },
                {
                    "Tag":"Tag_SNS_IM_Group",
                    "Value":
                    [
                        "group3"
                    ]
                },
                {
                    "Tag":"Tag_SNS_Custom_Test",
                    "Value":"test"
                }
            ]
        }
    ]
})";

constexpr std::string_view page_response_basic = R"({
	"ResultItem":
	[
		{
			"To_Account":"id1",
			"ResultCode":0,
			"ResultInfo":""
		}
	],
	"ActionStatus":"OK",
	"ErrorCode":0,
	"ErrorInfo":"",
	"ErrorDisplay":""
})";

constexpr std::string_view page_response_batch = R"({
	"ResultItem":
	[
		{
			"To_Account":"id1",
			"ResultCode":0,
			"ResultInfo":""
		},
		{
			"To_Account":"id2",
			"ResultCode":30011,
			"ResultInfo":"Err_SNS_FriendUpdate_Group_Num_Exceed_Threshold"
		},
		{
			"To_Account":"id3",
			"ResultCode":30002,
			"ResultInfo":"Err_SNS_FriendImport_SdkAppId_Illegal"
		}
	],
	"Fail_Account":["id2","id3"],
	"ActionStatus":"OK",
	"ErrorCode":0,
	"ErrorInfo":"",
	"ErrorDisplay":""
})";

}  // namespace

TEST_CASE("friend_update: each request on the page decodes, validates and re-encodes to the same JSON", "[sns]") {
    page_request<sns::friend_update_request>(page_basic);
    const auto complete = page_request<sns::friend_update_request>(page_complete);
    const auto& items = *(*complete.UpdateItem)[0].SnsItem;
    CHECK(items[1].Tag == "Tag_SNS_IM_Group");
    CHECK(items[1].Value.as_array().size() == 2);
    page_request<sns::friend_update_request>(page_batch);
}

TEST_CASE("friend_update: the page's replies decode, and item_failures names 30011 and 30002", "[sns]") {
    page_response<sns::friend_update_response>(page_response_basic);
    const auto failures =
        timrest::item_failures<sns::friend_update>(page_response<sns::friend_update_response>(page_response_batch));
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].code == 30011);
    CHECK(failures[0].meaning == sns::codes::too_many_lists.meaning);
}

TEST_CASE("friend_update: an update item needs at least one field", "[sns]") {
    const sns::friend_update_request request{
        .From_Account = "alice", .UpdateItem = {sns::update_item{.To_Account = "bob", .SnsItem = std::vector<sns::tag_value>{}}}};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"UpdateItem[0].SnsItem: at least 1 element, got 0"});
}

TEST_CASE("friend_update: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_update::path == "v4/sns/friend_update");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_update>());
    check_error_rows<sns::friend_update>({30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30011});
    check_error_table_unique<sns::friend_update>();
}

}  // namespace sns_friend_update_test
