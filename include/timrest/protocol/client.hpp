#ifndef TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED
#define TIMREST_PROTOCOL_CLIENT_HPP_INCLUDED

// A client: one app's credentials, a base URL and a transport. It signs, numbers and sends requests and
// reads the envelope; protocol/call.hpp adds the typed layer on top.
//
// Only declarations here: what a TU that makes calls needs. The definitions (signing, the curl transport,
// reading replies) are in protocol/impl/client.ipp, included below unless TIMREST_SEPARATE_COMPILATION asks for
// them to be compiled once, in the TU that includes <timrest/src.hpp>.

#include "timrest/core/detail/chrono.hpp"
#include "timrest/core/detail/config.hpp"
#include "timrest/core/error.hpp"
#include "timrest/protocol/call_options.hpp"
#include "timrest/protocol/envelope.hpp"
#include "timrest/protocol/region.hpp"
#include "timrest/transport/curl_options.hpp"
#include "timrest/transport/error.hpp"
#include "timrest/transport/transport.hpp"

#include <boost/json/value.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace timrest {

/// One request as the client's observer sees it (config::observer).
struct attempt_report {
    std::string_view path{};              ///< "v4/<service>/<command>"
    std::uint32_t random = 0;             ///< the request's `random`, which Tencent support asks for
    /// 1 for a call's first request; more for its resends: by the retry policy, or after a UserSig renewal
    unsigned attempt = 1;
    std::chrono::nanoseconds backoff{};   ///< how long the retry policy waited before this attempt
    std::chrono::nanoseconds paced{};     ///< how long pacing held the request before it was sent
    std::chrono::nanoseconds latency{};   ///< from sending to the reply read
    std::error_code error{};              ///< a transport or protocol failure; empty when the service answered
    std::int32_t error_code = 0;          ///< the service's ErrorCode when it answered (0: success)
    bool throttled = false;               ///< the service answered 60007: over the app's rate limit
};

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
    /// Make callers wait so that this client sends no endpoint more often than its rate: the declared
    /// `calls_per_second` (the service answers 60007 beyond it), or its entry in `rate_overrides`, times
    /// `rate_headroom`. When the service still answers 60007 (other processes share the app's limit), the
    /// endpoint's rate halves, then climbs back by 5% of its rate each second. Off by default; turn it on for bulk
    /// jobs. The limit holds per client: processes or clients sharing an app must split it themselves.
    bool pace_calls = false;
    /// Calls a second by endpoint path, in place of the declared rate: an app's real limits can differ from the
    /// documented ones. {"v4/openim/sendmsg", 150}; 0 turns pacing off for that endpoint.
    std::map<std::string, double, std::less<>> rate_overrides{};
    /// The share of each rate that pacing uses, in (0, 1]: 0.95 leaves 5% to the app's other clients.
    double rate_headroom = 1.0;
    /// Called after every attempt, on the calling thread: logging, metrics and tracing plug in here. It sees the
    /// path, `random`, attempt number, timings and outcome, never the UserSig or the key. What it throws is
    /// ignored.
    std::function<void(const attempt_report&)> observer{};
    /// Timeouts, TLS verification, CA file, proxy and User-Agent of the built-in curl transport (5 s to connect,
    /// 10 s in all, TLS verified, by default). Ignored when the client is given a transport of its own.
    curl_options http{};

    /// The config the CLI reads from the environment: TIMREST_SDKAPPID, TIMREST_SECRET_KEY, TIMREST_ADMIN
    /// (default "administrator"), and TIMREST_BASE_URL or TIMREST_REGION (a preset name; the base URL wins).
    /// Throws std::invalid_argument naming the variable that is missing or malformed, never a value. The library
    /// reads no variable unless asked to, through this function.
    static config from_env();

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

/// What the client needs of an endpoint's declaration to send it; try_call<E> fills it in from E.
struct endpoint_traits {
    unsigned calls_per_second = 0;  ///< the documented frequency limit, for pacing; 0: none
    bool idempotent = false;        ///< sending it twice does what sending it once does
    /// Whether a service ErrorCode may succeed later: E's table, then the common one. Null: the common one only.
    bool (*retryable_code)(int) noexcept = nullptr;
};

/// One exchange below the typed layer: the envelope and body when the service answered, else why not.
struct raw_reply {
    std::uint32_t random = 0;                    ///< of the last attempt
    std::vector<std::uint32_t> earlier_randoms;  ///< of the attempts before it, oldest first
    std::optional<call_error> error;  ///< a transport or protocol failure; the fields below are then empty
    std::string text;                 ///< the body as received
    boost::json::value body;          ///< the parsed body (an object)
    envelope env;
    std::size_t memory_left = 0;      ///< heap bytes the typed decoding of `body` may still take
};

/// One call of a batch below the typed layer (client::post_each): its place in the input and its encoded body.
struct raw_call {
    std::size_t index = 0;
    std::string body;
    std::optional<call_error> invalid{};  ///< set: the request broke a rule; it is not sent, and this is its result
};

namespace detail {
struct usersig_ticket;
}  // namespace detail

/// Administers one app. Safe to share between threads; calls on one client reuse its connections. Movable, not
/// copyable: share one client (by reference or std::shared_ptr) rather than copies of it.
class client {
public:
    /// Throws std::invalid_argument when the config lacks an SDKAppID, key, admin or base URL.
    explicit client(config c, std::shared_ptr<transport> t = nullptr);
    ~client();
    client(client&&) noexcept;
    client& operator=(client&&) noexcept;

    const config& settings() const noexcept { return config_; }
    transport& transport_layer() noexcept { return *transport_; }

    /// POSTs an encoded JSON body to `path` ("v4/<service>/<command>") with a fresh `random` and the admin
    /// UserSig. When the service reports the UserSig expired or invalidated (70001, 70052), renews it once
    /// and sends again under a new `random`. Retries as `options.retry` says (see retry_policy), each attempt
    /// under a new `random`. The reply's `random` is the last one sent; `earlier_randoms` are the others.
    ///
    /// With config::pace_calls, waits first so that `path` gets at most its rate: `traits.calls_per_second`
    /// unless config::rate_overrides names the path, times config::rate_headroom.
    raw_reply post(std::string_view path, std::string_view body, const endpoint_traits& traits = {},
                   const call_options& options = {});

    /// Sends every body `next` yields to `path`, as post() sends one, with up to `options.in_flight` requests on
    /// the wire at once, all driven from the calling thread (over libcurl's multi interface with the curl
    /// transport; one at a time with a transport that has no transfer_set of its own). Calls `done` with each
    /// call's index and reply as it completes, in completion order; `done` says whether the call succeeded, for
    /// the progress report. Returns when every call has its reply, or when the batch is stopped or past its
    /// deadline and the requests in flight have finished. What `next`, `done` or `options.progress` throw ends the
    /// batch and propagates.
    void post_each(std::string_view path, const endpoint_traits& traits, const batch_options& options,
                   const std::function<std::optional<raw_call>()>& next,
                   const std::function<bool(std::size_t, raw_reply&&)>& done);

    /// The rate pacing holds `path` to now, in calls a second: below the configured one for a while after a
    /// 60007. 0 when pacing is off or the path has not been called yet.
    double pacing_rate(std::string_view path) const;

private:
    // The secrets a reply may echo: this attempt's UserSig, the one refused before it (if any), and the key.
    using secret_list = std::array<std::string_view, 3>;

    std::chrono::system_clock::time_point now() const;
    void read(http_outcome& out, raw_reply& reply, const secret_list& secrets) const;

    // The calls of one post() or post_each(), from first attempt to result (impl/client.ipp).
    class run;

    config config_;
    std::shared_ptr<transport> transport_;
    // Behind a pointer, so that a client moves (into a std::vector, out of a factory) although its parts hold
    // mutexes. A moved-from client may only be destroyed or assigned to.
    struct shared_state;
    std::unique_ptr<shared_state> state_;
};

}  // namespace timrest

#ifndef TIMREST_SEPARATE_COMPILATION
#include "timrest/protocol/impl/client.ipp"
#endif

#endif
