#ifndef TIMREST_ALL_MEMBER_PUSH_IM_SET_ATTR_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_SET_ATTR_HPP_INCLUDED

// v4/all_member_push/im_set_attr: set push attributes of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37170. 100 calls a second.
// Each key of Attrs is an attribute name set with im_set_attr_name (90033 otherwise); each value at most 50
// bytes. The page does not say whether attributes a request leaves out are kept; the emulator keeps them.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct user_attrs_item {
    required<user_id> To_Account;
    attrs Attrs;
};
BOOST_DESCRIBE_STRUCT(user_attrs_item, (), (To_Account, Attrs))

struct im_set_attr_request {
    required<list<user_attrs_item, 1, max_users>> UserAttrs;
};
BOOST_DESCRIBE_STRUCT(im_set_attr_request, (), (UserAttrs))

struct im_set_attr_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_set_attr_response, (), ())

struct im_set_attr {
    static constexpr std::string_view path = "v4/all_member_push/im_set_attr";
    static constexpr unsigned calls_per_second = 100;
    static constexpr std::size_t max_batch = max_users;
    using request = im_set_attr_request;
    using response = im_set_attr_response;
    static constexpr auto errors = join_errors(codes::batch_rows, {codes::bad_attribute});
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_set_attr)

#endif
