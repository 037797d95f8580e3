#ifndef TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_OPTIONS_HPP_INCLUDED

// Per-call settings: a retry policy, a time limit per attempt, a deadline for the whole call, and a stop token.

#include <chrono>
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

}  // namespace timrest

#endif
