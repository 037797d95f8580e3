#include "support.hpp"

#include "timrest/all_member_push.hpp"
#include "timrest/profile.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace integration_profiles_test {

// Profiles and push attributes through the real client and the emulator: what is set is what is read back.

namespace {

using timrest_test::emulated;
using timrest_test::import_user;
namespace profile = timrest::profile;
namespace tags = timrest::profile::tags;
using profile::profile_item;

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: a nick and a custom tag set with portrait_set read back with portrait_get",
                 "[integration][profile]") {
    import_user(chat, "alice");
    auto set = timrest::try_call<profile::portrait_set>(
        chat, {.From_Account = "alice",
               .ProfileItem = {profile_item{tags::nick, "Alice"}, profile_item{tags::custom("Team"), "blue"},
                               profile_item{tags::level, 7}}});
    REQUIRE(set);

    auto got = timrest::try_call<profile::portrait_get>(
        chat, {.To_Account = {"alice"}, .TagList = {tags::nick, tags::custom("Team"), tags::level, tags::gender}});
    REQUIRE(got);
    REQUIRE(got->UserProfileItem.size() == 1);
    const auto& alice = got->UserProfileItem[0];
    CHECK(alice.To_Account == "alice");
    CHECK(alice.ResultCode == 0);
    REQUIRE(alice.ProfileItem);
    CHECK(profile::find(*alice.ProfileItem, tags::nick) == "Alice");
    CHECK(profile::find(*alice.ProfileItem, tags::custom("Team")) == profile::custom_value(std::string("blue")));
    CHECK(profile::find(*alice.ProfileItem, tags::level) == 7u);
    CHECK(profile::find(*alice.ProfileItem, tags::gender) == profile::gender::Gender_Type_Unknown);  // never set
    CHECK_FALSE(got->Fail_Account);
}

TEST_CASE_METHOD(emulated<>, "integration: portrait_get reports a user who was never imported on its own, with 40003",
                 "[integration][profile]") {
    import_user(chat, "alice");
    auto got =
        timrest::try_call<profile::portrait_get>(chat, {.To_Account = {"alice", "ghost"}, .TagList = {tags::nick}});
    REQUIRE(got);
    REQUIRE(got->UserProfileItem.size() == 2);
    CHECK(got->UserProfileItem[1].ResultCode == 40003);
    CHECK_FALSE(got->UserProfileItem[1].ProfileItem);
    REQUIRE(got->Fail_Account);
    CHECK(*got->Fail_Account == std::vector<std::string>{"ghost"});
    const auto failures = timrest::item_failures(got);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 40003);
}

TEST_CASE_METHOD(emulated<>,
                 "integration: a wrong value type for a standard tag is refused before sending, and by "
                 "the emulator with 40610",
                 "[integration][profile]") {
    import_user(chat, "alice");
    const profile::portrait_set_request bad{.From_Account = "alice",
                                            .ProfileItem = {profile_item{"Tag_Profile_IM_Level", "high"}}};
    auto r = timrest::try_call<profile::portrait_set>(chat, bad);
    REQUIRE_FALSE(r);
    CHECK_FALSE(r.error().sent);
    CHECK(r.error().info == "ProfileItem[0].Value: Tag_Profile_IM_Level takes an integer, got string");

    // Another client sends it anyway: the emulator answers the page's code for it, and 40009 for an unknown tag.
    auto raw = chat.post(profile::portrait_set::path, timrest::to_json_string(bad));
    REQUIRE_FALSE(raw.error);
    CHECK(raw.env.ErrorCode == 40610);
    raw = chat.post(profile::portrait_set::path,
                    R"({"From_Account":"alice","ProfileItem":[{"Tag":"Tag_Profile_IM_Mood","Value":"x"}]})");
    CHECK(raw.env.ErrorCode == 40009);
    raw = chat.post(profile::portrait_set::path,
                    R"({"From_Account":"","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"x"}]})");
    CHECK(raw.env.ErrorCode == 40001);
}

TEST_CASE_METHOD(emulated<>, "integration: push attributes round-trip once the app has named them",
                 "[integration][all_member_push]") {
    namespace push = timrest::all_member_push;
    const push::im_set_attr_request set{
        .UserAttrs = {push::user_attrs_item{.To_Account = "alice", .Attrs = {{"city", "Shenzhen"}, {"sex", "F"}}}}};
    auto unnamed = timrest::try_call<push::im_set_attr>(chat, set);
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error().code == push::codes::bad_attribute);

    REQUIRE(timrest::try_call<push::im_set_attr_name>(chat, {.AttrNames = {{"0", "sex"}, {"1", "city"}}}));
    auto names = timrest::try_call<push::im_get_attr_name>(chat, {});
    REQUIRE(names);
    CHECK(names->AttrNames == push::attr_names{{"0", "sex"}, {"1", "city"}});

    REQUIRE(timrest::try_call<push::im_set_attr>(chat, set));
    REQUIRE(timrest::try_call<push::im_remove_attr>(
        chat, {.UserAttrs = {push::remove_attrs_item{.To_Account = "alice", .Attrs = {"sex"}}}}));
    auto got = timrest::try_call<push::im_get_attr>(chat, {.To_Account = {"alice", "bob"}});
    REQUIRE(got);
    REQUIRE(got->UserAttrs.size() == 2);
    CHECK(got->UserAttrs[0].Attrs == push::attrs{{"city", "Shenzhen"}});
    CHECK(got->UserAttrs[1].To_Account == "bob");
    CHECK(got->UserAttrs[1].Attrs.empty());

    auto pushed = timrest::try_call<push::im_push>(
        chat, {.MsgRandom = 5,
               .MsgBody = {timrest::msg::text_elem{.Text = "hi"}},
               .Condition = push::push_condition{.AttrsAnd = push::attrs{{"city", "Shenzhen"}}}});
    REQUIRE(pushed);
    CHECK_THAT(pushed->TaskId, Catch::StartsWith("5_1_"));
}

TEST_CASE_METHOD(emulated<>, "integration: user tags are added, removed and read back",
                 "[integration][all_member_push]") {
    namespace push = timrest::all_member_push;
    REQUIRE(timrest::try_call<push::im_add_tag>(
        chat, {.UserTags = {push::add_tags_item{.To_Account = "alice", .Tags = {"a", "b", "c"}},
                            push::add_tags_item{.To_Account = "bob", .Tags = {"a"}}}}));
    REQUIRE(timrest::try_call<push::im_remove_tag>(
        chat, {.UserTags = {push::remove_tags_item{.To_Account = "alice", .Tags = {"b"}}}}));
    REQUIRE(timrest::try_call<push::im_remove_all_tags>(chat, {.To_Account = {"bob"}}));
    auto got = timrest::try_call<push::im_get_tag>(chat, {.To_Account = {"alice", "bob"}});
    REQUIRE(got);
    REQUIRE(got->UserTags.size() == 2);
    CHECK(got->UserTags[0].Tags == std::vector<std::string>{"a", "c"});
    CHECK(got->UserTags[1].Tags.empty());
}

TEST_CASE_METHOD(emulated<>, "integration: kick succeeds for an imported account and answers 70107 for an unknown one",
                 "[integration][account]") {
    import_user(chat, "alice");
    CHECK(timrest::try_call<timrest::account::kick>(chat, {.UserID = "alice"}));
    auto ghost = timrest::try_call<timrest::account::kick>(chat, {.UserID = "ghost"});
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().code == timrest::account::codes::account_not_found);
}

}  // namespace integration_profiles_test
