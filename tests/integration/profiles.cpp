#include "support.hpp"

#include "timrest/profile.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

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
    auto got = timrest::try_call<profile::portrait_get>(chat, {.To_Account = {"alice", "ghost"}, .TagList = {tags::nick}});
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

TEST_CASE_METHOD(emulated<>, "integration: a wrong value type for a standard tag is refused before sending, and by "
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
    raw = chat.post(profile::portrait_set::path, R"({"From_Account":"","ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"x"}]})");
    CHECK(raw.env.ErrorCode == 40001);
}
