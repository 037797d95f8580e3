#include "timrest/group_msg/get_online_member_num.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_msg_get_online_member_num_test {

namespace {

using namespace timrest_test;
namespace group_msg = timrest::group_msg;

// The samples of https://www.tencentcloud.com/document/product/1047/38521.
constexpr std::string_view page_request = R"({
    "GroupId":"@TGS#a6I4ZUUGO"
})";

constexpr std::string_view page_response = R"({
    "ActionStatus":"OK",
    "ErrorInfo":"",
    "ErrorCode": 0,
    "OnlineMemberNum":1000 // Number of online users
})";

}  // namespace

TEST_CASE("get_online_member_num: the page's request decodes, validates and re-encodes; its reply decodes",
          "[group_msg]") {
    const auto request = decode_request<group_msg::get_online_member_num_request>(page_request);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(page_request));
    const auto response = decode_response<group_msg::get_online_member_num_response>(page_response);
    CHECK(response.OnlineMemberNum == 1000);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("get_online_member_num: GroupId is required", "[group_msg]") {
    CHECK(request_error<group_msg::get_online_member_num_request>("{}").path == "GroupId");
}

TEST_CASE("get_online_member_num: the error table holds the page's codes once each", "[group_msg]") {
    check_error_rows<group_msg::get_online_member_num>({10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<group_msg::get_online_member_num>();
}

}  // namespace group_msg_get_online_member_num_test
