#include "timrest/sns/friend_delete.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_friend_delete_test {

// The samples of https://www.tencentcloud.com/document/product/1047/34905.

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

constexpr std::string_view page_one_way = R"({
    "From_Account":"id",
    "To_Account":["id1","id2","id3"],
    "DeleteType":"Delete_Type_Single"
})";

constexpr std::string_view page_two_way = R"({
    "From_Account":"id",
    "To_Account":["id1","id2","id3"],
    "DeleteType":"Delete_Type_Both"
})";

constexpr std::string_view page_reply = R"({
    "ResultItem":
    [
        {
            "To_Account":"id1",
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id2",
            "ResultCode":0,
            "ResultInfo":""
        },
        {
            "To_Account":"id3",
            "ResultCode":0,
            "ResultInfo":""
        }
    ],
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"0",
    "ErrorDisplay":""
})";

}  // namespace

TEST_CASE("friend_delete: both requests on the page decode, validate and re-encode to the same JSON", "[sns]") {
    CHECK(page_request<sns::friend_delete_request>(page_one_way).DeleteType == sns::delete_type::Delete_Type_Single);
    CHECK(page_request<sns::friend_delete_request>(page_two_way).DeleteType == sns::delete_type::Delete_Type_Both);
    const auto response = page_response<sns::friend_delete_response>(page_reply);
    CHECK(response.ResultItem.size() == 3);
}

TEST_CASE("friend_delete: at most 1000 accounts, and DeleteType from its set", "[sns]") {
    sns::friend_delete_request request{.From_Account = "alice", .To_Account = user_ids(1001)};
    request.DeleteType = timrest::named<sns::delete_type>::from_name("Delete_Type_All");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"To_Account: at most 1000 elements, got 1001",
                                   "DeleteType: one of \"Delete_Type_Single\", \"Delete_Type_Both\", got \"Delete_Type_All\""});
    request.To_Account = user_ids(1000);
    request.DeleteType = sns::delete_type::Delete_Type_Both;
    CHECK(timrest::validate(request).empty());
    STATIC_REQUIRE(sns::friend_delete::max_batch == 1000);
}

TEST_CASE("friend_delete: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_delete::path == "v4/sns/friend_delete");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_delete>());
    check_error_rows<sns::friend_delete>({30001, 30002, 30003, 30004, 30006, 30007, 30008, 31704, 31707});
    check_error_table_unique<sns::friend_delete>();
}

}  // namespace sns_friend_delete_test
