#include "support.hpp"

#include "behaviour/group.hpp"
#include "timrest/group.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace integration_groups_test {

// Groups through the real client and the emulator: a group's life from creation to disbanding, with its members,
// roles, name cards, mutes and owner, and the lists of joined and existing groups.

namespace {

using timrest_test::emulated;
using timrest_test::import_user;
namespace group = timrest::group;
namespace emu = timrest::emulator;

std::vector<std::string> member_ids(const group::group_info& g) {
    std::vector<std::string> out;
    for (const auto& m : *g.MemberList) out.push_back(m.Member_Account);
    return out;
}

// Every member of `id`, two a page.
std::vector<std::string> paged_members(timrest::client& chat, const std::string& id) {
    std::vector<std::string> seen;
    std::size_t pages = 0;
    REQUIRE_FALSE(timrest::for_each_page<group::get_group_member_info>(
        chat, {.GroupId = id, .Limit = 2u}, [&](const group::get_group_member_info_response& page) {
            ++pages;
            CHECK(page.MemberList.size() <= 2);
            for (const auto& m : page.MemberList) seen.push_back(m.Member_Account);
        }));
    CHECK(pages == (seen.size() + 1) / 2);
    return seen;
}

std::vector<std::string> app_groups(timrest::client& chat) {
    std::vector<std::string> seen;
    for (const auto& page : timrest::pages<group::get_appid_group_list>(chat, {})) {
        REQUIRE(page);
        for (const auto& g : page->GroupIdList) seen.push_back(g.GroupId);
    }
    return seen;
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: a Public group from creation to disbanding", "[integration][group]") {
    for (auto id : {"owner", "bob", "carol", "dave", "erin"}) import_user(chat, id);
    srv.with_world([](emu::world& w) { w.state<emu::group_paging>().page_size = 2; });

    auto created = timrest::try_call<group::create_group>(
        chat, {.Type = group::group_type::Public,
               .Name = "Book club",
               .Owner_Account = "owner",
               .Introduction = "We read",
               .MemberList = {group::initial_member{.Member_Account = "bob", .Role = group::member_role::Admin},
                              group::initial_member{.Member_Account = "carol"}}});
    REQUIRE(created);
    const std::string id = created->GroupId;
    CHECK_THAT(id, Catch::StartsWith("@TGS#"));

    SECTION("its info lists the owner and both members; an unknown group is a per-item failure") {
        auto info = timrest::try_call<group::get_group_info>(chat, {.GroupIdList = {id, "@TGS#nothing"}});
        REQUIRE(info);
        REQUIRE(info->GroupInfo.size() == 2);
        const auto& g = info->GroupInfo[0];
        CHECK(g.Name == "Book club");
        CHECK(g.Introduction == "We read");
        CHECK(g.Type == group::group_type::Public);
        CHECK(g.Owner_Account == "owner");
        CHECK(g.MemberNum == 3u);
        CHECK(member_ids(g) == std::vector<std::string>{"bob", "carol", "owner"});
        const auto failures = timrest::item_failures(info);
        REQUIRE(failures.size() == 1);
        CHECK(failures[0].path == "GroupInfo[1]");
        CHECK(failures[0].code == 10010);
        CHECK(failures[0].meaning == group::codes::no_such_group.meaning);
    }

    SECTION("members come and go, page by page, and change role, name card and mute") {
        auto added = timrest::try_call<group::add_group_member>(
            chat,
            {.GroupId = id,
             .MemberList = {group::new_member{.Member_Account = "dave"}, group::new_member{.Member_Account = "bob"},
                            group::new_member{.Member_Account = "ghost"}}});
        REQUIRE(added);
        REQUIRE(added->MemberList.size() == 3);
        CHECK(added->MemberList[0].Result == group::add_result::added);
        CHECK(added->MemberList[1].Result == group::add_result::already_member);
        CHECK(added->MemberList[2].failed());
        const auto failures = timrest::item_failures(added);  // Result 0, judged by the item's own failed()
        REQUIRE(failures.size() == 1);
        CHECK(failures[0].path == "MemberList[2]");
        CHECK_FALSE(failures[0].code);
        REQUIRE(timrest::try_call<group::add_group_member>(
            chat, {.GroupId = id, .MemberList = {group::new_member{.Member_Account = "erin"}}}));
        REQUIRE(timrest::try_call<group::delete_group_member>(chat, {.GroupId = id, .MemberToDel_Account = {"carol"}}));
        CHECK(paged_members(chat, id) == std::vector<std::string>{"bob", "dave", "erin", "owner"});

        auto modified = group::modify_group_member_info_request{.GroupId = id, .Member_Account = "dave"};
        modified.Role = group::member_role::Admin;
        modified.NameCard = "Dave the reader";
        REQUIRE(timrest::try_call<group::modify_group_member_info>(chat, modified));
        REQUIRE(timrest::try_call<group::forbid_send_msg>(
            chat, {.GroupId = id, .Members_Account = {"erin"}, .MuteTime = 600u}));

        auto muted = timrest::try_call<group::get_group_muted_account>(chat, {.GroupId = id});
        REQUIRE(muted);
        REQUIRE(muted->MutedAccountList.size() == 1);
        CHECK(muted->MutedAccountList[0].Member_Account == "erin");
        CHECK(muted->MutedAccountList[0].MutedUntil > 0);

        auto roles = timrest::try_call<group::get_role_in_group>(
            chat, {.GroupId = id, .User_Account = {"dave", "owner", "carol"}});
        REQUIRE(roles);
        REQUIRE(roles->UserIdList.size() == 3);
        CHECK(roles->UserIdList[0].Role == group::role_in_group::Admin);
        CHECK(roles->UserIdList[1].Role == group::role_in_group::Owner);
        CHECK(roles->UserIdList[2].Role == group::role_in_group::NotMember);

        auto info = timrest::try_call<group::get_group_info>(chat, {.GroupIdList = {id}});
        REQUIRE(info);
        for (const auto& m : *info->GroupInfo[0].MemberList)
            if (m.Member_Account == "dave") CHECK(m.NameCard == "Dave the reader");
    }

    SECTION("the owner changes, the lists agree, and a disbanded group is gone") {
        REQUIRE(timrest::try_call<group::change_group_owner>(chat, {.GroupId = id, .NewOwner_Account = "carol"}));
        auto roles =
            timrest::try_call<group::get_role_in_group>(chat, {.GroupId = id, .User_Account = {"carol", "owner"}});
        REQUIRE(roles);
        CHECK(roles->UserIdList[0].Role == group::role_in_group::Owner);
        CHECK(roles->UserIdList[1].Role == group::role_in_group::Member);
        auto not_member =
            timrest::try_call<group::change_group_owner>(chat, {.GroupId = id, .NewOwner_Account = "erin"});
        REQUIRE_FALSE(not_member);
        CHECK(not_member.error().code == group::codes::invalid_parameter);

        for (auto name : {"Second", "Third"})
            REQUIRE(timrest::try_call<group::create_group>(
                chat, {.Type = group::group_type::Private, .Name = name, .Owner_Account = "carol"}));
        std::vector<std::string> joined;
        REQUIRE_FALSE(timrest::for_each_page<group::get_joined_group_list>(
            chat, {.Member_Account = "carol", .Limit = 2u}, [&](const group::get_joined_group_list_response& page) {
                CHECK(page.TotalCount == 3);
                for (const auto& g : page.GroupIdList) joined.push_back(g.GroupId);
            }));
        CHECK(joined.size() == 3);
        CHECK(std::count(joined.begin(), joined.end(), id) == 1);
        const auto before = app_groups(chat);
        CHECK(before.size() == 3);

        REQUIRE(timrest::try_call<group::destroy_group>(chat, {.GroupId = id}));
        auto gone = timrest::try_call<group::get_group_info>(chat, {.GroupIdList = {id}});
        REQUIRE(gone);
        CHECK(gone->GroupInfo[0].ErrorCode == 10010);
        auto again = timrest::try_call<group::destroy_group>(chat, {.GroupId = id});
        REQUIRE_FALSE(again);
        CHECK(again.error().code == group::codes::no_such_group);
        const auto after = app_groups(chat);
        CHECK(after.size() == 2);
        CHECK(std::count(after.begin(), after.end(), id) == 0);
        auto still = timrest::try_call<group::get_joined_group_list>(chat, {.Member_Account = "carol"});
        REQUIRE(still);
        CHECK(still->TotalCount == 2);
    }
}

TEST_CASE_METHOD(emulated<>, "integration: create_group refuses a GroupId in use and members of an AVChatRoom",
                 "[integration][group]") {
    import_user(chat, "bob");
    REQUIRE(timrest::try_call<group::create_group>(
        chat, {.Type = group::group_type::Public, .Name = "first", .GroupId = "MyFirstGroup"}));
    auto twice = timrest::try_call<group::create_group>(
        chat, {.Type = group::group_type::Public, .Name = "again", .GroupId = "MyFirstGroup"});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == group::codes::group_id_yours);
    auto live =
        timrest::try_call<group::create_group>(chat, {.Type = group::group_type::AVChatRoom,
                                                      .Name = "live",
                                                      .MemberList = {group::initial_member{.Member_Account = "bob"}}});
    REQUIRE_FALSE(live);
    CHECK(live.error().code == group::codes::no_permission);
    auto unknown = timrest::try_call<group::get_group_member_info>(chat, {.GroupId = "@TGS#none"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == group::codes::no_such_group);
}

TEST_CASE_METHOD(emulated<>, "integration: banned members of an AVChatRoom are listed until unbanned",
                 "[integration][group]") {
    auto live = timrest::try_call<group::create_group>(chat, {.Type = group::group_type::AVChatRoom, .Name = "live"});
    REQUIRE(live);
    REQUIRE(timrest::try_call<group::ban_group_member>(
        chat, {.GroupId = live->GroupId, .Members_Account = {"a", "b", "c"}, .Duration = 3600u}));
    REQUIRE(timrest::try_call<group::unban_group_member>(chat, {.GroupId = live->GroupId, .Members_Account = {"b"}}));
    std::vector<std::string> banned;
    REQUIRE_FALSE(
        timrest::for_each_page<group::get_group_ban_member>(chat, {.GroupId = live->GroupId, .Offset = 0u, .Limit = 1u},
                                                            [&](const group::get_group_ban_member_response& page) {
                                                                for (const auto& b : page.BannedAccountList)
                                                                    banned.push_back(b.Member_Account);
                                                            }));
    CHECK(banned == std::vector<std::string>{"a", "c"});
}

TEST_CASE_METHOD(emulated<>, "integration: a Community's members page by Next, from \"\" until Next is \"\"",
                 "[integration][group]") {
    for (auto id : {"owner", "bob", "carol"}) import_user(chat, id);
    auto community = timrest::try_call<group::create_group>(
        chat, {.Type = group::group_type::Community,
               .Name = "club",
               .Owner_Account = "owner",
               .MemberList = {group::initial_member{.Member_Account = "bob"},
                              group::initial_member{.Member_Account = "carol"}}});
    REQUIRE(community);
    std::vector<std::string> seen;
    std::vector<std::string> cursors;
    REQUIRE_FALSE(timrest::for_each_page<group::get_group_member_info>(
        chat, {.GroupId = community->GroupId, .Limit = 2u, .Next = ""},
        [&](const group::get_group_member_info_response& page) {
            cursors.push_back(page.Next.value_or("(none)"));
            for (const auto& m : page.MemberList) seen.push_back(m.Member_Account);
        }));
    CHECK(seen == std::vector<std::string>{"bob", "carol", "owner"});
    CHECK(cursors == std::vector<std::string>{"2", ""});
}

}  // namespace integration_groups_test
