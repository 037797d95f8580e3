#ifndef TIMREST_GROUP_ATTR_GET_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_GET_GROUP_ATTR_HPP_INCLUDED

// v4/group_open_attr_http_svc/get_group_attr: a group's custom attributes.
// Doc: https://www.tencentcloud.com/document/product/1047/44187. 200 calls a second.
// The service is group_open_attr_http_svc, not group_open_http_svc like the calls that write attributes.
// The page does not say whether GroupAttrAry is present on a group without attributes; it is read as empty then.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct get_group_attr_request {
    required<std::string> GroupId;
};
BOOST_DESCRIBE_STRUCT(get_group_attr_request, (), (GroupId))

struct get_group_attr_response {
    std::vector<attr> GroupAttrAry;
};
BOOST_DESCRIBE_STRUCT(get_group_attr_response, (), (GroupAttrAry))

struct get_group_attr {
    static constexpr std::string_view path = "v4/group_open_attr_http_svc/get_group_attr";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_attr_request;
    using response = get_group_attr_response;
    static constexpr auto errors = join_errors(codes::attr_rows);
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::get_group_attr)

#endif
