#include "timrest/sns/friend_delete_all.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string_view>

namespace sns_friend_delete_all_test {

// The samples of https://www.tencentcloud.com/document/product/1047/34906.

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

constexpr std::string_view page_all_one_way = R"({
    "From_Account":"id"
})";

constexpr std::string_view page_all_two_way = R"({
    "From_Account":"id",
    "DeleteType":"Delete_Type_Both"
})";

constexpr std::string_view page_all_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "ErrorDisplay": ""
})";

}  // namespace

TEST_CASE("friend_delete_all: both requests and the reply on the page decode and re-encode", "[sns]") {
    CHECK_FALSE(page_request<sns::friend_delete_all_request>(page_all_one_way).DeleteType);
    CHECK(page_request<sns::friend_delete_all_request>(page_all_two_way).DeleteType == sns::delete_type::Delete_Type_Both);
    page_response<sns::friend_delete_all_response>(page_all_response);
}

TEST_CASE("friend_delete_all: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::friend_delete_all::path == "v4/sns/friend_delete_all");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::friend_delete_all>());
    check_error_rows<sns::friend_delete_all>({30001, 30003, 30004, 30006, 30007, 30008});
    check_error_table_unique<sns::friend_delete_all>();
    CHECK(timrest::find_error<sns::friend_delete_all>(30002) == nullptr);  // not on this page
}

}  // namespace sns_friend_delete_all_test
