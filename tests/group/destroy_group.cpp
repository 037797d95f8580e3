#include "timrest/group/destroy_group.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string_view>

namespace group_destroy_group_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34896.
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#2J4SZEAEL"
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("destroy_group: the page's request and reply decode, and the request re-encodes", "[group]") {
    CHECK(*page_request<group::destroy_group_request>(page_request_text).GroupId == "@TGS#2J4SZEAEL");
    page_response<group::destroy_group_response>(page_response_text);
}

TEST_CASE("destroy_group: GroupId is required", "[group]") {
    CHECK(request_error<group::destroy_group_request>("{}").to_string() == "GroupId: required field is missing");
}

TEST_CASE("destroy_group: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::destroy_group>("v4/group_open_http_svc/destroy_group", 200,
                                            {10002, 10003, 10004, 10007, 10010, 10015});
}

}  // namespace group_destroy_group_test
