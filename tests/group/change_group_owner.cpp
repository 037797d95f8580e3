#include "timrest/group/change_group_owner.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_change_group_owner_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34966.
constexpr std::string_view page_request_text = R"({
    "GroupId": "@TGS#1NVTZEAE4",  // (Required) ID of the group whose ownership is to be transferred
    "NewOwner_Account": "peter" // (Required) ID of the new group owner
})";
constexpr std::string_view page_response_text = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode":0
})";

}  // namespace

TEST_CASE("change_group_owner: the page's request and reply decode, and the request re-encodes", "[group]") {
    const auto r = page_request<group::change_group_owner_request>(page_request_text);
    CHECK(*r.NewOwner_Account == std::string_view("peter"));
    page_response<group::change_group_owner_response>(page_response_text);
}

TEST_CASE("change_group_owner: NewOwner_Account is a UserID of 1 to 32 bytes", "[group]") {
    CHECK(rendered(timrest::validate(
              group::change_group_owner_request{.GroupId = "g", .NewOwner_Account = std::string(33, 'u')})) ==
          std::vector<std::string>{"NewOwner_Account: at most 32 bytes, got 33"});
}

TEST_CASE("change_group_owner: its path, rate and error table follow the page", "[group]") {
    check_declaration<group::change_group_owner>("v4/group_open_http_svc/change_group_owner", 200,
                                                 {10002, 10004, 10007, 10010, 10015});
}

}  // namespace group_change_group_owner_test
