#ifndef TIMREST_ALL_MEMBER_PUSH_IM_GET_ATTR_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_GET_ATTR_HPP_INCLUDED

// v4/all_member_push/im_get_attr: the push attributes of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37169. 100 calls a second.
// The page's sample reply lists the users in another order than the request, and a user without attributes
// with an empty Attrs. Its error table has no 90009 row, unlike its siblings'; declared as the page says.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct im_get_attr_request {
    required<list<user_id, 1, max_users>> To_Account;
};
BOOST_DESCRIBE_STRUCT(im_get_attr_request, (), (To_Account))

struct user_attrs {
    std::string To_Account;
    attrs Attrs;
};
BOOST_DESCRIBE_STRUCT(user_attrs, (), (To_Account, Attrs))

struct im_get_attr_response {
    std::vector<user_attrs> UserAttrs;
};
BOOST_DESCRIBE_STRUCT(im_get_attr_response, (), (UserAttrs))

struct im_get_attr {
    static constexpr std::string_view path = "v4/all_member_push/im_get_attr";
    static constexpr unsigned calls_per_second = 100;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_users;
    using request = im_get_attr_request;
    using response = im_get_attr_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::too_many_accounts, codes::internal_error};
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_get_attr)

#endif
