#ifndef TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED

// Per-call settings: a retry policy, a time limit per attempt, a deadline for the whole call, and a stop token;
// and a batch's settings, which add how many calls may be in flight and a progress callback.

#include "timrest/core/detail/chrono.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <stop_token>

namespace timrest {

/// When and how often a failed call is sent again. Only failures that may succeed later, and where sending again
/// cannot apply the request twice, are retried:
/// - for every endpoint: the request never reached the service (no host, no connection, a failed TLS handshake),
///   or the service refused it for its frequency limits (60007, 60011, 60018, 60019, 70050);
/// - for an endpoint declared idempotent, also: HTTP 5xx, the ErrorCodes that its table or the common table mark
///   retryable (70500, internal timeouts, ...), and a failure after the request may have arrived (a timeout, a
///   connection lost before the reply). For a message, any of these may come after it was delivered.
/// Each retry waits a backoff drawn uniformly from [0, ceiling] ("full jitter": callers that failed together do
/// not come back together); the ceiling starts at `initial_backoff` and doubles up to `max_backoff`.
struct retry_policy {
    /// Attempts in all, the first included; 1 never retries. The resend under a renewed UserSig after 70001 or
    /// 70052 is part of the attempt it follows.
    unsigned max_attempts = 4;
    std::chrono::milliseconds initial_backoff{100};  ///< the ceiling of the first wait
    std::chrono::milliseconds max_backoff{5000};     ///< the largest ceiling

    /// Sends once. The default for single calls: a caller that retries on its own is not surprised.
    static constexpr retry_policy none() noexcept { return {.max_attempts = 1}; }
};

/// Settings of one call, all optional: `try_call<E>(chat, request, {.retry = {}, .timeout = 2s})`.
struct call_options {
    retry_policy retry = retry_policy::none();
    /// The longest one attempt may take; 0 keeps config::http.timeout. The shorter of the two applies.
    std::chrono::milliseconds timeout{0};
    /// No attempt starts, and no backoff or pacing waits, past this point; an attempt gets at most what is left.
    std::optional<std::chrono::steady_clock::time_point> deadline{};
    /// Checked before each attempt and while waiting: a stopped call sends nothing more.
    std::stop_token stop{};
};

/// Where a batch stands (batch_options::progress).
struct batch_progress {
    std::size_t done = 0;       ///< calls with a result, failed ones included
    std::size_t failed = 0;     ///< of those, calls that failed: not sent, refused, or not understood
    std::size_t in_flight = 0;  ///< requests on the wire now
    std::size_t retries = 0;    ///< attempts sent again by the retry policy so far
    std::size_t throttled = 0;  ///< replies that said 60007 (over the app's rate limit) so far
    double calls_per_second = 0;  ///< results over the last second
    double pacing_rate = 0;       ///< what pacing holds the endpoint to now (config::pace_calls); 0 when off
    std::chrono::nanoseconds elapsed{};
    bool finished = false;  ///< the last report: every call has its result, or the batch was stopped
};

/// Settings of a batch (call_all, for_each_result), all optional.
struct batch_options {
    /// Requests on the wire at once, at most; a call waiting for its retry holds its place too. At least 1.
    std::size_t in_flight = 32;
    /// Retries are on for batches: a bulk job should not lose a line to a blip. Only what is safe to send again is
    /// (retry_policy).
    retry_policy retry{};
    std::chrono::milliseconds timeout{0};  ///< the longest one attempt may take, as in call_options
    /// Nothing is sent past this point: calls not sent by then fail with protocol_errc::deadline_exceeded.
    std::optional<std::chrono::steady_clock::time_point> deadline{};
    /// Stops the batch: nothing more is sent, the requests in flight finish, and the calls not sent fail with
    /// protocol_errc::cancelled (for_each_result takes no more input).
    std::stop_token stop{};
    /// Called on the batch's thread every `progress_every` while it runs, and once at the end.
    std::function<void(const batch_progress&)> progress{};
    std::chrono::milliseconds progress_every{250};
};

}  // namespace timrest

#endif
