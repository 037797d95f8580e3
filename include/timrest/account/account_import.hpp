#ifndef TIMREST_ACCOUNT_ACCOUNT_IMPORT_HPP_INCLUDED
#define TIMREST_ACCOUNT_ACCOUNT_IMPORT_HPP_INCLUDED

// v4/im_open_login_svc/account_import: import one account (idempotent).
// Doc: https://www.tencentcloud.com/document/product/1047/34953.

#include "timrest/account/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::account {

struct account_import_request {
    required<user_id> UserID;
    std::optional<text<500>> Nick{};    // profile Tag_Profile_IM_Nick; 40601 above 500 bytes
    std::optional<text<500>> FaceUrl{}; // profile Tag_Profile_IM_Image
};
BOOST_DESCRIBE_STRUCT(account_import_request, (), (UserID, Nick, FaceUrl))

struct account_import_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(account_import_response, (), ())

struct account_import {
    static constexpr std::string_view path = "v4/im_open_login_svc/account_import";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    static constexpr bool idempotent = true;  // re-importing keeps one internal ID (its page)
    using request = account_import_request;
    using response = account_import_response;
    static constexpr service_error errors[] = {
        codes::profile_internal_error,
        codes::profile_value_too_long,
        codes::internal_timeout,
        codes::account_limit,
        codes::reimport_cooldown,
        codes::invalid_parameter,
        codes::admin_required,
        codes::internal_error,
    };
};

}  // namespace timrest::account

TIMREST_COMPILED_ENDPOINT(timrest::account::account_import)

#endif
