#include "timrest/recentcontact/create_contact_group.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_create_contact_group_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::contact_item;
using rc::create_contact_group;
using rc::create_contact_group_request;
using rc::create_contact_group_response;
using rc::group_contact_item;

// Spec §3.3's example, one line each.
constexpr std::string_view spec_request =
    R"({"From_Account":"alice","GroupContactItem":[{"GroupName":"work","ContactItem":[{"Type":1,"To_Account":"bob"},{"Type":2,"ToGroupId":"@TGS#2ABCDEF"}]}]})";
constexpr std::string_view spec_response =
    R"({"GroupResultItem":[{"GroupItem":{"GroupName":"work","GroupId":3},)"
    R"("ResultItem":[{"ContactItem":{"Type":1,"To_Account":"bob"},"ResultCode":0,"ResultInfo":""},)"
    R"({"ContactItem":{"Type":2,"ToGroupId":"@TGS#2ABCDEF"},"ResultCode":0,"ResultInfo":""}]}],)"
    R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";

create_contact_group_request request_named(std::string name) {
    return {.From_Account = "alice",
            .GroupContactItem = {group_contact_item{.GroupName = std::move(name), .ContactItem = {}}}};
}

}  // namespace

TEST_CASE("create_contact_group: the spec's sample request decodes and re-encodes to the same JSON",
          "[recentcontact]") {
    const auto request = decode_request<create_contact_group_request>(spec_request);
    CHECK(request.From_Account->str() == "alice");
    REQUIRE(request.GroupContactItem->size() == 1);
    const auto& group = (*request.GroupContactItem)[0];
    CHECK(group.GroupName->str() == "work");
    REQUIRE(group.ContactItem.size() == 2);
    CHECK(*group.ContactItem[0].Type == rc::conversation_type::c2c);
    REQUIRE(group.ContactItem[0].To_Account);
    CHECK(group.ContactItem[0].To_Account->str() == "bob");
    CHECK_FALSE(group.ContactItem[0].ToGroupId);
    CHECK(*group.ContactItem[1].Type == rc::conversation_type::group);
    CHECK(group.ContactItem[1].ToGroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK_FALSE(group.ContactItem[1].To_Account);

    CHECK(timrest::to_json(request) == json::parse(spec_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("create_contact_group: the spec's sample response decodes with the group and each conversation's result",
          "[recentcontact]") {
    const auto response = decode_response<create_contact_group_response>(spec_response);

    REQUIRE(response.GroupResultItem.size() == 1);
    const auto& result = response.GroupResultItem[0];
    CHECK(result.GroupItem.GroupName == "work");
    CHECK(result.GroupItem.GroupId == 3u);
    REQUIRE(result.ResultItem.size() == 2);
    CHECK(*result.ResultItem[0].ContactItem.Type == rc::conversation_type::c2c);
    REQUIRE(result.ResultItem[0].ContactItem.To_Account);
    CHECK(result.ResultItem[0].ContactItem.To_Account->str() == "bob");
    CHECK(result.ResultItem[0].ResultCode == 0);
    CHECK(result.ResultItem[0].ResultInfo.empty());
    CHECK(*result.ResultItem[1].ContactItem.Type == rc::conversation_type::group);
    CHECK(result.ResultItem[1].ContactItem.ToGroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK(result.ResultItem[1].ResultCode == 0);

    CHECK(timrest::to_json(response) == without_envelope(spec_response));
}

TEST_CASE("create_contact_group: a group with no conversations still sends an empty ContactItem",
          "[recentcontact]") {
    CHECK(timrest::to_json_string(request_named("work")) ==
          R"({"From_Account":"alice","GroupContactItem":[{"GroupName":"work","ContactItem":[]}]})");
}

TEST_CASE("create_contact_group: accepts a 32-byte group name", "[recentcontact]") {
    CHECK(timrest::validate(request_named(std::string(32, 'g'))).empty());
}

TEST_CASE("create_contact_group: rejects a 33-byte group name", "[recentcontact]") {
    const auto violations = timrest::validate(request_named(std::string(33, 'g')));
    REQUIRE(violations.size() == 1);
    CHECK(violations[0].path == "GroupContactItem[0].GroupName");
    CHECK_THAT(violations[0].message, Catch::Contains("32"));
}

TEST_CASE("create_contact_group: rejects a second group", "[recentcontact]") {
    const create_contact_group_request request{
        .From_Account = "alice",
        .GroupContactItem = std::vector<group_contact_item>{group_contact_item{.GroupName = "a", .ContactItem = {}},
                                                            group_contact_item{.GroupName = "b", .ContactItem = {}}}};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"GroupContactItem"});
}

TEST_CASE("create_contact_group: rejects an empty GroupContactItem", "[recentcontact]") {
    const create_contact_group_request request{.From_Account = "alice",
                                               .GroupContactItem = std::vector<group_contact_item>{}};
    CHECK(paths(timrest::validate(request)) == std::vector<std::string>{"GroupContactItem"});
}

TEST_CASE("create_contact_group: a one-to-one conversation needs To_Account and a group conversation ToGroupId",
          "[recentcontact]") {
    auto request = request_named("work");
    auto& contacts = (*request.GroupContactItem)[0].ContactItem;
    contacts.emplace_back(contact_item{.Type = rc::conversation_type::c2c});
    contacts.emplace_back(contact_item{.Type = rc::conversation_type::group});
    contacts.emplace_back(contact_item{.Type = rc::conversation_type::c2c, .To_Account = "bob"});
    CHECK(paths(timrest::validate(request)) ==
          std::vector<std::string>{"GroupContactItem[0].ContactItem[0].To_Account",
                                   "GroupContactItem[0].ContactItem[1].ToGroupId"});
}

TEST_CASE("create_contact_group: its path is v4/recentcontact/create_contact_group", "[recentcontact]") {
    STATIC_REQUIRE(create_contact_group::path == "v4/recentcontact/create_contact_group");
    STATIC_REQUIRE(timrest::endpoint<create_contact_group>);
}

TEST_CASE("create_contact_group: its error table has the recentcontact and group family codes, each with a meaning",
          "[recentcontact]") {
    check_error_rows<create_contact_group>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
}

TEST_CASE("create_contact_group: 51011 means a name longer than 32 bytes", "[recentcontact]") {
    const auto* row = timrest::find_error<create_contact_group>(51011);
    REQUIRE(row != nullptr);
    CHECK_THAT(std::string(row->meaning), Catch::Contains("32"));
    CHECK_THAT(std::string(row->meaning), !Catch::Contains("64"));
}

TEST_CASE("create_contact_group: 51010 means the 20-group limit", "[recentcontact]") {
    const auto* row = timrest::find_error<create_contact_group>(51010);
    REQUIRE(row != nullptr);
    CHECK_THAT(std::string(row->meaning), Catch::Contains("20"));
}

TEST_CASE("create_contact_group: an empty GroupName is refused", "[recentcontact]") {
    const auto request = decode_request<create_contact_group_request>(
        R"({"From_Account":"alice","GroupContactItem":[{"GroupName":"","ContactItem":[]}]})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"GroupContactItem[0].GroupName: at least 1 byte, got 0"});
}

TEST_CASE("create_contact_group: c2c() and group_conversation() build the contact items", "[recentcontact]") {
    const create_contact_group_request request{
        .From_Account = "alice",
        .GroupContactItem = {rc::group_contact_item{
            .GroupName = "work", .ContactItem = {rc::c2c("bob"), rc::group_conversation("@TGS#2ABCDEF")}}}};
    CHECK(timrest::to_json(request) == boost::json::parse(spec_request));
}

}  // namespace recentcontact_create_contact_group_test
