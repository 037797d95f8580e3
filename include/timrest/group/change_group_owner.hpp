#ifndef TIMREST_GROUP_CHANGE_GROUP_OWNER_HPP_INCLUDED
#define TIMREST_GROUP_CHANGE_GROUP_OWNER_HPP_INCLUDED

// v4/group_open_http_svc/change_group_owner: make a member the group's owner (also for a group without one).
// Doc: https://www.tencentcloud.com/document/product/1047/34966. 200 calls a second. The new owner must be a
// member; an AVChatRoom's ownership cannot move (10007).

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct change_group_owner_request {
    required<std::string> GroupId;
    required<user_id> NewOwner_Account;
};
BOOST_DESCRIBE_STRUCT(change_group_owner_request, (), (GroupId, NewOwner_Account))

struct change_group_owner_response {};
BOOST_DESCRIBE_STRUCT(change_group_owner_response, (), ())

struct change_group_owner {
    static constexpr std::string_view path = "v4/group_open_http_svc/change_group_owner";
    static constexpr unsigned calls_per_second = 200;
    using request = change_group_owner_request;
    using response = change_group_owner_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::invalid_parameter, codes::no_permission,
                                               codes::no_such_group, codes::bad_group_id};
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::change_group_owner)

#endif
