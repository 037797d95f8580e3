#ifndef TIMREST_PROTOCOL_SERVICE_ERROR_HPP_INCLUDED
#define TIMREST_PROTOCOL_SERVICE_ERROR_HPP_INCLUDED

// The category of the envelope's ErrorCode. An error_code's value() is the service's code itself.

#include "timrest/core/error.hpp"
#include "timrest/protocol/common_errors.hpp"

#include <string>
#include <system_error>

namespace timrest {

namespace detail {
class service_category_impl final : public std::error_category {
public:
    const char* name() const noexcept override { return "timrest.service"; }
    std::string message(int ev) const override {
        if (auto row = find_common_error(ev)) return std::string(row->meaning);
        return "service error " + std::to_string(ev) + " (see the endpoint's error table)";
    }
    bool equivalent(int ev, const std::error_condition& cond) const noexcept override {
        if (cond == condition::throttled) return contains(throttling_codes, ev);
        if (cond == condition::auth) return contains(auth_codes, ev);
        if (cond == condition::retryable) {
            auto row = find_common_error(ev);
            return row && row->retryable;
        }
        return false;
    }
};
}  // namespace detail

/// ErrorCode values from the service. Endpoint-specific meanings travel in call_error::meaning, since a
/// category cannot know which endpoint answered; the conditions here cover the common 60xxx/70xxx codes.
inline const std::error_category& service_category() noexcept {
    static const detail::service_category_impl instance;
    return instance;
}

/// An error_code for a service ErrorCode, e.g. `make_service_error(51009)`.
inline std::error_code make_service_error(int code) noexcept { return {code, service_category()}; }

}  // namespace timrest

#endif
