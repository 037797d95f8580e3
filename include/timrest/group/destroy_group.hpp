#ifndef TIMREST_GROUP_DESTROY_GROUP_HPP_INCLUDED
#define TIMREST_GROUP_DESTROY_GROUP_HPP_INCLUDED

// v4/group_open_http_svc/destroy_group: disband a group, for good.
// Doc: https://www.tencentcloud.com/document/product/1047/34896. 200 calls a second.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct destroy_group_request {
    required<std::string> GroupId;
};
BOOST_DESCRIBE_STRUCT(destroy_group_request, (), (GroupId))

struct destroy_group_response {};
BOOST_DESCRIBE_STRUCT(destroy_group_response, (), ())

struct destroy_group {
    static constexpr std::string_view path = "v4/group_open_http_svc/destroy_group";
    static constexpr unsigned calls_per_second = 200;
    using request = destroy_group_request;
    using response = destroy_group_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::destroy_group)

#endif
