#include "timrest/protocol/call_all.hpp"
#include "timrest/transport/fake.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_import.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace protocol_call_all_test {

// The batch engine over a transport without transfer sets of its own (the fake): requests go one at a time, in
// input order, through the same attempts, renewals, retries and reports as over curl's multi interface.

namespace {

using namespace std::chrono_literals;
using timrest::fake_transport;
using timrest::http_outcome;
using timrest::account::account_import;

http_outcome answer(int code) {
    return {{}, {}, {200, R"({"ActionStatus":")" + std::string(code == 0 ? "OK" : "FAIL") + R"(","ErrorCode":)" +
                              std::to_string(code) + R"(,"ErrorInfo":""})"}};
}

struct scripted {
    std::shared_ptr<fake_transport> fake;
    timrest::client chat;

    explicit scripted(std::vector<http_outcome> script)
        : fake(std::make_shared<fake_transport>([script, n = std::make_shared<std::size_t>(0)](const auto&) {
              return script[std::min((*n)++, script.size() - 1)];
          })),
          chat({.sdkappid = 1400000000, .secret_key = "test-only-key", .base_url = "http://127.0.0.1:1"}, fake) {}

    std::string param(std::size_t request, std::string_view name) const {
        const std::string url = fake->requests().at(request).url;
        const auto at = url.find(std::string(name) + "=") + name.size() + 1;
        return url.substr(at, url.find('&', at) - at);
    }
};

std::vector<account_import::request> users(std::size_t n) {
    std::vector<account_import::request> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({.UserID = "user" + std::to_string(i)});
    return out;
}

}  // namespace

TEST_CASE("call_all: over a transport without transfer sets the requests go one at a time, in input order", "[batch]") {
    scripted s({answer(0)});
    auto results = timrest::call_all<account_import>(s.chat, users(5));
    REQUIRE(results.size() == 5);
    const auto sent = s.fake->requests();
    REQUIRE(sent.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(results[i]);
        CHECK(sent[i].body == R"({"UserID":"user)" + std::to_string(i) + R"("})");
        CHECK(results[i].random() == std::stoul(s.param(i, "random")));
    }
}

TEST_CASE("call_all: a call refused for its UserSig is resent under a new one, and its result lists both randoms",
          "[batch][usersig]") {
    scripted s({answer(70001), answer(0)});
    auto results = timrest::call_all<account_import>(s.chat, users(2));
    REQUIRE(results[0]);
    REQUIRE(results[1]);
    REQUIRE(s.fake->requests().size() == 3);
    CHECK(s.param(0, "usersig") != s.param(1, "usersig"));
    CHECK(results[0].randoms() == std::vector<std::uint32_t>{static_cast<std::uint32_t>(std::stoul(s.param(0, "random"))),
                                                             static_cast<std::uint32_t>(std::stoul(s.param(1, "random")))});
}

TEST_CASE("call_all: retries are on by default for a batch, and off for a single call", "[batch][retry]") {
    scripted batch({answer(70500), answer(0)});
    auto results = timrest::call_all<account_import>(
        batch.chat, users(1), {.retry = {.initial_backoff = 1ms, .max_backoff = 2ms}});
    CHECK(results.at(0));
    CHECK(batch.fake->requests().size() == 2);

    scripted single({answer(70500), answer(0)});
    CHECK_FALSE(timrest::try_call<account_import>(single.chat, users(1)[0]));
    CHECK(single.fake->requests().size() == 1);
}

TEST_CASE("call_all: the last progress report counts every call, the failed and the retried", "[batch][progress]") {
    // call 0 succeeds; call 1 gets 70500, and while it backs off call 2 succeeds; call 1's retry gets 70402, which
    // will not change; call 3 is invalid.
    scripted s({answer(0), answer(70500), answer(0), answer(70402)});
    std::vector<timrest::batch_progress> reports;
    timrest::batch_options options{.retry = {.initial_backoff = 1ms, .max_backoff = 2ms}};
    options.progress = [&](const timrest::batch_progress& p) { reports.push_back(p); };
    auto input = users(4);
    input[3].UserID = std::string();  // invalid: counted as failed, never sent
    auto results = timrest::call_all<account_import>(s.chat, input, options);
    REQUIRE_FALSE(reports.empty());
    const auto& last = reports.back();
    CHECK(last.finished);
    CHECK(last.done == 4);
    CHECK(last.failed == 2);  // the 70402 and the invalid request
    CHECK(last.retries == 1);
    CHECK(last.in_flight == 0);
    CHECK(results[0]);
    CHECK_FALSE(results[1]);
    CHECK(results[1].error().code.value() == 70402);
    CHECK(results[2]);
    CHECK(results[3].error().code == timrest::protocol_errc::invalid_request);
    CHECK(s.fake->requests().size() == 4);
}

TEST_CASE("call_all: an empty input sends nothing and returns no results", "[batch]") {
    scripted s({answer(0)});
    CHECK(timrest::call_all<account_import>(s.chat, std::vector<account_import::request>{}).empty());
    CHECK(s.fake->requests().empty());
}

}  // namespace protocol_call_all_test
