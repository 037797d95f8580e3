#include "timrest/group/get_specified_group_member_info.hpp"

#include <catch2/catch.hpp>

#include "group/declaration.hpp"
#include "sns/page_samples.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace group_get_specified_group_member_info_test {

namespace {

using namespace timrest_test;
namespace group = timrest::group;

// The request samples of https://www.tencentcloud.com/document/product/1047/64897 that could be read.
constexpr std::string_view page_basic = R"({
    "GroupId":"@TGS#2KIFZCIPQ", // Group ID (required)
    "Member_List_Account" : ["bob","peter"] // UserId list of specified group member(required)
})";
constexpr std::string_view page_fields = R"({
    "GroupId":"@TGS#2KIFZCIPQ", // Group ID (required)
    "Member_List_Account" : ["bob","peter"], // UserId list of specified group member(required)
    "MemberInfoFilter": [ // Information to pull, where `Member_Account` is included by default. If this field is not specified, all group member information will be pulled.
        "Role",
        "JoinTime",
        "MsgSeq",
        "MsgFlag",
        "LastSendMsgTime",
        "MuteUntil",
        "NameCard",
        "OnlineStatus"
    ]
})";

}  // namespace

TEST_CASE("get_specified_group_member_info: the page's requests decode, validate and re-encode", "[group]") {
    CHECK(page_request<group::get_specified_group_member_info_request>(page_basic).Member_List_Account->size() == 2);
    const auto fields = page_request<group::get_specified_group_member_info_request>(page_fields);
    CHECK(fields.MemberInfoFilter->back() == group::member_info_field::OnlineStatus);
}

TEST_CASE("get_specified_group_member_info: a reply lists member profiles", "[group]") {
    const auto r = decode_response<group::get_specified_group_member_info_response>(
        R"({"MemberList":[{"Member_Account":"bob","Role":"Admin","OnlineStatus":"Online"}]})");
    REQUIRE(r.MemberList.size() == 1);
    CHECK(r.MemberList[0].Role == group::member_role::Admin);
    CHECK(r.MemberList[0].OnlineStatus == "Online");
}

TEST_CASE("get_specified_group_member_info: 1 to 50 members a call", "[group]") {
    CHECK(rendered(timrest::validate(
              group::get_specified_group_member_info_request{.GroupId = "g", .Member_List_Account = user_ids(51)})) ==
          std::vector<std::string>{"Member_List_Account: at most 50 elements, got 51"});
    CHECK(timrest::validate(
              group::get_specified_group_member_info_request{.GroupId = "g", .Member_List_Account = user_ids(50)})
              .empty());
}

TEST_CASE("get_specified_group_member_info: its path, rate and error table", "[group]") {
    check_declaration<group::get_specified_group_member_info>("v4/group_open_http_svc/get_specified_group_member_info",
                                                              200, {10004, 10010});
}

}  // namespace group_get_specified_group_member_info_test
