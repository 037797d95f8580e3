#include "timrest/protocol/call.hpp"

#include <catch2/catch.hpp>

#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/transport/fake.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace protocol_pacing_test {

// Pacing holds the calls to one endpoint to its declared rate. These tests assert lower bounds on elapsed time
// only (never upper bounds), so a slow machine cannot make them fail.

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

timrest::client make_client(bool pace, std::shared_ptr<timrest::fake_transport> fake) {
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "k";
    c.base_url = "http://127.0.0.1:1";
    c.pace_calls = pace;
    return timrest::client(c, std::move(fake));
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
    auto fake = ok_transport();
    auto chat = make_client(true, fake);
    const auto first = clock_type::now();  // before the first call, whose slot the third call waits out
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));
    const auto start = clock_type::now();
    REQUIRE(timrest::try_call<other_twenty_per_second>(chat, {.Name = "x"}));  // first call there: no wait
    const auto first_other = clock_type::now() - start;
    REQUIRE(timrest::try_call<twenty_per_second>(chat, {.Name = "x"}));        // waits for its own slot
    CHECK(clock_type::now() - first >= std::chrono::milliseconds(50));
    CHECK(first_other < std::chrono::milliseconds(40));
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

}  // namespace protocol_pacing_test
