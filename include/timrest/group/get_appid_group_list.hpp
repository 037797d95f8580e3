#ifndef TIMREST_GROUP_GET_APPID_GROUP_LIST_HPP_INCLUDED
#define TIMREST_GROUP_GET_APPID_GROUP_LIST_HPP_INCLUDED

// v4/group_open_http_svc/get_appid_group_list: one page of the IDs of the app's groups.
// Doc: https://www.tencentcloud.com/document/product/1047/34960. 1 call a second (the page's limit).
// Paged by Next: 0 on the first page, then the Next of the previous reply, until a reply's Next is 0.
// - The page lists BChatRoom among the GroupType values; group_type (group/common.hpp) has no BChatRoom, so it
//   is refused before sending.
// - Limit "cannot exceed 10,000" and defaults to it; 0 is not a page size, so Limit is 1..10000.

#include "timrest/core/paging.hpp"
#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct get_appid_group_list_request {
    std::optional<in_range<std::uint32_t, 1, 10000>> Limit{};
    std::optional<std::uint64_t> Next{};
    std::optional<named<group_type>> GroupType{};
};
BOOST_DESCRIBE_STRUCT(get_appid_group_list_request, (), (Limit, Next, GroupType))

struct get_appid_group_list_response {
    std::uint64_t TotalCount = 0;  // of the GroupType asked for, whatever the page
    std::vector<group_id_item> GroupIdList;
    std::uint64_t Next = 0;  // 0: the last page
};
BOOST_DESCRIBE_STRUCT(get_appid_group_list_response, (), (TotalCount, GroupIdList, Next))

struct get_appid_group_list {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_appid_group_list";
    static constexpr unsigned calls_per_second = 1;
    static constexpr bool idempotent = true;  // a read
    using request = get_appid_group_list_request;
    using response = get_appid_group_list_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::invalid_parameter, codes::no_permission,
                                               codes::reply_too_large};
    static constexpr auto paging =
        timrest::paging(complete_when(&response::Next, std::uint64_t{0}), cursor(&response::Next, &request::Next));
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_appid_group_list)

#endif
