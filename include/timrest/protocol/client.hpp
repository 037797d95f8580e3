#ifndef TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED
#define TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED

// A client: one app's credentials, a base URL and a transport. It signs, numbers and sends requests and
// reads the envelope; protocol/call.hpp adds the typed layer on top.

#include "timrest/auth/usersig.hpp"
#include "timrest/core/detail/text.hpp"
#include "timrest/core/error.hpp"
#include "timrest/core/json_parse.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/common_errors.hpp"
#include "timrest/protocol/envelope.hpp"
#include "timrest/protocol/region.hpp"
#include "timrest/protocol/service_error.hpp"
#include "timrest/protocol/url.hpp"
#include "timrest/transport/curl.hpp"
#include "timrest/transport/transport.hpp"

#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace timrest {

/// Which app to administer, as whom, and where. Every member has a default, so designated initializers may name
/// only the ones they set.
struct config {
    std::uint32_t sdkappid = 0;
    std::string secret_key{};              ///< the app's key from the console; never logged
    std::string admin = "administrator";   ///< an app admin's UserID; requests are signed for it
    std::string base_url{};                ///< e.g. regions::singapore.url(), or "http://127.0.0.1:8080"
    std::string backup_url{};              ///< tried once when base_url cannot be resolved or reached
    /// Validity of the admin UserSig. The client renews it after half of this has passed.
    std::chrono::seconds usersig_lifetime = std::chrono::hours(24);
    /// The time source for signing; the system clock when empty. Tests set it.
    std::function<std::chrono::system_clock::time_point()> clock{};
    /// Make callers wait so that this client sends no endpoint more often than its declared
    /// `calls_per_second` (the service answers 60007 beyond it). Off by default; turn it on for bulk jobs.
    /// The limit holds per client: processes or clients sharing an app must split it themselves.
    bool pace_calls = false;
    /// Timeouts, TLS verification, CA file, proxy and User-Agent of the built-in curl transport (5 s to connect,
    /// 10 s in all, TLS verified, by default). Ignored when the client is given a transport of its own.
    curl_options http{};

    /// The config the CLI reads from the environment: TIMREST_SDKAPPID, TIMREST_SECRET_KEY, TIMREST_ADMIN
    /// (default "administrator"), and TIMREST_BASE_URL or TIMREST_REGION (a preset name; the base URL wins).
    /// Throws std::invalid_argument naming the variable that is missing or malformed, never a value. The library
    /// reads no variable unless asked to, through this function.
    static config from_env() {
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

    /// A config for a region preset, with its backup host.
    static config for_region(const region& r, std::uint32_t sdkappid, std::string secret_key,
                             std::string admin = "administrator") {
        config c;
        c.sdkappid = sdkappid;
        c.secret_key = std::move(secret_key);
        c.admin = std::move(admin);
        c.base_url = r.url();
        c.backup_url = r.backup_url();
        return c;
    }
};

/// One exchange below the typed layer: the envelope and body when the service answered, else why not.
struct raw_reply {
    std::uint32_t random = 0;
    std::optional<call_error> error;  ///< a transport or protocol failure; the fields below are then empty
    std::string text;                 ///< the body as received
    boost::json::value body;          ///< the parsed body (an object)
    envelope env;
    std::size_t memory_left = 0;      ///< heap bytes the typed decoding of `body` may still take
};

namespace detail {

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
    struct ticket {
        std::string usersig;
        std::uint64_t generation = 0;
    };

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

// Spaces the calls to each path at least 1/rate apart, across threads. Callers sleep outside the lock.
class pacer {
public:
    std::chrono::steady_clock::time_point reserve(std::string_view path, unsigned calls_per_second) {
        const auto interval = std::chrono::nanoseconds(std::chrono::seconds(1)) / calls_per_second;
        std::lock_guard lock(mutex_);
        auto it = next_.find(path);
        if (it == next_.end()) it = next_.emplace(std::string(path), std::chrono::steady_clock::time_point{}).first;
        const auto slot = std::max(std::chrono::steady_clock::now(), it->second);
        it->second = slot + interval;
        return slot;
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::chrono::steady_clock::time_point, std::less<>> next_;
};

}  // namespace detail

/// Administers one app. Safe to share between threads; calls on one client reuse its connections. Movable, not
/// copyable: share one client (by reference or std::shared_ptr) rather than copies of it.
class client {
public:
    /// Throws std::invalid_argument when the config lacks an SDKAppID, key, admin or base URL.
    explicit client(config c, std::shared_ptr<transport> t = nullptr)
        : config_(std::move(c)), transport_(t ? std::move(t) : std::make_shared<curl_transport>(config_.http)) {
        if (config_.sdkappid == 0) throw std::invalid_argument("timrest::client: config.sdkappid is not set");
        if (config_.secret_key.empty()) throw std::invalid_argument("timrest::client: config.secret_key is empty");
        if (config_.admin.empty()) throw std::invalid_argument("timrest::client: config.admin is empty");
        if (config_.base_url.empty())
            throw std::invalid_argument("timrest::client: config.base_url is empty (use config::for_region)");
        if (config_.usersig_lifetime <= std::chrono::seconds(0))
            throw std::invalid_argument("timrest::client: config.usersig_lifetime must be positive");
        while (!config_.base_url.empty() && config_.base_url.back() == '/') config_.base_url.pop_back();
        while (!config_.backup_url.empty() && config_.backup_url.back() == '/') config_.backup_url.pop_back();
    }

    const config& settings() const noexcept { return config_; }
    transport& transport_layer() noexcept { return *transport_; }

    /// POSTs an encoded JSON body to `path` ("v4/<service>/<command>") with a fresh `random` and the admin
    /// UserSig. When the service reports the UserSig expired or invalidated (70001, 70052), renews it once
    /// and sends again under a new `random`. The reply's `random` is the last one sent.
    ///
    /// With config::pace_calls, waits first so that `path` gets at most `calls_per_second` calls a second
    /// (0: no pacing); try_call passes the endpoint's declared limit.
    raw_reply post(std::string_view path, std::string_view body, unsigned calls_per_second = 0) {
        auto [reply, ticket] = attempt(path, body, calls_per_second);
        if (!reply.error && detail::contains(detail::usersig_renewal_codes, reply.env.ErrorCode)) {
            state_->usersig.invalidate(ticket.generation);
            reply = attempt(path, body, calls_per_second, ticket.usersig).first;
        }
        return std::move(reply);  // a structured binding is not moved from implicitly: a reply may be megabytes
    }

private:
    std::chrono::system_clock::time_point now() const {
        return config_.clock ? config_.clock() : std::chrono::system_clock::now();
    }

    // The secrets a reply may echo: this attempt's UserSig, the one refused before it (if any), and the key.
    using secret_list = std::array<std::string_view, 3>;

    // One request. `refused_usersig` is the UserSig a renewal replaced: this reply may quote it too.
    std::pair<raw_reply, detail::usersig_cache::ticket> attempt(std::string_view path, std::string_view body,
                                                                unsigned calls_per_second,
                                                                std::string_view refused_usersig = {}) {
        if (config_.pace_calls && calls_per_second != 0)
            std::this_thread::sleep_until(state_->pacer.reserve(path, calls_per_second));
        raw_reply reply;
        reply.random = detail::random_u32();
        detail::usersig_cache::ticket ticket;
        try {  // try_call promises not to throw: resources running out become an error like any other
            ticket = state_->usersig.get(config_, now());
        } catch (const std::exception& e) {
            reply.error = unsent(std::string("could not sign the request: ") + e.what(), reply.random);
            return {std::move(reply), {}};
        }
        const secret_list secrets{ticket.usersig, refused_usersig, config_.secret_key};
        auto send = [&](const std::string& base) {
            return transport_->post(
                make_request_url(base, path, config_.sdkappid, config_.admin, ticket.usersig, reply.random), body);
        };
        http_outcome out;
        try {
            out = send(config_.base_url);
            if (out.error && !config_.backup_url.empty() && never_delivered(out.error))
                out = send(config_.backup_url);  // it never reached the service: same request, same random
        } catch (const std::exception& e) {
            reply.error = unsent(hide_secrets(std::string("could not send: ") + e.what(), secrets), reply.random);
            return {std::move(reply), std::move(ticket)};
        }
        read(out, reply, secrets);
        return {std::move(reply), std::move(ticket)};
    }

    // Text from elsewhere (curl, the service, an exception) with this client's secrets replaced.
    static std::string hide_secrets(std::string_view text, const secret_list& secrets) {
        return detail::scrub(text, secrets);
    }

    static call_error unsent(std::string info, std::uint32_t random) {
        return call_error{.code = transport_errc::other, .info = std::move(info), .random = random};
    }

    // Failures that end before the request could reach the service: safe to send again anywhere. A hijacked
    // host name typically fails TLS verification. A timeout may come after the request arrived, so it is not here.
    static bool never_delivered(std::error_code ec) noexcept {
        return ec == transport_errc::resolve_failed || ec == transport_errc::connect_failed ||
               ec == transport_errc::tls_failed;
    }

    void read(http_outcome& out, raw_reply& reply, const secret_list& secrets) const {
        auto fail = [&](std::error_code ec, std::string info) {
            reply.error = call_error{.code = ec,
                                     .info = hide_secrets(info, secrets),
                                     .random = reply.random,
                                     .retryable = ec == condition::retryable,
                                     .sent = !never_delivered(ec)};
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
        if (auto bad = from_json(reply.body, reply.env)) return fail(protocol_errc::no_envelope, bad->to_string());
    }

    config config_;
    std::shared_ptr<transport> transport_;
    // Behind a pointer, so that a client moves (into a std::vector, out of a factory) although its parts hold
    // mutexes. A moved-from client may only be destroyed or assigned to.
    struct shared_state {
        detail::usersig_cache usersig;
        detail::pacer pacer;
    };
    std::unique_ptr<shared_state> state_ = std::make_unique<shared_state>();
};

}  // namespace timrest

#endif
