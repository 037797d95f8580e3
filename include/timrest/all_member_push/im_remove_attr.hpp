#ifndef TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_ATTR_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_ATTR_HPP_INCLUDED

// v4/all_member_push/im_remove_attr: remove push attributes of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37171. 100 calls a second.
// Attrs lists attribute names only (the page's field table calls it a "tag set"; its sample has names).

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct remove_attrs_item {
    required<user_id> To_Account;
    required<list<attr_name, 1, max_attributes>> Attrs;
};
BOOST_DESCRIBE_STRUCT(remove_attrs_item, (), (To_Account, Attrs))

struct im_remove_attr_request {
    required<list<remove_attrs_item, 1, max_users>> UserAttrs;
};
BOOST_DESCRIBE_STRUCT(im_remove_attr_request, (), (UserAttrs))

struct im_remove_attr_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_remove_attr_response, (), ())

struct im_remove_attr {
    static constexpr std::string_view path = "v4/all_member_push/im_remove_attr";
    static constexpr unsigned calls_per_second = 100;
    static constexpr std::size_t max_batch = max_users;
    using request = im_remove_attr_request;
    using response = im_remove_attr_response;
    static constexpr auto errors = join_errors(codes::batch_rows, {codes::bad_attribute});
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_remove_attr)

#endif
