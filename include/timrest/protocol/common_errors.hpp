#ifndef TIMREST_PROTOCOL_COMMON_ERRORS_HPP_INCLUDED
#define TIMREST_PROTOCOL_COMMON_ERRORS_HPP_INCLUDED

// The public codes (60000-79999) any REST API can return. Spec §1.7; doc:
// https://www.tencentcloud.com/document/product/1047/34348

#include "timrest/core/endpoint.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace timrest {

inline constexpr service_error common_errors[] = {
    {60002, "HTTP parse error; check the request URL format"},
    {60003, "JSON parse error in the request body"},
    {60004, "account or signature error in the URL or body"},
    {60005, "account or signature error in the URL or body"},
    {60006, "the SDKAppID is invalid or expired"},
    {60007, "REST API call frequency limit exceeded", true},
    {60008, "service timeout or malformed HTTP request", true},
    {60009, "unknown service or command; check the URL"},
    {60010, "the request needs app admin permission (identifier is not an admin)"},
    {60011, "SDKAppID-wide request frequency limit exceeded", true},
    {60012, "the SDKAppID is missing from the URL"},
    {60013, "JSON parse error in the response body (internal)", true},
    {60014, "account exchange timed out", true},
    {60015, "an account field in the body must be a JSON string"},
    {60016, "the SDKAppID is disabled"},
    {60017, "the request is disabled"},
    {60018, "too many requests; retry later", true},
    {60019, "too many requests; retry later", true},
    {60020, "the Pro edition package expired or is suspended"},
    {60021, "the caller's IP address is not on the allow-list"},
    {70001, "the UserSig expired; generate a new one", true},
    {70002, "the UserSig is empty"},
    {70003, "the UserSig is invalid or truncated"},
    {70005, "the UserSig is invalid"},
    {70009, "the UserSig failed verification; it is likely signed with another app's key"},
    {70013, "the identifier does not match the UserID inside the UserSig"},
    {70014, "the SDKAppID does not match the one inside the UserSig"},
    {70016, "key not found; check that the SDKAppID belongs to the region you call"},
    {70020, "SDKAppID not found; check that the SDKAppID belongs to the region you call"},
    {70050, "too many failed UserSig verifications; retry after a minute", true},
    {70051, "the account is blacklisted"},
    {70052, "the UserSig is no longer valid; generate a new one", true},
    {70107, "the UserID is not imported or does not exist"},
    {70114, "blocked for security reasons (too-frequent logins)"},
    {70169, "internal timeout; try again", true},
    {70202, "internal timeout; try again", true},
    {70206, "invalid batch size in the request"},
    {70398, "the account limit is reached (more than 100 accounts needs a paid edition)"},
    {70402, "invalid parameter: a required field is missing or ill-formed"},
    {70403, "the request needs app admin permission"},
    {70500, "internal server error; try again", true},
    {71000, "account deletion is not allowed for this app's edition"},
};

namespace detail {
inline constexpr int throttling_codes[] = {60007, 60011, 60018, 60019, 70050};
inline constexpr int rate_limit_code = 60007;  // the per-API calls-a-second limit; pacing halves its rate on it
// Only the public codes: an endpoint's own admin-permission code (recentcontact's 50003) means something else elsewhere.
inline constexpr int auth_codes[] = {60004, 60005, 60010, 70001, 70002, 70003, 70005, 70009,
                                     70013, 70014, 70016, 70020, 70052, 70403};
inline constexpr int usersig_renewal_codes[] = {70001, 70052};  // renew the admin UserSig once and retry

constexpr bool contains(std::span<const int> codes, int code) noexcept {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}
}  // namespace detail

/// The common row for `code`, or nullptr.
constexpr const service_error* find_common_error(int code) noexcept {
    for (const auto& row : common_errors)
        if (row.code == code) return &row;
    return nullptr;
}

/// The row an endpoint's caller sees for `code`: the endpoint's own table first, then the common one.
template <class E>
constexpr const service_error* lookup_error(int code) noexcept {
    if (auto row = find_error<E>(code)) return row;
    return find_common_error(code);
}

}  // namespace timrest

#endif
