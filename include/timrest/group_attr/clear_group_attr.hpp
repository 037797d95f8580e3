#ifndef TIMREST_GROUP_ATTR_CLEAR_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_CLEAR_GROUP_ATTR_HPP_INCLUDED

// v4/group_open_http_svc/clear_group_attr: removes every custom attribute of a group.
// Doc: https://www.tencentcloud.com/document/product/1047/44189. 200 calls a second.
// The page lists the write rows (10045-10049) too, though the request carries no attribute; they are kept.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct clear_group_attr_request {
    required<std::string> GroupId;
};
BOOST_DESCRIBE_STRUCT(clear_group_attr_request, (), (GroupId))

struct clear_group_attr {
    static constexpr std::string_view path = "v4/group_open_http_svc/clear_group_attr";
    static constexpr unsigned calls_per_second = 200;
    using request = clear_group_attr_request;
    using response = empty_response;
    static constexpr auto errors = join_errors(codes::attr_rows, codes::attr_write_rows);
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::clear_group_attr)

#endif
