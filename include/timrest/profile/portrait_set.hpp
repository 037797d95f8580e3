#ifndef TIMREST_PROFILE_PORTRAIT_SET_HPP_INCLUDED
#define TIMREST_PROFILE_PORTRAIT_SET_HPP_INCLUDED

// v4/profile/portrait_set: set standard and custom profile fields of one user.
// Doc: https://www.tencentcloud.com/document/product/1047/34916. 200 calls a second.
// The page bounds neither the number of items nor their tags; each item's value is checked against its tag
// (common.hpp). The reply carries ErrorDisplay besides the envelope; it is envelope too (tests/golden.hpp), so
// the response declares nothing.

#include "timrest/profile/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::profile {

struct portrait_set_request {
    required<user_id> From_Account;  // the user whose profile is set
    required<list<profile_item, 1>> ProfileItem;
};
BOOST_DESCRIBE_STRUCT(portrait_set_request, (), (From_Account, ProfileItem))

struct portrait_set_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(portrait_set_response, (), ())

struct portrait_set {
    static constexpr std::string_view path = "v4/profile/portrait_set";
    static constexpr unsigned calls_per_second = 200;
    using request = portrait_set_request;
    using response = portrait_set_response;
    static constexpr service_error errors[] = {
        codes::bad_request,    codes::account_not_found,   codes::admin_required,
        codes::internal_error, codes::no_write_permission, codes::tag_not_found,
        codes::value_too_long, codes::bad_value,           codes::bad_value_type,
    };
};

}  // namespace timrest::profile

TIMREST_COMPILED_ENDPOINT(timrest::profile::portrait_set)

#endif
