#ifndef TIMREST_PROTOCOL_SERVICE_ERROR_HPP_INCLUDED
#define TIMREST_PROTOCOL_SERVICE_ERROR_HPP_INCLUDED

// Categories of the envelope's ErrorCode: error_code::value() is the service's code itself.
//
// Each endpoint has its own category, so that message() and the conditions (retryable, throttled, auth)
// read that endpoint's error table as well as the common one: a 50004 from del_contact_group is
// `condition::retryable` because its table says so. Compare a code across endpoints with
// `e.code == timrest::service_code(51009)`.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/error.hpp"
#include "timrest/protocol/common_errors.hpp"

#include <string>
#include <system_error>

namespace timrest {

namespace detail {

class service_category_base : public service_category_root {
public:
    const char* name() const noexcept override { return "timrest.service"; }

    std::string message(int ev) const override {
        if (auto row = find(ev)) return std::string(row->meaning);
        return "service error " + std::to_string(ev);
    }

    bool equivalent(int ev, const std::error_condition& cond) const noexcept override {
        if (cond == condition::throttled) return contains(throttling_codes, ev);
        if (cond == condition::auth) {
            auto row = find(ev);
            return contains(auth_codes, ev) || (row && row->auth);
        }
        if (cond == condition::retryable) {
            auto row = find(ev);
            return row && row->retryable;
        }
        return false;
    }

    // Lets `code == service_code(n)` hold for a code of any service category.
    bool equivalent(const std::error_code& code, int ev) const noexcept override {
        return is_service_error(code) && code.value() == ev;
    }

protected:
    virtual const service_error* find(int ev) const noexcept { return find_common_error(ev); }
};

template <class E>
class endpoint_service_category final : public service_category_base {
protected:
    const service_error* find(int ev) const noexcept override { return lookup_error<E>(ev); }
};

}  // namespace detail

/// The category of ErrorCodes whose endpoint is unknown: meanings and conditions from the common table.
inline const std::error_category& service_category() noexcept {
    static const detail::service_category_base instance;
    return instance;
}

/// The category of endpoint E's ErrorCodes: meanings and conditions from E's table, then the common one.
template <class E>
const std::error_category& service_category() noexcept {
    static const detail::endpoint_service_category<E> instance;
    return instance;
}

/// An error_code for a service ErrorCode with no endpoint, e.g. `make_service_error(70001)`.
inline std::error_code make_service_error(int code) noexcept { return {code, service_category()}; }

/// A condition that any endpoint's error_code for `code` equals: `e.code == service_code(51009)`.
inline std::error_condition service_code(int code) noexcept { return {code, service_category()}; }

/// Whether `code` is the ErrorCode of an error-table row, from any endpoint:
/// `if (e.code == recentcontact::codes::group_not_found)`. (`!=` and the reversed forms follow.)
inline bool operator==(const std::error_code& code, const service_error& row) noexcept {
    return code == service_code(row.code);
}

}  // namespace timrest

#endif
