#ifndef TIMREST_GROUP_SHARED_HPP_INCLUDED
#define TIMREST_GROUP_SHARED_HPP_INCLUDED

// What the endpoints of the `group` family (groups, members, muting and bans under v4/group_open_http_svc) share
// beyond group/common.hpp: the error rows their pages repeat, the field names their ResponseFilter lists take,
// and a member's profile as get_group_info, get_group_member_info and get_specified_group_member_info return it.
// Declarations only. (Shared rows would sit in group/common.hpp, which the lead owns; see the report.)
//
// Field-name filters: the pages' samples and the Group System page (1047/33529) name the basic-information
// fields (GroupBaseInfoFilter) and the member fields (MemberInfoFilter, SelfInfoFilter). get_group_info's sample
// asks for "Account" where get_group_member_info's text says Member_Account is always included; both names are
// accepted. OnlineStatus comes from get_specified_group_member_info's page.

#include "timrest/group/common.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::group {

/// A field name of GroupBaseInfoFilter: the basic group information to return.
enum class base_info_field {
    Type,
    Name,
    Introduction,
    Notification,
    FaceUrl,
    CreateTime,
    Owner_Account,
    LastInfoTime,
    LastMsgTime,
    NextMsgSeq,
    MemberNum,
    MaxMemberNum,
    ApplyJoinOption,
    MuteAllMember
};
BOOST_DESCRIBE_ENUM(base_info_field, Type, Name, Introduction, Notification, FaceUrl, CreateTime, Owner_Account,
                    LastInfoTime, LastMsgTime, NextMsgSeq, MemberNum, MaxMemberNum, ApplyJoinOption, MuteAllMember)

/// A field name of MemberInfoFilter and SelfInfoFilter: the member information to return.
enum class member_info_field {
    Account,
    Member_Account,
    Role,
    JoinTime,
    MsgSeq,
    MsgFlag,
    LastSendMsgTime,
    MuteUntil,
    NameCard,
    OnlineStatus
};
BOOST_DESCRIBE_ENUM(member_info_field, Account, Member_Account, Role, JoinTime, MsgSeq, MsgFlag, LastSendMsgTime,
                    MuteUntil, NameCard, OnlineStatus)

/// MsgFlag: how a member receives the group's messages.
enum class msg_flag { AcceptAndNotify, Discard, AcceptNotNotify };
BOOST_DESCRIBE_ENUM(msg_flag, AcceptAndNotify, Discard, AcceptNotNotify)

/// MuteAllMember: "On" mutes everyone but the owner, the admins and the app admin.
enum class mute_all { On, Off };
BOOST_DESCRIBE_ENUM(mute_all, On, Off)

/// A 0/1 switch (Silence, SupportTopic, WithHugeGroups, WithNoActiveGroups).
using switch_flag = in_range<std::int32_t, 0, 1>;

/// Optional lists of field names or app-defined keys.
using base_info_filter = std::optional<std::vector<named<base_info_field>>>;
using member_info_filter = std::optional<std::vector<named<member_info_field>>>;
using role_filter = std::optional<std::vector<named<member_role>>>;
using key_filter = std::optional<std::vector<std::string>>;

/// A member's profile in a reply. Member_Account is always there; the rest as the filters asked.
struct member_info {
    std::string Member_Account;
    std::optional<named<member_role>> Role{};
    std::optional<std::int64_t> JoinTime{};
    std::optional<std::uint64_t> MsgSeq{};
    std::optional<named<msg_flag>> MsgFlag{};
    std::optional<std::int64_t> LastSendMsgTime{};
    std::optional<std::int64_t> MuteUntil{};  // 0: not muted; else when the mute ends (seconds since the epoch)
    std::optional<std::string> NameCard{};
    std::optional<std::string> OnlineStatus{};
    std::optional<app_data> AppMemberDefinedData{};
};
BOOST_DESCRIBE_STRUCT(member_info, (),
                      (Member_Account, Role, JoinTime, MsgSeq, MsgFlag, LastSendMsgTime, MuteUntil, NameCard,
                       OnlineStatus, AppMemberDefinedData))

/// A group's ID in GroupIdList replies.
struct group_id_item {
    std::string GroupId;
};
BOOST_DESCRIBE_STRUCT(group_id_item, (), (GroupId))

namespace codes {
inline constexpr service_error internal_error{10002, "internal server error; try again", true};
inline constexpr service_error bad_command{10003, "invalid request command word"};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; the ErrorInfo says which"};
inline constexpr service_error too_frequent{10006,
                                            "over the frequency limit (too many groups created in a day, or "
                                            "the app's group list pulled too often)"};
inline constexpr service_error no_permission{10007,
                                             "no permission: not the app admin, or the group type does not "
                                             "allow the operation"};
inline constexpr service_error bad_signature{10008, "invalid request: its signature did not verify; try again", true};
inline constexpr service_error no_such_group{10010, "the group does not exist or has been disbanded"};
inline constexpr service_error group_full{10014, "the group is full (MaxMemberNum)"};
inline constexpr service_error bad_group_id{10015, "invalid group ID"};
inline constexpr service_error refused_by_webhook{10016, "the app's before-callback refused the operation"};
inline constexpr service_error reply_too_large{10018, "the reply would exceed 1 MB; ask for less at a time"};
inline constexpr service_error user_not_found{10019, "a Member_Account does not exist"};
inline constexpr service_error group_id_taken{10021, "the group ID is used by someone else"};
inline constexpr service_error group_id_yours{10025, "you already use this group ID; disband that group first"};
inline constexpr service_error command_disabled{10026, "this command is disabled for the SDKAppID"};
inline constexpr service_error too_many_av_groups{10036, "too many audio-video groups (AVChatRoom)"};
inline constexpr service_error member_import_limit{10038, "more members than the plan allows"};
inline constexpr service_error free_quota{10058, "the Free Edition's 100 groups are used up"};

/// The rows nearly every page of the family lists: 10002, 10003, 10004, 10007, 10010, 10015.
inline constexpr service_error group_rows[] = {internal_error, bad_command,   invalid_parameter,
                                               no_permission,  no_such_group, bad_group_id};
/// The rows of the audio-video ban pages: 10002, 10003, 10004, 10007.
inline constexpr service_error ban_rows[] = {internal_error, bad_command, invalid_parameter, no_permission};
}  // namespace codes

}  // namespace timrest::group

#endif
