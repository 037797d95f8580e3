#ifndef TIMREST_GROUP_GET_SPECIFIED_GROUP_MEMBER_INFO_HPP_INCLUDED
#define TIMREST_GROUP_GET_SPECIFIED_GROUP_MEMBER_INFO_HPP_INCLUDED

// v4/group_open_http_svc/get_specified_group_member_info: the profiles of up to 50 named members of a group.
// Doc: https://www.tencentcloud.com/document/product/1047/64897. 200 calls a second. Not for AVChatRoom.
// The page is not in the spec folder; what was read of it (through the search tool's excerpts) gives the request
// (GroupId, Member_List_Account up to 50, MemberInfoFilter with OnlineStatus, MemberRoleFilter,
// AppDefinedDataFilter_GroupMember) but not its reply or error table. The reply is declared as
// get_group_member_info's (MemberList of member profiles, MemberNum) and the errors as the family's usual rows;
// both are assumptions to check against the page.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_specified_members = 50;

struct get_specified_group_member_info_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_specified_members>> Member_List_Account;
    member_info_filter MemberInfoFilter{};
    role_filter MemberRoleFilter{};
    key_filter AppDefinedDataFilter_GroupMember{};
};
BOOST_DESCRIBE_STRUCT(get_specified_group_member_info_request, (),
                      (GroupId, Member_List_Account, MemberInfoFilter, MemberRoleFilter,
                       AppDefinedDataFilter_GroupMember))

struct get_specified_group_member_info_response {
    std::optional<std::uint32_t> MemberNum{};
    std::vector<member_info> MemberList;
};
BOOST_DESCRIBE_STRUCT(get_specified_group_member_info_response, (), (MemberNum, MemberList))

struct get_specified_group_member_info {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_specified_group_member_info";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_specified_members;
    using request = get_specified_group_member_info_request;
    using response = get_specified_group_member_info_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_specified_group_member_info)

#endif
