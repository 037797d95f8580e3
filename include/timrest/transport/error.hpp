#ifndef TIMREST_TRANSPORT_ERROR_HPP_INCLUDED
#define TIMREST_TRANSPORT_ERROR_HPP_INCLUDED

#include "timrest/core/error.hpp"

#include <string>
#include <system_error>

namespace timrest {

/// The request did not complete. Mirrors the libcurl failures a caller can act on, as cpr's error.h does.
enum class transport_errc {
    resolve_failed = 1,  ///< the host name did not resolve (try the region's backup host)
    connect_failed,      ///< no TCP connection could be made
    timed_out,           ///< the connect or total timeout expired
    tls_failed,          ///< TLS handshake or certificate verification failed
    send_failed,         ///< the request could not be sent completely
    receive_failed,      ///< the response could not be received completely
    bad_url,             ///< the base URL is malformed or its scheme unsupported
    other,               ///< anything else libcurl reported
};

namespace detail {
class transport_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "timrest.transport"; }
    std::string message(int ev) const override {
        switch (static_cast<transport_errc>(ev)) {
            case transport_errc::resolve_failed: return "could not resolve the host";
            case transport_errc::connect_failed: return "could not connect";
            case transport_errc::timed_out: return "timed out";
            case transport_errc::tls_failed: return "TLS handshake or certificate verification failed";
            case transport_errc::send_failed: return "sending the request failed";
            case transport_errc::receive_failed: return "receiving the response failed";
            case transport_errc::bad_url: return "malformed or unsupported URL";
            case transport_errc::other: return "transport failure";
        }
        return "unknown transport error";
    }
    // Only failures that end before the request could reach the service are plainly retryable. A timeout or a
    // broken send or receive may come after the service applied the request: sending it again is safe only for
    // an idempotent endpoint, which the transport cannot know, so those say "may have been applied" instead.
    bool equivalent(int ev, const std::error_condition& cond) const noexcept override {
        switch (static_cast<transport_errc>(ev)) {
            case transport_errc::resolve_failed:
            case transport_errc::connect_failed: return cond == condition::retryable;
            case transport_errc::timed_out:
            case transport_errc::send_failed:
            case transport_errc::receive_failed: return cond == condition::may_have_been_applied;
            default: return false;
        }
    }
};
}  // namespace detail

inline const std::error_category& transport_category() noexcept {
    static const detail::transport_category_impl instance;
    return instance;
}

inline std::error_code make_error_code(transport_errc e) noexcept {
    return {static_cast<int>(e), transport_category()};
}

}  // namespace timrest

template <>
struct std::is_error_code_enum<timrest::transport_errc> : std::true_type {};

#endif
