#include "timrest/sns/friend_add.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_add_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34902, comments and all.
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
            "GroupName":"Classmates", // Each user can only be assigned to one friend list when the user is added as a friend. Therefore, we can use `String` as the data type.
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test1"
        }
    ],
    "AddType":"Add_Type_Both",
    "ForceAddFlags":1
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
            "GroupName":"Classmates", // Each user can only be assigned to one friend list when the user is added as a friend. Therefore, we can use `String` as the data type.
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test2"
        },
        {
            "To_Account":"id3",
            "Remark":"remark3",
            "GroupName":"Colleagues", // Each user can only be assigned to one friend list when the user is added as a friend. Therefore, we can use `String` as the data type.
            "AddSource":"AddSource_Type_XXXXXXXX",
            "AddWording":"I'm Test3"
        }
    ],
    "AddType":"Add_Type_Both",
    "ForceAddFlags":1
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
			"ResultCode":30006,
			"ResultInfo":"Err_SNS_FriendAdd_Unpack_Profile_Data_Fail"
		},
		{
			"To_Account":"id3",
			"ResultCode":30002,
			"ResultInfo":"Err_SNS_FriendAdd_SdkAppId_Illegal"
		}
	],
	"Fail_Account":["id2","id3"],
	"ActionStatus":"OK",
	"ErrorCode":0,
	"ErrorInfo":"",
	"ErrorDisplay":""
})";

sns::friend_add_request one(sns::add_friend_item item) {
    return {.From_Account = "alice", .AddFriendItem = {std::move(item)}};
}

}  // namespace

TEST_CASE("friend_add: each request on the page decodes, validates and re-encodes to the same JSON", "[sns]") {
    page_request<sns::friend_add_request>(page_basic);
    const auto complete = page_request<sns::friend_add_request>(page_complete);
    CHECK(complete.AddType == sns::add_type::Add_Type_Both);
    CHECK(*complete.ForceAddFlags == 1);
    CHECK((*complete.AddFriendItem)[0].GroupName == std::string_view("Classmates"));
    const auto batch = page_request<sns::friend_add_request>(page_batch);
    CHECK(batch.AddFriendItem->size() == 3);
}

TEST_CASE("friend_add: the page's replies decode, and item_failures reports the two failed accounts", "[sns]") {
    const auto basic = page_response<sns::friend_add_response>(page_response_basic);
    CHECK(basic.ResultItem.size() == 1);
    CHECK_FALSE(basic.Fail_Account);
    CHECK(timrest::item_failures<sns::friend_add>(basic).empty());

    const auto batch = page_response<sns::friend_add_response>(page_response_batch);
    CHECK(batch.Fail_Account == std::vector<std::string>{"id2", "id3"});
    const auto failures = timrest::item_failures<sns::friend_add>(batch);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].path == "ResultItem[1]");
    CHECK(failures[0].code == 30006);
    CHECK(failures[0].meaning == sns::codes::internal_error.meaning);
    CHECK(failures[1].path == "ResultItem[2]");
    CHECK(failures[1].code == 30002);
}

TEST_CASE("friend_add: AddSource must be AddSource_Type_ and a keyword of 1 to 8 letters", "[sns]") {
    CHECK(timrest::validate(one({.To_Account = "bob", .AddSource = "AddSource_Type_Android"})).empty());
    CHECK(timrest::validate(one({.To_Account = "bob"})).empty());  // optional on the newer page
    for (std::string bad : {"Android", "AddSource_Type_", "AddSource_Type_Android9", "AddSource_Type_TooLongKw",
                            "addsource_type_Web"}) {
        INFO(bad);
        CHECK(rendered(timrest::validate(one({.To_Account = "bob", .AddSource = bad}))) ==
              std::vector<std::string>{"AddFriendItem[0].AddSource: \"AddSource_Type_\" followed by 1 to 8 letters "
                                       "(e.g. \"AddSource_Type_Android\"), got \"" + bad + "\""});
    }
}

TEST_CASE("friend_add: AddType, ForceAddFlags, Remark, GroupName and AddWording are bounded", "[sns]") {
    auto request = one({.To_Account = "bob",
                        .Remark = std::string(97, 'r'),
                        .GroupName = std::string(31, 'g'),
                        .AddWording = std::string(257, 'w')});
    request.AddType = timrest::named<sns::add_type>::from_name("Add_Type_Mutual");
    request.ForceAddFlags = 2;
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"AddFriendItem[0].Remark: at most 96 bytes, got 97",
                                   "AddFriendItem[0].GroupName: at most 30 bytes, got 31",
                                   "AddFriendItem[0].AddWording: at most 256 bytes, got 257",
                                   "AddType: one of \"Add_Type_Single\", \"Add_Type_Both\", got \"Add_Type_Mutual\"",
                                   "ForceAddFlags: in [0, 1], got 2"});
    CHECK(rendered(timrest::validate(one({.To_Account = "bob", .GroupName = std::string()}))) ==
          std::vector<std::string>{"AddFriendItem[0].GroupName: at least 1 byte, got 0"});
}

TEST_CASE("friend_add: its path, rate and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_add::path == "v4/sns/friend_add");
    STATIC_REQUIRE(sns::friend_add::calls_per_second == 200);
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_add>());
    check_error_rows<sns::friend_add>({30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30009, 30010, 30011,
                                       30012, 30014, 30515, 30516, 30525, 30539, 30540});
    check_error_table_unique<sns::friend_add>();
    CHECK(timrest::find_error<sns::friend_add>(30006)->retryable);
    CHECK_FALSE(timrest::find_error<sns::friend_add>(30525)->retryable);
}

}  // namespace sns_friend_add_test
