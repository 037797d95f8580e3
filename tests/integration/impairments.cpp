#include "timrest/account/account_check.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <stdexcept>
#include <string>

namespace integration_impairments_test {

// The emulator's latency, rate limit, random and scripted faults (server::impair, timrest-emulator --latency-ms
// --rate-limit --faults --fault-script), and how the client copes with them through the real curl transport. Time
// is only ever bounded from below.

namespace {

using namespace std::chrono_literals;
using timrest::account::account_check;
using timrest::account::account_import;
using timrest::account::account_ref;
using timrest::account::account_status;
using timrest::recentcontact::del_contact_group;
using timrest_test::config_for;
using timrest_test::emulated;
using timrest_test::requests_to;

bool imported(timrest::client& chat, const std::string& user) {
    auto r = timrest::call<account_check>(chat, {.CheckItem = {account_ref{user}}});
    return r.ResultItem.at(0).AccountStatus == account_status::Imported;
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "impairments: past its rate limit the emulator answers 60007; a paced client stays under",
                 "[integration][impairments]") {
    srv.impair({.rate_limit = 5});
    std::size_t throttled = 0;
    for (int i = 0; i < 30; ++i) {
        auto r = timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}});
        throttled += !r && r.error().code == timrest::condition::throttled;
    }
    CHECK(throttled > 0);
    CHECK(throttled == srv.rate_limited());

    srv.impair({.rate_limit = 5});  // a fresh second-by-second count
    auto c = config_for(srv);
    c.pace_calls = true;
    c.rate_overrides = {{std::string(account_check::path), 2}};  // far enough under 5 that a stalled call cannot tip it over
    timrest::client paced(c);
    for (int i = 0; i < 6; ++i) CHECK(timrest::try_call<account_check>(paced, {.CheckItem = {account_ref{"alice"}}}));
    CHECK(srv.rate_limited() == throttled);
}

TEST_CASE_METHOD(emulated<>, "impairments: a client paced above the service's real limit slows down on 60007 and "
                 "every call lands with retries", "[integration][impairments][pacing][retry]") {
    srv.impair({.rate_limit = 5});
    auto c = config_for(srv);
    c.pace_calls = true;
    c.rate_overrides = {{std::string(account_check::path), 10}};  // twice what this app is allowed
    timrest::client paced(c);
    const timrest::retry_policy patient{.max_attempts = 8, .initial_backoff = 50ms, .max_backoff = 400ms};
    for (int i = 0; i < 20; ++i)
        CHECK(timrest::try_call<account_check>(paced, {.CheckItem = {account_ref{"alice"}}}, {.retry = patient}));
    CHECK(srv.rate_limited() > 0);
    CHECK(srv.rate_limited() < 20);  // halving on each 60007 keeps the refusals few
    CHECK(paced.pacing_rate(account_check::path) < 10);
}

TEST_CASE_METHOD(emulated<>, "impairments: an injected ErrorCode is answered, and the request is not applied",
                 "[integration][impairments]") {
    srv.impair({.faults = {"70500"}, .fault_rate = 1});
    auto r = timrest::try_call<account_import>(chat, {.UserID = "alice"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70500));
    srv.impair({});
    CHECK_FALSE(imported(chat, "alice"));
}

TEST_CASE_METHOD(emulated<>, "impairments: with retries, every import of a batch under 30% faults lands",
                 "[integration][impairments][retry]") {
    srv.impair({.faults = {"reset", "502", "70500"}, .fault_rate = 0.3, .seed = 7});
    const timrest::retry_policy patient{.max_attempts = 10, .initial_backoff = 1ms, .max_backoff = 4ms};
    for (int i = 0; i < 40; ++i)
        CHECK(timrest::try_call<account_import>(chat, {.UserID = "user" + std::to_string(i)}, {.retry = patient}));
    CHECK(srv.faults_injected() > 0);
    srv.impair({});
    for (int i = 0; i < 40; ++i) CHECK(imported(chat, "user" + std::to_string(i)));
}

TEST_CASE_METHOD(emulated<>, "impairments: under connection resets a request that is not idempotent is sent once",
                 "[integration][impairments][retry]") {
    srv.impair({.faults = {"reset"}, .fault_rate = 0.5, .seed = 3});
    const timrest::retry_policy patient{.max_attempts = 10, .initial_backoff = 1ms, .max_backoff = 4ms};
    std::size_t may_have_been_applied = 0;
    for (int i = 0; i < 20; ++i) {
        auto r = timrest::try_call<del_contact_group>(
            chat, {.From_Account = "alice", .GroupName = {"g" + std::to_string(i)}}, {.retry = patient});
        may_have_been_applied += !r && r.error().code == timrest::condition::may_have_been_applied;
    }
    CHECK(may_have_been_applied > 0);
    CHECK(requests_to(srv, del_contact_group::path) == 20);
}

TEST_CASE_METHOD(emulated<>, "impairments: latency delays each reply", "[integration][impairments]") {
    srv.impair({.latency = 100ms});
    const auto start = std::chrono::steady_clock::now();
    CHECK(timrest::try_call<account_import>(chat, {.UserID = "alice"}));
    CHECK(std::chrono::steady_clock::now() - start >= 100ms);
}

TEST_CASE_METHOD(emulated<>, "impairments: a fault script gives each request in turn its step, then chance takes over",
                 "[integration][impairments][retry]") {
    // The reset comes first, on the client's first connection: on a kept-alive one, libcurl would send an idempotent
    // request again by itself, under the same random, and the step after it would answer that resend.
    srv.impair({.script = {"reset", "502", "70500", "ok"}});
    const timrest::retry_policy patient{.max_attempts = 10, .initial_backoff = 1ms, .max_backoff = 4ms};
    auto r = timrest::try_call<account_import>(chat, {.UserID = "alice"}, {.retry = patient});
    REQUIRE(r);
    CHECK(r.randoms().size() == 4);  // reset, 502, 70500, then answered
    CHECK(srv.faults_injected() == 3);
    CHECK(requests_to(srv, account_import::path) == 4);
    // The script is over and no random faults were asked for: answered at once.
    auto next = timrest::try_call<account_import>(chat, {.UserID = "bob"}, {.retry = patient});
    REQUIRE(next);
    CHECK(next.randoms().size() == 1);
    CHECK(imported(chat, "alice"));
}

TEST_CASE_METHOD(emulated<>, "impairments: a scripted ErrorCode is answered without a retry when retries are off",
                 "[integration][impairments]") {
    srv.impair({.script = {"ok", "60007"}});
    CHECK(timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}}));
    auto refused = timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == timrest::service_code(60007));
    CHECK(timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}}));
}

TEST_CASE("impairments: an unknown fault is refused, naming it", "[integration][impairments]") {
    timrest::emulator::server srv;
    CHECK_THROWS_WITH(srv.impair({.faults = {"explode"}}), Catch::Contains("unknown fault \"explode\""));
    CHECK_THROWS_WITH(srv.impair({.script = {"ok", "explode"}}),
                      Catch::Contains("unknown fault \"explode\"; use ok, reset, 502"));
    CHECK_THROWS_AS(srv.impair({.fault_rate = 2}), std::invalid_argument);
}

}  // namespace integration_impairments_test
