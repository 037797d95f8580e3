#include "timrest/avchatroom/check_members.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace avchatroom_check_members_test {

namespace {

using namespace timrest_test;
namespace av = timrest::avchatroom;

// The samples of https://www.tencentcloud.com/document/product/1047/60523 (not among the stored pages; read
// through the search index).
constexpr std::string_view check_request = R"({"GroupId":"@TGS#a6I4ZUUGO","Member_Account": ["245000","202200","239017","361697"]})";
constexpr std::string_view check_response =
    R"({"ActionStatus": "OK","ErrorCode": 0,"ErrorInfo": "","Member_Account": ["245000", "239017"]})";

}  // namespace

TEST_CASE("check_members: the page's request and reply decode, and the request re-encodes", "[avchatroom]") {
    const auto request = decode_request<av::check_members_request>(check_request);
    CHECK(request.Member_Account->size() == 4);
    CHECK(timrest::validate(request).empty());
    CHECK(timrest::to_json(request) == sample(check_request));
    const auto response = decode_response<av::check_members_response>(check_response);
    CHECK(response.Member_Account == std::vector<std::string>{"245000", "239017"});
    CHECK(timrest::to_json(response) == without_envelope(check_response));
}

TEST_CASE("check_members: at least one user, each a valid UserID", "[avchatroom]") {
    std::vector<timrest::user_id> none;
    CHECK(rendered(timrest::validate(av::check_members_request{.GroupId = "g", .Member_Account = none})) ==
          std::vector<std::string>{"Member_Account: at least 1 element, got 0"});
    CHECK(rendered(timrest::validate(av::check_members_request{.GroupId = "g", .Member_Account = {std::string(33, 'u')}})) ==
          std::vector<std::string>{"Member_Account[0]: at most 32 bytes, got 33"});
}

TEST_CASE("check_members: the error table holds the live-group codes once each", "[avchatroom]") {
    check_error_rows<av::check_members>({10001, 10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<av::check_members>();
    STATIC_REQUIRE(av::check_members::path == "v4/group_open_avchatroom_http_svc/check_members");
}

}  // namespace avchatroom_check_members_test
