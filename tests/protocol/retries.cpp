#include "timrest/protocol/call.hpp"
#include "timrest/transport/fake.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_import.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/transport/error.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <set>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace protocol_retries_test {

namespace {

using namespace std::chrono_literals;
using timrest::condition;
using timrest::fake_transport;
using timrest::http_outcome;
using timrest::protocol_errc;
using timrest::transport_errc;
using timrest::account::account_import;
using timrest::recentcontact::del_contact_group;

std::string service_body(int code) {
    return R"({"ActionStatus":")" + std::string(code == 0 ? "OK" : "FAIL") + R"(","ErrorCode":)" +
           std::to_string(code) + R"(,"ErrorInfo":""})";
}

http_outcome answer(int code) { return {{}, {}, {200, service_body(code)}}; }

// A client over a fake transport that gives each request the next outcome of `script`, then the last one again.
struct scripted {
    std::shared_ptr<fake_transport> fake;
    timrest::client chat;

    explicit scripted(std::vector<http_outcome> script, timrest::config c = {})
        : fake(std::make_shared<fake_transport>([script, n = std::make_shared<std::size_t>(0)](const auto&) {
              return script[std::min((*n)++, script.size() - 1)];
          })),
          chat(with_defaults(std::move(c)), fake) {}

    static timrest::config with_defaults(timrest::config c) {
        c.sdkappid = 1400000000;
        c.secret_key = "test-only-key";
        c.base_url = "http://127.0.0.1:1";
        return c;
    }

    std::vector<std::uint32_t> randoms_sent() const {
        std::vector<std::uint32_t> out;
        for (const auto& r : fake->requests()) {
            const auto at = r.url.find("random=") + 7;
            out.push_back(static_cast<std::uint32_t>(std::stoul(r.url.substr(at, r.url.find('&', at) - at))));
        }
        return out;
    }
};

const timrest::retry_policy quick{.max_attempts = 4, .initial_backoff = 1ms, .max_backoff = 2ms};
const account_import::request alice{.UserID = "alice"};
const del_contact_group::request work{.From_Account = "alice", .GroupName = {"work"}};

}  // namespace

TEST_CASE("retries: without a retry policy a retryable failure is returned after one request", "[retry]") {
    scripted s({answer(70500), answer(0)});
    auto r = timrest::try_call<account_import>(s.chat, alice);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70500));
    CHECK(r.error().retryable);
    CHECK(s.fake->requests().size() == 1);
    CHECK(r.randoms() == std::vector<std::uint32_t>{r.random()});
}

TEST_CASE("retries: a retryable ErrorCode is sent again under a fresh random, and the result lists them all",
          "[retry]") {
    scripted s({answer(70500), answer(60007), answer(0)});
    auto r = timrest::try_call<account_import>(s.chat, alice, {.retry = quick});
    REQUIRE(r);
    const auto sent = s.randoms_sent();
    CHECK(sent.size() == 3);
    CHECK(r.randoms() == sent);
    CHECK(std::set<std::uint32_t>(sent.begin(), sent.end()).size() == 3);
    CHECK(r.random() == sent.back());
}

TEST_CASE("retries: a failure that outlasts the policy reports the last error with every earlier random",
          "[retry]") {
    scripted s({answer(70500)});
    auto r = timrest::try_call<account_import>(s.chat, alice, {.retry = quick});
    REQUIRE_FALSE(r);
    CHECK(s.fake->requests().size() == 4);
    CHECK(r.randoms() == s.randoms_sent());
    CHECK(r.error().earlier_randoms.size() == 3);
    const std::string line = r.error().message();
    CHECK(line.find("earlier attempts: " + std::to_string(s.randoms_sent()[0])) != std::string::npos);
}

TEST_CASE("retries: an ErrorCode that will not change is not retried", "[retry]") {
    scripted s({answer(70402), answer(0)});
    auto r = timrest::try_call<account_import>(s.chat, alice, {.retry = quick});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70402));
    CHECK(s.fake->requests().size() == 1);
}

TEST_CASE("retries: a request that never reached the service is retried for any endpoint", "[retry]") {
    scripted s({{transport_errc::connect_failed, "refused", {}}, answer(0)});
    auto r = timrest::try_call<del_contact_group>(s.chat, work, {.retry = quick});
    CHECK(r);
    CHECK(s.fake->requests().size() == 2);
}

TEST_CASE("retries: a timeout is retried for an idempotent endpoint only, since the request may have arrived",
          "[retry]") {
    const http_outcome timed_out{transport_errc::timed_out, "timed out", {}};
    SECTION("account_import: re-importing keeps one account") {
        scripted s({timed_out, answer(0)});
        CHECK(timrest::try_call<account_import>(s.chat, alice, {.retry = quick}));
        CHECK(s.fake->requests().size() == 2);
    }
    SECTION("del_contact_group: not idempotent") {
        scripted s({timed_out, answer(0)});
        auto r = timrest::try_call<del_contact_group>(s.chat, work, {.retry = quick});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == condition::may_have_been_applied);
        CHECK(s.fake->requests().size() == 1);
    }
}

TEST_CASE("retries: HTTP 5xx is retried for an idempotent endpoint only", "[retry]") {
    const http_outcome bad_gateway{{}, {}, {502, "bad gateway"}};
    SECTION("account_import") {
        scripted s({bad_gateway, answer(0)});
        CHECK(timrest::try_call<account_import>(s.chat, alice, {.retry = quick}));
        CHECK(s.fake->requests().size() == 2);
    }
    SECTION("del_contact_group: the gateway may have passed it on before it failed") {
        scripted s({bad_gateway, answer(0)});
        CHECK_FALSE(timrest::try_call<del_contact_group>(s.chat, work, {.retry = quick}));
        CHECK(s.fake->requests().size() == 1);
    }
}

TEST_CASE("retries: an internal error or timeout code is not retried for an endpoint that is not idempotent",
          "[retry]") {
    for (int code : {70500, 70169, 50005}) {  // 50005: recentcontact's own "network timeout", retryable in its table
        scripted s({answer(code), answer(0)});
        auto r = timrest::try_call<del_contact_group>(s.chat, work, {.retry = quick});
        REQUIRE_FALSE(r);
        CHECK(r.error().code == timrest::service_code(code));
        CHECK(s.fake->requests().size() == 1);
    }
}

TEST_CASE("retries: a refusal by the frequency limits is retried for any endpoint: nothing was applied",
          "[retry]") {
    scripted s({answer(60007), answer(0)});
    CHECK(timrest::try_call<del_contact_group>(s.chat, work, {.retry = quick}));
    CHECK(s.fake->requests().size() == 2);
}

TEST_CASE("retries: the transport is told whether the endpoint is idempotent and the call's time limit",
          "[retry]") {
    scripted s({answer(0)});
    REQUIRE(timrest::try_call<account_import>(s.chat, alice, {.timeout = 250ms}));
    REQUIRE(timrest::try_call<del_contact_group>(s.chat, work));
    const auto sent = s.fake->requests();
    CHECK(sent[0].how.idempotent);
    CHECK(sent[0].how.timeout == 250ms);
    CHECK_FALSE(sent[1].how.idempotent);
    CHECK(sent[1].how.timeout == 0ms);
}

TEST_CASE("retries: a deadline shortens the time limit of the attempt that runs into it", "[retry]") {
    scripted s({answer(0)});
    const auto deadline = std::chrono::steady_clock::now() + 300ms;
    REQUIRE(timrest::try_call<account_import>(s.chat, alice, {.timeout = 10s, .deadline = deadline}));
    const auto limit = s.fake->requests().at(0).how.timeout;
    CHECK(limit > 0ms);
    CHECK(limit <= 300ms);
}

TEST_CASE("retries: no backoff waits past the deadline; the last failure is the result", "[retry]") {
    scripted s({answer(70500)});
    const timrest::retry_policy slow{.max_attempts = 5, .initial_backoff = 60s, .max_backoff = 60s};
    const auto started = std::chrono::steady_clock::now();
    // Full jitter may draw a short wait; the second retry's ceiling is 60 s either way, and the deadline is 1 s.
    auto r = timrest::try_call<account_import>(
        s.chat, alice, {.retry = slow, .deadline = started + 1s});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70500));
    CHECK(std::chrono::steady_clock::now() - started < 5s);
}

TEST_CASE("retries: a deadline that has passed sends nothing", "[retry]") {
    scripted s({answer(0)});
    auto r = timrest::try_call<account_import>(s.chat, alice, {.deadline = std::chrono::steady_clock::now()});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == protocol_errc::deadline_exceeded);
    CHECK_FALSE(r.error().sent);
    CHECK(s.fake->requests().empty());
    CHECK(r.randoms().empty());
}

TEST_CASE("retries: a stopped call sends nothing", "[retry]") {
    scripted s({answer(0)});
    std::stop_source stop;
    stop.request_stop();
    auto r = timrest::try_call<account_import>(s.chat, alice, {.stop = stop.get_token()});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == protocol_errc::cancelled);
    CHECK(s.fake->requests().empty());
}

TEST_CASE("retries: a stop during the backoff ends the call with the failure it was waiting to retry",
          "[retry][threads]") {
    scripted s({answer(70500)});
    std::stop_source stop;
    const timrest::retry_policy slow{.max_attempts = 3, .initial_backoff = 60s, .max_backoff = 60s};
    std::jthread stopper([&] {
        while (s.fake->requests().empty()) std::this_thread::sleep_for(1ms);
        stop.request_stop();
    });
    auto r = timrest::try_call<account_import>(s.chat, alice, {.retry = slow, .stop = stop.get_token()});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70500));
    CHECK(s.fake->requests().size() <= 2);  // a backoff drawn near 0 may have let one retry out first
}

TEST_CASE("retries: when the resend after a UserSig renewal cannot go out, the refusal is the result, with its random",
          "[retry]") {
    std::stop_source stop;
    timrest::config c;
    // The observer runs after the first attempt: stopping there leaves the renewal's resend unsent.
    c.observer = [&](const timrest::attempt_report&) { stop.request_stop(); };
    scripted stopped({answer(70001), answer(0)}, c);
    auto r = timrest::try_call<account_import>(stopped.chat, alice, {.retry = quick, .stop = stop.get_token()});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(70001));
    CHECK(stopped.fake->requests().size() == 1);
    CHECK(r.randoms() == stopped.randoms_sent());
}

TEST_CASE("retries: the observer sees every attempt, numbered, with its backoff", "[retry][observer]") {
    std::vector<timrest::attempt_report> seen;
    timrest::config c;
    c.observer = [&](const timrest::attempt_report& a) { seen.push_back(a); };
    scripted s({answer(70500), answer(0)}, c);
    auto r = timrest::try_call<account_import>(s.chat, alice, {.retry = quick});
    REQUIRE(r);
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].attempt == 1);
    CHECK(seen[0].error_code == 70500);
    CHECK(seen[0].backoff == 0ns);
    CHECK(seen[1].attempt == 2);
    CHECK(seen[1].error_code == 0);
    CHECK(seen[1].backoff <= 1ms);
    CHECK(seen[0].random == r.randoms()[0]);
    CHECK(seen[1].random == r.random());
}

}  // namespace protocol_retries_test
