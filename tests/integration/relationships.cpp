#include "timrest.hpp"
#include "timrest/follow.hpp"
#include "timrest/sns.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"
#include "behaviour/follow.hpp"
#include "behaviour/sns.hpp"

#include <set>
#include <string>
#include <vector>

namespace integration_relationships_test {

// The sns and follow families end to end: real libcurl against an in-process emulator that keeps one
// relationship graph per user.

namespace {

namespace sns = timrest::sns;
namespace follow = timrest::follow;
namespace emu = timrest::emulator;
using timrest_test::emulated;
using timrest_test::import_user;

void import_all(timrest::client& chat, std::initializer_list<const char*> ids) {
    for (const char* id : ids) import_user(chat, id);
}

sns::friend_check_request check(std::string owner, std::vector<timrest::user_id> peers) {
    return {.From_Account = std::move(owner), .To_Account = std::move(peers),
            .CheckType = sns::check_type::CheckResult_Type_Both};
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: friends added both ways check as BothWay, one-sided ones as AWithB/BWithA",
                 "[integration][sns]") {
    import_all(chat, {"alice", "bob", "carol", "dave"});
    auto added = timrest::call<sns::friend_add>(
        chat, {.From_Account = "alice",
               .AddFriendItem = {sns::add_friend_item{.To_Account = "bob", .AddSource = "AddSource_Type_Web"}}});
    REQUIRE(added.ResultItem.size() == 1);
    CHECK(added.ResultItem[0].ResultCode == 0);
    CHECK_FALSE(added.Fail_Account);

    sns::friend_add_request single{.From_Account = "alice",
                                   .AddFriendItem = {sns::add_friend_item{.To_Account = "carol"}}};
    single.AddType = sns::add_type::Add_Type_Single;
    timrest::call<sns::friend_add>(chat, single);

    const auto checked = timrest::call<sns::friend_check>(chat, check("alice", {"bob", "carol", "dave", "nobody"}));
    REQUIRE(checked.InfoItem.size() == 4);
    CHECK(checked.InfoItem[0].Relation == sns::relation::CheckResult_Type_BothWay);
    CHECK(checked.InfoItem[1].Relation == sns::relation::CheckResult_Type_AWithB);
    CHECK(checked.InfoItem[2].Relation == sns::relation::CheckResult_Type_NoRelation);
    CHECK(checked.InfoItem[3].ResultCode == 30003);  // never imported
    const auto from_carol = timrest::call<sns::friend_check>(chat, check("carol", {"alice"}));
    CHECK(from_carol.InfoItem[0].Relation == sns::relation::CheckResult_Type_BWithA);

    // A single-way check looks at From_Account's list only.
    auto one_way = check("carol", {"alice"});
    one_way.CheckType = sns::check_type::CheckResult_Type_Single;
    CHECK(timrest::call<sns::friend_check>(chat, one_way).InfoItem[0].Relation ==
          sns::relation::CheckResult_Type_NoRelation);
}

TEST_CASE_METHOD(emulated<>, "integration: a user who blocked you cannot be added (30525), and the blocklist checks",
                 "[integration][sns]") {
    import_all(chat, {"alice", "bob"});
    const auto blocked = timrest::call<sns::black_list_add>(chat, {.From_Account = "bob", .To_Account = {"alice"}});
    CHECK(blocked.ResultItem[0].ResultCode == 0);

    auto add = timrest::try_call<sns::friend_add>(
        chat, {.From_Account = "alice", .AddFriendItem = {sns::add_friend_item{.To_Account = "bob"}}});
    REQUIRE(add);  // the call succeeds; the item fails
    const auto failures = timrest::item_failures(add);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 30525);
    CHECK(failures[0].meaning == sns::codes::blocked_by_peer.meaning);
    CHECK(add->Fail_Account == std::vector<std::string>{"bob"});

    const auto relation = timrest::call<sns::black_list_check>(
        chat, {.From_Account = "alice", .To_Account = {"bob"}, .CheckType = sns::black_check_type::BlackCheckResult_Type_Both});
    CHECK(relation.BlackListCheckItem[0].Relation == sns::black_relation::BlackCheckResult_Type_BWithA);

    const auto again = timrest::call<sns::black_list_add>(chat, {.From_Account = "bob", .To_Account = {"alice"}});
    CHECK(again.ResultItem[0].ResultCode == 30001);  // already on the list
}

TEST_CASE_METHOD(emulated<>, "integration: the page walker reads every friend and blocked user across small pages",
                 "[integration][sns]") {
    import_all(chat, {"alice", "f1", "f2", "f3", "f4", "f5"});
    srv.with_world([](emu::world& w) { w.state<emu::relationships>().page_size = 2; });
    std::vector<sns::import_friend_item> items;
    for (const char* id : {"f1", "f2", "f3", "f4", "f5"})
        items.push_back({.To_Account = id, .AddSource = "AddSource_Type_Import"});
    timrest::call<sns::friend_import>(chat, {.From_Account = "alice", .AddFriendItem = items});
    timrest::call<sns::black_list_add>(chat, {.From_Account = "alice", .To_Account = {"f1", "f2", "f3"}});

    std::set<std::string> friends;
    int pages = 0;
    auto walked = timrest::for_each_page<sns::friend_get>(chat, {.From_Account = "alice"}, [&](const auto& page) {
        ++pages;
        CHECK(page.FriendNum == 5);
        for (const auto& f : page.UserDataItem) friends.insert(f.To_Account);
    });
    CHECK_FALSE(walked);
    CHECK(pages == 3);
    CHECK(friends == std::set<std::string>{"f1", "f2", "f3", "f4", "f5"});

    std::vector<std::string> blocked;
    for (const auto& page : timrest::pages<sns::black_list_get>(chat, {.From_Account = "alice", .MaxLimited = 10u})) {
        REQUIRE(page);
        for (const auto& b : page->BlackListItem) blocked.push_back(b.To_Account);
    }
    CHECK(blocked == std::vector<std::string>{"f1", "f2", "f3"});
}

TEST_CASE_METHOD(emulated<>, "integration: friend lists, remarks and deletion change what friend_get_list returns",
                 "[integration][sns]") {
    import_all(chat, {"alice", "bob", "carol"});
    timrest::call<sns::friend_add>(chat, {.From_Account = "alice",
                                          .AddFriendItem = {sns::add_friend_item{.To_Account = "bob", .Remark = "Bobby"}}});
    const auto lists = timrest::call<sns::group_add>(
        chat, {.From_Account = "alice", .GroupName = {"work"}, .To_Account = {"bob", "carol"}});
    REQUIRE(lists.ResultItem);
    CHECK((*lists.ResultItem)[0].ResultCode == 0);
    CHECK((*lists.ResultItem)[1].ResultCode == 32216);  // carol is not a friend

    const auto got = timrest::call<sns::friend_get_list>(
        chat, {.From_Account = "alice", .To_Account = {"bob"}, .TagList = {"Tag_SNS_IM_Remark", "Tag_SNS_IM_Group"}});
    REQUIRE(got.InfoItem.size() == 1);
    REQUIRE(got.InfoItem[0].SnsProfileItem);
    CHECK(got.InfoItem[0].SnsProfileItem->at(0).Value == "Bobby");
    CHECK(got.InfoItem[0].SnsProfileItem->at(1).Value.as_array().at(0) == "work");

    sns::group_get_request members{.From_Account = "alice"};
    members.NeedFriend = sns::need_friend::Need_Friend_Type_Yes;
    const auto groups = timrest::call<sns::group_get>(chat, members);
    REQUIRE(groups.ResultItem.size() == 1);
    CHECK(groups.ResultItem[0].To_Account == std::vector<std::string>{"bob"});

    sns::friend_delete_request both{.From_Account = "alice", .To_Account = {"bob", "carol"}};
    both.DeleteType = sns::delete_type::Delete_Type_Both;
    const auto deleted = timrest::call<sns::friend_delete>(chat, both);
    CHECK(deleted.ResultItem[0].ResultCode == 0);
    CHECK(deleted.ResultItem[1].ResultCode == 31704);
    CHECK(timrest::call<sns::friend_check>(chat, check("bob", {"alice"})).InfoItem[0].Relation ==
          sns::relation::CheckResult_Type_NoRelation);
}

TEST_CASE_METHOD(emulated<>, "integration: an owner who was never imported is refused with 30003",
                 "[integration][sns]") {
    auto r = timrest::try_call<sns::friend_get>(chat, {.From_Account = "ghost"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(30003));
    CHECK(r.error().meaning == sns::codes::account_not_found.meaning);
}

TEST_CASE_METHOD(emulated<>, "integration: follows check as following, follower and mutual, and follow_get pages",
                 "[integration][follow]") {
    import_all(chat, {"alice", "bob", "carol", "dave"});
    srv.with_world([](emu::world& w) { w.state<emu::follows>().page_size = 1; });
    const auto added = timrest::call<follow::follow_add>(
        chat, {.From_Account = "alice",
               .FollowItem = {follow::follow_item{.To_Account = "bob"}, follow::follow_item{.To_Account = "carol"},
                              follow::follow_item{.To_Account = "nobody"}}});
    REQUIRE(added.ResultItem.size() == 3);
    CHECK(added.ResultItem[2].ResultCode == 30003);
    timrest::call<follow::follow_add>(chat, {.From_Account = "bob", .FollowItem = {follow::follow_item{.To_Account = "alice"}}});
    timrest::call<follow::follow_add>(chat, {.From_Account = "dave", .FollowItem = {follow::follow_item{.To_Account = "alice"}}});

    const auto checked = timrest::call<follow::follow_check>(
        chat, {.From_Account = "alice", .To_Account = {"bob", "carol", "dave", "alice"}});
    REQUIRE(checked.ResultItem.size() == 4);
    CHECK(checked.ResultItem[0].FollowType == follow::follow_relation::mutual);
    CHECK(checked.ResultItem[1].FollowType == follow::follow_relation::following);
    CHECK(checked.ResultItem[2].FollowType == follow::follow_relation::follower);
    CHECK(checked.ResultItem[3].FollowType == follow::follow_relation::none);

    std::vector<std::string> fans;
    int pages = 0;
    auto walked = timrest::for_each_page<follow::follow_get>(
        chat, {.From_Account = "alice", .FollowType = follow::list_type::fans}, [&](const auto& page) {
            ++pages;
            for (const auto& f : page.FollowItem) fans.push_back(f.To_Account);
        });
    CHECK_FALSE(walked);
    CHECK(pages == 2);
    CHECK(fans == std::vector<std::string>{"bob", "dave"});

    const auto info = timrest::call<follow::follow_get_info>(chat, {.From_Account = "alice", .To_Account = {"alice"}});
    CHECK(info.FollowInfo[0].FollowingCount == 2);
    CHECK(info.FollowInfo[0].FollowerCount == 2);
    CHECK(info.FollowInfo[0].MutualFollowingCount == 1);

    timrest::call<follow::follow_delete>(chat, {.From_Account = "bob", .To_Account = {"alice"}});
    CHECK(timrest::call<follow::follow_check>(chat, {.From_Account = "alice", .To_Account = {"bob"}}).ResultItem[0].FollowType ==
          follow::follow_relation::following);
}

}  // namespace integration_relationships_test
