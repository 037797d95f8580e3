#ifndef TIMREST_AVCHATROOM_MODIFY_USER_INFO_HPP_INCLUDED
#define TIMREST_AVCHATROOM_MODIFY_USER_INFO_HPP_INCLUDED

// v4/group_open_avchatroom_http_svc/modify_user_info: sets (CommandType 1) or removes (2) marks of live-group
// members. Doc: the stored page /work/shared/spec/docs/group_open_avchatroom_http_svc.modify_user_info.b1.md
// ("Setting Audio-Video Group Member Marks"); its number is not known (the inventory marks it unverified).
// 200 calls a second.
// 1 to 500 members a call. "Up to 10 different marks can be set for each group": a member's Marks is bounded
// by 10 here, the group-wide count is left to the service. A mark is at least 1,000, or the preset 500 or 600
// (app admin only). The page's request samples end MemberList with a trailing comma, read as written. The reply
// lists the members whose marks were set; offline members are left out, and the call fails when all are.

#include "timrest/avchatroom/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::avchatroom {

inline constexpr std::size_t max_marked_members = 500;

struct member_marks {
    required<user_id> Member_Account;
    required<list<mark, 1, max_marks>> Marks;
};
BOOST_DESCRIBE_STRUCT(member_marks, (), (Member_Account, Marks))

struct modify_user_info_request {
    required<std::string> GroupId;
    required<one_of<command_type>> CommandType;
    required<list<member_marks, 1, max_marked_members>> MemberList;
};
BOOST_DESCRIBE_STRUCT(modify_user_info_request, (), (GroupId, CommandType, MemberList))

struct marked_member {
    std::string Member_Account;
    std::vector<std::uint32_t> Marks;
};
BOOST_DESCRIBE_STRUCT(marked_member, (), (Member_Account, Marks))

struct modify_user_info_response {
    one_of<command_type> CommandType{};
    std::vector<marked_member> MemberList;
};
BOOST_DESCRIBE_STRUCT(modify_user_info_response, (), (CommandType, MemberList))

struct modify_user_info {
    static constexpr std::string_view path = "v4/group_open_avchatroom_http_svc/modify_user_info";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_marked_members;
    using request = modify_user_info_request;
    using response = modify_user_info_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::not_owner});
};

}  // namespace timrest::avchatroom

TIMREST_COMPILED_ENDPOINT(timrest::avchatroom::modify_user_info)

#endif
