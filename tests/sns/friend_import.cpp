#include "timrest/sns/friend_import.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_import_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34903.
constexpr std::string_view page_basic = R"({
    "From_Account":"id",
    "AddFriendItem":
    [
        {
            "To_Account":"id1",
            "AddSource":"AddSource_Type_XXXXXXXX"
        }
    ]
})";

constexpr std::string_view page_complete = R"({
    "From_Account":"id",
    "AddFriendItem":
    [
        {
            "To_Account":"id1",
            "Remark":"remark1",
            "RemarkTime":1420000001,
            "GroupName":["Friends"],
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test1",
            "AddTime":1420000001,
            "CustomItem":
            [
                {
                    "Tag":"Tag_SNS_Custom_XXXX",
                    "Value":"Test"
                },
                {
                    "Tag":"Tag_SNS_Custom_YYYY",
                    "Value":0
                }
            ]
        }
    ]
})";

constexpr std::string_view page_batch = R"({
    "From_Account":"id",
    "AddFriendItem":
    [
        {
            "To_Account":"id1",
            "AddSource":"AddSource_Type_XXXXXXXX"
        },
        {
            "To_Account":"id2",
            "Remark":"remark2",
            "RemarkTime":1420000001,
            "GroupName":["Friends"],
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test2",
            "AddTime":1420000001
        },
        {
            "To_Account":"id3",
            "Remark":"remark3",
            "RemarkTime":1420000001,
            "GroupName":["Colleagues","Friends"],
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test3",
            "AddTime":1420000001,
            "CustomItem":
            [
                {
                    "Tag":"Tag_SNS_Custom_XXXX",
                    "Value":"Test"
                },
                {
                    "Tag":"Tag_SNS_Custom_YYYY",
                    "Value":0
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
			"ResultCode":30010,
			"ResultInfo":"Err_SNS_FriendImport_My_Friend_Num_Exceed_Threshold"
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

sns::import_friend_item item(std::string to) {
    return {.To_Account = std::move(to), .AddSource = "AddSource_Type_Web"};
}

}  // namespace

TEST_CASE("friend_import: each request on the page decodes, validates and re-encodes to the same JSON", "[sns]") {
    page_request<sns::friend_import_request>(page_basic);
    const auto complete = page_request<sns::friend_import_request>(page_complete);
    const auto& first = (*complete.AddFriendItem)[0];
    CHECK(first.RemarkTime == 1420000001);
    REQUIRE(first.CustomItem);
    CHECK((*first.CustomItem)[1].Value->as_int64() == 0);
    const auto batch = page_request<sns::friend_import_request>(page_batch);
    CHECK((*batch.AddFriendItem)[2].GroupName->size() == 2);
}

TEST_CASE("friend_import: the page's replies decode, and item_failures names 30010 and 30002", "[sns]") {
    page_response<sns::friend_import_response>(page_response_basic);
    const auto batch = page_response<sns::friend_import_response>(page_response_batch);
    const auto failures = timrest::item_failures<sns::friend_import>(batch);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].code == 30010);
    CHECK(failures[0].meaning == sns::codes::friend_list_full.meaning);
    CHECK(failures[1].code == 30002);
}

TEST_CASE("friend_import: at most 1000 friends a call, each with a well-formed AddSource", "[sns]") {
    std::vector<sns::import_friend_item> many;
    for (int i = 0; i < 1001; ++i) many.push_back(item("u" + std::to_string(i)));
    sns::friend_import_request request{.From_Account = "alice", .AddFriendItem = many};
    CHECK(rendered(timrest::validate(request)) == std::vector<std::string>{"AddFriendItem: at most 1000 elements, got 1001"});
    many.pop_back();
    request.AddFriendItem = many;
    CHECK(timrest::validate(request).empty());
    STATIC_REQUIRE(sns::friend_import::max_batch == 1000);

    auto bad = item("bob");
    bad.AddSource = "Web";
    CHECK(rendered(timrest::validate(sns::friend_import_request{.From_Account = "alice", .AddFriendItem = {bad}})) ==
          std::vector<std::string>{"AddFriendItem[0].AddSource: \"AddSource_Type_\" followed by 1 to 8 letters "
                                   "(e.g. \"AddSource_Type_Android\"), got \"Web\""});
}

TEST_CASE("friend_import: AddSource is required in each item", "[sns]") {
    const auto bad = request_error<sns::friend_import_request>(
        R"({"From_Account":"id","AddFriendItem":[{"To_Account":"id1"}]})");
    CHECK(bad.path == "AddFriendItem[0].AddSource");
}

TEST_CASE("friend_import: its path, rate and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_import::path == "v4/sns/friend_import");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_import>());
    check_error_rows<sns::friend_import>({30001, 30002, 30003, 30004, 30006, 30007, 30008, 30010, 30011});
    check_error_table_unique<sns::friend_import>();
}

}  // namespace sns_friend_import_test
