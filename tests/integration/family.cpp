#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "world.hpp"
#include "support.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace integration_family_test {

// The nine endpoints beside account_import, create_contact_group and del_contact_group, end to end through
// the client against the emulator, with their effects on its state.

namespace {

namespace rc = timrest::recentcontact;
namespace acc = timrest::account;
namespace emu = timrest::emulator;
using timrest_test::conversation;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::peer;
using timrest_test::target_path;

// alice talks with bob and carol and is in the group @TGS#team; bob's conversation is pinned.
void seed_conversations(emu::server& srv) {
    srv.with_world([](emu::world& w) {
        auto& alice = w.users["alice"];
        w.users["bob"];
        w.users["carol"];
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "bob", 1700000300, true));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "carol", 1700000200));
        alice.conversations.push_back(conversation(rc::conversation_type::group, "@TGS#team", 1700000100));
    });
}

std::vector<std::string> listed_peers(timrest::client& chat, std::string owner) {
    auto page = timrest::call<rc::get_list>(chat, {.From_Account = std::move(owner)});
    std::vector<std::string> out;
    for (const auto& s : page.SessionItem) out.push_back(s.Type == rc::conversation_type::c2c ? *s.To_Account : *s.GroupId);
    return out;
}

std::uint32_t create_group(timrest::client& chat, std::string owner, std::string name,
                           std::vector<rc::contact_item> contacts = {}) {
    auto created = timrest::call<rc::create_contact_group>(
        chat, {.From_Account = std::move(owner),
               .GroupContactItem = {rc::group_contact_item{.GroupName = std::move(name), .ContactItem = std::move(contacts)}}});
    return created.GroupResultItem.at(0).GroupItem.GroupId;
}

rc::update_contact_group_request rename_request(std::string owner, std::string from, std::string to) {
    return {.From_Account = std::move(owner),
            .UpdateGroup = rc::update_group{.UpdateGroupType = rc::update_group_type::rename_group,
                                            .OldGroupName = timrest::nonempty_text<64>(std::move(from)),
                                            .NewGroupName = timrest::nonempty_text<32>(std::move(to))}};
}

std::vector<std::string> statuses(timrest::client& chat, std::vector<std::string> ids) {
    std::vector<acc::account_ref> items;
    for (auto& id : ids) items.push_back(acc::account_ref{std::move(id)});
    auto checked = timrest::call<acc::account_check>(chat, {.CheckItem = std::move(items)});
    std::vector<std::string> out;
    for (const auto& r : checked.ResultItem) out.push_back(r.AccountStatus.name());
    return out;
}

}  // namespace

// --- get_list

TEST_CASE_METHOD(emulated<seed_conversations>,
                 "integration: get_list returns the seeded conversations, pinned first, in one complete page",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::get_list>(chat, {.From_Account = "alice"});
    REQUIRE(r);
    CHECK(r->CompleteFlag == 1);
    REQUIRE(r->SessionItem.size() == 3);
    CHECK(r->SessionItem[0].Type == rc::conversation_type::c2c);
    CHECK(r->SessionItem[0].To_Account == "bob");
    CHECK(r->SessionItem[0].TopFlag == 1);
    CHECK(r->SessionItem[0].MsgTime == 1700000300);
    CHECK(r->SessionItem[1].To_Account == "carol");
    CHECK(r->SessionItem[1].TopFlag == 0);
    CHECK(r->SessionItem[2].Type == rc::conversation_type::group);
    CHECK(r->SessionItem[2].GroupId == "@TGS#team");
    CHECK_FALSE(r->SessionItem[2].To_Account);

    // The first page's request spells out every cursor and the recommended AssistFlags.
    REQUIRE(srv.requests().size() == 1);
    CHECK(boost::json::parse(srv.requests()[0].body) ==
          boost::json::parse(R"({"From_Account":"alice","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,)"
                             R"("TopStartIndex":0,"AssistFlags":15})"));
}

// --- delete

TEST_CASE_METHOD(emulated<seed_conversations>,
                 "integration: delete with Type 1 and To_Account removes the conversation from get_list",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::delete_>(chat, {.From_Account = "alice", .Type = rc::conversation_type::c2c, .To_Account = "carol",
                                                   .ClearRamble = rc::roaming_messages::clear});
    REQUIRE(r);
    CHECK(boost::json::parse(srv.requests().back().body) ==
          boost::json::parse(R"({"From_Account":"alice","Type":1,"To_Account":"carol","ClearRamble":1})"));
    CHECK(listed_peers(chat, "alice") == std::vector<std::string>{"bob", "@TGS#team"});

    // Deleting it again is not an error.
    CHECK(timrest::try_call<rc::delete_>(chat, {.From_Account = "alice", .Type = rc::conversation_type::c2c, .To_Account = "carol"}));
}

TEST_CASE_METHOD(emulated<seed_conversations>,
                 "integration: delete with Type 2 sends the group as ToGroupid and removes it from get_list",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::delete_>(chat, {.From_Account = "alice", .Type = rc::conversation_type::group, .ToGroupid = "@TGS#team"});
    REQUIRE(r);
    const std::string body = srv.requests().back().body;
    CHECK(target_path(srv.requests().back().target) == "/v4/recentcontact/delete");
    CHECK_THAT(body, Catch::Contains(R"("ToGroupid":"@TGS#team")"));
    CHECK_THAT(body, !Catch::Contains("ToGroupId") && !Catch::Contains("To_Account"));
    CHECK(listed_peers(chat, "alice") == std::vector<std::string>{"bob", "carol"});
}

TEST_CASE_METHOD(emulated<>, "integration: delete for a user never imported fails with 50001",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::delete_>(chat, {.From_Account = "nobody", .Type = rc::conversation_type::c2c, .To_Account = "bob"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(50001));
    CHECK(r.error().meaning == timrest::find_error<rc::delete_>(50001)->meaning);
}

TEST_CASE_METHOD(emulated<>, "integration: delete breaking its Type rule is refused before sending",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    const auto before = srv.requests().size();

    auto c2c = timrest::try_call<rc::delete_>(chat, {.From_Account = "alice", .Type = rc::conversation_type::c2c});
    REQUIRE_FALSE(c2c);
    CHECK(c2c.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(c2c.error().sent);
    CHECK(c2c.error().info == "To_Account: required when Type is 1");

    // The group ID under the contact-group spelling does not count: delete needs ToGroupid.
    auto group = timrest::try_call<rc::delete_>(chat, {.From_Account = "alice", .Type = rc::conversation_type::group, .To_Account = "bob"});
    REQUIRE_FALSE(group);
    CHECK(group.error().code == timrest::protocol_errc::invalid_request);
    CHECK_THAT(group.error().info, Catch::Contains("ToGroupid") && Catch::Contains("required when Type is 2"));

    CHECK(srv.requests().size() == before);
}

// --- update_contact_group

TEST_CASE_METHOD(emulated<>, "integration: update_contact_group renames a group, keeping its ID",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    const auto id = create_group(chat, "alice", "work");

    auto r = timrest::try_call<rc::update_contact_group>(chat, rename_request("alice", "work", "office"));
    REQUIRE(r);
    CHECK(r->UpdateType == rc::update_type::by_group);
    CHECK(r->UpdateGroupResult.UpdateGroupType == rc::update_group_type::rename_group);
    CHECK(r->UpdateGroupResult.GroupName == "office");
    CHECK(r->UpdateGroupResult.OldGroupName == "work");
    CHECK(r->UpdateGroupResult.GroupId == id);
    CHECK(boost::json::parse(srv.requests().back().body) ==
          boost::json::parse(R"({"From_Account":"alice","UpdateGroup":{"UpdateGroupType":1,"OldGroupName":"work",)"
                             R"("NewGroupName":"office"},"UpdateType":1})"));

    auto groups = timrest::call<rc::get_contact_group>(chat, {.From_Account = "alice"}).GroupItem;
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].GroupName == "office");
    CHECK(groups[0].GroupId == id);

    // The old name is gone.
    auto old = timrest::try_call<rc::del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    REQUIRE_FALSE(old);
    CHECK(old.error().code == timrest::service_code(51009));
}

TEST_CASE_METHOD(emulated<>,
                 "integration: renaming a group that does not exist fails with 51009 and the table's meaning",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");

    auto r = timrest::try_call<rc::update_contact_group>(chat, rename_request("alice", "missing", "office"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(51009));
    CHECK(r.error().code.category() == timrest::service_category<rc::update_contact_group>());
    CHECK(r.error().meaning == timrest::find_error<rc::update_contact_group>(51009)->meaning);
    CHECK(r.error().meaning == rc::codes::group_not_found.meaning);
    CHECK(r.error().sent);
}

TEST_CASE_METHOD(emulated<>,
                 "integration: update_contact_group with a NewGroupName over 32 bytes is refused before sending",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    create_group(chat, "alice", "work");
    const auto before = srv.requests().size();

    auto r = timrest::try_call<rc::update_contact_group>(chat, rename_request("alice", "work", std::string(33, 'n')));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(r.error().sent);
    CHECK_THAT(r.error().info, Catch::Contains("NewGroupName") && Catch::Contains("at most 32 bytes, got 33"));

    // A rename without the new name breaks a rule of UpdateGroupType 1.
    auto no_name = timrest::try_call<rc::update_contact_group>(
        chat, {.From_Account = "alice",
               .UpdateGroup = rc::update_group{.UpdateGroupType = rc::update_group_type::rename_group, .OldGroupName = "work"}});
    REQUIRE_FALSE(no_name);
    CHECK_THAT(no_name.error().info, Catch::Contains("NewGroupName") && Catch::Contains("required when UpdateGroupType is 1"));
    CHECK(srv.requests().size() == before);

    // 32 bytes is allowed.
    CHECK(timrest::try_call<rc::update_contact_group>(chat, rename_request("alice", "work", std::string(32, 'n'))));
}

TEST_CASE_METHOD(emulated<>,
                 "integration: update_contact_group adds and removes conversations, seen by search_contact_group",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob", "carol"}) import_user(chat, id);
    const auto id = create_group(chat, "alice", "work", {peer("bob")});

    auto r = timrest::try_call<rc::update_contact_group>(
        chat, {.From_Account = "alice",
               .UpdateGroup = rc::update_group{
                   .UpdateGroupType = rc::update_group_type::change_conversations,
                   .OldGroupName = "work",
                   .ContactUpdateItem = timrest::list<rc::contact_update_item>{
                       rc::contact_update_item{.ContactOptType = rc::contact_opt_type::add_to_group, .ContactItem = peer("carol")},
                       rc::contact_update_item{.ContactOptType = rc::contact_opt_type::remove_from_group, .ContactItem = peer("bob")}}}});
    REQUIRE(r);
    CHECK(r->UpdateGroupResult.UpdateGroupType == rc::update_group_type::change_conversations);
    CHECK(r->UpdateGroupResult.GroupName == "work");
    CHECK(r->UpdateGroupResult.GroupId == id);
    REQUIRE(r->UpdateGroupResult.ContactResultItem);
    REQUIRE(r->UpdateGroupResult.ContactResultItem->size() == 2);
    CHECK((*r->UpdateGroupResult.ContactResultItem)[0].ResultCode == 0);
    CHECK((*r->UpdateGroupResult.ContactResultItem)[0].ContactOptType == rc::contact_opt_type::add_to_group);
    CHECK((*r->UpdateGroupResult.ContactResultItem)[1].ResultCode == 0);

    auto found = timrest::call<rc::search_contact_group>(chat, {.From_Account = "alice", .ContactItem = {peer("carol")}});
    REQUIRE(found.ContactResultItem.size() == 1);
    CHECK(found.ContactResultItem[0].ContactGroupId == std::vector<std::uint32_t>{id});
    auto bob = timrest::call<rc::search_contact_group>(chat, {.From_Account = "alice", .ContactItem = {peer("bob")}});
    CHECK(bob.ContactResultItem.empty());  // no group and no mark left
}

// --- mark_contact, search_contact_group, get_contact_group

TEST_CASE_METHOD(emulated<>,
                 "integration: mark_contact sets marks that search_contact_group and get_contact_group show",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);

    auto marked = timrest::try_call<rc::mark_contact>(
        chat, {.From_Account = "alice",
               .MarkItem = {rc::mark_item{.OptType = rc::mark_opt_type::set_both_marks,
                                          .ContactItem = peer("bob"),
                                          .SetMark = std::vector<rc::mark_bit>{1, 2},
                                          .CustomMark = "vip"}}});
    REQUIRE(marked);
    REQUIRE(marked->ResultItem.size() == 1);
    CHECK(marked->ResultItem[0].ResultCode == 0);
    CHECK(marked->ResultItem[0].OptType == rc::mark_opt_type::set_both_marks);
    CHECK(marked->ResultItem[0].ContactItem.To_Account == "bob");

    // StandardMark arrives as a string of bits, on the wire too.
    auto found = timrest::try_call<rc::search_contact_group>(chat, {.From_Account = "alice", .ContactItem = {peer("bob")}});
    REQUIRE(found);
    REQUIRE(found->ContactResultItem.size() == 1);
    const auto& bob = found->ContactResultItem[0];
    CHECK(bob.Type == rc::conversation_type::c2c);
    CHECK(bob.To_Account == "bob");
    CHECK(bob.StandardMark == "110");
    CHECK(bob.CustomMark == "vip");
    CHECK_FALSE(bob.ContactGroupId);
    CHECK(bob.Timestamp.value_or(0) > 0);

    // Clearing a bit and keeping the custom mark.
    REQUIRE(timrest::try_call<rc::mark_contact>(
        chat, {.From_Account = "alice",
               .MarkItem = {rc::mark_item{.OptType = rc::mark_opt_type::set_standard_marks,
                                          .ContactItem = peer("bob"),
                                          .ClearMark = std::vector<rc::mark_bit>{2}}}}));
    auto all = timrest::try_call<rc::get_contact_group>(chat, {.From_Account = "alice"});
    REQUIRE(all);
    CHECK(all->CompleteFlag == 1);
    CHECK(all->GroupItem.empty());
    REQUIRE(all->ContactItem.size() == 1);
    CHECK(all->ContactItem[0].To_Account == "bob");
    CHECK(all->ContactItem[0].StandardMark == "10");
    CHECK(all->ContactItem[0].CustomMark == "vip");
    CHECK(all->ContactItem[0].Timestamp.value_or(0) > bob.Timestamp.value_or(0));
}

TEST_CASE_METHOD(emulated<>,
                 "integration: search_contact_group returns GroupItem to resolve each ContactGroupId to a name",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob", "carol", "dave"}) import_user(chat, id);
    const auto work = create_group(chat, "alice", "work", {peer("bob")});
    const auto family = create_group(chat, "alice", "family", {peer("bob"), peer("carol")});
    CHECK(work != family);

    auto r = timrest::try_call<rc::search_contact_group>(
        chat, {.From_Account = "alice", .ContactItem = {peer("bob"), peer("carol"), peer("dave")}});
    REQUIRE(r);
    std::map<std::uint32_t, std::string> names;
    for (const auto& g : r->GroupItem) names[g.GroupId] = g.GroupName;
    CHECK(names == std::map<std::uint32_t, std::string>{{work, "work"}, {family, "family"}});

    std::map<std::string, std::set<std::string>> groups_of;
    for (const auto& c : r->ContactResultItem) {
        REQUIRE(c.ContactGroupId);
        for (auto gid : *c.ContactGroupId) {
            REQUIRE(names.contains(gid));
            groups_of[c.To_Account.value_or("")].insert(names[gid]);
        }
    }
    CHECK(groups_of == std::map<std::string, std::set<std::string>>{{"bob", {"work", "family"}}, {"carol", {"family"}}});
}

TEST_CASE_METHOD(emulated<>, "integration: search_contact_group for a user never imported fails with 50001",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::search_contact_group>(chat, {.From_Account = "nobody", .ContactItem = {peer("bob")}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(50001));
    CHECK(r.error().meaning == timrest::find_error<rc::search_contact_group>(50001)->meaning);
}

TEST_CASE_METHOD(emulated<>,
                 "integration: get_contact_group lists grouped and marked conversations with the user's groups",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob", "carol"}) import_user(chat, id);
    const auto work = create_group(chat, "alice", "work",
                                   {peer("bob"), rc::group_conversation("@TGS#team")});
    timrest::call<rc::mark_contact>(chat, {.From_Account = "alice",
                                           .MarkItem = {rc::mark_item{.OptType = rc::mark_opt_type::set_custom_mark,
                                                                      .ContactItem = peer("carol"),
                                                                      .CustomMark = "later"}}});

    auto r = timrest::try_call<rc::get_contact_group>(chat, {.From_Account = "alice"});
    REQUIRE(r);
    CHECK(r->CompleteFlag == 1);
    CHECK(r->NextStartIndex == 0);
    REQUIRE(r->GroupItem.size() == 1);
    CHECK(r->GroupItem[0].GroupName == "work");
    CHECK(r->GroupItem[0].GroupId == work);
    REQUIRE(r->ContactItem.size() == 3);
    CHECK(r->ContactItem[0].To_Account == "bob");
    CHECK(r->ContactItem[0].ContactGroupId == std::vector<std::uint32_t>{work});
    CHECK(r->ContactItem[1].Type == rc::conversation_type::group);
    CHECK(r->ContactItem[1].ToGroupId == "@TGS#team");
    CHECK(r->ContactItem[2].To_Account == "carol");
    CHECK(r->ContactItem[2].CustomMark == "later");
    CHECK_FALSE(r->ContactItem[2].ContactGroupId);
    CHECK(boost::json::parse(srv.requests().back().body) ==
          boost::json::parse(R"({"From_Account":"alice","StartIndex":0})"));
}

// --- accounts

TEST_CASE_METHOD(emulated<>, "integration: multiaccount_import imports in the old format (Accounts)",
                 "[integration][account]") {
    auto r = timrest::try_call<acc::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"u1", "u2", "u3"}});
    REQUIRE(r);
    CHECK(r->FailAccounts.empty());
    CHECK(boost::json::parse(srv.requests().back().body) == boost::json::parse(R"({"Accounts":["u1","u2","u3"]})"));
    CHECK(statuses(chat, {"u1", "u2", "u3", "u4"}) ==
          std::vector<std::string>{"Imported", "Imported", "Imported", "NotImported"});
}

TEST_CASE_METHOD(emulated<>, "integration: multiaccount_import imports in the new format (AccountList with Nick)",
                 "[integration][account]") {
    auto r = timrest::try_call<acc::multiaccount_import>(
        chat, {.AccountList = timrest::list<acc::account_entry, 1, 100>{
                   acc::account_entry{.UserID = "erin", .Nick = "Erin", .FaceUrl = "https://example.com/e.png"},
                   acc::account_entry{.UserID = "frank"}}});
    REQUIRE(r);
    CHECK(r->FailAccounts.empty());
    CHECK(boost::json::parse(srv.requests().back().body) ==
          boost::json::parse(R"({"AccountList":[{"UserID":"erin","Nick":"Erin","FaceUrl":"https://example.com/e.png"},)"
                             R"({"UserID":"frank"}]})"));
    CHECK(statuses(chat, {"erin", "frank"}) == std::vector<std::string>{"Imported", "Imported"});
    srv.with_world([](emu::world& w) {
        CHECK(w.users.at("erin").nick == "Erin");
        CHECK(w.users.at("erin").face_url == "https://example.com/e.png");
        CHECK(w.users.at("frank").nick.empty());
    });
}

TEST_CASE_METHOD(emulated<>,
                 "integration: multiaccount_import with both formats, or neither, is refused before sending",
                 "[integration][account]") {
    auto both = timrest::try_call<acc::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"u1"},
               .AccountList = timrest::list<acc::account_entry, 1, 100>{acc::account_entry{.UserID = "u2"}}});
    REQUIRE_FALSE(both);
    CHECK(both.error().code == timrest::protocol_errc::invalid_request);
    CHECK_THAT(both.error().info, Catch::Contains("only one of Accounts and AccountList"));

    auto neither = timrest::try_call<acc::multiaccount_import>(chat, {});
    REQUIRE_FALSE(neither);
    CHECK(neither.error().code == timrest::protocol_errc::invalid_request);
    CHECK(srv.requests().empty());
}

TEST_CASE_METHOD(emulated<>,
                 "integration: account_delete removes accounts, and account_check then shows them NotImported",
                 "[integration][account]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    REQUIRE(statuses(chat, {"alice", "bob"}) == std::vector<std::string>{"Imported", "Imported"});

    auto r = timrest::try_call<acc::account_delete>(chat, {.DeleteItem = {acc::account_ref{"alice"}}});
    REQUIRE(r);
    REQUIRE(r->ResultItem.size() == 1);
    CHECK(r->ResultItem[0].UserID == "alice");
    CHECK(r->ResultItem[0].ResultCode == 0);
    CHECK(statuses(chat, {"alice", "bob"}) == std::vector<std::string>{"NotImported", "Imported"});

    // A deleted account owns no conversations any more.
    auto list = timrest::try_call<rc::get_list>(chat, {.From_Account = "alice"});
    REQUIRE_FALSE(list);
    CHECK(list.error().code == timrest::service_code(50001));
}

TEST_CASE_METHOD(emulated<>, "integration: batch account calls over 100 items are refused before sending",
                 "[integration][account]") {
    std::vector<acc::account_ref> many;
    for (int i = 0; i < 101; ++i) many.push_back(acc::account_ref{"u" + std::to_string(i)});
    auto check = timrest::try_call<acc::account_check>(chat, {.CheckItem = many});
    REQUIRE_FALSE(check);
    CHECK(check.error().code == timrest::protocol_errc::invalid_request);
    CHECK_THAT(check.error().info, Catch::Contains("CheckItem") && Catch::Contains("100"));
    auto del = timrest::try_call<acc::account_delete>(chat, {.DeleteItem = many});
    REQUIRE_FALSE(del);
    CHECK(del.error().code == timrest::protocol_errc::invalid_request);
    CHECK(srv.requests().empty());

    many.pop_back();  // exactly 100 goes out
    auto hundred = timrest::try_call<acc::account_check>(chat, {.CheckItem = many});
    REQUIRE(hundred);
    CHECK(hundred->ResultItem.size() == 100);
}

// The client never sends a body its declaration refuses; a raw client::post does, and the emulator refuses it too.
TEST_CASE_METHOD(emulated<>,
                 "integration: the emulator refuses a multiaccount_import body with both Accounts and AccountList",
                 "[integration][account]") {
    auto reply = chat.post(acc::multiaccount_import::path, R"({"Accounts":["a1"],"AccountList":[{"UserID":"b1"}]})");
    REQUIRE_FALSE(reply.error);
    CHECK(reply.env.ErrorCode == 70402);
    srv.with_world([](emu::world& w) {
        CHECK_FALSE(w.users.contains("a1"));
        CHECK_FALSE(w.users.contains("b1"));
    });
}

TEST_CASE_METHOD(emulated<>, "integration: the emulator refuses an account_check body with 101 items",
                 "[integration][account]") {
    std::string body = R"({"CheckItem":[)";
    for (int i = 0; i < 101; ++i) body += (i ? "," : "") + std::string(R"({"UserID":"u)") + std::to_string(i) + R"("})";
    body += "]}";
    auto reply = chat.post(acc::account_check::path, body);
    REQUIRE_FALSE(reply.error);
    CHECK(reply.env.ErrorCode == 70206);  // the batch-size code, checked before the declaration
}

}  // namespace integration_family_test
