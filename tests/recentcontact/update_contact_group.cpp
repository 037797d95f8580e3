#include "timrest/recentcontact/update_contact_group.hpp"

#include <catch2/catch.hpp>

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace recentcontact_update_contact_group_test {

namespace {

using namespace timrest_test;
namespace rc = timrest::recentcontact;
namespace json = boost::json;
using rc::contact_item;
using rc::contact_update_item;
using rc::update_contact_group;
using rc::update_contact_group_request;
using rc::update_contact_group_response;
using rc::update_group;

// Spec §3.4's two examples, verbatim.
constexpr std::string_view spec_change_request =
    R"({"From_Account":"alice","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"work",
  "ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"carol"}},
                       {"ContactOptType":2,"ContactItem":{"Type":1,"To_Account":"bob"}}]}})";
constexpr std::string_view spec_rename_request =
    R"({"From_Account":"alice","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"work","NewGroupName":"office"}})";

// The spec has no sample reply; this one is built from its response table (§3.4) for the change example.
constexpr std::string_view table_response =
    R"({"UpdateType":1,"UpdateGroupResult":{"UpdateGroupType":2,"GroupName":"work","GroupId":3,"OldGroupName":"work",)"
    R"("ContactResultItem":[{"ContactOptType":1,"ContactItem":{"Type":1,"To_Account":"carol"},"ResultCode":0,"ResultInfo":""},)"
    R"({"ContactOptType":2,"ContactItem":{"Type":2,"ToGroupId":"@TGS#2ABCDEF"},"ResultCode":51007,"ResultInfo":"group dismissed"}]},)"
    R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""})";
constexpr std::string_view table_rename_response = R"({"UpdateType":1,"UpdateGroupResult":{"UpdateGroupType":1,)"
                                                   R"("GroupName":"office","GroupId":3,"OldGroupName":"work"},)"
                                                   R"("ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})";

update_contact_group_request request_with(update_group group) {
    return {.From_Account = "alice", .UpdateGroup = std::move(group)};
}

}  // namespace

TEST_CASE("update_contact_group: the spec's conversation-change example decodes and re-encodes to the same JSON",
          "[recentcontact]") {
    const auto request = decode_request<update_contact_group_request>(spec_change_request);
    CHECK(request.From_Account->str() == "alice");
    CHECK(request.UpdateType == rc::update_type::by_group);
    const auto& group = *request.UpdateGroup;
    CHECK(*group.UpdateGroupType == rc::update_group_type::change_conversations);
    REQUIRE(group.OldGroupName);
    CHECK(group.OldGroupName->str() == "work");
    CHECK_FALSE(group.NewGroupName);
    REQUIRE(group.ContactUpdateItem.has_value());
    REQUIRE(group.ContactUpdateItem->size() == 2);
    const auto& add = (*group.ContactUpdateItem)[0];
    CHECK(*add.ContactOptType == rc::contact_opt_type::add_to_group);
    CHECK(*add.ContactItem->Type == rc::conversation_type::c2c);
    REQUIRE(add.ContactItem->To_Account);
    CHECK(add.ContactItem->To_Account->str() == "carol");
    const auto& remove = (*group.ContactUpdateItem)[1];
    CHECK(*remove.ContactOptType == rc::contact_opt_type::remove_from_group);
    REQUIRE(remove.ContactItem->To_Account);
    CHECK(remove.ContactItem->To_Account->str() == "bob");

    CHECK(timrest::to_json(request) == json::parse(spec_change_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("update_contact_group: the spec's rename example decodes and re-encodes to the same JSON",
          "[recentcontact]") {
    const auto request = decode_request<update_contact_group_request>(spec_rename_request);
    const auto& group = *request.UpdateGroup;
    CHECK(*group.UpdateGroupType == rc::update_group_type::rename_group);
    REQUIRE(group.OldGroupName);
    CHECK(group.OldGroupName->str() == "work");
    REQUIRE(group.NewGroupName);
    CHECK(group.NewGroupName->str() == "office");
    CHECK_FALSE(group.ContactUpdateItem.has_value());
    CHECK(timrest::to_json(request) == json::parse(spec_rename_request));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("update_contact_group: a reply built from the spec's response table decodes with each conversation's result",
          "[recentcontact]") {
    const auto response = decode_response<update_contact_group_response>(table_response);
    CHECK(response.UpdateType == rc::update_type::by_group);
    const auto& result = response.UpdateGroupResult;
    CHECK(result.UpdateGroupType == rc::update_group_type::change_conversations);
    CHECK(result.GroupName == "work");
    CHECK(result.GroupId == 3u);
    CHECK(result.OldGroupName == std::optional<std::string>("work"));
    REQUIRE(result.ContactResultItem);
    REQUIRE(result.ContactResultItem->size() == 2);
    const auto& first = (*result.ContactResultItem)[0];
    CHECK(first.ContactOptType == rc::contact_opt_type::add_to_group);
    CHECK(*first.ContactItem.Type == rc::conversation_type::c2c);
    REQUIRE(first.ContactItem.To_Account);
    CHECK(first.ContactItem.To_Account->str() == "carol");
    CHECK(first.ResultCode == 0);
    const auto& second = (*result.ContactResultItem)[1];
    CHECK(second.ContactOptType == rc::contact_opt_type::remove_from_group);
    CHECK(second.ContactItem.ToGroupId == std::optional<std::string>("@TGS#2ABCDEF"));
    CHECK(second.ResultCode == 51007);
    CHECK(second.ResultInfo == "group dismissed");
    CHECK(timrest::to_json(response) == without_envelope(table_response));
}

TEST_CASE("update_contact_group: a rename reply without ContactResultItem decodes", "[recentcontact]") {
    const auto response = decode_response<update_contact_group_response>(table_rename_response);
    CHECK(response.UpdateGroupResult.GroupName == "office");
    CHECK(response.UpdateGroupResult.OldGroupName == std::optional<std::string>("work"));
    CHECK_FALSE(response.UpdateGroupResult.ContactResultItem);
    CHECK(timrest::to_json(response) == without_envelope(table_rename_response));
}

TEST_CASE("update_contact_group: UpdateType defaults to 1 and is always sent", "[recentcontact]") {
    const auto request = request_with(
        update_group{.UpdateGroupType = rc::update_group_type::rename_group, .OldGroupName = "work", .NewGroupName = "office"});
    CHECK(request.UpdateType == rc::update_type::by_group);
    CHECK(timrest::to_json(request) == json::parse(spec_rename_request));
}

TEST_CASE("update_contact_group: a request without UpdateType keeps 1 with absent_fields::keep_defaults",
          "[recentcontact]") {
    const std::string text =
        R"({"From_Account":"alice","UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"work","NewGroupName":"office"}})";
    auto request = timrest::blank<update_contact_group_request>();
    auto bad = timrest::from_json(json::parse(text), request, timrest::unknown_keys::reject,
                                  timrest::absent_fields::keep_defaults);
    INFO((bad ? bad->to_string() : std::string()));
    REQUIRE_FALSE(bad);
    CHECK(request.UpdateType == rc::update_type::by_group);
    CHECK(timrest::to_json(request) == json::parse(spec_rename_request));

    bad = timrest::from_json(json::parse(text), request, timrest::unknown_keys::reject, timrest::absent_fields::error);
    REQUIRE(bad);
    CHECK(bad->to_string() == "UpdateType: required field is missing");
}

TEST_CASE("update_contact_group: the contact items' group key is encoded as ToGroupId", "[recentcontact]") {
    const auto request =
        request_with(update_group{.UpdateGroupType = rc::update_group_type::change_conversations,
                                  .OldGroupName = "work",
                                  .ContactUpdateItem = {contact_update_item{
                                      .ContactOptType = rc::contact_opt_type::add_to_group,
                                      .ContactItem = contact_item{.Type = rc::conversation_type::group, .ToGroupId = "@TGS#2ABCDEF"}}}});
    const auto encoded = timrest::to_json(request);
    const auto& item = encoded.at("UpdateGroup").at("ContactUpdateItem").at(0).at("ContactItem").as_object();
    CHECK(item.contains("ToGroupId"));
    CHECK_FALSE(item.contains("ToGroupid"));
    CHECK(timrest::validate(request).empty());
}

TEST_CASE("update_contact_group: a contact item spelling the key ToGroupid, as delete does, does not decode",
          "[recentcontact]") {
    const auto bad = request_error<update_contact_group_request>(
        R"({"From_Account":"alice","UpdateType":1,"UpdateGroup":{"UpdateGroupType":2,"OldGroupName":"work",)"
        R"("ContactUpdateItem":[{"ContactOptType":1,"ContactItem":{"Type":2,"ToGroupid":"@TGS#2ABCDEF"}}]}})");
    CHECK(bad.path == "UpdateGroup.ContactUpdateItem[0].ContactItem.ToGroupid");
}

TEST_CASE("update_contact_group: renaming (UpdateGroupType 1) needs OldGroupName and NewGroupName", "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_with(update_group{.UpdateGroupType = rc::update_group_type::rename_group}))) ==
          std::vector<std::string>{"UpdateGroup.OldGroupName: required when UpdateGroupType is 1",
                                   "UpdateGroup.NewGroupName: required when UpdateGroupType is 1"});
    CHECK(rendered(timrest::validate(
              request_with(update_group{.UpdateGroupType = rc::update_group_type::rename_group, .OldGroupName = "work"}))) ==
          std::vector<std::string>{"UpdateGroup.NewGroupName: required when UpdateGroupType is 1"});
}

TEST_CASE("update_contact_group: changing conversations (UpdateGroupType 2) needs OldGroupName and ContactUpdateItem",
          "[recentcontact]") {
    CHECK(rendered(timrest::validate(request_with(update_group{.UpdateGroupType = rc::update_group_type::change_conversations}))) ==
          std::vector<std::string>{"UpdateGroup.OldGroupName: required when UpdateGroupType is 2",
                                   "UpdateGroup.ContactUpdateItem: required when UpdateGroupType is 2"});
    // NewGroupName is not needed to change conversations.
    CHECK(rendered(timrest::validate(
              request_with(update_group{.UpdateGroupType = rc::update_group_type::change_conversations, .NewGroupName = "office"}))) ==
          std::vector<std::string>{"UpdateGroup.OldGroupName: required when UpdateGroupType is 2",
                                   "UpdateGroup.ContactUpdateItem: required when UpdateGroupType is 2"});
}

TEST_CASE("update_contact_group: a contact item needs To_Account or ToGroupId by its Type, with the nested path",
          "[recentcontact]") {
    const auto request = request_with(update_group{
        .UpdateGroupType = rc::update_group_type::change_conversations,
        .OldGroupName = "work",
        .ContactUpdateItem = {
            {contact_update_item{.ContactOptType = rc::contact_opt_type::add_to_group, .ContactItem = contact_item{.Type = rc::conversation_type::c2c}},
             contact_update_item{.ContactOptType = rc::contact_opt_type::add_to_group,
                                 .ContactItem = contact_item{.Type = rc::conversation_type::group}}}}});
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"UpdateGroup.ContactUpdateItem[0].ContactItem.To_Account: required when Type is 1",
                                   "UpdateGroup.ContactUpdateItem[1].ContactItem.ToGroupId: required when Type is 2"});
}

TEST_CASE("update_contact_group: accepts a 32-byte NewGroupName and rejects a 33-byte one", "[recentcontact]") {
    CHECK(timrest::validate(
              request_with(update_group{
                  .UpdateGroupType = rc::update_group_type::rename_group, .OldGroupName = "work", .NewGroupName = std::string(32, 'n')}))
              .empty());
    CHECK(rendered(timrest::validate(request_with(update_group{
              .UpdateGroupType = rc::update_group_type::rename_group, .OldGroupName = "work", .NewGroupName = std::string(33, 'n')}))) ==
          std::vector<std::string>{"UpdateGroup.NewGroupName: at most 32 bytes, got 33"});
}

TEST_CASE("update_contact_group: rejects UserIDs longer than 32 bytes", "[recentcontact]") {
    auto request = request_with(
        update_group{.UpdateGroupType = rc::update_group_type::change_conversations,
                     .OldGroupName = "work",
                     .ContactUpdateItem = {contact_update_item{
                         .ContactOptType = rc::contact_opt_type::add_to_group,
                         .ContactItem = contact_item{.Type = rc::conversation_type::c2c, .To_Account = std::string(33, 'v')}}}});
    request.From_Account = std::string(33, 'u');
    CHECK(
        rendered(timrest::validate(request)) ==
        std::vector<std::string>{"From_Account: at most 32 bytes, got 33",
                                 "UpdateGroup.ContactUpdateItem[0].ContactItem.To_Account: at most 32 bytes, got 33"});
}

TEST_CASE("update_contact_group: its path is v4/recentcontact/update_contact_group and its declaration is well formed",
          "[recentcontact]") {
    STATIC_REQUIRE(update_contact_group::path == "v4/recentcontact/update_contact_group");
    STATIC_REQUIRE(timrest::endpoint<update_contact_group>);
    STATIC_REQUIRE(timrest::detail::check_endpoint<update_contact_group>());
}

TEST_CASE(
    "update_contact_group: its error table has the recentcontact and group family codes, each once with a meaning",
    "[recentcontact]") {
    check_error_rows<update_contact_group>(
        {50001, 50002, 50003, 50004, 50005, 51006, 51007, 51008, 51009, 51010, 51011, 51012, 51013});
    check_error_table_unique<update_contact_group>();
    CHECK_THAT(std::string(timrest::find_error<update_contact_group>(51011)->meaning), Catch::Contains("32"));
}

TEST_CASE("update_contact_group: UpdateType, UpdateGroupType and ContactOptType outside their sets are refused",
          "[recentcontact]") {
    const auto request = decode_request<update_contact_group_request>(
        R"({"From_Account":"alice","UpdateType":2,"UpdateGroup":{"UpdateGroupType":3,"OldGroupName":"work",)"
        R"("ContactUpdateItem":[{"ContactOptType":0,"ContactItem":{"Type":1,"To_Account":"bob"}}]}})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{
              "UpdateGroup.UpdateGroupType: one of 1 (rename_group), 2 (change_conversations), got 3",
              "UpdateGroup.ContactUpdateItem[0].ContactOptType: one of 1 (add_to_group), 2 (remove_from_group), got 0",
              "UpdateType: one of 1 (by_group), got 2"});
}

TEST_CASE("update_contact_group: an empty OldGroupName or NewGroupName is refused", "[recentcontact]") {
    const auto request = decode_request<update_contact_group_request>(
        R"({"From_Account":"alice","UpdateType":1,"UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"","NewGroupName":""}})");
    CHECK(rendered(timrest::validate(request)) ==
          std::vector<std::string>{"UpdateGroup.OldGroupName: at least 1 byte, got 0",
                                   "UpdateGroup.NewGroupName: at least 1 byte, got 0"});
}

}  // namespace recentcontact_update_contact_group_test
