#include "timrest/group/get_appid_group_list.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_appid_group_list_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The samples of https://www.tencentcloud.com/document/product/1047/34960, and of the RESTful API overview's
// sample call, which uses this endpoint.
constexpr std::string_view page_basic = R"({})";
constexpr std::string_view page_paged = R"({
    "Limit": 1000,
    "Next": 0
})";
constexpr std::string_view page_type = R"({
    "GroupType" : "Public" // Type of groups to be pulled. If this parameter is not specified, all types of groups will be pulled.
})";
constexpr std::string_view page_all_in_one = R"({
    "Limit": 1000,
    "Next": 0,
    "GroupType" : "Public" // Type of groups to be pulled. If this parameter is not specified, all types of groups will be pulled.
})";
constexpr std::string_view overview_request = R"({
    "Limit": 2
})";

constexpr std::string_view page_reply = R"({
    "ActionStatus": "OK",
    "ErrorInfo": "",
    "ErrorCode": 0,
    "TotalCount": 2,
    "GroupIdList": [
        {
            "GroupId": "@TGS#2J4SZEAEL"
        },
        {
            "GroupId": "@TGS#2C5SZEAEF"
        }
    ],
    "Next": 4454685361
})";

// The overview's reply has no Next: the walk takes it as 0, the last page.
constexpr std::string_view overview_response = R"({
    "ActionStatus": "OK", 
    "ErrorCode": 0, 
    "GroupIdList": [
        {
            "GroupId": "@TGS#1YTTZEAEG"
        }, 
        {
            "GroupId": "@TGS#1KVTZEAEZ"
        }
    ], 
    "TotalCount": 58530
})";

}  // namespace

TEST_CASE("get_appid_group_list: each request on the pages decodes, validates and re-encodes to the same JSON",
          "[group]") {
    CHECK_FALSE(page_request<group::get_appid_group_list_request>(page_basic).Limit);
    CHECK(page_request<group::get_appid_group_list_request>(page_paged).Next == 0u);
    CHECK(page_request<group::get_appid_group_list_request>(page_type).GroupType == group::group_type::Public);
    const auto all = page_request<group::get_appid_group_list_request>(page_all_in_one);
    CHECK(*all.Limit == 1000u);
    CHECK(*page_request<group::get_appid_group_list_request>(overview_request).Limit == 2u);
}

TEST_CASE("get_appid_group_list: the replies decode; a Next above 2^32 survives", "[group]") {
    const auto r = page_response<group::get_appid_group_list_response>(page_reply);
    CHECK(r.TotalCount == 2);
    REQUIRE(r.GroupIdList.size() == 2);
    CHECK(r.GroupIdList[1].GroupId == "@TGS#2C5SZEAEF");
    CHECK(r.Next == 4454685361u);
    auto overview = timrest::blank<group::get_appid_group_list_response>();
    REQUIRE_FALSE(timrest::from_json(sample(overview_response), overview, timrest::unknown_keys::ignore,
                                     timrest::absent_fields::keep_defaults));
    CHECK(overview.TotalCount == 58530);
    CHECK(overview.Next == 0);
}

TEST_CASE("get_appid_group_list: pages follow Next until a reply's Next is 0", "[group]") {
    constexpr auto& rule = group::get_appid_group_list::paging;
    group::get_appid_group_list_request next{.Limit = 2u, .Next = 0u};
    group::get_appid_group_list_response page;
    page.Next = 4454685361u;
    CHECK_FALSE(rule.done(page));
    CHECK(rule.advance(page, next));
    CHECK(next.Next == 4454685361u);
    page.Next = 0;
    CHECK(rule.done(page));
}

TEST_CASE("get_appid_group_list: Limit is 1..10000 and GroupType one of the group types", "[group]") {
    auto r = decode_request<group::get_appid_group_list_request>(R"({"Limit":10001,"GroupType":"BChatRoom"})");
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"Limit: in [1, 10000], got 10001",
                                   "GroupType: one of \"Private\", \"Public\", \"ChatRoom\", \"AVChatRoom\", "
                                   "\"Community\", got \"BChatRoom\""});
    CHECK(rendered(timrest::validate(decode_request<group::get_appid_group_list_request>(R"({"Limit":0})"))) ==
          std::vector<std::string>{"Limit: in [1, 10000], got 0"});
}

TEST_CASE("get_appid_group_list: its path, rate of 1 a second and error table follow the page", "[group]") {
    check_declaration<group::get_appid_group_list>("v4/group_open_http_svc/get_appid_group_list", 1,
                                                   {10002, 10004, 10007, 10018});
}

}  // namespace group_get_appid_group_list_test
