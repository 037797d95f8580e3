#ifndef TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED
#define TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED

// A client: one app's credentials, a base URL and a transport. It signs, numbers and sends requests and
// reads the envelope; protocol/call.hpp adds the typed layer on top.

#include "timrest/auth/usersig.hpp"
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
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

namespace timrest {

/// Which app to administer, as whom, and where.
struct config {
    std::uint32_t sdkappid = 0;
    std::string secret_key;                ///< the app's key from the console; never logged
    std::string admin = "administrator";   ///< an app admin's UserID; requests are signed for it
    std::string base_url;                  ///< e.g. regions::singapore.url(), or "http://127.0.0.1:8080"
    std::string backup_url;                ///< tried once when base_url cannot be resolved or reached
    /// Validity of the admin UserSig. The client renews it after half of this has passed.
    std::chrono::seconds usersig_lifetime = std::chrono::hours(24);
    /// The time source for signing; the system clock when empty. Tests set it.
    std::function<std::chrono::system_clock::time_point()> clock;
    /// Make callers wait so that this client sends no endpoint more often than its declared
    /// `calls_per_second` (the service answers 60007 beyond it). Off by default; turn it on for bulk jobs.
    /// The limit holds per client: processes or clients sharing an app must split it themselves.
    bool pace_calls = false;

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

// Replaces every occurrence of each secret in `s`: defence in depth for text that came from elsewhere.
inline std::string scrub(std::string s, std::initializer_list<std::string_view> secrets) {
    for (auto secret : secrets) {
        if (secret.empty()) continue;
        for (auto pos = s.find(secret); pos != std::string::npos; pos = s.find(secret, pos + 8))
            s.replace(pos, secret.size(), "REDACTED");
    }
    return s;
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
            issued_ = now;
            ++generation_;
        }
        return {usersig_, generation_};
    }

    /// Drops the UserSig the service refused, unless another caller already replaced it.
    void invalidate(std::uint64_t generation) {
        std::lock_guard lock(mutex_);
        if (generation == generation_) usersig_.clear();
    }

private:
    std::mutex mutex_;
    std::string usersig_;
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

/// Administers one app. Safe to share between threads; calls on one client reuse its connections.
class client {
public:
    /// Throws std::invalid_argument when the config lacks an SDKAppID, key, admin or base URL.
    explicit client(config c, std::shared_ptr<transport> t = nullptr)
        : config_(std::move(c)), transport_(t ? std::move(t) : std::make_shared<curl_transport>()) {
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
        auto [reply, generation] = attempt(path, body, calls_per_second);
        if (!reply.error && detail::contains(detail::usersig_renewal_codes, reply.env.ErrorCode)) {
            usersig_.invalidate(generation);
            reply = attempt(path, body, calls_per_second).first;
        }
        return reply;
    }

private:
    std::chrono::system_clock::time_point now() const {
        return config_.clock ? config_.clock() : std::chrono::system_clock::now();
    }

    std::pair<raw_reply, std::uint64_t> attempt(std::string_view path, std::string_view body,
                                                unsigned calls_per_second) {
        if (config_.pace_calls && calls_per_second != 0)
            std::this_thread::sleep_until(pacer_.reserve(path, calls_per_second));
        raw_reply reply;
        reply.random = detail::random_u32();
        detail::usersig_cache::ticket ticket;
        try {  // try_call promises not to throw: resources running out become an error like any other
            ticket = usersig_.get(config_, now());
        } catch (const std::exception& e) {
            reply.error = unsent(std::string("could not sign the request: ") + e.what(), reply.random);
            return {std::move(reply), 0};
        }
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
            reply.error = unsent(hide_secrets(std::string("could not send: ") + e.what(), ticket.usersig),
                                 reply.random);
            return {std::move(reply), ticket.generation};
        }
        read(out, reply, ticket.usersig);
        return {std::move(reply), ticket.generation};
    }

    // Text from elsewhere (curl, the service, an exception) with this client's secrets replaced.
    std::string hide_secrets(std::string text, std::string_view usersig) const {
        return detail::scrub(std::move(text), {usersig, config_.secret_key});
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

    void read(http_outcome& out, raw_reply& reply, std::string_view usersig) const {
        auto fail = [&](std::error_code ec, std::string info) {
            reply.error = call_error{.code = ec,
                                     .info = hide_secrets(std::move(info), usersig),
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
        if (!parsed) {
            return fail(parsed.memory > budget ? protocol_errc::reply_too_large : protocol_errc::not_json,
                        "invalid JSON at " + parsed.error->to_string());
        }
        if (!parsed.value.is_object()) return fail(protocol_errc::not_json, "the body is not an object");
        reply.body = std::move(parsed.value);
        reply.memory_left = budget - parsed.memory;
        if (auto bad = from_json(reply.body, reply.env)) return fail(protocol_errc::no_envelope, bad->to_string());
        // The service's own words go into error messages: make sure they cannot carry a secret either.
        reply.env.ErrorInfo = hide_secrets(std::move(reply.env.ErrorInfo), usersig);
        if (reply.env.ErrorDisplay) reply.env.ErrorDisplay = hide_secrets(std::move(*reply.env.ErrorDisplay), usersig);
    }

    config config_;
    std::shared_ptr<transport> transport_;
    detail::usersig_cache usersig_;
    detail::pacer pacer_;
};

}  // namespace timrest

#endif
