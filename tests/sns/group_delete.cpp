#include "timrest/sns/group_delete.hpp"

#include <catch2/catch.hpp>

#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace sns_group_delete_test {

namespace {

using namespace timrest_test;
namespace sns = timrest::sns;

// The samples of https://www.tencentcloud.com/document/product/1047/34926.
constexpr std::string_view page_request_text = R"({
    "From_Account":"id",
    "GroupName":["group1","group2","group3"]
})";

constexpr std::string_view page_response_text = R"({
    "CurrentSequence": 4,
    "ActionStatus":"OK",
    "ErrorCode":0,
    "ErrorInfo":"0",
    "ErrorDisplay":""
})";

}  // namespace

TEST_CASE("group_delete: the page's request and reply decode and re-encode", "[sns]") {
    CHECK(page_request<sns::group_delete_request>(page_request_text).GroupName->size() == 3);
    CHECK(page_response<sns::group_delete_response>(page_response_text).CurrentSequence == 4);
}

TEST_CASE("group_delete: GroupName needs at least one name", "[sns]") {
    const auto empty = decode_request<sns::group_delete_request>(R"({"From_Account":"id","GroupName":[]})");
    CHECK(rendered(timrest::validate(empty)) == std::vector<std::string>{"GroupName: at least 1 element, got 0"});
}

TEST_CASE("group_delete: its path and error table follow the page", "[sns]") {
    STATIC_REQUIRE(sns::group_delete::path == "v4/sns/group_delete");
    STATIC_REQUIRE(timrest::detail::check_endpoint<sns::group_delete>());
    check_error_rows<sns::group_delete>({30001, 30003, 30004, 30006, 30007, 30008});
    check_error_table_unique<sns::group_delete>();
}

}  // namespace sns_group_delete_test
