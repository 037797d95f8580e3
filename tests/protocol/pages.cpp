#include "timrest/protocol/pages.hpp"

#include <catch2/catch.hpp>

#include "timrest/recentcontact/get_contact_group.hpp"
#include "timrest/recentcontact/get_list.hpp"
#include "timrest/transport/fake.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace protocol_pages_test {

// The page walkers against a fake transport that answers each request with the next scripted body, so a test
// can state exactly what every page says and count the requests the walker sent.

namespace {

namespace rc = timrest::recentcontact;
using timrest::fake_transport;
using timrest::http_outcome;
using timrest::protocol_errc;

// Answers the n-th request with replies[n]; past the script, with a service error that no test expects, so a
// walker that asks once too often fails its test instead of looping.
struct script {
    std::vector<std::string> replies;
    std::shared_ptr<fake_transport> transport;
    std::shared_ptr<std::atomic<std::size_t>> next = std::make_shared<std::atomic<std::size_t>>(0);

    explicit script(std::vector<std::string> bodies) : replies(std::move(bodies)) {
        transport = std::make_shared<fake_transport>(
            [replies = replies, next = next](const fake_transport::request&) -> http_outcome {
                const std::size_t n = (*next)++;
                if (n < replies.size()) return {{}, {}, {200, replies[n]}};
                return {{}, {}, {200, R"({"ActionStatus":"FAIL","ErrorCode":50005,"ErrorInfo":"past the script"})"}};
            });
    }

    timrest::client client() const {
        timrest::config c;
        c.sdkappid = 1400000000;
        c.secret_key = "test-only-key-for-page-walkers";
        c.base_url = "https://adminapisgp.im.qcloud.com";
        return timrest::client(c, transport);
    }

    std::size_t sent() const { return transport->requests().size(); }
    boost::json::object body(std::size_t i) const {
        return boost::json::parse(transport->requests().at(i).body).as_object();
    }
};

// A get_list page with one conversation with `peer` and the given cursors.
std::string list_page(std::string_view peer, int complete, std::int64_t time_stamp, std::int64_t start_index,
                      std::int64_t top_time_stamp, std::int64_t top_start_index) {
    return R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","SessionItem":[{"Type":1,"To_Account":")" +
           std::string(peer) + R"(","MsgTime":1700000000,"TopFlag":0}],"CompleteFlag":)" + std::to_string(complete) +
           R"(,"TimeStamp":)" + std::to_string(time_stamp) + R"(,"StartIndex":)" + std::to_string(start_index) +
           R"(,"TopTimeStamp":)" + std::to_string(top_time_stamp) + R"(,"TopStartIndex":)" +
           std::to_string(top_start_index) + "}";
}

// A get_contact_group page with one conversation with `peer`.
std::string group_page(std::string_view peer, int complete, std::int64_t next_start_index) {
    return R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ContactItem":[{"Type":1,"To_Account":")" +
           std::string(peer) + R"(","StandardMark":"1"}],"GroupItem":[],"CompleteFlag":)" + std::to_string(complete) +
           R"(,"NextStartIndex":)" + std::to_string(next_start_index) + "}";
}

std::string service_error(int code, std::string_view info) {
    return R"({"ActionStatus":"FAIL","ErrorCode":)" + std::to_string(code) + R"(,"ErrorInfo":")" + std::string(info) +
           R"("})";
}

std::string first_peer(const rc::get_list_response& page) {
    return page.SessionItem.empty() ? std::string() : page.SessionItem.front().To_Account.value_or("");
}

// What walking `who`'s get_list pages with for_each_page gave, and how many pages the callback saw.
struct walk_result {
    std::optional<timrest::call_error> failed;
    std::size_t visited = 0;
};

walk_result counted_walk(timrest::client& chat, const std::string& who) {
    walk_result r;
    r.failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = who},
                                                    [&](const rc::get_list_response&) { ++r.visited; });
    return r;
}

// Walks alice's get_list pages from `s` with a callback returning bool: keep_going(pages seen so far). Checks that
// the walk does not fail and gives the number of pages the callback saw.
template <class KeepGoing>
std::size_t pages_visited(const script& s, KeepGoing keep_going) {
    auto chat = s.client();
    std::size_t visited = 0;
    auto failed = timrest::for_each_page<rc::get_list>(
        chat, {.From_Account = "alice"}, [&](const rc::get_list_response&) -> bool { return keep_going(++visited); });
    CHECK_FALSE(failed);
    return visited;
}

}  // namespace

TEST_CASE("pages: for_each_page visits every page and copies the four get_list cursors into the next request",
          "[pages][recentcontact]") {
    script s({list_page("p1", 0, 100, 1, 200, 2), list_page("p2", 0, 90, 3, 200, 4), list_page("p3", 1, 80, 5, 0, 4)});
    auto chat = s.client();

    std::vector<std::string> seen;
    auto failed = timrest::for_each_page<rc::get_list>(chat, {.From_Account = "alice"},
                                                       [&](const rc::get_list_response& p) { seen.push_back(first_peer(p)); });
    CHECK_FALSE(failed);
    CHECK(seen == std::vector<std::string>{"p1", "p2", "p3"});
    REQUIRE(s.sent() == 3);

    const auto first = s.body(0);
    CHECK(first.at("TimeStamp") == 0);
    CHECK(first.at("StartIndex") == 0);
    CHECK(first.at("TopTimeStamp") == 0);
    CHECK(first.at("TopStartIndex") == 0);
    CHECK(first.at("AssistFlags") == 15);
    const auto second = s.body(1);
    CHECK(second.at("TimeStamp") == 100);
    CHECK(second.at("StartIndex") == 1);
    CHECK(second.at("TopTimeStamp") == 200);
    CHECK(second.at("TopStartIndex") == 2);
    const auto third = s.body(2);
    CHECK(third.at("TimeStamp") == 90);
    CHECK(third.at("StartIndex") == 3);
    CHECK(third.at("TopTimeStamp") == 200);  // unchanged cursors are sent back as they came
    CHECK(third.at("TopStartIndex") == 4);
    for (std::size_t i = 0; i < 3; ++i) CHECK(s.body(i).at("From_Account") == "alice");
}

TEST_CASE("pages: a reply that is not the last page but repeats the request's cursors ends the walk with bad_response",
          "[pages][recentcontact]") {
    // Page 2 says "more to come" but hands back the cursors page 1 gave: asking again would return it for ever.
    script s({list_page("p1", 0, 100, 1, 200, 2), list_page("p2", 0, 100, 1, 200, 2)});
    auto chat = s.client();

    const auto [failed, visited] = counted_walk(chat, "alice");
    REQUIRE(failed);
    CHECK(failed->code == protocol_errc::bad_response);
    CHECK(failed->code.category() == timrest::protocol_category());
    CHECK_THAT(failed->info, Catch::Contains("cursors") && Catch::Contains("did not move"));
    CHECK(failed->sent);
    CHECK_FALSE(failed->retryable);
    CHECK(failed->random != 0u);
    CHECK(visited == 2);     // both pages reached the callback
    CHECK(s.sent() == 2);    // and no third request for the same page
}

TEST_CASE("pages: a first page that is not the last but leaves every cursor at zero stops after one request",
          "[pages][recentcontact]") {
    script s({list_page("p1", 0, 0, 0, 0, 0)});
    auto chat = s.client();

    const auto [failed, visited] = counted_walk(chat, "alice");
    REQUIRE(failed);
    CHECK(failed->code == protocol_errc::bad_response);
    CHECK_THAT(failed->info, Catch::Contains("cursors did not move"));
    CHECK(visited == 1);
    CHECK(s.sent() == 1);
}

TEST_CASE("pages: get_contact_group's single cursor that does not move ends the walk", "[pages][recentcontact]") {
    script s({group_page("bob", 0, 2), group_page("carol", 0, 2)});
    auto chat = s.client();

    std::vector<std::string> seen;
    auto failed = timrest::for_each_page<rc::get_contact_group>(
        chat, {.From_Account = "alice"},
        [&](const rc::get_contact_group_response& p) { seen.push_back(p.ContactItem.at(0).To_Account.value_or("")); });
    REQUIRE(failed);
    CHECK(failed->code == protocol_errc::bad_response);
    CHECK(seen == std::vector<std::string>{"bob", "carol"});
    REQUIRE(s.sent() == 2);
    CHECK(s.body(0).at("StartIndex") == 0);
    CHECK(s.body(1).at("StartIndex") == 2);
}

TEST_CASE("pages: the range yields the stuck page, then the bad_response error, then ends", "[pages][recentcontact]") {
    script s({list_page("p1", 0, 100, 1, 200, 2), list_page("p2", 0, 100, 1, 200, 2)});
    auto chat = s.client();

    std::vector<timrest::result<rc::get_list_response>> got;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) got.push_back(page);

    REQUIRE(got.size() == 3);
    REQUIRE(got[0]);
    CHECK(first_peer(*got[0]) == "p1");
    REQUIRE(got[1]);
    CHECK(first_peer(*got[1]) == "p2");
    REQUIRE_FALSE(got[2]);
    CHECK(got[2].error().code == protocol_errc::bad_response);
    CHECK_THAT(got[2].error().info, Catch::Contains("cursors did not move"));
    CHECK(got[2].random() == got[1].random());  // the error names the request whose reply was stuck
    CHECK(s.sent() == 2);
}

TEST_CASE("pages: a service error on page 2 ends for_each_page with that error", "[pages][recentcontact]") {
    script s({group_page("bob", 0, 1), service_error(50004, "busy"), group_page("never", 1, 0)});
    auto chat = s.client();

    std::size_t visited = 0;
    auto failed = timrest::for_each_page<rc::get_contact_group>(
        chat, {.From_Account = "alice"}, [&](const rc::get_contact_group_response&) { ++visited; });
    REQUIRE(failed);
    CHECK(failed->code == timrest::service_code(50004));
    CHECK(failed->code.category() == timrest::service_category<rc::get_contact_group>());
    CHECK(failed->info == "busy");
    CHECK(failed->meaning == timrest::find_error<rc::get_contact_group>(50004)->meaning);
    CHECK(failed->retryable);
    CHECK(visited == 1);
    CHECK(s.sent() == 2);
}

TEST_CASE("pages: a service error on page 2 is the range's last element", "[pages][recentcontact]") {
    script s({list_page("p1", 0, 100, 1, 0, 0), service_error(50001, "From_Account is not imported"),
              list_page("never", 1, 0, 0, 0, 0)});
    auto chat = s.client();

    std::vector<timrest::result<rc::get_list_response>> got;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) got.push_back(page);

    REQUIRE(got.size() == 2);
    CHECK(got[0]);
    REQUIRE_FALSE(got[1]);
    CHECK(got[1].error().code == timrest::service_code(50001));
    CHECK(got[1].error().meaning == timrest::find_error<rc::get_list>(50001)->meaning);
    CHECK(s.sent() == 2);
}

TEST_CASE("pages: an error on the first page is returned without calling the callback", "[pages][recentcontact]") {
    script s({service_error(50001, "From_Account is not imported")});
    auto chat = s.client();

    const auto [failed, visited] = counted_walk(chat, "nobody");
    REQUIRE(failed);
    CHECK(failed->code == timrest::service_code(50001));
    CHECK(visited == 0);

    std::size_t elements = 0;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "nobody"})) {
        ++elements;
        CHECK_FALSE(page);
    }
    CHECK(elements == 1);
    CHECK(s.sent() == 2);
}

TEST_CASE("pages: a callback returning bool stops the walk on false and continues on true", "[pages][recentcontact]") {
    SECTION("false after the first page: one request") {
        script s({list_page("p1", 0, 100, 1, 0, 0), list_page("p2", 1, 90, 2, 0, 0)});
        CHECK(pages_visited(s, [](std::size_t) { return false; }) == 1);
        CHECK(s.sent() == 1);
    }
    SECTION("true on every page: all pages") {
        script s({list_page("p1", 0, 100, 1, 0, 0), list_page("p2", 1, 90, 2, 0, 0)});
        CHECK(pages_visited(s, [](std::size_t) { return true; }) == 2);
        CHECK(s.sent() == 2);
    }
    SECTION("false on the second page: two requests") {
        script s({list_page("p1", 0, 100, 1, 0, 0), list_page("p2", 0, 90, 2, 0, 0), list_page("p3", 1, 80, 3, 0, 0)});
        CHECK(pages_visited(s, [](std::size_t visited) { return visited < 2; }) == 2);
        CHECK(s.sent() == 2);
    }
}

TEST_CASE("pages: a callback returning void sees every page", "[pages][recentcontact]") {
    script s({group_page("bob", 0, 1), group_page("carol", 0, 2), group_page("dave", 1, 0)});
    auto chat = s.client();

    std::vector<std::string> seen;
    auto failed = timrest::for_each_page<rc::get_contact_group>(
        chat, {.From_Account = "alice"},
        [&](const rc::get_contact_group_response& p) -> void { seen.push_back(*p.ContactItem.at(0).To_Account); });
    CHECK_FALSE(failed);
    CHECK(seen == std::vector<std::string>{"bob", "carol", "dave"});
    REQUIRE(s.sent() == 3);
    CHECK(s.body(2).at("StartIndex") == 2);
}

TEST_CASE("pages: a single page that is the last sends one request and yields one element", "[pages][recentcontact]") {
    script s({list_page("only", 1, 0, 0, 0, 0), list_page("only", 1, 0, 0, 0, 0)});
    auto chat = s.client();

    std::size_t elements = 0;
    for (const auto& page : timrest::pages<rc::get_list>(chat, {.From_Account = "alice"})) {
        ++elements;
        REQUIRE(page);
        CHECK(first_peer(*page) == "only");
        CHECK(page->CompleteFlag == 1);
    }
    CHECK(elements == 1);
    CHECK(s.sent() == 1);
}

TEST_CASE("pages: the range fetches lazily, one request per step", "[pages][recentcontact]") {
    script s({list_page("p1", 0, 100, 1, 0, 0), list_page("p2", 0, 90, 2, 0, 0), list_page("p3", 1, 80, 3, 0, 0)});
    auto chat = s.client();

    auto range = timrest::pages<rc::get_list>(chat, {.From_Account = "alice"});
    CHECK(s.sent() == 0);  // building the range sends nothing
    auto it = range.begin();
    CHECK(s.sent() == 1);
    REQUIRE(it != range.end());
    CHECK(first_peer(**it) == "p1");
    ++it;
    CHECK(s.sent() == 2);
    CHECK(first_peer(**it) == "p2");
    ++it;
    CHECK(first_peer(**it) == "p3");
    ++it;
    CHECK(it == range.end());
    CHECK(s.sent() == 3);
}

TEST_CASE("pages: a request's own starting cursors are where the walk begins", "[pages][recentcontact]") {
    script s({group_page("dave", 1, 0)});
    auto chat = s.client();

    auto failed = timrest::for_each_page<rc::get_contact_group>(chat, {.From_Account = "alice", .StartIndex = 7},
                                                                [](const rc::get_contact_group_response&) {});
    CHECK_FALSE(failed);
    REQUIRE(s.sent() == 1);
    CHECK(s.body(0).at("StartIndex") == 7);
}

TEST_CASE("pages: a first request that breaks a bound ends the walk before anything is sent", "[pages][recentcontact]") {
    script s({list_page("never", 1, 0, 0, 0, 0)});
    auto chat = s.client();
    const std::string too_long(33, 'a');  // user_id allows 32 bytes

    const auto [failed, visited] = counted_walk(chat, too_long);
    REQUIRE(failed);
    CHECK(failed->code == protocol_errc::invalid_request);
    CHECK_FALSE(failed->sent);
    CHECK_THAT(failed->info, Catch::Contains("From_Account"));
    CHECK(visited == 0);

    std::vector<bool> ok;
    for (const auto& page : timrest::pages<rc::get_contact_group>(chat, {.From_Account = too_long}))
        ok.push_back(static_cast<bool>(page));
    CHECK(ok == std::vector<bool>{false});
    CHECK(s.sent() == 0);
}

}  // namespace protocol_pages_test
