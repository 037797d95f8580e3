#include "timrest/account/account_check.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/protocol/call_all.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/transport/curl.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <memory>
#include <ranges>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

namespace integration_call_all_test {

// Batches through the real curl transport against the in-process emulator: many requests on the wire from one
// thread, results in input order, retries under faults, pacing under a rate limit, stop and deadline. Time is only
// ever bounded from below: what shows requests side by side is the emulator holding several unanswered at once.

namespace {

using namespace std::chrono_literals;
using timrest::protocol_errc;
using timrest::account::account_check;
using timrest::account::account_check_request;
using timrest::account::account_import;
using timrest::account::account_import_request;
using timrest::account::account_ref;
using timrest::account::account_status;
using timrest::recentcontact::del_contact_group;
using timrest_test::config_for;
using timrest_test::emulated;
using timrest_test::requests_to;

std::vector<account_import_request> imports(std::size_t n, std::string prefix = "user") {
    std::vector<account_import_request> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({.UserID = prefix + std::to_string(i)});
    return out;
}

std::vector<account_check_request> checks(std::size_t n, std::string prefix = "user") {
    std::vector<account_check_request> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({.CheckItem = {account_ref{prefix + std::to_string(i)}}});
    return out;
}

bool all_imported(timrest::client& chat, std::size_t n, std::string prefix = "user") {
    for (auto& r : timrest::call_all<account_check>(chat, checks(n, std::move(prefix))))
        if (!r || r->ResultItem.at(0).AccountStatus != account_status::Imported) return false;
    return true;
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "call_all: results come back in input order, from requests the emulator held side by side",
                 "[integration][batch]") {
    srv.impair({.latency = 300ms});
    std::size_t most_unanswered = 0;
    timrest::batch_options options{.in_flight = 12, .progress_every = 20ms};
    options.progress = [&](const timrest::batch_progress& p) {
        const std::size_t arrived = requests_to(srv, account_import::path);
        most_unanswered = std::max(most_unanswered, arrived - std::min(arrived, p.done));
    };
    auto imported = timrest::call_all<account_import>(chat, imports(24), options);
    REQUIRE(imported.size() == 24);
    CHECK(std::all_of(imported.begin(), imported.end(), [](auto& r) { return r.has_value(); }));
    CHECK(most_unanswered >= 8);  // one at a time would never leave more than one unanswered

    srv.impair({});
    auto checked = timrest::call_all<account_check>(chat, checks(24), {.in_flight = 8});
    REQUIRE(checked.size() == 24);
    for (std::size_t i = 0; i < checked.size(); ++i) {
        REQUIRE(checked[i]);
        CHECK(checked[i]->ResultItem.at(0).UserID == "user" + std::to_string(i));
        CHECK(checked[i]->ResultItem.at(0).AccountStatus == account_status::Imported);
    }
}

TEST_CASE_METHOD(emulated<>, "call_all: a request that breaks a rule gets its validation error in its place and is not sent",
                 "[integration][batch]") {
    auto requests = imports(5);
    const std::string empty;  // a literal would not compile: a UserID is never empty
    requests[2].UserID = empty;
    auto results = timrest::call_all<account_import>(chat, requests);
    REQUIRE(results.size() == 5);
    REQUIRE_FALSE(results[2]);
    CHECK(results[2].error().code == protocol_errc::invalid_request);
    CHECK_FALSE(results[2].error().sent);
    CHECK(results[0]);
    CHECK(results[4]);
    CHECK(requests_to(srv, account_import::path) == 4);
}

TEST_CASE_METHOD(emulated<>, "for_each_result: reads its input as it goes, never holding more than in_flight calls open",
                 "[integration][batch]") {
    std::size_t produced = 0, results = 0, most_open = 0;
    auto input = std::views::iota(0, 60) | std::views::transform([&](int i) {
                     ++produced;
                     return account_import_request{.UserID = "lazy" + std::to_string(i)};
                 });
    std::set<std::size_t> indices;
    timrest::for_each_result<account_import>(
        chat, input,
        [&](std::size_t i, timrest::call_result<account_import>&& r) {
            CHECK(r);
            indices.insert(i);
            ++results;
            most_open = std::max(most_open, produced - results + 1);
        },
        {.in_flight = 5});
    CHECK(results == 60);
    CHECK(indices.size() == 60);
    CHECK(*indices.rbegin() == 59);
    CHECK(most_open <= 5);
    CHECK(all_imported(chat, 60, "lazy"));
}

TEST_CASE_METHOD(emulated<>, "call_all: with the default retries, resets, 502s and 70500s cost an idempotent batch no line",
                 "[integration][batch][faults]") {
    srv.impair({.faults = {"reset", "502", "70500"}, .fault_rate = 0.15, .seed = 7});
    std::size_t retries = 0;
    timrest::batch_options options{.in_flight = 16, .retry = {.initial_backoff = 5ms, .max_backoff = 50ms}};
    options.progress = [&](const timrest::batch_progress& p) { retries = p.retries; };
    auto results = timrest::call_all<account_import>(chat, imports(150), options);
    CHECK(srv.faults_injected() > 0);
    CHECK(retries > 0);  // fewer than the faults: libcurl itself resends an idempotent request after a reset
    std::size_t failed = 0;
    for (auto& r : results) failed += !r;
    CHECK(failed == 0);
    srv.impair({});
    CHECK(all_imported(chat, 150));
}

TEST_CASE_METHOD(emulated<>, "call_all: a reset after the request arrived is never sent again for an endpoint that is not idempotent",
                 "[integration][batch][faults]") {
    timrest_test::import_user(chat, "owner");
    srv.impair({.faults = {"reset"}, .fault_rate = 0.2, .seed = 3});
    std::vector<timrest::recentcontact::del_contact_group_request> requests;
    for (int i = 0; i < 40; ++i) requests.push_back({.From_Account = "owner", .GroupName = {"g" + std::to_string(i)}});
    auto results = timrest::call_all<del_contact_group>(chat, requests, {.in_flight = 8});
    std::size_t may_have_applied = 0;
    for (auto& r : results)
        if (!r && r.error().code == timrest::condition::may_have_been_applied) ++may_have_applied;
    CHECK(srv.faults_injected() > 0);
    CHECK(may_have_applied == srv.faults_injected());
    CHECK(requests_to(srv, del_contact_group::path) == 40);  // one request per call: none sent twice
}

TEST_CASE_METHOD(emulated<>, "call_all: a stop sends nothing more, lets the requests in flight finish, and fails the rest as cancelled",
                 "[integration][batch]") {
    srv.impair({.latency = 100ms});
    std::stop_source stop;
    timrest::batch_options options{.in_flight = 4, .stop = stop.get_token(), .progress_every = 10ms};
    options.progress = [&](const timrest::batch_progress& p) {
        if (p.done >= 4) stop.request_stop();
    };
    auto results = timrest::call_all<account_import>(chat, imports(40), options);
    REQUIRE(results.size() == 40);
    std::size_t succeeded = 0, cancelled = 0;
    for (auto& r : results) {
        if (r) ++succeeded;
        else if (r.error().code == protocol_errc::cancelled && !r.error().sent) ++cancelled;
    }
    CHECK(succeeded >= 4);
    CHECK(succeeded + cancelled == 40);
    CHECK(cancelled >= 20);
    CHECK(requests_to(srv, account_import::path) == succeeded);  // every request that went out finished
}

TEST_CASE_METHOD(emulated<>, "call_all: the calls not sent before the deadline fail with deadline_exceeded",
                 "[integration][batch]") {
    srv.impair({.latency = 150ms});
    const auto deadline = std::chrono::steady_clock::now() + 400ms;
    auto results = timrest::call_all<account_import>(chat, imports(30), {.in_flight = 2, .deadline = deadline});
    REQUIRE(results.size() == 30);
    std::size_t late = 0, sent = 0;
    for (auto& r : results) {
        if (!r && r.error().code == protocol_errc::deadline_exceeded && !r.error().sent) ++late;
        else ++sent;
    }
    CHECK(late > 0);
    CHECK(sent >= 2);
    CHECK(requests_to(srv, account_import::path) == sent);
}

TEST_CASE_METHOD(emulated<>, "call_all: paced above the real limit, the batch halves its rate on 60007 and every call lands",
                 "[integration][batch][pacing]") {
    srv.impair({.rate_limit = 10});
    auto c = config_for(srv);
    c.pace_calls = true;
    c.rate_overrides = {{std::string(account_check::path), 20}};
    timrest::client paced(c);
    double lowest_rate = 1e9;
    std::size_t throttled = 0;
    timrest::batch_options options{.in_flight = 8, .retry = {.max_attempts = 8, .initial_backoff = 50ms}, .progress_every = 50ms};
    options.progress = [&](const timrest::batch_progress& p) {
        lowest_rate = std::min(lowest_rate, p.pacing_rate);
        throttled = p.throttled;
    };
    auto results = timrest::call_all<account_check>(paced, checks(40), options);
    std::size_t failed = 0;
    for (auto& r : results) failed += !r;
    CHECK(failed == 0);
    CHECK(throttled > 0);
    CHECK(throttled == srv.rate_limited());
    CHECK(lowest_rate < 20);
}

TEST_CASE_METHOD(emulated<>, "call_all: one batch after another reuses the connections of the first",
                 "[integration][batch][transport]") {
    auto transport = std::make_shared<timrest::curl_transport>();
    timrest::client own(config_for(srv), transport);
    auto first = timrest::call_all<account_import>(own, imports(20), {.in_flight = 4});
    const auto opened = transport->connections_opened();
    CHECK(opened >= 1);
    CHECK(opened <= 4);
    auto second = timrest::call_all<account_import>(own, imports(20), {.in_flight = 4});
    CHECK(transport->connections_opened() == opened);
    CHECK(std::all_of(second.begin(), second.end(), [](auto& r) { return r.has_value(); }));
}

}  // namespace integration_call_all_test
