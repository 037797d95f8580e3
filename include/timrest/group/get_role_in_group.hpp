#ifndef TIMREST_GROUP_GET_ROLE_IN_GROUP_HPP_INCLUDED
#define TIMREST_GROUP_GET_ROLE_IN_GROUP_HPP_INCLUDED

// v4/group_open_http_svc/get_role_in_group: the roles of up to 500 users in a group (NotMember for outsiders).
// Doc: https://www.tencentcloud.com/document/product/1047/34963. 200 calls a second. Not for AVChatRoom (10007).
// - This page gives 10015 as "failed to parse the JSON packet", where the family's other pages say "invalid
//   group ID"; this endpoint's row keeps its page's words.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_role_queries = 500;

struct get_role_in_group_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_role_queries>> User_Account;
};
BOOST_DESCRIBE_STRUCT(get_role_in_group_request, (), (GroupId, User_Account))

/// A user's Role in get_role_in_group's reply: member_role's values, or NotMember.
enum class role_in_group { Owner, Admin, Member, NotMember };
BOOST_DESCRIBE_ENUM(role_in_group, Owner, Admin, Member, NotMember)

struct user_role {
    std::string Member_Account;
    named<role_in_group> Role{};
};
BOOST_DESCRIBE_STRUCT(user_role, (), (Member_Account, Role))

struct get_role_in_group_response {
    std::vector<user_role> UserIdList;
};
BOOST_DESCRIBE_STRUCT(get_role_in_group_response, (), (UserIdList))

struct get_role_in_group {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_role_in_group";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_role_queries;
    using request = get_role_in_group_request;
    using response = get_role_in_group_response;
    static constexpr service_error errors[] = {
        codes::internal_error, codes::bad_command,   codes::invalid_parameter,
        codes::no_permission,  codes::no_such_group, {10015, "the JSON packet could not be parsed"}};
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_role_in_group)

#endif
