#ifndef TIMREST_RECENTCONTACT_SEARCH_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_SEARCH_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/search_contact_group: group and mark data of up to 300 given conversations.
// Doc: https://trtc.io/document/53442.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

struct search_contact_group_request {
    required<user_id> From_Account;
    required<list<contact_item, 1, 300>> ContactItem;
};
BOOST_DESCRIBE_STRUCT(search_contact_group_request, (), (From_Account, ContactItem))

struct search_contact_group_response {
    std::vector<contact_info> ContactResultItem;
    std::vector<group_item> GroupItem;  // the user's groups, to resolve ContactGroupId to names
};
BOOST_DESCRIBE_STRUCT(search_contact_group_response, (), (ContactResultItem, GroupItem))

struct search_contact_group {
    static constexpr std::string_view path = "v4/recentcontact/search_contact_group";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    static constexpr bool idempotent = true;  // a read
    using request = search_contact_group_request;
    using response = search_contact_group_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::group_rows);
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::search_contact_group)

#endif
