#include "timrest/sns/group_add.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_group_add_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34950.
constexpr std::string_view page_basic = R"({
    "From_Account":"id",
    "GroupName":["group1","group2","group3"]
})";

constexpr std::string_view page_complete = R"({
    "From_Account":"id",
    "GroupName":["group1","group2","group3"],
    "To_Account":["id1","id2","id3"]
})";

constexpr std::string_view page_response_basic = R"({
    "CurrentSequence": 2,
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

constexpr std::string_view page_response_complete = R"({
    "ResultItem":
    [
        {
            "To_Account": "id1",
            "ResultCode": 0,
            "ResultInfo": ""
        },
        {
            "To_Account": "id2",
            "ResultCode": 32216,
            "ResultInfo": "Err_SNS_GroupAdd_ToTinyId_Not_Friend"
        },
        {
            "To_Account": "id3",
            "ResultCode": 30002,
            "ResultInfo": "ERR_SDKAPPID_ILLEGAL"
        }
    ],
    "Fail_Account":["id2","id3"],
    "CurrentSequence": 3,
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("group_add: both requests on the page decode, validate and re-encode to the same JSON", "[sns]") {
    CHECK_FALSE(page_request<sns::group_add_request>(page_basic).To_Account);
    CHECK(page_request<sns::group_add_request>(page_complete).To_Account->size() == 3);
}

TEST_CASE("group_add: both replies decode; 32216 (not a friend) is reported with its meaning", "[sns]") {
    const auto basic = page_response<sns::group_add_response>(page_response_basic);
    CHECK(basic.CurrentSequence == 2);
    CHECK_FALSE(basic.ResultItem);
    const auto failures =
        timrest::item_failures<sns::group_add>(page_response<sns::group_add_response>(page_response_complete));
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].code == 32216);
    CHECK(failures[0].meaning == sns::codes::group_member_not_friend.meaning);
}

TEST_CASE("group_add: list names are 1 to 30 bytes, and at most 32 of them", "[sns]") {
    std::vector<sns::list_name> names;
    for (int i = 0; i < 33; ++i) names.emplace_back("g" + std::to_string(i));
    names[0] = std::string(31, 'x');
    names[1] = std::string();
    const sns::group_add_request request{.From_Account = "alice", .GroupName = names};
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"GroupName: at most 32 elements, got 33", "GroupName[0]: at most 30 bytes, got 31",
                                   "GroupName[1]: at least 1 byte, got 0"});
}

TEST_CASE("group_add: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::group_add::path == "v4/sns/group_add");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::group_add>());
    check_error_rows<sns::group_add>({30001, 30002, 30003, 30004, 30006, 30007, 30008, 30011, 32216});
    check_error_table_unique<sns::group_add>();
}

}  // namespace sns_group_add_test
