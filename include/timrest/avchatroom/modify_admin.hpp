#ifndef TIMREST_AVCHATROOM_MODIFY_ADMIN_HPP_INCLUDED
#define TIMREST_AVCHATROOM_MODIFY_ADMIN_HPP_INCLUDED

// v4/group_open_avchatroom_http_svc/modify_admin: makes users administrators of a live group (CommandType 1) or
// revokes it (2). Doc: https://www.tencentcloud.com/document/product/1047/60525 (not among the stored pages; read
// through the search index, whose copies show no call frequency and cut the error table after 10004: the rest
// is taken as the other live-group pages give it; no frequency is declared).
// A live group has at most 5 administrators, so 1 to 5 accounts a call. An administrator need not be in the
// group and stays one after leaving and rejoining, until revoked.

#include "timrest/avchatroom/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::avchatroom {

inline constexpr std::size_t max_admins = 5;

struct modify_admin_request {
    required<std::string> GroupId;
    required<one_of<command_type>> CommandType;
    required<list<user_id, 1, max_admins>> Admin_Account;
};
BOOST_DESCRIBE_STRUCT(modify_admin_request, (), (GroupId, CommandType, Admin_Account))

struct modify_admin_response {};
BOOST_DESCRIBE_STRUCT(modify_admin_response, (), ())

struct modify_admin {
    static constexpr std::string_view path = "v4/group_open_avchatroom_http_svc/modify_admin";
    static constexpr std::size_t max_batch = max_admins;
    using request = modify_admin_request;
    using response = modify_admin_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::not_live_group});
};

}  // namespace timrest::avchatroom

TIMREST_COMPILED_ENDPOINT(timrest::avchatroom::modify_admin)

#endif
