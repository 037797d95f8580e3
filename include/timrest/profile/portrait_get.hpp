#ifndef TIMREST_PROFILE_PORTRAIT_GET_HPP_INCLUDED
#define TIMREST_PROFILE_PORTRAIT_GET_HPP_INCLUDED

// v4/profile/portrait_get: read profile fields of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/34917. 200 calls a second.
// The page's overview "recommends" at most 100 users a call, its field table says at most 100 can be pulled:
// declared as a bound. A user that fails carries a non-zero ResultCode, no ProfileItem, and is listed in
// Fail_Account, which is absent when every user succeeds. The page does not bound TagList.

#include "timrest/profile/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::profile {

/// At most this many users per portrait_get call.
inline constexpr std::size_t max_users = 100;

struct portrait_get_request {
    required<list<user_id, 1, max_users>> To_Account;
    required<list<tag_name, 1>> TagList;
};
BOOST_DESCRIBE_STRUCT(portrait_get_request, (), (To_Account, TagList))

struct user_profile_item {
    std::string To_Account;
    std::optional<std::vector<profile_item>> ProfileItem{};  // absent for a user that failed
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(user_profile_item, (), (To_Account, ProfileItem, ResultCode, ResultInfo))

struct portrait_get_response {
    std::vector<user_profile_item> UserProfileItem;
    std::optional<std::vector<std::string>> Fail_Account{};
};
BOOST_DESCRIBE_STRUCT(portrait_get_response, (), (UserProfileItem, Fail_Account))

struct portrait_get {
    static constexpr std::string_view path = "v4/profile/portrait_get";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_users;
    using request = portrait_get_request;
    using response = portrait_get_response;
    static constexpr service_error errors[] = {
        codes::bad_request,    codes::no_to_account,      codes::account_not_found, codes::admin_required,
        codes::internal_error, codes::no_read_permission, codes::tag_not_found,
    };
};

}  // namespace timrest::profile

TIMREST_COMPILED_ENDPOINT(timrest::profile::portrait_get)

#endif
