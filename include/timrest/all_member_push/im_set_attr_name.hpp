#ifndef TIMREST_ALL_MEMBER_PUSH_IM_SET_ATTR_NAME_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_SET_ATTR_NAME_HPP_INCLUDED

// v4/all_member_push/im_set_attr_name: name the app's push attributes (numbered 0 to 9).
// Doc: https://www.tencentcloud.com/document/product/1047/37167. 100 calls a second.
// A call names the attributes it lists and leaves the others as they are.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct im_set_attr_name_request {
    attr_names AttrNames;  // {"0": "sex", "1": "city"}
};
BOOST_DESCRIBE_STRUCT(im_set_attr_name_request, (), (AttrNames))

struct im_set_attr_name_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_set_attr_name_response, (), ())

struct im_set_attr_name {
    static constexpr std::string_view path = "v4/all_member_push/im_set_attr_name";
    static constexpr unsigned calls_per_second = 100;
    using request = im_set_attr_name_request;
    using response = im_set_attr_name_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::admin_required, codes::internal_error};
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_set_attr_name)

#endif
