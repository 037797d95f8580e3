#include "timrest/avchatroom/get_admin_list.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace avchatroom_get_admin_list_test {

namespace {

using namespace timrest_test;
namespace av = timrest::avchatroom;

// The samples of https://www.tencentcloud.com/document/product/1047/60524 (not among the stored pages; read
// through the search index).
constexpr std::string_view admins_request = R"({"GroupId":"@TGS#a6I4ZUUGO"})";
constexpr std::string_view admins_response =
    R"({"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","Admin_List": [{"Admin_Account": "user1","Avatar": "https://example.com/abc.jpg","NickName": "AA"},{"Admin_Account": "116400","Avatar": "","NickName": "Charles 2"}]})";

}  // namespace

TEST_CASE("get_admin_list: the page's request and reply decode, and the request re-encodes", "[avchatroom]") {
    const auto request = decode_request<av::get_admin_list_request>(admins_request);
    CHECK(timrest::to_json(request) == sample(admins_request));
    const auto response = decode_response<av::get_admin_list_response>(admins_response);
    REQUIRE(response.Admin_List.size() == 2);
    CHECK(response.Admin_List[0].Admin_Account == "user1");
    CHECK(response.Admin_List[1].Avatar == std::optional<std::string>(""));
    CHECK(timrest::to_json(response) == without_envelope(admins_response));
    STATIC_REQUIRE(av::get_admin_list::calls_per_second == 200);
}

TEST_CASE("get_admin_list: the error table holds the live-group codes once each", "[avchatroom]") {
    check_error_rows<av::get_admin_list>({10001, 10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<av::get_admin_list>();
    STATIC_REQUIRE(av::get_admin_list::path == "v4/group_open_avchatroom_http_svc/get_admin_list");
}

}  // namespace avchatroom_get_admin_list_test
