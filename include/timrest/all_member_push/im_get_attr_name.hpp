#ifndef TIMREST_ALL_MEMBER_PUSH_IM_GET_ATTR_NAME_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_GET_ATTR_NAME_HPP_INCLUDED

// v4/all_member_push/im_get_attr_name: the app's push attribute names.
// Doc: https://www.tencentcloud.com/document/product/1047/37168. 100 calls a second.
// The request is an empty object. The table lists 90018 (too many accounts) though the call names none; kept.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct im_get_attr_name_request {};
BOOST_DESCRIBE_STRUCT(im_get_attr_name_request, (), ())

struct im_get_attr_name_response {
    attr_names AttrNames;  // by attribute number
};
BOOST_DESCRIBE_STRUCT(im_get_attr_name_response, (), (AttrNames))

struct im_get_attr_name {
    static constexpr std::string_view path = "v4/all_member_push/im_get_attr_name";
    static constexpr unsigned calls_per_second = 100;
    static constexpr bool idempotent = true;  // a read
    using request = im_get_attr_name_request;
    using response = im_get_attr_name_response;
    static constexpr auto errors = join_errors(codes::batch_rows);
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_get_attr_name)

#endif
