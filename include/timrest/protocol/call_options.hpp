#ifndef TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED

// Per-call settings: a retry policy, a time limit per attempt, a deadline for the whole call, and a stop token.

#include <chrono>
#include <optional>
#include <stop_token>

namespace timrest {

/// When and how often a failed call is sent again. Only failures that may succeed later are retried:
/// - the request never reached the service (no host, no connection, a failed TLS handshake);
/// - HTTP 5xx, and the ErrorCodes that the endpoint's table or the common table mark retryable (60007 and the
///   other frequency limits among them, 70500, internal timeouts);
/// - a failure after the request may have arrived (a timeout, a connection lost mid-reply), but only for an
///   endpoint declared idempotent: for a message, a resend may deliver it twice.
/// Each retry waits a backoff drawn uniformly from [0, ceiling] ("full jitter": callers that failed together do
/// not come back together); the ceiling starts at `initial_backoff` and doubles up to `max_backoff`.
struct retry_policy {
    unsigned max_attempts = 4;                       ///< attempts in all, the first included; 1 never retries
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

}  // namespace timrest

#endif
