#include "timrest/avchatroom/modify_admin.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace avchatroom_modify_admin_test {

namespace {

using namespace timrest_test;
namespace av = timrest::avchatroom;

// The samples of https://www.tencentcloud.com/document/product/1047/60525 (not among the stored pages; read
// through the search index).
constexpr std::string_view modify_request = R"({"GroupId":"@TGS#a6I4ZUUGO","CommandType": 1,"Admin_Account": ["user1"]})";
constexpr std::string_view modify_response = R"({"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": ""})";

}  // namespace

TEST_CASE("modify_admin: the page's request and reply decode, and the request re-encodes", "[avchatroom]") {
    const auto request = decode_request<av::modify_admin_request>(modify_request);
    CHECK(*request.CommandType == av::command_type::set);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(modify_request));
    decode_response<av::modify_admin_response>(modify_response);
}

TEST_CASE("modify_admin: 1 to 5 accounts, since a live group has at most 5 administrators", "[avchatroom]") {
    std::vector<timrest::user_id> six(6, timrest::user_id("u"));
    CHECK(rendered(timrest::validate(av::modify_admin_request{
              .GroupId = "g", .CommandType = av::command_type::remove, .Admin_Account = six})) ==
          std::vector<std::string>{"Admin_Account: at most 5 elements, got 6"});
    STATIC_REQUIRE(av::modify_admin::max_batch == 5);
}

TEST_CASE("modify_admin: the error table holds the live-group codes once each", "[avchatroom]") {
    check_error_rows<av::modify_admin>({10001, 10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<av::modify_admin>();
    STATIC_REQUIRE(av::modify_admin::path == "v4/group_open_avchatroom_http_svc/modify_admin");
}

}  // namespace avchatroom_modify_admin_test
