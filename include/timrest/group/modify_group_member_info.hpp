#ifndef TIMREST_GROUP_MODIFY_GROUP_MEMBER_INFO_HPP_INCLUDED
#define TIMREST_GROUP_MODIFY_GROUP_MEMBER_INFO_HPP_INCLUDED

// v4/group_open_http_svc/modify_group_member_info: change a member's role, message flag, name card, app-defined
// data or mute. Doc: https://www.tencentcloud.com/document/product/1047/34900. 200 calls a second.
// Role takes Admin or Member (the owner's role cannot change; the service refuses Owner). MuteTime is seconds,
// 0 unmutes; Private groups cannot mute. AVChatRoom keeps no member profiles.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct modify_group_member_info_request {
    required<std::string> GroupId;
    required<user_id> Member_Account;
    std::optional<named<member_role>> Role{};
    std::optional<named<msg_flag>> MsgFlag{};
    std::optional<text<50>> NameCard{};
    std::optional<app_data> AppMemberDefinedData{};
    std::optional<std::uint32_t> MuteTime{};
};
BOOST_DESCRIBE_STRUCT(modify_group_member_info_request, (),
                      (GroupId, Member_Account, Role, MsgFlag, NameCard, AppMemberDefinedData, MuteTime))

struct modify_group_member_info_response {};
BOOST_DESCRIBE_STRUCT(modify_group_member_info_response, (), ())

struct modify_group_member_info {
    static constexpr std::string_view path = "v4/group_open_http_svc/modify_group_member_info";
    static constexpr unsigned calls_per_second = 200;
    using request = modify_group_member_info_request;
    using response = modify_group_member_info_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::modify_group_member_info)

#endif
