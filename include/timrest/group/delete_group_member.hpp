#ifndef TIMREST_GROUP_DELETE_GROUP_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_DELETE_GROUP_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/delete_group_member: remove up to 100 members from a group.
// Doc: https://www.tencentcloud.com/document/product/1047/34949. 200 calls a second. Succeeds for users who are
// not members. An AVChatRoom answers 10004 (mute its members instead).

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_deleted_members = 100;

struct delete_group_member_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_deleted_members>> MemberToDel_Account;
    std::optional<switch_flag> Silence{};
    std::optional<std::string> Reason{};  // shown in the notification
};
BOOST_DESCRIBE_STRUCT(delete_group_member_request, (), (GroupId, MemberToDel_Account, Silence, Reason))

struct delete_group_member_response {};
BOOST_DESCRIBE_STRUCT(delete_group_member_response, (), ())

struct delete_group_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/delete_group_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_deleted_members;
    using request = delete_group_member_request;
    using response = delete_group_member_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::delete_group_member)

#endif
