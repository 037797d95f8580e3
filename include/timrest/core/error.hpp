#ifndef TIMREST_CORE_ERROR_HPP_INCLUDED
#define TIMREST_CORE_ERROR_HPP_INCLUDED

// Error codes shared by every layer, and the error value a failed call returns.
//
// Three layers, three categories: transport (transport/error.hpp: the request did not complete), protocol
// (here: it completed but the reply is unusable, or the request was refused before sending), service
// (protocol/service_error.hpp: the service answered ErrorCode != 0).

#include "timrest/core/detail/text.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

namespace timrest {

/// The request never reached the service in a usable form, or its reply could not be understood.
enum class protocol_errc {
    invalid_request = 1,  ///< a field broke a rule of the declaration; nothing was sent
    http_status,          ///< the HTTP status was neither 200 nor 5xx
    http_server_error,    ///< the HTTP status was 5xx (a gateway or server failure; retryable)
    not_json,             ///< the body is not a JSON object
    no_envelope,          ///< the body lacks ActionStatus/ErrorCode
    bad_response,         ///< the body does not match the endpoint's response declaration
    reply_too_large,      ///< decoding the body would take more memory than its size warrants
    deadline_exceeded,    ///< the call's deadline passed before an attempt could start; nothing more was sent
    cancelled,            ///< the call's stop token was triggered before an attempt could start
};

/// Groups of codes that call for the same reaction, across categories.
enum class condition {
    retryable = 1,  ///< trying the same request again later may succeed
    throttled,      ///< the service refused because of its call-frequency limits; back off, then retry
    auth,           ///< the admin identity or its UserSig was refused
    /// the exchange broke off after the request may have reached the service (a timeout, a reset mid-reply):
    /// it may have taken effect, so sending it again is safe only for an idempotent endpoint
    may_have_been_applied,
};

}  // namespace timrest

template <>
struct std::is_error_code_enum<timrest::protocol_errc> : std::true_type {};
template <>
struct std::is_error_condition_enum<timrest::condition> : std::true_type {};

namespace timrest {

namespace detail {

class protocol_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "timrest.protocol"; }
    std::string message(int ev) const override {
        switch (static_cast<protocol_errc>(ev)) {
            case protocol_errc::invalid_request: return "request rejected before sending";
            case protocol_errc::http_status: return "unexpected HTTP status";
            case protocol_errc::http_server_error: return "HTTP server error";
            case protocol_errc::not_json: return "reply is not a JSON object";
            case protocol_errc::no_envelope: return "reply lacks the envelope's ErrorCode";
            case protocol_errc::bad_response: return "reply does not match the endpoint's response declaration";
            case protocol_errc::reply_too_large: return "reply would take too much memory to decode";
            case protocol_errc::deadline_exceeded: return "the call's deadline passed";
            case protocol_errc::cancelled: return "the call was cancelled";
        }
        return "unknown protocol error";
    }
    bool equivalent(int ev, const std::error_condition& cond) const noexcept override;
};

class condition_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "timrest.condition"; }
    std::string message(int ev) const override {
        switch (static_cast<condition>(ev)) {
            case condition::retryable: return "retryable";
            case condition::throttled: return "throttled by the service's frequency limits";
            case condition::auth: return "admin identity or UserSig refused";
            case condition::may_have_been_applied: return "the request may have been applied";
        }
        return "unknown condition";
    }
};

}  // namespace detail

inline const std::error_category& protocol_category() noexcept {
    static const detail::protocol_category_impl instance;
    return instance;
}

inline const std::error_category& condition_category() noexcept {
    static const detail::condition_category_impl instance;
    return instance;
}

inline std::error_code make_error_code(protocol_errc e) noexcept { return {static_cast<int>(e), protocol_category()}; }
inline std::error_condition make_error_condition(condition c) noexcept {
    return {static_cast<int>(c), condition_category()};
}

inline bool detail::protocol_category_impl::equivalent(int ev, const std::error_condition& cond) const noexcept {
    return cond == condition::retryable && static_cast<protocol_errc>(ev) == protocol_errc::http_server_error;
}

namespace detail {
/// The base of every category of service ErrorCodes (protocol/service_error.hpp); being one is what makes a
/// code a service error, for call_error::message() here and is_service_error() there alike.
class service_category_root : public std::error_category {};

template <class>
inline constexpr bool number_compared = false;
}  // namespace detail

/// Whether `code` is an ErrorCode from the service (of any endpoint).
inline bool is_service_error(const std::error_code& code) noexcept {
    return dynamic_cast<const detail::service_category_root*>(&code.category()) != nullptr;
}

/// call_error::code: a std::error_code (it converts both ways and compares the same) that refuses a bare
/// number with a sentence, where std::error_code gives hundreds of lines of failed overloads. A number says
/// nothing of its category: 28 is a curl timeout and a service code alike.
class error_code : public std::error_code {
public:
    using std::error_code::error_code;
    error_code() = default;
    error_code(const std::error_code& code) noexcept : std::error_code(code) {}

    template <class Number>
        requires std::is_arithmetic_v<Number>
    friend bool operator==(const error_code&, Number) noexcept {
        static_assert(detail::number_compared<Number>,
                      "timrest: compare an error code with a named error (e.code == "
                      "recentcontact::codes::group_not_found) or with service_code(51009), not with a bare number; "
                      "e.code.value() is the number itself");
        return false;
    }
};

/// Why a call failed, with what Tencent support needs to trace it. Never holds the secret key or a UserSig.
///
/// `info` and `display` keep the text whole, as received (minus secrets), for code that inspects it; it may
/// hold anything a server sends, control characters and megabytes included. Log message() instead: it
/// escapes control characters and cuts that text at 1 KiB.
struct call_error {
    error_code code{};             ///< category tells the layer; for service errors, value() is ErrorCode
    std::string info{};            ///< ErrorInfo from the service, or the client's own detail; whole, unescaped
    std::string display{};         ///< ErrorDisplay, when the service sent one; whole, unescaped
    std::string_view meaning{};    ///< from the endpoint's error table or the common table; may be empty
    std::uint32_t random = 0;      ///< the request's `random` query parameter (of the last attempt); 0: none made
    bool retryable = false;        ///< whether the same request may succeed later
    bool sent = false;             ///< whether anything went on the wire
    /// The `random` of each attempt before the last (retries, the resend after a UserSig renewal), oldest first;
    /// support may need them all.
    std::vector<std::uint32_t> earlier_randoms{};

    /// One line for logs: `error 51009: <meaning> (<ErrorInfo>) random=<n>`, ErrorInfo escaped and capped
    /// (detail::printable), so a server cannot forge log lines, repaint a terminal or flood a log. Without
    /// ` random=<n>` when no request was made (validation refused it, or the call was stopped first).
    TIMREST_DECL std::string message() const;
};

/// Thrown by the throwing call wrappers. `code()` and `details()` say what `try_call` would have returned.
class error : public std::system_error {
public:
    TIMREST_DECL explicit error(call_error e);
    /// The same line as call_error::message(); std::system_error's own would repeat the code's message.
    const char* what() const noexcept override { return message_.c_str(); }
    const call_error& details() const noexcept { return details_; }
    std::uint32_t random() const noexcept { return details_.random; }

private:
    std::string message_;
    call_error details_;
};

}  // namespace timrest


#ifndef TIMREST_SEPARATE_COMPILATION
#include "timrest/core/impl/error.ipp"
#endif

#endif
