#ifndef TIMREST_ACCOUNT_KICK_HPP_INCLUDED
#define TIMREST_ACCOUNT_KICK_HPP_INCLUDED

// v4/im_open_login_svc/kick: invalidate one account's login state (its UserSig), e.g. a malicious account's;
// the user logs in again with a newly generated UserSig.
// Doc: https://www.tencentcloud.com/document/product/1047/34957. 200 calls a second.
// Two pages carry it (user management and group management); they agree. An account that does not exist is
// refused with 70107.

#include "timrest/account/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::account {

struct kick_request {
    required<user_id> UserID;
};
BOOST_DESCRIBE_STRUCT(kick_request, (), (UserID))

struct kick_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(kick_response, (), ())

struct kick {
    static constexpr std::string_view path = "v4/im_open_login_svc/kick";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = kick_request;
    using response = kick_response;
    static constexpr service_error errors[] = {
        codes::account_not_found, codes::internal_timeout, codes::invalid_parameter,
        codes::admin_required,    codes::internal_error,
    };
};

}  // namespace timrest::account

TIMREST_COMPILED_ENDPOINT(timrest::account::kick)

#endif
