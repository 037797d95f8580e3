#include "timrest/protocol/pages.hpp"

#include <catch2/catch.hpp>

#include "world.hpp"
#include "support.hpp"

#include <boost/json/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace integration_pages_test {

// Walking every page of get_list and get_contact_group against an emulator that holds more than one page,
// through the real curl transport.

namespace {

namespace rc = timrest::recentcontact;
namespace emu = timrest::emulator;
using timrest_test::config_for;
using timrest_test::conversation;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::target_path;

// Three pinned and five normal conversations of alice, each with its own MsgTime, two per page.
void seed_eight_conversations(emu::server& srv) {
    srv.with_world([](emu::world& w) {
        w.page_size = 2;
        auto& alice = w.users["alice"];
        const std::int64_t t = 1700000000;
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "n1", t + 50));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "p1", t + 10, true));
        alice.conversations.push_back(conversation(rc::conversation_type::group, "@TGS#n2", t + 40));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "n3", t + 30));
        alice.conversations.push_back(conversation(rc::conversation_type::group, "@TGS#p2", t + 5, true));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "n4", t + 20));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "p3", t + 1, true));
        alice.conversations.push_back(conversation(rc::conversation_type::c2c, "n5", t + 60));
    });
}

// Pinned first, then normal, each newest first.
const std::vector<std::string> expected_order = {"p1", "@TGS#p2", "p3", "n5", "n1", "@TGS#n2", "n3", "n4"};

// Every get_list page of alice that for_each_page visits; the test stops if the walk fails.
std::vector<rc::get_list_response> alice_pages(timrest::client& chat) {
    std::vector<rc::get_list_response> pages;
    REQUIRE_FALSE(timrest::for_each_page<rc::get_list>(chat, {.From_Account = "alice"},
                                                       [&](const rc::get_list_response& p) { pages.push_back(p); }));
    return pages;
}

std::string peer_of(const rc::session_item& s) {
    return s.Type == rc::conversation_type::c2c ? s.To_Account.value_or("") : s.GroupId.value_or("");
}

std::vector<std::string> peers(const std::vector<rc::get_list_response>& pages) {
    std::vector<std::string> out;
    for (const auto& p : pages)
        for (const auto& s : p.SessionItem) out.push_back(peer_of(s));
    return out;
}

std::vector<boost::json::object> bodies_to(const emu::server& srv, std::string_view path) {
    std::vector<boost::json::object> out;
    for (const auto& r : srv.requests())
        if (target_path(r.target) == path) out.push_back(boost::json::parse(r.body).as_object());
    return out;
}

std::int64_t int_at(const boost::json::object& o, std::string_view key) { return o.at(key).to_number<std::int64_t>(); }

}  // namespace

TEST_CASE_METHOD(emulated<seed_eight_conversations>,
                 "integration: the emulator's page size override (--page-size) sets every paged endpoint's page",
                 "[integration][recentcontact][emulator]") {
    srv.with_world([](emu::world& w) { w.page_size_override = 3; });
    std::vector<std::size_t> sizes;
    std::vector<rc::get_list_response> pages;
    auto failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = "alice"}, [&](const rc::get_list_response& p) {
        sizes.push_back(p.SessionItem.size());
        pages.push_back(p);
    });
    CHECK_FALSE(failed);
    CHECK(sizes == std::vector<std::size_t>{3, 3, 2});
    CHECK(peers(pages) == expected_order);
}

TEST_CASE_METHOD(emulated<seed_eight_conversations>,
                 "integration: for_each_page walks get_list's eight conversations in four pages, pinned first",
                 "[integration][recentcontact]") {
    std::vector<rc::get_list_response> pages;
    auto failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = "alice"},
                                                       [&](const rc::get_list_response& p) { pages.push_back(p); });
    CHECK_FALSE(failed);
    REQUIRE(pages.size() == 4);
    CHECK(srv.requests().size() == 4);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i);
        CHECK(pages[i].SessionItem.size() == 2);
        CHECK(pages[i].CompleteFlag == (i + 1 == pages.size() ? 1 : 0));
    }
    CHECK(peers(pages) == expected_order);  // each conversation once, in order

    std::size_t pinned_seen = 0;
    bool normal_seen = false;
    for (const auto& p : pages)
        for (const auto& s : p.SessionItem) {
            if (s.TopFlag == 1) {
                CHECK_FALSE(normal_seen);  // no pinned conversation after a normal one
                ++pinned_seen;
            } else {
                normal_seen = true;
            }
        }
    CHECK(pinned_seen == 3);
    CHECK(pages[0].SessionItem[0].MsgTime == 1700000010);
    CHECK(pages[1].SessionItem[1].Type == rc::conversation_type::c2c);
    CHECK(pages[2].SessionItem[1].Type == rc::conversation_type::group);
    CHECK(pages[2].SessionItem[1].GroupId == "@TGS#n2");
}

TEST_CASE_METHOD(
    emulated<seed_eight_conversations>,
    "integration: each get_list request carries the cursors the previous reply returned, and AssistFlags 15",
    "[integration][recentcontact]") {
    const auto pages = alice_pages(chat);
    const auto sent = bodies_to(srv, "/v4/recentcontact/get_list");
    REQUIRE(sent.size() == pages.size());
    REQUIRE(sent.size() == 4);

    for (const auto& body : sent) {
        CHECK(int_at(body, "AssistFlags") == 15);
        CHECK(body.at("From_Account") == "alice");
    }
    CHECK(int_at(sent[0], "TimeStamp") == 0);
    CHECK(int_at(sent[0], "StartIndex") == 0);
    CHECK(int_at(sent[0], "TopTimeStamp") == 0);
    CHECK(int_at(sent[0], "TopStartIndex") == 0);
    for (std::size_t i = 1; i < sent.size(); ++i) {
        INFO("request " << i);
        const auto& before = pages[i - 1];
        CHECK(int_at(sent[i], "TimeStamp") == before.TimeStamp);
        CHECK(int_at(sent[i], "StartIndex") == before.StartIndex);
        CHECK(int_at(sent[i], "TopTimeStamp") == before.TopTimeStamp);
        CHECK(int_at(sent[i], "TopStartIndex") == before.TopStartIndex);
    }
    // The first reply moved the pinned cursors past two pinned conversations.
    CHECK(int_at(sent[1], "TopStartIndex") == 2);
    CHECK(int_at(sent[1], "TopTimeStamp") == 1700000005);
}

TEST_CASE_METHOD(emulated<seed_eight_conversations>,
                 "integration: a get_list callback returning false after the first page sends one request",
                 "[integration][recentcontact]") {
    std::size_t visited = 0;
    auto failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = "alice"},
                                                       [&](const rc::get_list_response& p) {
                                                           ++visited;
                                                           CHECK(p.CompleteFlag == 0);
                                                           return false;
                                                       });
    CHECK_FALSE(failed);
    CHECK(visited == 1);
    CHECK(srv.requests().size() == 1);
}

TEST_CASE_METHOD(emulated<seed_eight_conversations>,
                 "integration: the pages<get_list> range yields the same pages as for_each_page",
                 "[integration][recentcontact]") {
    const auto walked = alice_pages(chat);
    const auto after_walk = srv.requests().size();

    std::vector<rc::get_list_response> ranged;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) {
        REQUIRE(page);
        ranged.push_back(*page);
    }
    CHECK(srv.requests().size() - after_walk == 4);
    REQUIRE(ranged.size() == walked.size());
    CHECK(peers(ranged) == peers(walked));
    for (std::size_t i = 0; i < ranged.size(); ++i) {
        INFO("page " << i);
        CHECK(ranged[i].CompleteFlag == walked[i].CompleteFlag);
        CHECK(ranged[i].TimeStamp == walked[i].TimeStamp);
        CHECK(ranged[i].StartIndex == walked[i].StartIndex);
        CHECK(ranged[i].TopTimeStamp == walked[i].TopTimeStamp);
        CHECK(ranged[i].TopStartIndex == walked[i].TopStartIndex);
    }
}

TEST_CASE("integration: a user without conversations has one complete, empty get_list page",
          "[integration][recentcontact]") {
    emu::server srv;
    srv.with_world([](emu::world& w) { w.page_size = 2; });
    srv.start();
    timrest::client chat(config_for(srv));
    import_user(chat, "alice");

    std::size_t elements = 0;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) {
        ++elements;
        REQUIRE(page);
        CHECK(page->SessionItem.empty());
        CHECK(page->CompleteFlag == 1);
    }
    CHECK(elements == 1);
}

namespace {

// alice has four c2c conversations in groups (two groups), one group conversation in a group, and two c2c
// conversations with marks only: seven conversations with group or mark data, four pages of two.
void seed_contact_groups(emu::server& srv, timrest::client& chat) {
    srv.with_world([](emu::world& w) { w.page_size = 2; });
    timrest::call<timrest::account::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"alice", "b1", "b2", "b3", "b4", "m1", "m2"}});
    timrest::call<rc::create_contact_group>(
        chat, {.From_Account = "alice",
               .GroupContactItem = {rc::group_contact_item{
                   .GroupName = "work",
                   .ContactItem = {rc::c2c("b1"),
                                   rc::c2c("b2"),
                                   rc::group_conversation("@TGS#team")}}}});
    timrest::call<rc::create_contact_group>(
        chat, {.From_Account = "alice",
               .GroupContactItem = {rc::group_contact_item{
                   .GroupName = "family",
                   .ContactItem = {rc::c2c("b3"),
                                   rc::c2c("b4"),
                                   rc::c2c("b1")}}}});
    timrest::call<rc::mark_contact>(
        chat, {.From_Account = "alice",
               .MarkItem = {rc::mark_item{.OptType = rc::mark_opt_type::set_standard_marks,
                                          .ContactItem = rc::c2c("m1"),
                                          .SetMark = std::vector<rc::mark_bit>{1}},
                            rc::mark_item{.OptType = rc::mark_opt_type::set_custom_mark,
                                          .ContactItem = rc::c2c("m2"),
                                          .CustomMark = "vip"}}});
}

std::string contact_key(const rc::contact_info& c) {
    return std::to_string(c.Type.number()) + ":" + (c.Type == rc::conversation_type::c2c ? c.To_Account.value_or("") : c.ToGroupId.value_or(""));
}

}  // namespace

TEST_CASE_METHOD(
    emulated<>,
    "integration: get_contact_group pages follow NextStartIndex and stop on CompleteFlag 1, each contact once",
    "[integration][recentcontact]") {
    seed_contact_groups(srv, chat);
    const auto before = srv.requests().size();

    std::vector<rc::get_contact_group_response> pages;
    auto failed = timrest::for_each_page<rc::get_contact_group>(
        chat, {.From_Account = "alice"}, [&](const rc::get_contact_group_response& p) { pages.push_back(p); });
    CHECK_FALSE(failed);
    REQUIRE(pages.size() == 4);  // ceil(7 / 2)
    CHECK(srv.requests().size() - before == 4);

    std::map<std::string, int> seen;
    for (const auto& p : pages)
        for (const auto& c : p.ContactItem) ++seen[contact_key(c)];
    CHECK(seen == std::map<std::string, int>{{"1:b1", 1}, {"1:b2", 1}, {"1:b3", 1}, {"1:b4", 1},
                                             {"1:m1", 1}, {"1:m2", 1}, {"2:@TGS#team", 1}});
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i);
        CHECK(pages[i].GroupItem.size() == 2);  // every page lists all of alice's groups
        CHECK(pages[i].CompleteFlag == (i + 1 == pages.size() ? 1 : 0));
    }
    CHECK(pages.back().NextStartIndex == 0);

    const auto sent = bodies_to(srv, "/v4/recentcontact/get_contact_group");
    REQUIRE(sent.size() == 4);
    CHECK(int_at(sent[0], "StartIndex") == 0);
    for (std::size_t i = 1; i < sent.size(); ++i) {
        INFO("request " << i);
        CHECK(int_at(sent[i], "StartIndex") == pages[i - 1].NextStartIndex);
        CHECK(int_at(sent[i], "StartIndex") > int_at(sent[i - 1], "StartIndex"));
    }
}

TEST_CASE_METHOD(emulated<>, "integration: the pages<get_contact_group> range sees the same contacts",
                 "[integration][recentcontact]") {
    seed_contact_groups(srv, chat);

    std::vector<std::string> keys;
    std::size_t elements = 0;
    for (const auto& page : timrest::pages<rc::get_contact_group>(chat, {.From_Account = "alice"})) {
        ++elements;
        REQUIRE(page);
        for (const auto& c : page->ContactItem) keys.push_back(contact_key(c));
    }
    CHECK(elements == 4);
    CHECK(keys.size() == 7);
}

TEST_CASE_METHOD(emulated<>,
                 "integration: a user removed mid-walk ends for_each_page with 50001 after the pages before",
                 "[integration][recentcontact]") {
    seed_contact_groups(srv, chat);
    const auto before = srv.requests().size();

    std::size_t visited = 0;
    auto failed = timrest::for_each_page<rc::get_contact_group>(
        chat, {.From_Account = "alice"}, [&](const rc::get_contact_group_response&) {
            if (++visited == 1) srv.with_world([](emu::world& w) { w.users.erase("alice"); });
        });
    REQUIRE(failed);
    CHECK(failed->code == timrest::service_code(50001));
    CHECK(failed->code.category() == timrest::service_category<rc::get_contact_group>());
    CHECK(failed->meaning == timrest::find_error<rc::get_contact_group>(50001)->meaning);
    CHECK(failed->sent);
    CHECK(visited == 1);
    CHECK(srv.requests().size() - before == 2);
}

TEST_CASE_METHOD(emulated<seed_eight_conversations>,
                 "integration: a user removed mid-walk makes the range's last element the 50001 error",
                 "[integration][recentcontact]") {
    std::vector<bool> ok;
    timrest::call_error last;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) {
        ok.push_back(static_cast<bool>(page));
        if (!page) last = page.error();
        if (ok.size() == 2) srv.with_world([](emu::world& w) { w.users.erase("alice"); });
    }
    CHECK(ok == std::vector<bool>{true, true, false});
    CHECK(last.code == timrest::service_code(50001));
    CHECK(last.meaning == timrest::find_error<rc::get_list>(50001)->meaning);
    CHECK(srv.requests().size() == 3);
}

TEST_CASE_METHOD(emulated<>, "integration: walking the pages of a user never imported ends at once with 50001",
                 "[integration][recentcontact]") {
    std::size_t visited = 0;
    auto failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = "nobody"},
                                                       [&](const rc::get_list_response&) { ++visited; });
    REQUIRE(failed);
    CHECK(failed->code == timrest::service_code(50001));
    CHECK(visited == 0);

    std::vector<bool> ok;
    for (const auto& page : timrest::pages<rc::get_contact_group>(chat, {.From_Account = "nobody"}))
        ok.push_back(static_cast<bool>(page));
    CHECK(ok == std::vector<bool>{false});
    CHECK(srv.requests().size() == 2);
}

}  // namespace integration_pages_test
