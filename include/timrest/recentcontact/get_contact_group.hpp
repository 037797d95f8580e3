#ifndef TIMREST_RECENTCONTACT_GET_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_GET_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/get_contact_group: one page of all a user's group and mark data.
// Doc: https://www.tencentcloud.com/zh/document/product/1047/53440. StartIndex is 0 on the first
// page, then the previous reply's NextStartIndex, until CompleteFlag is 1.

#include "timrest/core/paging.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

struct get_contact_group_request {
    required<user_id> From_Account;
    std::int64_t StartIndex = 0;
};
BOOST_DESCRIBE_STRUCT(get_contact_group_request, (), (From_Account, StartIndex))

struct get_contact_group_response {
    std::vector<contact_info> ContactItem;
    std::vector<group_item> GroupItem;
    std::int32_t CompleteFlag = 0;  // 1 = this is the last page
    std::int64_t NextStartIndex = 0;
};
BOOST_DESCRIBE_STRUCT(get_contact_group_response, (), (ContactItem, GroupItem, CompleteFlag, NextStartIndex))

struct get_contact_group {
    static constexpr std::string_view path = "v4/recentcontact/get_contact_group";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    static constexpr bool idempotent = true;  // a read
    using request = get_contact_group_request;
    using response = get_contact_group_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::group_rows);
    static constexpr auto paging = timrest::paging(complete_when(&response::CompleteFlag, 1),
                                                   cursor(&response::NextStartIndex, &request::StartIndex));
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::get_contact_group)

#endif
