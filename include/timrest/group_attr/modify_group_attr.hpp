#ifndef TIMREST_GROUP_ATTR_MODIFY_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_MODIFY_GROUP_ATTR_HPP_INCLUDED

// v4/group_open_http_svc/modify_group_attr: adds or changes custom attributes of a group; keys not named keep
// their values. Doc: https://www.tencentcloud.com/document/product/1047/44188. 200 calls a second; the
// attributes of one group may be written at most 5 times a second (10049).
// The page's sample separates its two attributes with a full-width comma (U+FF0C), which is not JSON; the
// golden test reads it with an ASCII comma. GroupAttr is required and holds 1 to 16 attributes.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct modify_group_attr_request {
    required<std::string> GroupId;
    required<list<attr, 1, max_attrs>> GroupAttr;
};
BOOST_DESCRIBE_STRUCT(modify_group_attr_request, (), (GroupId, GroupAttr))

struct modify_group_attr {
    static constexpr std::string_view path = "v4/group_open_http_svc/modify_group_attr";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_attrs;
    using request = modify_group_attr_request;
    using response = empty_response;
    static constexpr auto errors = join_errors(codes::attr_rows, codes::attr_write_rows);
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::modify_group_attr)

#endif
