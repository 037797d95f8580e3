#ifndef TIMREST_GROUP_CREATE_GROUP_HPP_INCLUDED
#define TIMREST_GROUP_CREATE_GROUP_HPP_INCLUDED

// v4/group_open_http_svc/create_group: create a group of any built-in type, optionally with an owner, members,
// a chosen GroupId and app-defined data. Doc: https://www.tencentcloud.com/document/product/1047/34895.
// 200 calls a second.
// - An AVChatRoom cannot be created with members (10007); the service says so, this declaration does not.
// - The page's field table lists AppMemberDefinedData at the top level, but every sample carries it inside a
//   MemberList entry; it is declared there only.
// - A member's Role: the page says "only Admin is available"; the value set is member_role, and the service
//   refuses Owner.
// - The page gives no bound for a custom GroupId (the Group System page says 48 bytes); none is declared.
// - InviteJoinOption and the permission-group fields appear in peers, not on the page; not declared.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_initial_members = 100;  // 10005 beyond

struct initial_member {
    required<user_id> Member_Account;
    std::optional<named<member_role>> Role{};
    std::optional<app_data> AppMemberDefinedData{};
};
BOOST_DESCRIBE_STRUCT(initial_member, (), (Member_Account, Role, AppMemberDefinedData))

struct create_group_request {
    required<named<group_type>> Type;
    required<nonempty_text<30>> Name;
    std::optional<user_id> Owner_Account{};
    std::optional<std::string> GroupId{};
    std::optional<text<240>> Introduction{};
    std::optional<text<300>> Notification{};
    std::optional<text<100>> FaceUrl{};
    std::optional<std::uint32_t> MaxMemberCount{};
    std::optional<named<join_option>> ApplyJoinOption{};
    std::optional<app_data> AppDefinedData{};
    optional_list<initial_member, 0, max_initial_members> MemberList{};
    std::optional<switch_flag> SupportTopic{};
};
BOOST_DESCRIBE_STRUCT(create_group_request, (),
                      (Type, Name, Owner_Account, GroupId, Introduction, Notification, FaceUrl, MaxMemberCount,
                       ApplyJoinOption, AppDefinedData, MemberList, SupportTopic))

struct create_group_response {
    std::string GroupId;
    std::optional<named<group_type>> Type{};      // topic-enabled communities
    std::optional<std::int32_t> HugeGroupFlag{};  // topic-enabled communities
};
BOOST_DESCRIBE_STRUCT(create_group_response, (), (GroupId, Type, HugeGroupFlag))

struct create_group {
    static constexpr std::string_view path = "v4/group_open_http_svc/create_group";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_initial_members;
    using request = create_group_request;
    using response = create_group_response;
    static constexpr auto errors =
        join_errors({codes::internal_error, codes::bad_command, codes::invalid_parameter, codes::too_frequent,
                     codes::no_permission, codes::bad_signature, codes::refused_by_webhook, codes::group_id_taken,
                     codes::group_id_yours, codes::too_many_av_groups, codes::member_import_limit, codes::free_quota},
                    {{10005, "more than 100 members in MemberList"},
                     {10037, "the owner has created or joined as many groups as the plan allows"}});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::create_group)

#endif
