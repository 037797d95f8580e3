#include "timrest/avchatroom/get_members.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string_view>

namespace avchatroom_get_members_test {

namespace {

using namespace timrest_test;
namespace av = timrest::avchatroom;

// The samples of https://www.tencentcloud.com/document/product/1047/50293.
constexpr std::string_view page_request = R"({
    "GroupId":"@TGS#a6I4ZUUGO",
    "Timestamp": 0
})";

constexpr std::string_view page_request_mark = R"({
    "GroupId":"@TGS#a6I4ZUUGO",
    "Mark": 1000,
    "Timestamp": 0
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "MemberList": [
        {
            "JoinTime": 1657773110,
            "Member_Account": "teacher2",
            "NickName": "Teacher t02",
            "Avatar": "http://www.example.com/teacher2.jpg"
        }
    ],
    "NextTimestamp": 0
})";

av::get_members_response page(std::int64_t next) {
    av::get_members_response r;
    r.NextTimestamp = next;
    return r;
}

}  // namespace

TEST_CASE("get_members: each request on the page decodes, validates and re-encodes to the same JSON",
          "[avchatroom]") {
    for (auto text : {page_request, page_request_mark}) {
        const auto request = decode_request<av::get_members_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(decode_request<av::get_members_request>(page_request_mark).Mark == 1000u);
}

TEST_CASE("get_members: the page's reply decodes to its member and the last-page cursor", "[avchatroom]") {
    const auto response = decode_response<av::get_members_response>(page_response);
    REQUIRE(response.MemberList.size() == 1);
    CHECK(response.MemberList[0].Member_Account == "teacher2");
    CHECK(response.MemberList[0].JoinTime == 1657773110);
    CHECK(response.MemberList[0].NickName == std::optional<std::string>("Teacher t02"));
    CHECK(response.NextTimestamp == 0);
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("get_members: a NextTimestamp of 0 ends the walk; any other is the next request's Timestamp",
          "[avchatroom]") {
    CHECK(av::get_members::paging.done(page(0)));
    CHECK_FALSE(av::get_members::paging.done(page(1700000000123)));
    av::get_members_request next{.GroupId = "@TGS#a6I4ZUUGO", .Mark = 1000u};
    CHECK(av::get_members::paging.advance(page(1700000000123), next));
    CHECK(next.Timestamp == 1700000000123);
    CHECK(next.Mark == 1000u);
    CHECK_FALSE(av::get_members::paging.advance(page(1700000000123), next));
}

TEST_CASE("get_members: the error table holds the page's codes once each", "[avchatroom]") {
    check_error_rows<av::get_members>({10001, 10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<av::get_members>();
    CHECK(timrest::find_error<av::get_members>(10001)->auth);
    STATIC_REQUIRE(av::get_members::path == "v4/group_open_avchatroom_http_svc/get_members");
    STATIC_REQUIRE(av::get_members::calls_per_second == 200);
}

}  // namespace avchatroom_get_members_test
