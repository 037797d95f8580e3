// `timrest batch <service>/<command> [@FILE | -] [--in-flight N] [--rate N] [--retries N] [--out FILE] [--resume]`
//
// One request per input line (JSON Lines; blank lines are skipped), sent through client::post_each: up to
// --in-flight on the wire at once from one thread, paced at 99% of the endpoint's declared rate (or at --rate; 0
// turns pacing off), retried as the library retries (--retries more attempts at most). One result per request line, in input
// order, to stdout or --out:
//   {"line":N,"reply":{...}}    the service accepted it (ErrorCode 0)
//   {"line":N,"error":{"code":C,"category":"...","message":"...","random":R,"retryable":B}}
// An invalid line gets its validation error (random null: nothing was sent) and the batch goes on.
//
// --resume (with --out) skips the lines FILE already has a result for, and appends. Ctrl-C stops sending, lets the
// requests in flight finish, writes their results and exits 130; a second Ctrl-C (half a second or more later)
// kills. A SIGINT ignored on entry (a script's background job) stays ignored. A live progress line on stderr when
// it is a terminal, else one summary line at the end.
//
// Exit status: 0 every line succeeded; 1 some line failed; 2 usage error, nothing sent; 130 interrupted.

#include "cli.hpp"

#include "timrest/protocol/call_options.hpp"

#include <boost/json/serialize.hpp>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

#include <signal.h>
#include <time.h>
#include <unistd.h>

namespace timrest_cli {

namespace {

constexpr int interrupted_exit = 130;

// When the first SIGINT of the batch came (CLOCK_MONOTONIC, ns); 0 while none has.
std::atomic<long long> interrupted_at{0};
static_assert(std::atomic<long long>::is_always_lock_free, "the SIGINT handler sets it");

// Sets SIGINT's action to `handler`: SIG_DFL, or a function that stays installed, with SIGINT blocked while it
// runs and interrupted system calls restarted. Async-signal-safe.
void set_sigint(void (*handler)(int)) noexcept {
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
}

// The first SIGINT stops the batch in order; a second one ends the process at once, unless it came within half a
// second of the first. That is the same interrupt delivered twice: `timeout`, and supervisors like it, signal the
// process and then its process group, and a fast batch would otherwise lose the results of the calls in flight.
extern "C" void on_sigint(int) {
    constexpr long long same_interrupt_ns = 500'000'000;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);  // async-signal-safe, as are sigaction() and raise()
    long long at = now.tv_sec * 1'000'000'000LL + now.tv_nsec;
    if (at == 0) at = 1;  // 0 means "no interrupt yet"
    long long first = 0;
    if (interrupted_at.compare_exchange_strong(first, at) || at - first < same_interrupt_ns) return;
    set_sigint(SIG_DFL);
    raise(SIGINT);  // ends the process as killed by SIGINT, which tells a calling shell to stop too
}

// A non-negative whole number option, or a usage problem.
std::optional<long long> number_option(const arguments& a, std::string_view name, long long fallback,
                                       long long least, std::string& problem) {
    const auto it = a.options.find(name);
    if (it == a.options.end()) return fallback;
    long long value = 0;
    const auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    if (ec != std::errc() || end != it->second.data() + it->second.size() || value < least || value > 1'000'000)
        return problem = std::string(name) + " takes a whole number from " + std::to_string(least) + " to 1000000",
               std::nullopt;
    return value;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// The lines --out already holds a result for. A last line cut short (the process was killed mid-write) is
// dropped from the file, so that appending starts on a fresh line.
std::optional<std::set<std::size_t>> results_in(const std::string& name, std::string& problem) {
    std::set<std::size_t> done;
    std::error_code ec;
    if (!std::filesystem::exists(name, ec)) return done;
    std::ifstream in(name, std::ios::binary);
    if (!in) return problem = "cannot read " + name, std::nullopt;
    std::string line;
    std::uintmax_t complete = 0, offset = 0;
    while (std::getline(in, line)) {
        const bool ended = !in.eof();
        offset += line.size() + (ended ? 1 : 0);
        if (!ended) break;
        complete = offset;
        auto parsed = timrest::parse_json(line);
        if (!parsed || !parsed.value.is_object()) continue;
        if (auto n = parsed.value.as_object().if_contains("line"); n && n->is_int64() && n->as_int64() > 0)
            done.insert(static_cast<std::size_t>(n->as_int64()));
    }
    in.close();
    if (std::filesystem::file_size(name, ec) != complete) std::filesystem::resize_file(name, complete, ec);
    if (ec) return problem = "cannot repair " + name + ": " + ec.message(), std::nullopt;
    return done;
}

// Request lines in the input, for the progress line's total: a regular file only (a pipe is read once).
std::optional<std::size_t> count_requests(const std::string& name) {
    std::ifstream in(name, std::ios::binary);
    if (!in) return std::nullopt;
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) n += !blank(line);
    return n;
}

boost::json::object error_object(const timrest::call_error& e) {
    boost::json::object error;
    error["code"] = e.code.value();
    error["category"] = e.code.category().name();
    error["message"] = e.message();
    if (e.random != 0) error["random"] = e.random;  // 0: no request was made
    else error["random"] = nullptr;
    error["retryable"] = e.code == timrest::condition::retryable;
    return error;
}

std::string duration_text(double seconds) {
    const auto s = static_cast<long long>(seconds + 0.5);
    char out[32];
    if (s >= 3600) std::snprintf(out, sizeof out, "%lldh%02lldm", s / 3600, s / 60 % 60);
    else if (s >= 60) std::snprintf(out, sizeof out, "%lldm%02llds", s / 60, s % 60);
    else std::snprintf(out, sizeof out, "%llds", s);
    return out;
}

// Results come in completion order; they are written in input order, each as soon as every line before it has
// been written.
class ordered_output {
public:
    explicit ordered_output(std::ostream& out) : out_(out) {}

    /// The result of the call numbered `index` (from 0, in input order), for input line `line`.
    void put(std::size_t index, std::size_t line, boost::json::object result) {
        boost::json::object entry;
        entry["line"] = line;
        for (auto& [key, value] : result) entry[key] = std::move(value);
        waiting_.emplace(index, boost::json::serialize(entry));
        for (auto it = waiting_.begin(); it != waiting_.end() && it->first == next_; it = waiting_.erase(it), ++next_)
            out_ << it->second << '\n';
        out_.flush();  // what is written stays written: --resume trusts it
    }

private:
    std::ostream& out_;
    std::map<std::size_t, std::string> waiting_;
    std::size_t next_ = 0;
};

}  // namespace

int batch(const endpoint_entry& e, const arguments& a) {
    std::string problem;
    if (a.positional.size() > 3) return usage("batch takes one input: @FILE or - (standard input)");
    const std::string source = a.positional.size() == 3 ? a.positional[2] : "-";
    if (source != "-" && !source.starts_with('@'))
        return usage("batch reads its requests from @FILE or - (standard input), one JSON object per line");
    const auto in_flight = number_option(a, "--in-flight", 32, 1, problem);
    const auto retries = number_option(a, "--retries", 3, 0, problem);
    const auto rate = number_option(a, "--rate", -1, 0, problem);
    if (!in_flight || !retries || !rate) return usage(problem);
    const auto out_name = a.options.find("--out");
    const bool resume = a.options.contains("--resume");
    if (resume && out_name == a.options.end()) return usage("--resume needs --out FILE: it skips the lines FILE has");

    std::ifstream file;
    std::istream* in = &std::cin;
    std::optional<std::size_t> total;
    if (source != "-") {
        const std::string name = source.substr(1);
        std::error_code ec;
        if (std::filesystem::is_directory(name, ec)) return usage("cannot read " + name + ": it is a directory");
        file.open(name, std::ios::binary);
        if (!file) return usage("cannot read " + name);
        in = &file;
        if (std::filesystem::is_regular_file(name, ec)) total = count_requests(name);
    }

    std::set<std::size_t> skipped;
    std::ofstream out_file;
    if (out_name != a.options.end()) {
        if (resume) {
            auto done = results_in(out_name->second, problem);
            if (!done) return usage(problem);
            skipped = std::move(*done);
        }
        out_file.open(out_name->second, resume ? std::ios::binary | std::ios::app : std::ios::binary | std::ios::trunc);
        if (!out_file) return usage("cannot write " + out_name->second);
    }
    std::ostream& out = out_file.is_open() ? out_file : std::cout;

    auto config = make_config(a, true, problem);
    if (!config) return usage(problem);
    config->pace_calls = *rate != 0;
    if (*rate > 0) config->rate_overrides[std::string(e.path)] = static_cast<double>(*rate);
    // At the documented rate itself, a send that leaves a few ms late followed by punctual ones puts one call too
    // many into some second, and the service answers 60007 (bench/bulk.cpp: at 200/s against a 200/s cap, 2
    // refusals and AIMD cost a fifth of the throughput; at 198/s, none). An explicit --rate is taken as given.
    if (*rate < 0) config->rate_headroom = 0.99;
    timrest::client client(std::move(*config));

    // The input, read as the batch goes: call k is input line lines[k].
    std::vector<std::size_t> lines;
    std::size_t line_number = 0, calls = 0, resumed = 0;
    const std::size_t max_line = 16u << 20;
    const std::function<std::optional<timrest::raw_call>()> next = [&]() -> std::optional<timrest::raw_call> {
        for (std::string text; std::getline(*in, text);) {
            ++line_number;
            if (blank(text)) continue;
            if (skipped.contains(line_number)) {
                ++resumed;
                continue;
            }
            timrest::raw_call call;
            call.index = calls++;
            lines.push_back(line_number);
            std::string why;
            std::optional<std::string> body;
            if (text.size() > max_line) why = "the line holds more than 16 MiB";
            else body = e.encode(text, why);
            if (body) call.body = std::move(*body);
            else call.invalid = timrest::call_error{.code = timrest::protocol_errc::invalid_request, .info = why};
            return call;
        }
        return std::nullopt;
    };

    ordered_output output(out);
    bool any_failed = false;
    const std::function<bool(std::size_t, timrest::raw_reply&&)> done = [&](std::size_t k, timrest::raw_reply&& reply) {
        const std::size_t line = lines[k];
        boost::json::object result;
        std::optional<timrest::call_error> failure;
        if (reply.error) failure = std::move(reply.error);
        else if (reply.env.ErrorCode != 0) failure = e.service_failure(reply);
        else failure = e.mismatch(reply);
        if (failure) result["error"] = error_object(*failure);
        else result["reply"] = std::move(reply.body);
        output.put(k, line, std::move(result));
        any_failed |= failure.has_value();
        return !failure;
    };

    const bool terminal = isatty(STDERR_FILENO) == 1;
    const std::size_t expected = total ? *total - std::min(*total, skipped.size()) : 0;
    std::stop_source stop;
    timrest::batch_options options{.in_flight = static_cast<std::size_t>(*in_flight),
                                   .retry = {.max_attempts = static_cast<unsigned>(*retries) + 1},
                                   .stop = stop.get_token(),
                                   .progress_every = std::chrono::milliseconds(terminal ? 200 : 100)};
    timrest::batch_progress last{};
    options.progress = [&](const timrest::batch_progress& p) {
        last = p;
        if (interrupted_at.load() != 0) stop.request_stop();
        if (!terminal) return;
        std::string line = "\r\x1b[K" + std::to_string(p.done);
        if (total) {
            line += "/" + std::to_string(expected);
            if (expected > 0) line += " " + std::to_string(p.done * 100 / expected) + "%";
        }
        char rate_text[32];
        std::snprintf(rate_text, sizeof rate_text, " %.0f calls/s", p.calls_per_second);
        line += rate_text;
        if (total && p.calls_per_second > 0 && expected >= p.done)
            line += " ETA " + duration_text(static_cast<double>(expected - p.done) / p.calls_per_second);
        line += " failed " + std::to_string(p.failed) + " retried " + std::to_string(p.retries) + " throttled " +
                std::to_string(p.throttled);
        if (p.finished) line += "\n";
        std::cerr << line << std::flush;
    };

    // A SIGINT ignored on entry stays ignored: a script's background job must not stop at the Ctrl-C meant for
    // the script's foreground command.
    interrupted_at.store(0);
    struct sigaction before {};
    sigaction(SIGINT, nullptr, &before);
    if (before.sa_handler != SIG_IGN) set_sigint(on_sigint);
    client.post_each(e.path, e.traits, options, next, done);
    sigaction(SIGINT, &before, nullptr);

    const double seconds = std::chrono::duration<double>(last.elapsed).count();
    char summary[256];
    std::snprintf(summary, sizeof summary,
                  "timrest batch: %zu done, %zu failed, %zu retried, %zu throttled in %.1f s (%.0f calls/s)",
                  last.done, last.failed, last.retries, last.throttled, seconds,
                  seconds > 0 ? static_cast<double>(last.done) / seconds : 0.0);
    std::cerr << summary;
    if (resumed > 0) std::cerr << "; " << resumed << " lines skipped, resumed from " << out_name->second;
    if (stop.stop_requested()) std::cerr << "; interrupted: rerun with --out and --resume to go on";
    std::cerr << "\n";
    if (stop.stop_requested()) return interrupted_exit;
    return any_failed ? service_failed : ok;
}

}  // namespace timrest_cli
