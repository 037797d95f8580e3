#include "timrest/protocol/call.hpp"

#include <catch2/catch.hpp>

#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/transport/fake.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace protocol_pacing_test {

// Pacing holds the calls to one endpoint to its declared rate. These tests assert lower bounds on elapsed time
// only (never upper bounds), so a slow machine cannot make them fail. Where a call must not wait, they check the
// hold pacing reports to the observer (attempt_report::paced), against a difference of hundreds of ms.

namespace {

struct slow_request {
    timrest::required<std::string> Name;
};
BOOST_DESCRIBE_STRUCT(slow_request, (), (Name))
struct slow_response {};
BOOST_DESCRIBE_STRUCT(slow_response, (), ())

// A user's endpoint with a low documented limit, so that pacing shows in a few calls.
struct twenty_per_second {
    static constexpr std::string_view path = "v4/test/twenty_per_second";
    static constexpr unsigned calls_per_second = 20;
    using request = slow_request;
    using response = slow_response;
};

struct other_twenty_per_second : twenty_per_second {
    static constexpr std::string_view path = "v4/test/other";
};

timrest::config make_config(bool pace) {
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "k";
    c.base_url = "http://127.0.0.1:1";
    c.pace_calls = pace;
    return c;
}

timrest::client make_client(bool pace, std::shared_ptr<timrest::fake_transport> fake) {
    return timrest::client(make_config(pace), std::move(fake));
}

auto ok_transport() {
    return std::make_shared<timrest::fake_transport>(
        timrest::fake_transport::always(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})"));
}

using clock_type = std::chrono::steady_clock;

}  // namespace

TEST_CASE("pacing: calls to one endpoint are spaced by its declared calls_per_second", "[client][pacing]") {
    auto fake = ok_transport();
    auto chat = make_client(true, fake);
    const auto start = clock_type::now();
    for (int i = 0; i < 5; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    // Five calls at 20/s: the fifth may leave 4 x 50 ms after the first.
    CHECK(clock_type::now() - start >= std::chrono::milliseconds(200));
    CHECK(fake->requests().size() == 5);
}

TEST_CASE("pacing: threads sharing a client share the endpoint's budget", "[client][pacing]") {
    auto fake = ok_transport();
    auto chat = make_client(true, fake);
    const auto start = clock_type::now();
    std::atomic<int> succeeded{0};  // Catch's assertions are not thread-safe: count here, check on this thread
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2; ++i)
                if (timrest::try_call<twenty_per_second>(chat, {.Name = "x"})) ++succeeded;
        });
    for (auto& t : threads) t.join();
    CHECK(succeeded == 6);
    CHECK(clock_type::now() - start >= std::chrono::milliseconds(250));  // six calls: 5 x 50 ms
    CHECK(fake->requests().size() == 6);
}

TEST_CASE("pacing: each endpoint has its own budget", "[client][pacing]") {
    auto c = make_config(true);
    c.rate_overrides = {{std::string(twenty_per_second::path), 2}};  // its next slot is 500 ms away
    std::vector<std::chrono::nanoseconds> paced;
    c.observer = [&](const timrest::attempt_report& r) { paced.push_back(r.paced); };
    timrest::client chat(c, ok_transport());
    const auto first = clock_type::now();  // before the first call, whose slot the third call waits out
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    REQUIRE(timrest::try_call<other_twenty_per_second>(chat, {.Name = "x"}));  // the first call there
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));        // waits for its own slot
    CHECK(clock_type::now() - first >= std::chrono::milliseconds(500));
    REQUIRE(paced.size() == 3);
    // Not held for the other endpoint's next slot (pacing reports the hold it imposed, not elapsed time).
    CHECK(paced[1] < std::chrono::milliseconds(250));
}

TEST_CASE("pacing: is off unless the config asks for it", "[client][pacing]") {
    auto fake = ok_transport();
    auto chat = make_client(false, fake);
    for (int i = 0; i < 5; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    CHECK(fake->requests().size() == 5);  // and no assertion on time: being fast is not guaranteed
}

TEST_CASE("pacing: the library's endpoints declare their documented limits", "[client][pacing]") {
    STATIC_REQUIRE(timrest::calls_per_second<timrest::recentcontact::del_contact_group>() == 200);
    STATIC_REQUIRE(timrest::calls_per_second<twenty_per_second>() == 20);
    struct undeclared {};
    STATIC_REQUIRE(timrest::calls_per_second<undeclared>() == 0);
}

TEST_CASE("pacing: a config's rate override replaces the declared rate", "[client][pacing]") {
    auto c = make_config(true);
    c.rate_overrides = {{std::string(twenty_per_second::path), 10}};
    timrest::client chat(c, ok_transport());
    const auto start = clock_type::now();
    for (int i = 0; i < 4; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    CHECK(clock_type::now() - start >= std::chrono::milliseconds(300));  // 3 x 100 ms, not 3 x 50 ms
    CHECK(chat.pacing_rate(twenty_per_second::path) == 10);
    CHECK(chat.pacing_rate(other_twenty_per_second::path) == 0);  // not called yet
}

TEST_CASE("pacing: an override of 0 turns pacing off for that endpoint", "[client][pacing]") {
    auto c = make_config(true);
    c.rate_overrides = {{std::string(twenty_per_second::path), 0}};
    timrest::client chat(c, ok_transport());
    for (int i = 0; i < 3; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    CHECK(chat.pacing_rate(twenty_per_second::path) == 0);
}

TEST_CASE("pacing: the headroom scales every rate", "[client][pacing]") {
    auto c = make_config(true);
    c.rate_headroom = 0.5;
    timrest::client chat(c, ok_transport());
    const auto start = clock_type::now();
    for (int i = 0; i < 4; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    CHECK(clock_type::now() - start >= std::chrono::milliseconds(300));  // 10 a second
    CHECK(chat.pacing_rate(twenty_per_second::path) == 10);
}

TEST_CASE("pacing: after 60007 the endpoint's rate halves, then climbs back", "[client][pacing]") {
    auto answers = std::make_shared<std::atomic<int>>(0);
    auto fake = std::make_shared<timrest::fake_transport>([answers](const timrest::fake_transport::request&) {
        const bool throttle = answers->fetch_add(1) == 0;
        return timrest::http_outcome{{}, {}, {200, throttle ? R"({"ActionStatus":"FAIL","ErrorCode":60007,"ErrorInfo":""})"
                                                             : R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})"}};
    });
    auto c = make_config(true);
    std::vector<bool> throttled;
    c.observer = [&](const timrest::attempt_report& r) { throttled.push_back(r.throttled); };
    timrest::client chat(c, fake);
    CHECK_FALSE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    // Halved to 10 a second; it climbs back by 1 a second (5% of 20) for each second after.
    CHECK(chat.pacing_rate(twenty_per_second::path) <= 10.5);
    CHECK(chat.pacing_rate(twenty_per_second::path) >= 10);
    const auto start = clock_type::now();
    for (int i = 0; i < 3; ++i) REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    // The first of these waits out the slot set at 20 a second, the next two are 1/10.5 s or more apart.
    CHECK(clock_type::now() - start >= std::chrono::milliseconds(180));
    CHECK(throttled == std::vector<bool>{true, false, false, false});
}

TEST_CASE("pacing: a slot given up by a call that timed out or was stopped goes to the next call", "[client][pacing]") {
    auto c = make_config(true);
    c.rate_overrides = {{std::string(twenty_per_second::path), 1}};  // a slot a second
    std::vector<std::chrono::nanoseconds> paced;
    c.observer = [&](const timrest::attempt_report& r) { paced.push_back(r.paced); };
    auto fake = ok_transport();
    timrest::client chat(c, fake);
    // The first call takes the slot now; the next slot is a second on.
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "first"}));

    SECTION("its deadline comes before its slot") {
        const auto r = timrest::try_call<twenty_per_second>(
            chat, {.Name = "late"}, {.deadline = clock_type::now() + std::chrono::milliseconds(100)});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == timrest::protocol_errc::deadline_exceeded);
    }
    SECTION("it is stopped while it waits for its slot") {
        std::stop_source stop;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            stop.request_stop();
        });
        const auto r = timrest::try_call<twenty_per_second>(chat, {.Name = "stopped"}, {.stop = stop.get_token()});
        stopper.join();
        REQUIRE_FALSE(r);
        CHECK(r.error().code == timrest::protocol_errc::cancelled);
    }
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "next"}));
    REQUIRE(fake->requests().size() == 2);  // the given-up call sent nothing
    REQUIRE(paced.size() == 2);
    // The next call waits at most for the slot the given-up call left free, a second after the first call's; had
    // the given-up call kept it, the next would wait about two.
    CHECK(paced[1] < std::chrono::seconds(1));
}

TEST_CASE("pacing: a headroom outside (0, 1] or a negative override is refused by the client", "[client][pacing]") {
    const double headroom = GENERATE(0.0, -0.5, 1.5);
    auto c = make_config(true);
    c.rate_headroom = headroom;
    CHECK_THROWS_AS(timrest::client(c, ok_transport()), std::invalid_argument);
    auto d = make_config(true);
    d.rate_overrides = {{"v4/openim/sendmsg", -1}};
    CHECK_THROWS_WITH(timrest::client(d, ok_transport()), Catch::Contains("v4/openim/sendmsg"));
}

}  // namespace protocol_pacing_test
