#ifndef TIMREST_RECENTCONTACT_DEL_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_DEL_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/del_contact_group: delete a user's conversation group.
// Doc: https://www.tencentcloud.com/document/product/1047/53441.
// That page allows group names of up to 64 bytes (its 51011 row), while create and rename allow 32: a group
// created elsewhere with a longer name must still be deletable, so the bound here follows this page.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

struct del_contact_group_request {
    required<user_id> From_Account;
    required<exactly<nonempty_text<64>, 1>> GroupName;  // "only one conversation group can be deleted at a time"
};
BOOST_DESCRIBE_STRUCT(del_contact_group_request, (), (From_Account, GroupName))

struct del_contact_group_response {
    std::vector<group_item> GroupItem;  // the deleted group
};
BOOST_DESCRIBE_STRUCT(del_contact_group_response, (), (GroupItem))

struct del_contact_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = del_contact_group_request;
    using response = del_contact_group_response;
    static constexpr service_error errors[] = {
        codes::user_not_imported,
        codes::invalid_parameter,
        codes::admin_required,
        codes::internal_error,
        codes::network_timeout,
        codes::bad_mark_batch,
        codes::group_id_conversion,
        codes::too_many_grouped,
        {51009, "the conversation group was not found; check the group name"},
        codes::too_many_groups,
        {51011, "the conversation group name is longer than 64 bytes"},
        codes::too_many_pinned,
        codes::edition_required,
    };
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::del_contact_group)

#endif
