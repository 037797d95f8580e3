#include "support.hpp"

#include <catch2/catch.hpp>

#include "behaviour/openim.hpp"
#include "timrest/msg_ext.hpp"

#include <string>
#include <vector>

namespace integration_openim_history_test {

// One-to-one history through the real client and the emulator: messages sent and imported come back, page by page,
// recalls are flagged, edits show, and unread counts follow read marks.

namespace {

using timrest_test::emulated;
using timrest_test::import_user;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

std::string text_of(const openim::roam_message& m) {
    REQUIRE(m.MsgBody.size() == 1);
    const auto* t = m.MsgBody[0].get_if<msg::text_elem>();
    REQUIRE(t != nullptr);
    return *t->Text;
}

openim::admin_getroammsg_request whole_history(const std::string& me, const std::string& peer) {
    return {.Operator_Account = me, .Peer_Account = peer, .MaxCnt = 100, .MinTime = 0, .MaxTime = 4102444800};
}

std::string send(timrest::client& chat, const std::string& from, const std::string& to, const std::string& text,
                 std::uint32_t random) {
    auto sent = timrest::try_call<openim::sendmsg>(
        chat, {.To_Account = to, .MsgRandom = random, .MsgBody = {msg::text_elem{.Text = text}}, .From_Account = from});
    REQUIRE(sent);
    return sent->MsgKey;
}

std::uint32_t unread(timrest::client& chat, const std::string& reader, const std::string& peer) {
    auto r = timrest::try_call<openim::get_c2c_unread_msg_num>(chat, {.To_Account = reader, .Peer_Account = {peer}});
    REQUIRE(r);
    REQUIRE(r->C2CUnreadMsgNumList);
    REQUIRE(r->C2CUnreadMsgNumList->size() == 1);
    return (*r->C2CUnreadMsgNumList)[0].C2CUnreadMsgNum;
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: history pages back through sent messages; a recall flags one and clears its unread count",
                 "[integration][openim]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    srv.with_world([](timrest::emulator::world& w) { w.state<timrest::emulator::openim_state>().page_size = 1; });
    const std::string first = send(chat, "alice", "bob", "one", 11);
    const std::string second = send(chat, "alice", "bob", "two", 12);
    const std::string third = send(chat, "bob", "alice", "three", 13);

    std::vector<std::vector<std::string>> pages;
    auto stopped = timrest::for_each_page<openim::admin_getroammsg>(
        chat, whole_history("bob", "alice"), [&](const openim::admin_getroammsg_response& page) {
            std::vector<std::string> texts;
            for (const auto& m : page.MsgList) texts.push_back(text_of(m));
            pages.push_back(texts);
        });
    CHECK_FALSE(stopped);
    CHECK(pages == std::vector<std::vector<std::string>>{{"three"}, {"two"}, {"one"}});  // newest page first

    CHECK(unread(chat, "bob", "alice") == 2);
    REQUIRE(timrest::try_call<openim::admin_msgwithdraw>(chat, {.From_Account = "alice", .To_Account = "bob", .MsgKey = first}));
    CHECK(unread(chat, "bob", "alice") == 1);
    auto again = timrest::try_call<openim::admin_msgwithdraw>(chat, {.From_Account = "alice", .To_Account = "bob", .MsgKey = first});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == openim::codes::already_recalled);

    // The range walk: every page, oldest last; the recalled message is still listed, with its flag.
    std::vector<openim::roam_message> all;
    for (const auto& page : timrest::pages<openim::admin_getroammsg>(chat, whole_history("alice", "bob"))) {
        REQUIRE(page);
        all.insert(all.end(), page->MsgList.begin(), page->MsgList.end());
    }
    REQUIRE(all.size() == 3);
    CHECK(all[2].MsgKey == first);
    CHECK(all[2].MsgFlagBits == openim::msg_flag::recalled);
    CHECK(all[1].MsgKey == second);
    CHECK(all[1].MsgFlagBits == openim::msg_flag::normal);
    CHECK(all[0].MsgKey == third);

    REQUIRE(timrest::try_call<openim::admin_set_msg_read>(chat, {.Report_Account = "bob", .Peer_Account = "alice"}));
    CHECK(unread(chat, "bob", "alice") == 0);
    auto total = timrest::try_call<openim::get_c2c_unread_msg_num>(chat, {.To_Account = "alice"});
    REQUIRE(total);
    CHECK(total->AllC2CUnreadMsgNum == 1u);  // bob's "three"
}

TEST_CASE_METHOD(emulated<>, "integration: imported messages join the history in time order; history imports are not unread",
                 "[integration][openim]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    // Each with its MsgSeq: without one the service draws a random MsgSeq, and a re-import is no duplicate.
    auto import = [&](openim::sync_from_old_system sync, std::int64_t at, const char* text) {
        REQUIRE(timrest::try_call<openim::importmsg>(chat, {.SyncFromOldSystem = sync, .From_Account = "alice",
                                                            .To_Account = "bob", .MsgRandom = 7, .MsgTimeStamp = at,
                                                            .MsgBody = {msg::text_elem{.Text = text}},
                                                            .MsgSeq = static_cast<std::uint32_t>(at % 1000),
                                                            .CloudCustomData = "migrated"}));
    };
    import(openim::sync_from_old_system::realtime, 1600000200, "later");
    import(openim::sync_from_old_system::history, 1600000100, "earlier");
    import(openim::sync_from_old_system::history, 1600000100, "earlier");  // a duplicate: the page keeps the first

    std::vector<std::string> texts;
    REQUIRE_FALSE(timrest::for_each_page<openim::admin_getroammsg>(
        chat, whole_history("bob", "alice"), [&](const openim::admin_getroammsg_response& page) {
            for (const auto& m : page.MsgList) {
                texts.push_back(text_of(m));
                CHECK(m.CloudCustomData == "migrated");
            }
        }));
    CHECK(texts == std::vector<std::string>{"earlier", "later"});
    CHECK(unread(chat, "bob", "alice") == 1);
}

TEST_CASE_METHOD(emulated<>, "integration: modify_c2c_msg changes the body history returns", "[integration][openim]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    const std::string key = send(chat, "alice", "bob", "draft", 5);
    REQUIRE(timrest::try_call<openim::modify_c2c_msg>(
        chat, {.From_Account = "alice", .To_Account = "bob", .MsgKey = key, .MsgBody = msg::body{msg::text_elem{.Text = "final"}}}));
    auto page = timrest::try_call<openim::admin_getroammsg>(chat, whole_history("alice", "bob"));
    REQUIRE(page);
    REQUIRE(page->MsgList.size() == 1);
    CHECK(text_of(page->MsgList[0]) == "final");

    auto missing = timrest::try_call<openim::modify_c2c_msg>(
        chat, {.From_Account = "alice", .To_Account = "bob", .MsgKey = "1_2_3", .CloudCustomData = "x"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == openim::codes::msg_not_found);
}

TEST_CASE_METHOD(emulated<>, "integration: query_online_status answers Offline for imported users and lists unknown ones",
                 "[integration][openim]") {
    import_user(chat, "alice");
    auto r = timrest::try_call<openim::query_online_status>(chat, {.To_Account = {"alice", "ghost"}});
    REQUIRE(r);
    REQUIRE(r->QueryResult.size() == 1);
    CHECK(r->QueryResult[0].To_Account == "alice");
    CHECK(r->QueryResult[0].state() == openim::online_status::Offline);
    const auto failures = timrest::item_failures(r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 70107);
    CHECK(failures[0].item.at("To_Account") == "ghost");
}

TEST_CASE_METHOD(emulated<>, "integration: message extensions are set, read back with their Seq, and cleared",
                 "[integration][msg_ext]") {
    namespace msg_ext = timrest::msg_ext;
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    const std::string key = send(chat, "alice", "bob", "poll", 9);
    auto set = timrest::try_call<msg_ext::set_key_values>(
        chat, {.To_Account = "bob", .MsgKey = key, .OperateType = msg_ext::operate_type::set, .From_Account = "alice",
               .ExtensionList = {msg_ext::extension{.Key = "k1", .Value = "v1"}, msg_ext::extension{.Key = "k2", .Value = "v2"}}});
    REQUIRE(set);
    REQUIRE(set->ExtensionList.size() == 2);
    CHECK(set->ExtensionList[0].Extension.Seq == 1u);
    CHECK(timrest::item_failures(set).empty());

    auto got = timrest::try_call<msg_ext::get_key_values>(chat, {.To_Account = "bob", .MsgKey = key});
    REQUIRE(got);
    CHECK(got->CompleteFlag == 1);
    CHECK(got->LatestSeq == 1u);
    REQUIRE(got->ExtensionList.size() == 2);
    CHECK(got->ExtensionList[1].Value == "v2");

    REQUIRE(timrest::try_call<msg_ext::set_key_values>(
        chat, {.To_Account = "bob", .MsgKey = key, .OperateType = msg_ext::operate_type::clear}));
    got = timrest::try_call<msg_ext::get_key_values>(chat, {.To_Account = "bob", .MsgKey = key});
    REQUIRE(got);
    CHECK(got->ExtensionList.empty());
    CHECK(got->ClearSeq == 2u);

    auto none = timrest::try_call<msg_ext::get_key_values>(chat, {.To_Account = "bob", .MsgKey = "1_2_3"});
    REQUIRE_FALSE(none);
    CHECK(none.error().code == msg_ext::codes::msg_not_found);
}

}  // namespace integration_openim_history_test
