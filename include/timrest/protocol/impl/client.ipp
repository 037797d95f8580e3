#ifndef TIMREST_PROTOCOL_IMPL_CLIENT_IPP_INCLUDED
#define TIMREST_PROTOCOL_IMPL_CLIENT_IPP_INCLUDED

// The client's definitions: signing and its cache, pacing, the curl transport by default, and reading a reply
// (parse within a memory budget, scrub the secrets, read the envelope). Included by protocol/client.hpp, or by
// <timrest/src.hpp> when TIMREST_SEPARATE_COMPILATION is defined.

#include "timrest/protocol/client.hpp"

#include "timrest/auth/usersig.hpp"
#include "timrest/core/detail/text.hpp"
#include "timrest/core/json_parse.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/common_errors.hpp"
#include "timrest/protocol/url.hpp"
#include "timrest/transport/curl.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>
#include <span>
#include <stdexcept>
#include <stop_token>
#include <thread>

namespace timrest {

namespace detail {

/// The UserSig an attempt was signed with, and which renewal made it.
struct usersig_ticket {
    std::string usersig;
    std::uint64_t generation = 0;
};

// A fresh, uniformly distributed 32-bit value per call. Each thread has its own engine, seeded from
// std::random_device with a full seed sequence, so concurrent callers need no lock.
inline std::uint32_t random_u32() {
    thread_local std::mt19937 engine = [] {
        std::random_device device;
        std::seed_seq seq{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937(seq);
    }();
    return std::uniform_int_distribution<std::uint32_t>{}(engine);
}

// A request's `random`: never 0, which call_error keeps for "no request was made".
inline std::uint32_t request_random() {
    for (;;)
        if (const auto r = random_u32(); r != 0) return r;
}

// What the parsed tree and the typed value of one reply may cost together: 8x its size, as estimated while
// parsing and decoding. The estimate errs high (measured: a reply of typical items peaks at 7.5x in all, text
// included, while its estimate is 7.5x without the text), so a reply peaks at about 8x its size at most. A floor
// covers the fixed costs of small documents.
inline std::size_t reply_memory_budget(std::size_t text_bytes) noexcept {
    return std::max<std::size_t>(8 * text_bytes, 256 * 1024);
}

// Scrubs every string in `v`, at any depth. Keys are left alone: the service names them itself.
inline void scrub_strings(boost::json::value& v, const secret_finder& secrets) {
    if (auto* s = v.if_string()) {
        if (secrets.in(*s)) *s = scrub(*s, secrets);
    } else if (auto* a = v.if_array()) {
        for (auto& e : *a) scrub_strings(e, secrets);
    } else if (auto* o = v.if_object()) {
        for (auto& kv : *o) scrub_strings(kv.value(), secrets);
    }
}

// The admin UserSig, generated on first use and renewed after half its lifetime; safe for concurrent use.
class usersig_cache {
public:
    using ticket = usersig_ticket;

    ticket get(const config& c, std::chrono::system_clock::time_point now) {
        std::lock_guard lock(mutex_);
        if (usersig_.empty() || now >= issued_ + c.usersig_lifetime / 2 || now < issued_) {
            usersig_ = make_usersig(c.sdkappid, c.secret_key, c.admin, c.usersig_lifetime, now);
            // Signing is deterministic per second, so a renewal in the second of the refusal would resend the
            // refused UserSig. Sign it for one second less instead: TLS.time stays now (a service that voids
            // UserSigs issued before some moment, 70052, sees the latest time possible), and the lost second
            // does not matter to a client that renews at half the lifetime.
            if (usersig_ == refused_) {
                const auto other = c.usersig_lifetime > std::chrono::seconds(1)
                                       ? c.usersig_lifetime - std::chrono::seconds(1)
                                       : c.usersig_lifetime + std::chrono::seconds(1);
                usersig_ = make_usersig(c.sdkappid, c.secret_key, c.admin, other, now);
            }
            issued_ = now;
            ++generation_;
        }
        return {usersig_, generation_};
    }

    /// Drops the UserSig the service refused, unless another caller already replaced it; the next one will
    /// differ from it.
    void invalidate(std::uint64_t generation) {
        std::lock_guard lock(mutex_);
        if (generation == generation_) refused_ = std::exchange(usersig_, std::string());
    }

private:
    std::mutex mutex_;
    std::string usersig_;
    std::string refused_;
    std::chrono::system_clock::time_point issued_{};
    std::uint64_t generation_ = 0;
};

// Paces the calls to each path, across threads: a bucket of one token that refills at the path's rate, so calls
// leave at least 1/rate apart (the service counts calls per second; a larger bucket would let a burst over the
// limit). When the service answers 60007 anyway, the path's rate halves; it then climbs back to the configured
// rate by 5% of that rate for each second without another 60007 (additive increase, multiplicative decrease).
// Callers sleep outside the lock.
class pacer {
public:
    using clock = std::chrono::steady_clock;

    /// When the next call to `path` may leave, at `rate` calls a second (> 0).
    clock::time_point reserve(std::string_view path, double rate) {
        std::lock_guard lock(mutex_);
        const auto now = clock::now();
        lane& l = lane_of(path, rate, now);
        recover(l, now);
        const auto slot = std::max(now, l.next);
        l.next = slot + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(1.0 / l.rate));
        l.last = slot;
        return slot;
    }

    /// A slot reserve() gave that will not be used: the call stopped, or its deadline comes first. Handed out
    /// again when it is still the latest, so the next call does not wait a whole interval for a call that never
    /// left (at `get_appid_group_list`'s 1 a second, a timed-out caller would cost every other caller a second).
    void release(std::string_view path, clock::time_point slot) {
        std::lock_guard lock(mutex_);
        const auto it = lanes_.find(path);
        if (it != lanes_.end() && it->second.last == slot) it->second.next = slot;
    }

    /// The service answered 60007 to a request to `path` sent at `sent`: halve its rate, down to 1/64 of the
    /// configured one. At most once a second, and only for requests sent after the last halving: the service
    /// counts calls over a second, so the refusals that follow one halving within that second, or of requests
    /// sent before it, say nothing of the new rate (with 64 in flight they would halve it six times over).
    void throttled(std::string_view path, clock::time_point sent) {
        std::lock_guard lock(mutex_);
        const auto it = lanes_.find(path);
        if (it == lanes_.end()) return;
        lane& l = it->second;
        const auto now = clock::now();
        if (sent < l.decreased || now - l.decreased < std::chrono::seconds(1)) return;
        recover(l, now);
        l.rate = std::max(l.target / 64, l.rate / 2);
        l.decreased = now;
    }

    double rate(std::string_view path) const {
        std::lock_guard lock(mutex_);
        const auto it = lanes_.find(path);
        return it == lanes_.end() ? 0 : it->second.rate;
    }

private:
    struct lane {
        double target = 0;  // the configured rate
        double rate = 0;    // the rate now: below target after a 60007
        clock::time_point next{};
        clock::time_point last{};  // the latest slot handed out
        clock::time_point adjusted{};
        clock::time_point decreased{};  // the last halving
    };

    lane& lane_of(std::string_view path, double target, clock::time_point now) {
        auto it = lanes_.find(path);
        if (it == lanes_.end()) it = lanes_.emplace(std::string(path), lane{target, target, now, {}, now, {}}).first;
        lane& l = it->second;
        if (l.target != target) {  // the configuration changed: start again from it
            l.target = target;
            l.rate = std::min(l.rate, target);
        }
        return l;
    }

    static void recover(lane& l, clock::time_point now) {
        const double seconds = std::chrono::duration<double>(now - l.adjusted).count();
        l.rate = std::min(l.target, l.rate + l.target * 0.05 * seconds);
        l.adjusted = now;
    }

    mutable std::mutex mutex_;
    std::map<std::string, lane, std::less<>> lanes_;
};

// Text from elsewhere (curl, the service, an exception) with this client's secrets replaced.
inline std::string hide_secrets(std::string_view text, std::span<const std::string_view> secrets) {
    return detail::scrub(text, secrets);
}

// The rate pacing holds `path` to: its override, else what the declaration says, times the headroom.
inline double configured_rate(const config& c, std::string_view path, unsigned declared) {
    const auto it = c.rate_overrides.find(path);
    return (it != c.rate_overrides.end() ? it->second : static_cast<double>(declared)) * c.rate_headroom;
}

inline call_error unsent(std::string info, std::uint32_t random) {
    return call_error{.code = transport_errc::other, .info = std::move(info), .random = random};
}

// Failures that end before the request could reach the service: safe to send again anywhere. A hijacked
// host name typically fails TLS verification. A timeout may come after the request arrived, so it is not here.
inline bool never_delivered(std::error_code ec) noexcept {
    return ec == transport_errc::resolve_failed || ec == transport_errc::connect_failed ||
           ec == transport_errc::tls_failed;
}

// Whether a try's outcome may turn out otherwise if sent again, and sending it again is safe (retry_policy says
// which). For an endpoint that is not idempotent only what the service surely did not apply qualifies: a request
// that never reached it, and a refusal by its frequency limits. An internal error, a timeout code or an HTTP 5xx
// may come after the service applied the request, or part of it.
inline bool worth_retrying(const raw_reply& reply, const endpoint_traits& traits) noexcept {
    if (reply.error) {
        const std::error_code& ec = reply.error->code;
        if (never_delivered(ec)) return true;
        return traits.idempotent && (ec == condition::retryable || ec == condition::may_have_been_applied);
    }
    const int code = reply.env.ErrorCode;
    if (code == 0 || contains(usersig_renewal_codes, code)) return false;  // a renewal was tried already
    if (contains(throttling_codes, code)) return true;
    if (!traits.idempotent) return false;
    if (traits.retryable_code) return traits.retryable_code(code);
    const service_error* row = find_common_error(code);
    return row && row->retryable;
}

// The wait before retry number `retry` (1 for the first): uniform in [0, ceiling], the ceiling doubling from
// initial_backoff up to max_backoff.
inline std::chrono::nanoseconds full_jitter(const retry_policy& policy, unsigned retry) {
    const double ceiling = std::min(
        std::chrono::duration<double>(policy.max_backoff).count(),
        std::chrono::duration<double>(policy.initial_backoff).count() * std::ldexp(1.0, static_cast<int>(std::min(retry, 40u)) - 1));
    const double share = static_cast<double>(random_u32()) / 4294967296.0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(ceiling * share));
}

// Sleeps until `until`, or until the call is stopped; false when it was stopped.
inline bool sleep_unless_stopped(std::chrono::steady_clock::time_point until, const std::stop_token& stop) {
    if (!stop.stop_possible()) {
        std::this_thread::sleep_until(until);
        return true;
    }
    std::mutex m;
    std::condition_variable_any cv;
    std::unique_lock lock(m);
    return !cv.wait_until(lock, stop, until, [] { return false; }) && !stop.stop_requested();
}

// Why no attempt may start now, if none may: the call was stopped, or its deadline has passed.
inline std::optional<protocol_errc> cannot_start(const batch_options& options, std::chrono::steady_clock::time_point at) {
    if (options.stop.stop_requested()) return protocol_errc::cancelled;
    if (options.deadline && at >= *options.deadline) return protocol_errc::deadline_exceeded;
    return std::nullopt;
}

// The time limit of an attempt starting at `at`: the call's, cut to what is left before its deadline.
inline std::chrono::milliseconds attempt_timeout(const batch_options& options, std::chrono::steady_clock::time_point at) {
    auto limit = options.timeout;
    if (options.deadline) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(*options.deadline - at);
        if (limit.count() == 0 || left < limit) limit = left;
    }
    return limit;
}

}  // namespace detail

struct client::shared_state {
    detail::usersig_cache usersig;
    detail::pacer pacer;
};

TIMREST_DECL config config::from_env() {
    auto get = [](const char* name) -> std::string {
        const char* v = std::getenv(name);
        return v ? v : "";
    };
    config c;
    const std::string id = get("TIMREST_SDKAPPID");
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), c.sdkappid);
    if (id.empty() || ec != std::errc() || end != id.data() + id.size() || c.sdkappid == 0)
        throw std::invalid_argument("timrest: TIMREST_SDKAPPID must be set to the app's SDKAppID, a positive 32-bit number");
    c.secret_key = get("TIMREST_SECRET_KEY");
    if (c.secret_key.empty()) throw std::invalid_argument("timrest: TIMREST_SECRET_KEY is not set");
    if (auto admin = get("TIMREST_ADMIN"); !admin.empty()) c.admin = std::move(admin);
    if (c.base_url = get("TIMREST_BASE_URL"); !c.base_url.empty()) return c;
    const std::string name = get("TIMREST_REGION");
    if (name.empty()) throw std::invalid_argument("timrest: set TIMREST_BASE_URL or TIMREST_REGION");
    const region* r = find_region(name);
    if (!r) throw std::invalid_argument("timrest: TIMREST_REGION names no region preset: \"" + name + "\"");
    return for_region(*r, c.sdkappid, std::move(c.secret_key), std::move(c.admin));
}

TIMREST_DECL client::client(config c, std::shared_ptr<transport> t)
    : config_(std::move(c)),
      transport_(t ? std::move(t) : std::make_shared<curl_transport>(config_.http)),
      state_(std::make_unique<shared_state>()) {
    if (config_.sdkappid == 0) throw std::invalid_argument("timrest::client: config.sdkappid is not set");
    if (config_.secret_key.empty()) throw std::invalid_argument("timrest::client: config.secret_key is empty");
    if (config_.admin.empty()) throw std::invalid_argument("timrest::client: config.admin is empty");
    if (config_.base_url.empty())
        throw std::invalid_argument("timrest::client: config.base_url is empty (use config::for_region)");
    if (config_.usersig_lifetime <= std::chrono::seconds(0))
        throw std::invalid_argument("timrest::client: config.usersig_lifetime must be positive");
    if (!(config_.rate_headroom > 0 && config_.rate_headroom <= 1))
        throw std::invalid_argument("timrest::client: config.rate_headroom must be in (0, 1], it is " +
                                    std::to_string(config_.rate_headroom));
    for (const auto& [path, rate] : config_.rate_overrides)
        if (!(rate >= 0))
            throw std::invalid_argument("timrest::client: config.rate_overrides gives " + path + " a negative rate");
    while (!config_.base_url.empty() && config_.base_url.back() == '/') config_.base_url.pop_back();
    while (!config_.backup_url.empty() && config_.backup_url.back() == '/') config_.backup_url.pop_back();
}

TIMREST_DECL client::~client() = default;
TIMREST_DECL client::client(client&&) noexcept = default;
TIMREST_DECL client& client::operator=(client&&) noexcept = default;

// The calls of one post() or post_each(), each from its first attempt to its result, on the calling thread: taken
// from the input while fewer than `in_flight` are open, paced, signed and started on the transfer set; each reply
// read, reported to the observer, and resent under a renewed UserSig (70001, 70052) or after a backoff as the
// retry policy allows, or delivered. Waiting (for a pacing slot, a backoff, a reply) happens in one place, run::wait.
class client::run {
public:
    using steady = std::chrono::steady_clock;

    run(client& c, std::string_view path, const endpoint_traits& traits, const batch_options& options,
        transfer_set& set, const std::function<std::optional<raw_call>()>* next,
        const std::function<bool(std::size_t, raw_reply&&)>& done)
        : c_(c), path_(path), traits_(traits), options_(options), set_(set), next_(next), done_(done),
          limit_(std::max<std::size_t>(1, options.in_flight)), on_wire_(std::min(limit_, set.capacity())),
          rate_(c.config_.pace_calls ? detail::configured_rate(c.config_, path, traits.calls_per_second) : 0) {}

    run(const run&) = delete;
    run& operator=(const run&) = delete;
    ~run() {  // a callback that throws leaves a reserved slot behind
        try {
            release_slot();
        } catch (...) {  // a lock that cannot be taken: the slot is lost, one interval, no more
        }
    }

    /// A call whose body outlives the run (post()'s).
    void add(std::size_t index, std::string_view body) {
        auto j = std::make_unique<job>();
        j->index = index;
        j->body = body;
        ready_.push_back(std::move(j));
    }

    void go() {
        const std::stop_callback wake_on_stop(options_.stop, [this]() noexcept { set_.wake(); });
        for (;;) {
            const auto now = steady::now();
            if (const auto why = detail::cannot_start(options_, now)) {
                give_up_waiting(*why);
            } else {
                while (!backing_off_.empty() && backing_off_.begin()->first <= now) {
                    ready_.push_back(std::move(backing_off_.begin()->second));
                    backing_off_.erase(backing_off_.begin());
                }
                take_input();
                start_ready(now);
            }
            if (ready_.empty() && backing_off_.empty() && flying_.empty() && !next_) break;
            wait(now);
            report(false);
        }
        report(true);
    }

private:
    struct job {
        std::size_t index = 0;
        std::string owned;      // the body, when the run owns it
        std::string_view body;
        unsigned sent = 0;      // attempts sent so far
        unsigned tries = 1;     // tries of the retry policy begun, this one included
        bool renewed = false;   // this try's request was refused for its UserSig, and is sent again
        std::chrono::nanoseconds backoff{};  // the retry policy's wait before this try
        std::vector<std::uint32_t> earlier_randoms;
        std::optional<raw_reply> last;  // the last attempt's outcome: the call's, if no other attempt goes out
        detail::usersig_ticket ticket;
        std::string refused_usersig;    // the UserSig a renewal replaced: this try's reply may quote it too
        // the attempt in flight
        std::uint32_t random = 0;
        send_options how{};
        bool on_backup = false;
        steady::time_point sent_at{};
        std::chrono::nanoseconds paced{};
    };
    using job_ptr = std::unique_ptr<job>;

    std::size_t open() const noexcept { return ready_.size() + backing_off_.size() + flying_.size(); }

    void take_input() {
        while (next_ && open() < limit_) {
            auto call = (*next_)();
            if (!call) {
                next_ = nullptr;
                break;
            }
            auto j = std::make_unique<job>();
            j->index = call->index;
            if (call->invalid) {  // a result without a request: counted, never sent
                raw_reply refused;
                refused.error = std::move(call->invalid);
                finish(*j, std::move(refused));
                continue;
            }
            j->owned = std::move(call->body);
            j->body = j->owned;
            ready_.push_back(std::move(j));
        }
    }

    // Starts ready calls while the transfer set has room and pacing allows.
    void start_ready(steady::time_point now) {
        while (!ready_.empty() && flying_.size() < on_wire_) {
            std::chrono::nanoseconds paced{};
            if (rate_ > 0) {
                if (!slot_) slot_ = std::pair{c_.state_->pacer.reserve(path_, rate_), now};
                if (options_.deadline && slot_->first >= *options_.deadline) {
                    release_slot();
                    give_up(take_front(), protocol_errc::deadline_exceeded);
                    continue;
                }
                if (slot_->first > now) return;  // wait() sleeps until the slot
                paced = std::max(std::chrono::nanoseconds(0), std::chrono::nanoseconds(slot_->first - slot_->second));
                slot_.reset();
            }
            send(take_front(), paced);
        }
    }

    void release_slot() {
        if (slot_) c_.state_->pacer.release(path_, slot_->first);
        slot_.reset();
    }

    job_ptr take_front() {
        job_ptr j = std::move(ready_.front());
        ready_.pop_front();
        return j;
    }

    void send(job_ptr j, std::chrono::nanoseconds paced) {
        if (j->last && !j->renewed) ++progress_.retries;
        ++j->sent;
        j->paced = paced;
        j->random = detail::request_random();
        j->on_backup = false;
        j->sent_at = steady::now();
        j->how = {.idempotent = traits_.idempotent, .timeout = detail::attempt_timeout(options_, j->sent_at)};
        try {  // try_call promises not to throw: resources running out become an error like any other
            j->ticket = c_.state_->usersig.get(c_.config_, c_.now());
        } catch (const std::exception& e) {
            raw_reply reply;
            reply.random = j->random;
            reply.error = detail::unsent(std::string("could not sign the request: ") + e.what(), j->random);
            return completed(std::move(j), std::move(reply));
        }
        dispatch(std::move(j), c_.config_.base_url);
    }

    void dispatch(job_ptr j, const std::string& base) {
        const std::uint64_t id = next_id_++;
        try {
            set_.start(id, make_request_url(base, path_, c_.config_.sdkappid, c_.config_.admin, j->ticket.usersig, j->random),
                       j->body, j->how);
            flying_.emplace(id, std::move(j));
        } catch (const std::exception& e) {
            raw_reply reply;
            reply.random = j->random;
            reply.error = detail::unsent(detail::hide_secrets(std::string("could not send: ") + e.what(), secrets(*j)),
                                         j->random);
            completed(std::move(j), std::move(reply));
        }
    }

    secret_list secrets(const job& j) const { return {j.ticket.usersig, j.refused_usersig, c_.config_.secret_key}; }

    // Until the next thing to do: a reply, the pacing slot, a backoff's end, the deadline or the next progress report.
    void wait(steady::time_point now) {
        auto until = now + std::chrono::seconds(1);
        if (slot_ && !ready_.empty()) until = std::min(until, slot_->first);
        if (!backing_off_.empty()) until = std::min(until, backing_off_.begin()->first);
        // Only times still ahead: in-flight requests finishing after the deadline or a stop must not be polled for.
        if (options_.deadline && *options_.deadline > now) until = std::min(until, *options_.deadline);
        if (options_.progress) until = std::min(until, std::max(now, reported_ + options_.progress_every));
        if (flying_.empty()) {
            if (until > now) detail::sleep_unless_stopped(until, options_.stop);
            return;
        }
        const auto timeout = std::max(std::chrono::milliseconds(0), std::chrono::ceil<std::chrono::milliseconds>(until - now));
        for (auto& f : set_.wait(timeout)) {
            const auto it = flying_.find(f.id);
            if (it == flying_.end()) continue;
            job_ptr j = std::move(it->second);
            flying_.erase(it);
            arrived(std::move(j), f.outcome);
        }
    }

    void arrived(job_ptr j, http_outcome& out) {
        if (out.error && !j->on_backup && !c_.config_.backup_url.empty() && detail::never_delivered(out.error)) {
            j->on_backup = true;  // it never reached the service: the same request, under the same random
            return dispatch(std::move(j), c_.config_.backup_url);
        }
        raw_reply reply;
        reply.random = j->random;
        c_.read(out, reply, secrets(*j));
        completed(std::move(j), std::move(reply));
    }

    void completed(job_ptr j, raw_reply reply) {
        const bool throttled = !reply.error && reply.env.ErrorCode == detail::rate_limit_code;
        if (throttled) {
            ++progress_.throttled;
            if (rate_ > 0) c_.state_->pacer.throttled(path_, j->sent_at);
        }
        observe(*j, reply, throttled);
        if (!reply.error && !j->renewed && detail::contains(detail::usersig_renewal_codes, reply.env.ErrorCode)) {
            c_.state_->usersig.invalidate(j->ticket.generation);
            j->refused_usersig = std::move(j->ticket.usersig);
            j->renewed = true;
            hold(*j, std::move(reply));
            ready_.push_front(std::move(j));  // at once, but paced
            return;
        }
        if (j->tries < options_.retry.max_attempts && detail::worth_retrying(reply, traits_)) {
            const auto backoff = detail::full_jitter(options_.retry, j->tries);
            const auto due = steady::now() + backoff;
            // Past the deadline, or stopped: the last failure is the call's outcome, not the wait's.
            if (!(options_.deadline && due >= *options_.deadline) && !options_.stop.stop_requested()) {
                ++j->tries;
                j->renewed = false;
                j->backoff = backoff;
                j->refused_usersig.clear();
                hold(*j, std::move(reply));
                backing_off_.emplace(due, std::move(j));
                return;
            }
        }
        finish(*j, std::move(reply));
    }

    // Keeps an attempt's outcome while the call is sent again: the call's outcome if nothing more goes out.
    static void hold(job& j, raw_reply reply) {
        j.earlier_randoms.push_back(reply.random);
        j.last = std::move(reply);
    }

    void observe(const job& j, const raw_reply& reply, bool throttled) {
        if (!c_.config_.observer) return;
        attempt_report report{.path = path_,
                              .random = reply.random,
                              .attempt = j.sent,
                              .backoff = j.renewed ? std::chrono::nanoseconds(0) : j.backoff,
                              .paced = j.paced,
                              .latency = steady::now() - j.sent_at,
                              .throttled = throttled};
        if (reply.error) report.error = reply.error->code;
        else report.error_code = reply.env.ErrorCode;
        try {
            c_.config_.observer(report);
        } catch (...) {  // a failing log line must not fail the call, nor escape try_call's noexcept
        }
    }

    // Calls that are not on the wire when the batch stops or its deadline passes: nothing more is sent for them.
    void give_up_waiting(protocol_errc why) {
        release_slot();
        next_ = nullptr;
        while (!ready_.empty()) give_up(take_front(), why);
        while (!backing_off_.empty()) {
            job_ptr j = std::move(backing_off_.begin()->second);
            backing_off_.erase(backing_off_.begin());
            give_up(std::move(j), why);
        }
    }

    void give_up(job_ptr j, protocol_errc why) {
        raw_reply reply;
        if (j->last) {  // the attempt before is the outcome
            j->earlier_randoms.pop_back();
            reply = std::move(*j->last);
        } else {
            reply.error = call_error{.code = why};
        }
        finish(*j, std::move(reply));
    }

    void finish(job& j, raw_reply reply) {
        reply.earlier_randoms = std::move(j.earlier_randoms);
        if (reply.error) reply.error->earlier_randoms = reply.earlier_randoms;
        const bool succeeded = done_(j.index, std::move(reply));
        ++progress_.done;
        if (!succeeded) ++progress_.failed;
        if (options_.progress) recent_.push_back(steady::now());
    }

    void report(bool last) {
        if (!options_.progress) return;
        const auto now = steady::now();
        if (!last && now - reported_ < options_.progress_every) return;
        reported_ = now;
        while (!recent_.empty() && now - recent_.front() > std::chrono::seconds(1)) recent_.pop_front();
        progress_.elapsed = now - began_;
        const double window = std::min(1.0, std::chrono::duration<double>(progress_.elapsed).count());
        progress_.calls_per_second = window > 0 ? static_cast<double>(recent_.size()) / window : 0;
        progress_.in_flight = flying_.size();
        progress_.pacing_rate = c_.pacing_rate(path_);
        progress_.finished = last;
        options_.progress(progress_);
    }

    client& c_;
    std::string_view path_;
    const endpoint_traits& traits_;
    const batch_options& options_;
    transfer_set& set_;
    const std::function<std::optional<raw_call>()>* next_;  // null once the input has ended
    const std::function<bool(std::size_t, raw_reply&&)>& done_;
    const std::size_t limit_;    // calls open at once: on the wire, waiting to be sent, or backing off
    const std::size_t on_wire_;  // requests on the wire at once
    const double rate_;  // what pacing holds the path to; 0: not paced

    std::deque<job_ptr> ready_;                              // to send now, pacing allowing
    std::multimap<steady::time_point, job_ptr> backing_off_;  // to send again at their time
    std::map<std::uint64_t, job_ptr> flying_;                 // on the wire, by transfer id
    std::uint64_t next_id_ = 0;
    // The pacing slot reserved for the front of ready_, and when it was reserved.
    std::optional<std::pair<steady::time_point, steady::time_point>> slot_;

    batch_progress progress_;
    std::deque<steady::time_point> recent_;  // when the results of the last second came
    const steady::time_point began_ = steady::now();
    steady::time_point reported_ = began_;
};

TIMREST_DECL raw_reply client::post(std::string_view path, std::string_view body, const endpoint_traits& traits,
                                    const call_options& options) {
    const batch_options settings{
        .in_flight = 1, .retry = options.retry, .timeout = options.timeout, .deadline = options.deadline, .stop = options.stop};
    detail::sequential_transfers set(*transport_);
    raw_reply out;
    const std::function<bool(std::size_t, raw_reply&&)> keep = [&out](std::size_t, raw_reply&& reply) {
        out = std::move(reply);
        return true;
    };
    run one(*this, path, traits, settings, set, nullptr, keep);
    one.add(0, body);
    one.go();
    return out;
}

TIMREST_DECL void client::post_each(std::string_view path, const endpoint_traits& traits, const batch_options& options,
                                    const std::function<std::optional<raw_call>()>& next,
                                    const std::function<bool(std::size_t, raw_reply&&)>& done) {
    const auto set = transport_->open_transfers();
    run batch(*this, path, traits, options, *set, &next, done);
    batch.go();
}

TIMREST_DECL std::chrono::system_clock::time_point client::now() const {
    return config_.clock ? config_.clock() : std::chrono::system_clock::now();
}

TIMREST_DECL double client::pacing_rate(std::string_view path) const {
    return config_.pace_calls ? state_->pacer.rate(path) : 0;
}

TIMREST_DECL void client::read(http_outcome& out, raw_reply& reply, const secret_list& secrets) const {
    auto fail = [&](std::error_code ec, std::string info) {
        reply.error = call_error{.code = ec,
                                 .info = detail::hide_secrets(info, secrets),
                                 .random = reply.random,
                                 .retryable = ec == condition::retryable,
                                 .sent = !detail::never_delivered(ec)};
    };
    if (out.error) return fail(out.error, std::move(out.detail));
    const long status = out.response.status;
    if (status != 200)
        return fail(status >= 500 ? protocol_errc::http_server_error : protocol_errc::http_status,
                    "HTTP status " + std::to_string(status));
    reply.text = std::move(out.response.body);
    const auto budget = detail::reply_memory_budget(reply.text.size());
    auto parsed = parse_json(reply.text, {.max_memory = budget});
    // A reply may quote what it was sent (a proxy echoing the URL, an error repeating the UserSig). Scrub the
    // raw text (the CLI prints it) and every parsed string (ErrorInfo, ResultInfo, ...). Parsing first keeps
    // the scrub from changing the structure; the parsed strings are caught whatever JSON escapes spelt them.
    const detail::secret_finder finder(secrets);
    detail::scrub_in_place(reply.text, finder);  // in place: a reply may be megabytes
    if (!parsed) {
        return fail(parsed.memory > budget ? protocol_errc::reply_too_large : protocol_errc::not_json,
                    "invalid JSON at " + parsed.error->to_string());
    }
    if (!parsed.value.is_object()) return fail(protocol_errc::not_json, "the body is not an object");
    reply.body = std::move(parsed.value);
    reply.memory_left = budget - parsed.memory;
    detail::scrub_strings(reply.body, finder);
    // ErrorCode decides; some pages' replies leave ActionStatus or ErrorInfo out (openconfigsvr's), and those keep
    // their defaults.
    if (!reply.body.as_object().contains("ErrorCode"))
        return fail(protocol_errc::no_envelope, "ErrorCode: required field is missing");
    if (auto bad = from_json(reply.body, reply.env, {.absent = absent_fields::keep_defaults}))
        return fail(protocol_errc::no_envelope, bad->to_string());
}

}  // namespace timrest

#endif
