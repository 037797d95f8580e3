#include "timrest/avchatroom/modify_user_info.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace avchatroom_modify_user_info_test {

namespace {

using namespace timrest_test;
namespace av = timrest::avchatroom;

// The samples of the stored page (group_open_avchatroom_http_svc.modify_user_info.b1.md), trailing commas and
// all.
constexpr std::string_view page_request_set = R"({
    "GroupId": "@TGS#a6I4ZUUGO",
    "CommandType": 1,
    "MemberList": [
        {
            "Member_Account": "teacher10",
            "Marks": [1000]
        },
        {
            "Member_Account": "student9",
            "Marks": [1001]
        },
    ]
})";

constexpr std::string_view page_request_remove = R"({
    "GroupId": "@TGS#a6I4ZUUGO",
    "CommandType": 2,
    "MemberList": [
        {
            "Member_Account": "teacher10",
            "Marks": [1000]
        },
        {
            "Member_Account": "student9",
            "Marks": [1001]
        },
    ]
})";

constexpr std::string_view page_response = R"({
    "ActionStatus": "OK",
    "ErrorCode": 0,
    "ErrorInfo": "",
    "CommandType": 1,
    "MemberList": [
        {
            "Member_Account": "teacher10",
            "Marks": [1000]
        },
        {
            "Member_Account": "student9",
            "Marks": [1001]
        }
    ]
})";

}  // namespace

TEST_CASE("modify_user_info: each request on the page decodes, validates and re-encodes to the same JSON",
          "[avchatroom]") {
    for (auto text : {page_request_set, page_request_remove}) {
        const auto request = decode_request<av::modify_user_info_request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
    CHECK(*decode_request<av::modify_user_info_request>(page_request_remove).CommandType == av::command_type::remove);
}

TEST_CASE("modify_user_info: the page's reply decodes to the marked members", "[avchatroom]") {
    const auto response = decode_response<av::modify_user_info_response>(page_response);
    CHECK(response.CommandType == av::command_type::set);
    REQUIRE(response.MemberList.size() == 2);
    CHECK(response.MemberList[1].Member_Account == "student9");
    CHECK(response.MemberList[1].Marks == std::vector<std::uint32_t>{1001});
    CHECK(timrest::to_json(response) == without_envelope(page_response));
}

TEST_CASE("modify_user_info: a mark is 500, 600 or at least 1000", "[avchatroom]") {
    auto request = [](std::uint32_t m) {
        return av::modify_user_info_request{
            .GroupId = "g", .CommandType = av::command_type::set,
            .MemberList = {av::member_marks{.Member_Account = "bob", .Marks = {av::mark(m)}}}};
    };
    CHECK(timrest::validate(request(500)).empty());
    CHECK(timrest::validate(request(600)).empty());
    CHECK(timrest::validate(request(1000)).empty());
    CHECK(rendered(timrest::validate(request(999))) ==
          std::vector<std::string>{"MemberList[0].Marks[0]: 500, 600 or at least 1000, got 999"});
}

TEST_CASE("modify_user_info: CommandType is 1 or 2", "[avchatroom]") {
    const av::modify_user_info_request r{
        .GroupId = "g", .CommandType = static_cast<av::command_type>(3),
        .MemberList = {av::member_marks{.Member_Account = "bob", .Marks = {av::mark(1000)}}}};
    CHECK(rendered(timrest::validate(r)) ==
          std::vector<std::string>{"CommandType: one of 1 (set), 2 (remove), got 3"});
}

TEST_CASE("modify_user_info: 1 to 500 members, 1 to 10 marks each", "[avchatroom]") {
    std::vector<av::member_marks> many(501, av::member_marks{.Member_Account = "bob", .Marks = {av::mark(1000)}});
    CHECK(rendered(timrest::validate(av::modify_user_info_request{
              .GroupId = "g", .CommandType = av::command_type::set, .MemberList = many})) ==
          std::vector<std::string>{"MemberList: at most 500 elements, got 501"});
    std::vector<av::mark> marks(11, av::mark(1000));
    const av::modify_user_info_request eleven{
        .GroupId = "g", .CommandType = av::command_type::set,
        .MemberList = {av::member_marks{.Member_Account = "bob", .Marks = marks}}};
    CHECK(rendered(timrest::validate(eleven)) ==
          std::vector<std::string>{"MemberList[0].Marks: at most 10 elements, got 11"});
    STATIC_REQUIRE(av::modify_user_info::max_batch == 500);
}

TEST_CASE("modify_user_info: the error table holds the page's codes once each", "[avchatroom]") {
    check_error_rows<av::modify_user_info>({10001, 10002, 10003, 10004, 10007, 10010, 10015});
    check_error_table_unique<av::modify_user_info>();
    STATIC_REQUIRE(av::modify_user_info::path == "v4/group_open_avchatroom_http_svc/modify_user_info");
}

}  // namespace avchatroom_modify_user_info_test
