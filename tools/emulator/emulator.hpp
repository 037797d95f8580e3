#ifndef TIMREST_TOOLS_EMULATOR_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_HPP_INCLUDED

// timrest-emulator: a loopback server that speaks the Chat REST protocol for every declared endpoint. It
// checks the query (sdkappid, identifier, usersig, random, contenttype) the way the service does, decodes
// and validates bodies with the same declarations the client uses, keeps per-user state in memory and
// answers with Tencent's envelope and codes. Tests run it in-process on an ephemeral port.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace timrest::emulator {

struct world;  // the in-memory state, defined in world.hpp

/// A query value as the service reads it: %XX sequences decoded by libcurl (a malformed one is kept as it is);
/// `+` stays `+`, as the client never writes it for a space.
std::string percent_decode(std::string_view v);

/// The decoded value of `key` in a URL's query (`a=1&b=2`), or nothing.
std::optional<std::string> query_param(std::string_view query, std::string_view key);

/// The app the emulator plays. The defaults match the README's quick start and the spec's test key.
struct app {
    std::uint32_t sdkappid = 1400000000;
    std::string secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    std::string admin = "administrator";
};

/// Trouble on purpose, for testing how a client copes: `timrest-emulator --latency-ms N --rate-limit N
/// --faults LIST --fault-rate X --fault-script LIST`, or server::impair in a test.
struct impairments {
    std::chrono::milliseconds latency{0};  ///< added before every reply; requests in flight wait side by side
    unsigned rate_limit = 0;               ///< 60007 past this many calls of one API within a second; 0: none
    /// What a request picked for a fault gets, one of these at random: "reset" (the request is applied, then the
    /// connection closes without a reply), "502" (HTTP 502, not applied), or a service ErrorCode such as "50004"
    /// or "60007" (answered with it, not applied).
    std::vector<std::string> faults{};
    double fault_rate = 0;  ///< the share of requests picked for a fault
    std::uint32_t seed = 1;  ///< of the random choices, so that a run can be repeated
    /// An exact story instead of chance: the n-th request received from now on gets the n-th step, "ok" (answered
    /// as usual) or a fault as in `faults`. When the steps run out, the random faults (if any) take over.
    std::vector<std::string> script{};
};

/// A service error the handler wants to answer with.
struct fault {
    int code;
    std::string info;
};

/// What a handler returns: the endpoint's response, or a fault.
template <class Response>
using answer = std::variant<Response, fault>;

/// A request as it arrived, for tests that check what went on the wire.
struct received_request {
    std::string method;
    std::string target;  ///< path and query, exactly as sent
    std::string content_type;
    std::string user_agent;
    std::string body;
};

/// The reply to one request: a service code with its info, and the endpoint's fields on success.
struct reply {
    int code = 0;
    std::string info;
    boost::json::object fields;
};

class server {
public:
    /// Binds 127.0.0.1:`port` (0 picks a free port) and serves the registry's endpoints. Call start() or run().
    explicit server(app a = {}, std::uint16_t port = 0);
    ~server();
    server(const server&) = delete;
    server& operator=(const server&) = delete;

    std::uint16_t port() const noexcept;
    /// "http://127.0.0.1:<port>", for config::base_url.
    std::string base_url() const;
    const app& application() const noexcept;

    /// Serves on a background thread until stop() or destruction.
    void start();
    /// Serves on the calling thread until stop().
    void run();
    void stop();

    /// TCP connections accepted so far; keep-alive shows as fewer connections than requests.
    std::size_t connections_accepted() const;
    /// Every request received so far, oldest first.
    std::vector<received_request> requests() const;

    /// Rewrites every reply body before it is sent, for tests of a server that misbehaves on purpose (echoes the
    /// URL, sends control characters, refuses a UserSig). Runs under the emulator's lock: `f` must not call back.
    void misbehave(std::function<void(const received_request&, std::string& body)> f);
    /// Latency, a rate limit and random faults for every request from now on (see impairments). Throws
    /// std::invalid_argument for a fault it does not know or a rate outside [0, 1].
    void impair(impairments i);
    /// Faults impair() has injected so far, and requests it answered 60007 for its rate limit.
    std::size_t faults_injected() const;
    std::size_t rate_limited() const;
    /// Fault injection for tests: when `f` says so for a request (given which request of its connection it is,
    /// counting from 1), the emulator records it and closes the connection without a reply, as a server that
    /// crashes after reading does. Runs under the emulator's lock: `f` must not call back. Empty: off.
    void hang_up_when(std::function<bool(const received_request&, std::size_t nth_on_connection)> f);
    /// Fault injection for tests: the `nth` request that carries each UserSig (counting from 1) is answered
    /// 70001, "UserSig expired", once per UserSig, as when the service expires a UserSig in use; 0 turns it off.
    /// A client renews and resends, and its resend carries a UserSig seen fewer times, so it goes through.
    void expire_each_usersig_at(std::size_t nth);
    /// Distinct UserSigs that passed verification so far; each renewal that changes the UserSig adds one.
    std::size_t usersigs_seen() const;
    /// 70001 replies expire_each_usersig_at has injected so far.
    std::size_t expiries_injected() const;

    /// Runs `f` on the emulator's state under its lock, e.g. to seed conversations for a paging test
    /// (include world.hpp for the definition of world).
    void with_world(const std::function<void(world&)>& f);

    /// No checks before the declaration's own.
    struct no_precheck {
        template <class Request>
        std::optional<fault> operator()(const Request&) const {
            return std::nullopt;
        }
    };

    /// Serves endpoint E with `handler(const E::request&) -> answer<E::response>`. The body is decoded and
    /// validated with E's declaration first, and a violation answers E's invalid-parameter code. `precheck`
    /// (request -> std::optional<fault>) runs before that validation, for checks the service answers with a
    /// specific code of its own (51011 for a long group name, for example).
    template <class E, class Handler, class Precheck = no_precheck>
    void serve(Handler handler, Precheck precheck = {}) {
        static_assert(detail::check_endpoint<E>());
        add_handler(E::path, [h = std::move(handler), pre = std::move(precheck)](const boost::json::value& body) -> reply {
            auto request = blank<typename E::request>();
            if (auto bad = from_json(body, request)) return {invalid_parameter_code<E>(), bad->to_string(), {}};
            std::optional<fault> refused = pre(request);
            if (!refused) {
                if (auto violations = validate(request); !violations.empty())
                    refused = fault{invalid_parameter_code<E>(), to_string(violations)};
            }
            if (refused) return {refused->code, std::move(refused->info), {}};
            answer<typename E::response> outcome = h(request);  // a handler may return the response itself
            if (auto f = std::get_if<fault>(&outcome)) return {f->code, std::move(f->info), {}};
            return {0, {}, to_json(std::get<0>(outcome)).as_object()};
        });
    }

    /// The code the service answers E with for a malformed request: the one E declares as `invalid_parameter`
    /// (a service_error of its table), else the one its table gives for a bad parameter (50002 in recentcontact,
    /// 70402 for accounts, 30001 in the relationship chain, 40001 for profiles, 90001 for one-to-one messages,
    /// 10004 for groups), else 60003.
    template <class E>
    static int invalid_parameter_code() {
        if constexpr (requires { E::invalid_parameter.code; }) return E::invalid_parameter.code;
        for (int code : {50002, 70402, 30001, 40001, 90001, 10004})
            if (find_error<E>(code)) return code;
        return 60003;
    }

private:
    void add_handler(std::string_view path, std::function<reply(const boost::json::value&)> handler);

    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace timrest::emulator

#endif
