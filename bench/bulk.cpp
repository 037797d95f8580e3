// Bulk jobs against the in-process emulator, measured in one run (the machine is shared and noisy: compare the
// ratios, not the absolute numbers):
//   1. throughput with pacing off: call_all with 16 and 64 in flight, beside 16 and 64 threads of synchronous
//      calls, a hand-written libcurl easy loop, and peers outside timrest when installed: Node's fetch and its
//      http module (16 and 64 in flight on one event loop) and wrk (one thread, 16 and 64 connections); calls a
//      second, and CPU per call on the calling threads or the peer's process (the emulator's own thread excluded);
//   2. rate adherence: 200 ms latency and a 200/s cap, 2,000 calls paced at 200/s from one thread; then a cap of
//      100/s under a client configured for 200/s, which AIMD must settle near;
//   3. faults: 5% resets, 5% 70500, 1% 60007 on 10,000 account_import calls (idempotent): every line accounted
//      for and every account there at the end; 5% resets on 2,000 sendmsg calls (not idempotent): no message
//      arrives twice.
//
//   cmake --preset bench && cmake --build --preset bench && build/bench/bench/timrest_bulk_bench [--quick]
//   (the peers: apt-get install nodejs wrk; the rows of a missing one say so)

#include "emulator.hpp"
#include "timrest/account/account_check.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/auth/usersig.hpp"
#include "timrest/openim/sendmsg.hpp"
#include "timrest/protocol/call_all.hpp"
#include "timrest/protocol/url.hpp"

#include <curl/curl.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using timrest::account::account_check;
using timrest::account::account_check_request;
using timrest::account::account_import;
using timrest::account::account_import_request;
using timrest::account::account_ref;
using steady = std::chrono::steady_clock;

double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double seconds_since(steady::time_point t) { return std::chrono::duration<double>(steady::now() - t).count(); }

timrest::config config_for(const timrest::emulator::server& srv) {
    timrest::config c;
    c.sdkappid = srv.application().sdkappid;
    c.secret_key = srv.application().secret_key;
    c.base_url = srv.base_url();
    return c;
}

std::vector<account_check_request> checks(std::size_t n) {
    std::vector<account_check_request> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back({.CheckItem = {account_ref{"user" + std::to_string(i % 100)}}});
    return out;
}

struct measured {
    double calls_per_second;
    double cpu_us_per_call;
    std::size_t failed;
};

measured with_call_all(timrest::client& chat, std::size_t calls, std::size_t in_flight) {
    const auto requests = checks(calls);
    const double cpu = thread_cpu_seconds();
    const auto start = steady::now();
    auto results = timrest::call_all<account_check>(chat, requests, {.in_flight = in_flight});
    const double wall = seconds_since(start);
    std::size_t failed = 0;
    for (auto& r : results) failed += !r;
    return {static_cast<double>(calls) / wall, (thread_cpu_seconds() - cpu) * 1e6 / static_cast<double>(calls), failed};
}

measured with_threads(timrest::client& chat, std::size_t calls, std::size_t threads) {
    const auto requests = checks(calls);
    std::atomic<std::size_t> next{0}, failed{0};
    std::atomic<double> cpu{0};
    const auto start = steady::now();
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            const double began = thread_cpu_seconds();
            for (std::size_t i; (i = next++) < calls;) failed += !timrest::try_call<account_check>(chat, requests[i]);
            double seen = cpu.load();
            while (!cpu.compare_exchange_weak(seen, seen + thread_cpu_seconds() - began)) {
            }
        });
    for (auto& t : pool) t.join();
    const double wall = seconds_since(start);
    return {static_cast<double>(calls) / wall, cpu.load() * 1e6 / static_cast<double>(calls), failed.load()};
}

// One account_check, signed once: what the raw libcurl loop and the peers outside timrest send, over and over.
struct fixed_call {
    std::string url;
    std::string body = R"({"CheckItem":[{"UserID":"user1"}]})";

    explicit fixed_call(const timrest::emulator::server& srv)
        : url(timrest::make_request_url(
              srv.base_url(), account_check::path, srv.application().sdkappid, "administrator",
              timrest::make_usersig(srv.application().sdkappid, srv.application().secret_key, "administrator",
                                    std::chrono::hours(1)),
              12345)) {}
};

// The floor: one easy handle, a fixed URL and body, no signing, no JSON, one call after another.
measured with_raw_curl(const fixed_call& fixed, std::size_t calls) {
    std::string reply;
    CURL* h = curl_easy_init();
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(h, CURLOPT_URL, fixed.url.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, fixed.body.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, +[](char* d, std::size_t s, std::size_t n, void* out) {
        static_cast<std::string*>(out)->append(d, s * n);
        return s * n;
    });
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply);
    std::size_t failed = 0;
    const double cpu = thread_cpu_seconds();
    const auto start = steady::now();
    for (std::size_t i = 0; i < calls; ++i) {
        reply.clear();
        failed += curl_easy_perform(h) != CURLE_OK || reply.find("\"ErrorCode\":0") == std::string::npos;
    }
    const double wall = seconds_since(start);
    const double used = thread_cpu_seconds() - cpu;
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    return {static_cast<double>(calls) / wall, used * 1e6 / static_cast<double>(calls), failed};
}

// Peers outside timrest, run as child processes against the same emulator: Node.js and wrk. Each is
// optional (a benchmark machine may lack them); a missing one prints why its row is absent.
bool on_path(const char* program) {
    return std::system((std::string("command -v ") + program + " >/dev/null 2>&1").c_str()) == 0;
}

double children_cpu_seconds() {
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
}

// Runs a shell command and returns its standard output; the child's CPU time goes to `cpu_seconds`.
std::optional<std::string> run_child(const std::string& command, double& cpu_seconds) {
    const double before = children_cpu_seconds();
    FILE* out = popen(command.c_str(), "r");
    if (out == nullptr) return std::nullopt;
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, out)) > 0;) text.append(buffer, n);
    const int status = pclose(out);
    cpu_seconds = children_cpu_seconds() - before;
    if (status != 0) return std::nullopt;
    return text;
}

// `client`: "fetch" (Node's built-in fetch) or "http" (its http module, keep-alive agent).
std::optional<measured> with_node(const char* client, const fixed_call& fixed, std::size_t calls,
                                  std::size_t in_flight) {
    double cpu = 0;
    const auto out = run_child(std::string("node " TIMREST_BENCH_DIR "/peers/node.mjs ") + client + " '" + fixed.url +
                                   "' '" + fixed.body + "' " + std::to_string(calls) + " " + std::to_string(in_flight),
                               cpu);
    measured m{};
    if (!out || std::sscanf(out->c_str(), "%lf %lf %zu", &m.calls_per_second, &m.cpu_us_per_call, &m.failed) != 3)
        return std::nullopt;
    return m;  // CPU as Node measures its own, over the measured calls (after a warm-up)
}

// wrk runs for a time, not a count: `seconds` at `connections` on one thread, as call_all runs on one.
std::optional<measured> with_wrk(const fixed_call& fixed, unsigned seconds, std::size_t connections) {
    double cpu = 0;
    const auto out = run_child("TIMREST_BENCH_BODY='" + fixed.body + "' wrk -t1 -c" + std::to_string(connections) +
                                   " -d" + std::to_string(seconds) + "s -s " TIMREST_BENCH_DIR "/peers/post.lua '" +
                                   fixed.url + "'",
                               cpu);
    if (!out) return std::nullopt;
    double requests = 0, elapsed = 0;
    const auto at = out->find(" requests in ");
    if (at == std::string::npos) return std::nullopt;
    const auto line = out->rfind('\n', at);
    if (std::sscanf(out->c_str() + (line == std::string::npos ? 0 : line + 1), " %lf requests in %lfs", &requests,
                    &elapsed) != 2 ||
        requests == 0)
        return std::nullopt;
    // wrk counts a reply that is not 2xx or 3xx; the body's ErrorCode it does not read (the raw libcurl row checks
    // that the same URL and body succeed).
    constexpr std::string_view non_2xx = "Non-2xx or 3xx responses:";
    std::size_t failed = 0;
    if (const auto bad = out->find(non_2xx); bad != std::string::npos)
        failed = std::strtoul(out->c_str() + bad + non_2xx.size(), nullptr, 10);
    return measured{requests / elapsed, cpu * 1e6 / requests, failed};
}

void throughput(std::size_t calls) {
    timrest::emulator::server srv;
    srv.start();
    timrest::client chat(config_for(srv));
    timrest::call_all<account_import>(chat, std::vector<account_import_request>{{.UserID = "user1"}});
    std::printf("1. throughput, pacing off, %zu account_check calls each (emulator in-process, no latency)\n", calls);
    std::printf("   %-34s %10s %14s %8s %s\n", "case", "calls/s", "CPU us/call", "failed", "ratio to 16 threads (calls/s, CPU)");
    const auto threads16 = with_threads(chat, calls, 16);
    auto row = [&](const char* name, const measured& m) {
        std::printf("   %-34s %10.0f %14.1f %8zu %.2f, %.2f\n", name, m.calls_per_second, m.cpu_us_per_call, m.failed,
                    m.calls_per_second / threads16.calls_per_second, m.cpu_us_per_call / threads16.cpu_us_per_call);
    };
    row("16 threads, synchronous calls", threads16);
    row("64 threads, synchronous calls", with_threads(chat, calls, 64));
    row("call_all, 16 in flight", with_call_all(chat, calls, 16));
    row("call_all, 64 in flight", with_call_all(chat, calls, 64));
    const fixed_call fixed(srv);
    row("libcurl easy loop (no timrest)", with_raw_curl(fixed, calls));
    // A peer's row, or why it has none.
    auto peer_row = [&](const std::string& name, const char* program, auto measure) {
        if (!on_path(program))
            std::printf("   %-34s skipped: %s is not installed (apt-get install %s)\n", name.c_str(), program,
                        std::string_view(program) == "node" ? "nodejs" : program);
        else if (const std::optional<measured> m = measure())
            row(name.c_str(), *m);
        else
            std::printf("   %-34s failed to run\n", name.c_str());
    };
    // wrk runs for a time: as long as the 16 threads took for the same number of calls, at least a second.
    const auto wrk_seconds =
        std::max(1u, static_cast<unsigned>(static_cast<double>(calls) / threads16.calls_per_second + 0.5));
    for (const std::size_t n : {16, 64}) {
        peer_row("Node fetch, " + std::to_string(n) + " in flight", "node",
                 [&] { return with_node("fetch", fixed, calls, n); });
        peer_row("Node http, " + std::to_string(n) + " in flight", "node",
                 [&] { return with_node("http", fixed, calls, n); });
        peer_row("wrk, one thread, " + std::to_string(n) + " connections", "wrk",
                 [&] { return with_wrk(fixed, wrk_seconds, n); });
    }
}

void rate_adherence(std::size_t calls) {
    std::printf("\n2. rate adherence: 200 ms latency, %zu account_import calls from one thread, 64 in flight\n", calls);
    struct scenario {
        unsigned cap;
        double headroom;
    };
    for (const auto [cap, headroom] : {scenario{200, 1.0}, scenario{200, 0.99}, scenario{100, 1.0}}) {
        timrest::emulator::server srv;
        srv.impair({.latency = 200ms, .rate_limit = cap});
        srv.start();
        auto c = config_for(srv);
        c.pace_calls = true;  // account_import is documented at 200 calls a second
        c.rate_headroom = headroom;
        // The rate sent: from the first request's departure to the last one's, as the observer reports them.
        std::vector<steady::time_point> departures;
        c.observer = [&](const timrest::attempt_report& r) { departures.push_back(steady::now() - r.latency); };
        timrest::client chat(c);
        std::vector<account_import_request> requests;
        for (std::size_t i = 0; i < calls; ++i) requests.push_back({.UserID = "rate" + std::to_string(i)});
        double lowest = 1e9;
        timrest::batch_options options{.in_flight = 64, .retry = {.max_attempts = 8}};
        options.progress = [&](const timrest::batch_progress& p) {
            if (p.pacing_rate > 0) lowest = std::min(lowest, p.pacing_rate);
        };
        const auto start = steady::now();
        // Pacing's clock starts at the first call: measure from the first reply to the last.
        auto results = timrest::call_all<account_import>(chat, requests, options);
        const double wall = seconds_since(start);
        std::size_t failed = 0;
        for (auto& r : results) failed += !r;
        std::sort(departures.begin(), departures.end());
        const double span = std::chrono::duration<double>(departures.back() - departures.front()).count();
        const double rate = static_cast<double>(departures.size() - 1) / span;
        std::printf("   cap %u/s, client paced at %.0f/s: sent %.1f calls/s = %.1f%% of the cap, %zu throttled (60007), "
                    "%zu failed, pacing rate fell to %.0f/s, %.1f s in all\n",
                    cap, 200 * headroom, rate, 100.0 * rate / cap, srv.rate_limited(), failed, lowest, wall);
    }
}

void faults(std::size_t imports, std::size_t messages) {
    std::printf("\n3. faults\n");
    {
        timrest::emulator::server srv;
        // 5% resets, 5% 70500, 1% 60007: the list weights the pick, fault_rate the share of requests
        std::vector<std::string> mix(5, "reset");
        mix.insert(mix.end(), 5, "70500");
        mix.push_back("60007");
        srv.impair({.faults = mix, .fault_rate = 0.11, .seed = 11});
        srv.start();
        timrest::client chat(config_for(srv));
        std::vector<account_import_request> requests;
        for (std::size_t i = 0; i < imports; ++i) requests.push_back({.UserID = "fault" + std::to_string(i)});
        std::size_t retries = 0;
        timrest::batch_options options{.in_flight = 32, .retry = {.max_attempts = 6, .initial_backoff = 20ms}};
        options.progress = [&](const timrest::batch_progress& p) { retries = p.retries; };
        const auto start = steady::now();
        auto results = timrest::call_all<account_import>(chat, requests, options);
        const double wall = seconds_since(start);
        std::size_t failed = 0;
        for (auto& r : results) failed += !r;
        srv.impair({});
        std::vector<account_check_request> check;
        for (std::size_t i = 0; i < imports; ++i) check.push_back({.CheckItem = {account_ref{"fault" + std::to_string(i)}}});
        std::size_t present = 0;
        for (auto& r : timrest::call_all<account_check>(chat, check))
            present += r && r->ResultItem.at(0).AccountStatus == timrest::account::account_status::Imported;
        std::printf("   account_import x %zu (idempotent), 5%% reset + 5%% 70500 + 1%% 60007: %zu faults injected, "
                    "%zu retried, %zu results for %zu lines, %zu failed, %zu of %zu accounts present, %.1f s\n",
                    imports, srv.faults_injected(), retries, results.size(), imports, failed, present, imports, wall);
    }
    {
        timrest::emulator::server srv;
        srv.impair({.faults = {"reset"}, .fault_rate = 0.05, .seed = 12});
        srv.start();
        timrest::client chat(config_for(srv));
        timrest::call<account_import>(chat, {.UserID = "alice"});
        timrest::call<account_import>(chat, {.UserID = "bob"});
        std::vector<timrest::openim::sendmsg_request> requests;
        for (std::size_t i = 0; i < messages; ++i)
            requests.push_back({.To_Account = "bob",
                                .MsgRandom = static_cast<std::uint32_t>(i),
                                .MsgBody = {timrest::msg::text_elem{.Text = "message " + std::to_string(i)}},
                                .From_Account = "alice"});
        auto results = timrest::call_all<timrest::openim::sendmsg>(chat, requests, {.in_flight = 32});
        std::size_t may_have_been_applied = 0, failed = 0;
        for (auto& r : results) {
            failed += !r;
            may_have_been_applied += !r && r.error().code == timrest::condition::may_have_been_applied;
        }
        std::map<std::string, int> arrivals;  // by body: each message is unique
        std::size_t twice = 0;
        for (const auto& r : srv.requests())
            if (r.target.find(timrest::openim::sendmsg::path) != std::string::npos && ++arrivals[r.body] == 2) ++twice;
        std::printf("   sendmsg x %zu (not idempotent), 5%% reset after applying: %zu faults injected, %zu calls "
                    "reported may_have_been_applied, %zu failed, %zu messages arrived twice\n",
                    messages, srv.faults_injected(), may_have_been_applied, failed, twice);
    }
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::string_view(argv[1]) == "--quick";
    throughput(quick ? 2000 : 10000);
    rate_adherence(2000);
    faults(quick ? 2000 : 10000, 2000);
}
