#include "support.hpp"

#include "group_world.hpp"
#include "timrest/group_msg.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace integration_group_messages_test {

// Group messages through the real client and the emulator: sequence numbers, paging the history back, recall,
// and the import endpoints that build a group's state.

namespace {

using timrest_test::emulated;
using timrest_test::import_user;
namespace group_msg = timrest::group_msg;
namespace group = timrest::group;
namespace msg = timrest::msg;
using timrest::emulator::groups;
using timrest::emulator::world;

constexpr auto group_id = "@TGS#history";

void seed_group(timrest::emulator::server& srv) {
    srv.with_world([](world& w) {
        auto& g = w.state<groups>().by_id[group_id];
        g.id = group_id;
        g.type = group::group_type::Public;
        g.name = "history";
        g.create_time = w.clock;
    });
}

group_msg::send_group_msg_request text(std::string words, std::uint32_t random) {
    return {.GroupId = group_id, .Random = random, .MsgBody = {msg::text_elem{.Text = std::move(words)}}};
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: send_group_msg numbers a group's messages 1, 2, 3",
                 "[integration][group_msg]") {
    seed_group(srv);
    std::vector<std::uint64_t> seqs;
    for (std::uint32_t i = 1; i <= 3; ++i) {
        auto sent = timrest::try_call<group_msg::send_group_msg>(chat, text("message " + std::to_string(i), i));
        REQUIRE(sent);
        CHECK(sent->MsgTime > 0);
        seqs.push_back(sent->MsgSeq);
    }
    CHECK(seqs == std::vector<std::uint64_t>{1, 2, 3});
    srv.with_world([](world& w) {
        const auto* g = w.state<groups>().find(group_id);
        REQUIRE(g);
        REQUIRE(g->messages.size() == 3);
        CHECK(g->messages[2].seq == 3);
        CHECK(g->next_seq == 4);
    });
}

TEST_CASE_METHOD(emulated<>, "integration: the history pages back two messages at a time, newest first",
                 "[integration][group_msg]") {
    seed_group(srv);
    for (std::uint32_t i = 1; i <= 5; ++i)
        REQUIRE(timrest::try_call<group_msg::send_group_msg>(chat, text("m" + std::to_string(i), i)));

    std::vector<std::uint64_t> seen;
    std::vector<std::size_t> page_sizes;
    auto stopped = timrest::for_each_page<group_msg::group_msg_get_simple>(
        chat, {.GroupId = group_id, .ReqMsgNumber = 2u}, [&](const group_msg::group_msg_get_simple_response& page) {
            page_sizes.push_back(page.RspMsgList.size());
            for (const auto& m : page.RspMsgList) seen.push_back(m.MsgSeq);
        });
    CHECK_FALSE(stopped);
    CHECK(page_sizes == std::vector<std::size_t>{2, 2, 1});
    CHECK(seen == std::vector<std::uint64_t>{5, 4, 3, 2, 1});

    // The requests continued from the oldest MsgSeq received, minus 1.
    const auto requests = srv.requests();
    REQUIRE(requests.size() >= 3);
    const auto last = boost::json::parse(requests.back().body);
    CHECK(last.at("ReqMsgSeq") == 1);

    // The body comes back as sent.
    auto newest = timrest::try_call<group_msg::group_msg_get_simple>(chat, {.GroupId = group_id, .ReqMsgNumber = 1u});
    REQUIRE(newest);
    REQUIRE(newest->RspMsgList.size() == 1);
    const auto& body = newest->RspMsgList[0].MsgBody;
    REQUIRE(body.size() == 1);
    REQUIRE(body[0].get_if<msg::text_elem>());
    CHECK(body[0].get_if<msg::text_elem>()->Text.value() == "m5");
}

TEST_CASE_METHOD(emulated<>, "integration: a recalled group message leaves the history unless asked for",
                 "[integration][group_msg]") {
    seed_group(srv);
    for (std::uint32_t i = 1; i <= 3; ++i) REQUIRE(timrest::try_call<group_msg::send_group_msg>(chat, text("x", i)));

    auto recalled = timrest::try_call<group_msg::group_msg_recall>(
        chat, {.GroupId = group_id, .MsgSeqList = {group_msg::msg_seq_item{.MsgSeq = 2u}, group_msg::msg_seq_item{.MsgSeq = 9u}}});
    REQUIRE(recalled);
    REQUIRE(recalled->RecallRetList.size() == 2);
    CHECK(recalled->RecallRetList[0].RetCode == 0);
    CHECK(recalled->RecallRetList[1].RetCode == group_msg::codes::msg_not_found.code);
    const auto failures = timrest::item_failures(recalled);  // RetCode, named by the item's `item_code`
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "RecallRetList[1]");
    CHECK(failures[0].code == group_msg::codes::msg_not_found.code);
    CHECK(failures[0].meaning == group_msg::codes::msg_not_found.meaning);

    auto plain = timrest::try_call<group_msg::group_msg_get_simple>(chat, {.GroupId = group_id, .ReqMsgNumber = 20u});
    REQUIRE(plain);
    std::vector<std::uint64_t> seqs;
    for (const auto& m : plain->RspMsgList) seqs.push_back(m.MsgSeq);
    CHECK(seqs == std::vector<std::uint64_t>{3, 1});

    group_msg::group_msg_get_simple_request with{.GroupId = group_id, .ReqMsgNumber = 20u};
    with.WithRecalledMsg = 1;
    auto all = timrest::try_call<group_msg::group_msg_get_simple>(chat, with);
    REQUIRE(all);
    REQUIRE(all->RspMsgList.size() == 3);
    CHECK(all->RspMsgList[1].MsgSeq == 2);
    CHECK(all->RspMsgList[1].IsPlaceMsg == group_msg::place_msg::recalled);
    srv.with_world([](world& w) { CHECK(w.state<groups>().find(group_id)->messages[1].recalled); });
}

TEST_CASE_METHOD(emulated<>, "integration: an unknown group answers 10010", "[integration][group_msg]") {
    auto sent = timrest::try_call<group_msg::send_group_msg>(chat, text("hello?", 1));
    REQUIRE_FALSE(sent);
    CHECK(sent.error().code == group_msg::codes::group_not_found);
    auto history =
        timrest::try_call<group_msg::group_msg_get_simple>(chat, {.GroupId = "@TGS#nowhere", .ReqMsgNumber = 5u});
    REQUIRE_FALSE(history);
    CHECK(history.error().code == group_msg::codes::group_not_found);
    auto recall = timrest::try_call<group_msg::group_msg_recall>(
        chat, {.GroupId = "@TGS#nowhere", .MsgSeqList = {group_msg::msg_seq_item{.MsgSeq = 1u}}});
    REQUIRE_FALSE(recall);
    CHECK(recall.error().code == group_msg::codes::group_not_found);
    auto notify = timrest::try_call<group_msg::send_group_system_notification>(
        chat, {.GroupId = "@TGS#nowhere", .Content = "hello?"});
    REQUIRE_FALSE(notify);
    CHECK(notify.error().code == group_msg::codes::group_not_found);
    auto imported = timrest::try_call<group_msg::import_group_member>(
        chat, {.GroupId = "@TGS#nowhere", .MemberList = {group_msg::imported_member{.Member_Account = "bob"}}});
    REQUIRE_FALSE(imported);
    CHECK(imported.error().code == group_msg::codes::group_not_found);    auto extension = timrest::try_call<group_msg::group_set_key_values>(
        chat, {.GroupId = "@TGS#nowhere", .MsgSeq = 1u, .OperateType = timrest::msg_ext::operate_type::clear});
    REQUIRE_FALSE(extension);
    CHECK(extension.error().code == group_msg::codes::group_msg_not_found);
}

TEST_CASE_METHOD(emulated<>, "integration: modify_group_msg rewrites a body; delete_group_msg_by_sender recalls "
                             "one sender's messages", "[integration][group_msg]") {
    seed_group(srv);
    for (auto from : {"alice", "bob", "alice"}) {
        auto request = text(std::string("from ") + from, 1);
        request.From_Account = timrest::user_id(std::string(from));
        REQUIRE(timrest::try_call<group_msg::send_group_msg>(chat, request));
    }
    group_msg::modify_group_msg_request edit{.GroupId = group_id, .MsgSeq = 2u};
    edit.MsgBody = msg::body{msg::text_elem{.Text = "edited"}};
    REQUIRE(timrest::try_call<group_msg::modify_group_msg>(chat, edit));
    REQUIRE(timrest::try_call<group_msg::delete_group_msg_by_sender>(
        chat, {.GroupId = group_id, .Sender_Account = "alice"}));

    auto history = timrest::try_call<group_msg::group_msg_get_simple>(chat, {.GroupId = group_id, .ReqMsgNumber = 20u});
    REQUIRE(history);
    REQUIRE(history->RspMsgList.size() == 1);  // alice's two are recalled
    CHECK(history->RspMsgList[0].From_Account == "bob");
    CHECK(history->RspMsgList[0].MsgBody[0].get_if<msg::text_elem>()->Text.value() == "edited");
}

TEST_CASE_METHOD(emulated<>, "integration: a migrated group gets its members and its messages at their own times",
                 "[integration][group_msg]") {
    for (auto id : {"leckie", "tommy"}) import_user(chat, id);
    auto created = timrest::try_call<group_msg::import_group>(
        chat, {.Type = group::group_type::Public, .Name = "migrated", .Owner_Account = "leckie", .GroupId = "old-1",
               .CreateTime = 1448357837});
    REQUIRE(created);
    CHECK(created->GroupId == "old-1");
    auto again = timrest::try_call<group_msg::import_group>(
        chat, {.Type = group::group_type::Public, .Name = "migrated", .GroupId = "old-1"});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == group_msg::codes::group_id_taken);

    auto members = timrest::try_call<group_msg::import_group_member>(
        chat, {.GroupId = "old-1",
               .MemberList = {group_msg::imported_member{.Member_Account = "tommy", .Role = group::member_role::Admin,
                                                         .JoinTime = 1448357857},
                              group_msg::imported_member{.Member_Account = "leckie"},
                              group_msg::imported_member{.Member_Account = "ghost"}}});
    REQUIRE(members);
    REQUIRE(members->MemberList.size() == 3);
    CHECK(members->MemberList[0].Result == group_msg::import_result::imported);
    CHECK(members->MemberList[1].Result == group_msg::import_result::already_member);
    CHECK(group_msg::failed_members(*members) == std::vector<std::string>{"ghost"});

    auto imported = timrest::try_call<group_msg::import_group_msg>(
        chat, {.GroupId = "old-1",
               .MsgList = {group_msg::imported_message{.From_Account = "leckie", .SendTime = 1620808101,
                                                       .MsgBody = {msg::text_elem{.Text = "first"}}},
                           group_msg::imported_message{.From_Account = "tommy", .SendTime = 1620892821,
                                                       .MsgBody = {msg::text_elem{.Text = "second"}}},
                           group_msg::imported_message{.From_Account = "tommy", .SendTime = 1620000000,
                                                       .MsgBody = {msg::text_elem{.Text = "out of order"}}}}});
    REQUIRE(imported);
    REQUIRE(imported->ImportMsgResult.size() == 3);
    CHECK(imported->ImportMsgResult[0].MsgSeq == 1);
    CHECK(imported->ImportMsgResult[1].MsgSeq == 2);
    CHECK(imported->ImportMsgResult[2].Result == group_msg::codes::invalid_parameter.code);

    auto history = timrest::try_call<group_msg::group_msg_get_simple>(chat, {.GroupId = "old-1", .ReqMsgNumber = 20u});
    REQUIRE(history);
    REQUIRE(history->RspMsgList.size() == 2);
    CHECK(history->RspMsgList[0].MsgTimeStamp == 1620892821);
    CHECK(history->RspMsgList[0].From_Account == "tommy");
    srv.with_world([](world& w) {
        const auto* g = w.state<groups>().find("old-1");
        REQUIRE(g);
        CHECK(g->owner == "leckie");
        CHECK(g->members.at("tommy").role == group::member_role::Admin);
        CHECK(g->create_time == 1448357837);
    });
}

}  // namespace integration_group_messages_test
