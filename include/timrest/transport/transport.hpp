#ifndef TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED
#define TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED

// The seam between the call path and the network: one POST of a JSON body. The curl transport is the real
// one; transport/fake.hpp answers in memory for unit tests of the generic path.

#include "timrest/core/detail/chrono.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace timrest {

/// What came back over HTTP, whatever the status.
struct http_response {
    long status = 0;
    std::string body;
};

/// A response, or why there is none. `detail` is for people and never contains the URL's query.
struct http_outcome {
    std::error_code error;
    std::string detail;
    http_response response;
};

/// How one request may be sent.
struct send_options {
    /// Whether sending the request twice does what sending it once does; the endpoint's declaration says. When
    /// false, the transport must not send it a second time on its own once any of it may have reached the server.
    /// libcurl does exactly that when a kept-alive connection dies after the request was written: for a message,
    /// a duplicate nobody sees. The transport fails the request instead (condition::may_have_been_applied).
    bool idempotent = false;
    /// The longest the request may take in all; 0 keeps the transport's own limit. A shorter limit wins.
    std::chrono::milliseconds timeout{0};
};

/// A request that finished, and which one: the id it was started under.
struct finished_transfer {
    std::uint64_t id = 0;
    http_outcome outcome;
};

/// Requests in flight together, driven from the one thread that owns the set (call_all, for_each_result).
class transfer_set {
public:
    virtual ~transfer_set() = default;
    /// Starts POSTing `body` to `url`; its outcome comes back from wait() under `id`. `body` must stay valid until
    /// then.
    virtual void start(std::uint64_t id, const std::string& url, std::string_view body, const send_options& how) = 0;
    /// Requests that finished, waiting up to `timeout` for one when none has. May return none early (wake()).
    virtual std::vector<finished_transfer> wait(std::chrono::milliseconds timeout) = 0;
    /// From any thread: ends a wait() in progress early, e.g. when the job is stopped.
    virtual void wake() noexcept {}
    /// How many requests the set really keeps in flight at once.
    virtual std::size_t capacity() const noexcept { return static_cast<std::size_t>(-1); }
};

class transport;

namespace detail {
// The set a transport without one of its own offers: start() sends through post() on the calling thread, so one
// request is in flight at a time, and wait() returns at once.
class sequential_transfers final : public transfer_set {
public:
    explicit sequential_transfers(transport& t) noexcept : transport_(t) {}
    inline void start(std::uint64_t id, const std::string& url, std::string_view body, const send_options& how) override;
    std::vector<finished_transfer> wait(std::chrono::milliseconds) override { return std::exchange(finished_, {}); }
    // One: a second start() would wait for the first anyway, and its reply should be read first (a renewal, a
    // retry, a 60007 that slows pacing).
    std::size_t capacity() const noexcept override { return 1; }

private:
    transport& transport_;
    std::vector<finished_transfer> finished_;
};
}  // namespace detail

/// Moves requests. Implementations must be safe to call from several threads at once.
class transport {
public:
    virtual ~transport() = default;
    /// POSTs `body` with `Content-Type: application/json` to `url`, as `how` says.
    virtual http_outcome post(const std::string& url, std::string_view body, const send_options& how) = 0;
    /// A set of requests driven together from one thread. By default they go one at a time through post(); the
    /// curl transport keeps them all in flight at once over libcurl's multi interface.
    virtual std::unique_ptr<transfer_set> open_transfers() { return std::make_unique<detail::sequential_transfers>(*this); }
};

inline void detail::sequential_transfers::start(std::uint64_t id, const std::string& url, std::string_view body,
                                                const send_options& how) {
    finished_.push_back({id, transport_.post(url, body, how)});
}

}  // namespace timrest

#endif
