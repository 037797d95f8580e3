#ifndef TIMREST_RECENTCONTACT_CREATE_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_CREATE_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/create_contact_group: create a conversation group and put conversations in it.
// Doc: https://www.tencentcloud.com/document/product/1047/53437. Names are at most 32 bytes, and
// the service takes one group per call.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

#include <vector>

namespace timrest::recentcontact {

struct group_contact_item {
    required<nonempty_text<32>> GroupName;
    list<contact_item> ContactItem{};  // always sent; may be empty
};
BOOST_DESCRIBE_STRUCT(group_contact_item, (), (GroupName, ContactItem))

struct create_contact_group_request {
    required<user_id> From_Account;
    required<exactly<group_contact_item, 1>> GroupContactItem;  // "currently only one element is supported"
};
BOOST_DESCRIBE_STRUCT(create_contact_group_request, (), (From_Account, GroupContactItem))

struct group_result_item {
    group_item GroupItem;
    std::vector<contact_result_item> ResultItem;
};
BOOST_DESCRIBE_STRUCT(group_result_item, (), (GroupItem, ResultItem))

struct create_contact_group_response {
    std::vector<group_result_item> GroupResultItem;
};
BOOST_DESCRIBE_STRUCT(create_contact_group_response, (), (GroupResultItem))

struct create_contact_group {
    static constexpr std::string_view path = "v4/recentcontact/create_contact_group";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = create_contact_group_request;
    using response = create_contact_group_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::group_rows);
};

}  // namespace timrest::recentcontact

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::create_contact_group)

#endif
