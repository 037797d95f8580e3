#ifndef TIMREST_GROUP_ATTR_DELETE_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_DELETE_GROUP_ATTR_HPP_INCLUDED

// v4/group_open_http_svc/delete_group_attr: removes the named custom attributes of a group.
// Doc: https://www.tencentcloud.com/document/product/1047/59499 (not among the stored pages; read through the
// search index). 200 calls a second.
// The page gives no bound on GroupAttr's length; a group holds at most 16 attributes, so 1 to 16 names are
// accepted. Naming a key the group does not have fails with 10050. Its error table has no 10046-10048.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct delete_group_attr_request {
    required<std::string> GroupId;
    required<list<attr_name, 1, max_attrs>> GroupAttr;
};
BOOST_DESCRIBE_STRUCT(delete_group_attr_request, (), (GroupId, GroupAttr))

struct delete_group_attr {
    static constexpr std::string_view path = "v4/group_open_http_svc/delete_group_attr";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_attrs;
    using request = delete_group_attr_request;
    using response = empty_response;
    static constexpr auto errors = join_errors(codes::attr_rows, {codes::key_too_long, codes::write_too_often,
                                                                  codes::attr_not_found});
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::delete_group_attr)

#endif
