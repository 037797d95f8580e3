#ifndef TIMREST_GROUP_MSG_SEND_GROUP_MSG_HPP_INCLUDED
#define TIMREST_GROUP_MSG_SEND_GROUP_MSG_HPP_INCLUDED

// v4/group_open_http_svc/send_group_msg: send an ordinary message in a group, as the admin or as a member.
// Doc: https://www.tencentcloud.com/document/product/1047/34959. 200 calls a second (and, by the Use Limits
// page, at most 40 messages a second per group: beyond, the reply says MsgDropReason "MsgFreqCtrl").
// The reply's MsgSeq names the message for recall, modification, receipts and extensions.
// Pages disagree or say nothing:
// - GroupAtInfo is in the page's @-message sample but not in its field table; it is declared.
// - NeedReadReceipt (in SDKs) is on neither page; not declared.
// - MsgPriority: the page names High, Normal and Low; group::msg_priority also has Lowest, which the history
//   reply (priority 4) shows exists. The value set is declared as is.
// - SendMsgControl takes NoLastMsg and NoUnread here; openim::send_msg_control is reused, so its third
//   value (WithMuteNotifications) is not refused before sending.
// - "SendMsgControl cannot be used with OnlineOnlyFlag 1" and "To_Account only in the Ultimate edition" are the
//   service's to check; no rule is declared.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::size_t max_targeted_recipients = 50;

/// One @-mention: GroupAtAllFlag 1 mentions everyone (not in AVChatRoom groups), 0 the member GroupAt_Account.
struct group_at {
    in_range<std::int32_t, 0, 1> GroupAtAllFlag{};
    std::optional<user_id> GroupAt_Account{};
};
BOOST_DESCRIBE_STRUCT(group_at, (), (GroupAtAllFlag, GroupAt_Account))

struct send_group_msg_request {
    required<std::string> GroupId;
    required<std::uint32_t> Random;  // deduplicates: the same content and Random within five minutes is dropped
    required<msg::body> MsgBody;
    std::optional<named<group::msg_priority>> MsgPriority{};  // Normal when absent
    std::optional<user_id> From_Account{};                    // the admin when absent; must exist
    std::optional<msg::offline_push_info> OfflinePushInfo{};
    std::optional<std::vector<named<openim::forbid_callback>>> ForbidCallbackControl{};
    std::optional<switch_flag> OnlineOnlyFlag{};  // 1: online members only, not stored (not for AVChatRoom)
    std::optional<std::vector<named<openim::send_msg_control>>> SendMsgControl{};
    std::optional<std::string> CloudCustomData{};
    std::optional<switch_flag> SupportMessageExtension{};
    optional_list<user_id, 1, max_targeted_recipients> To_Account{};  // only these members receive it; no unread count
    std::optional<std::string> TopicId{};  // a topic of a Community group
    std::optional<std::vector<group_at>> GroupAtInfo{};  // in the order of the @s in the text
};
BOOST_DESCRIBE_STRUCT(send_group_msg_request, (),
                      (GroupId, Random, MsgBody, MsgPriority, From_Account, OfflinePushInfo, ForbidCallbackControl,
                       OnlineOnlyFlag, SendMsgControl, CloudCustomData, SupportMessageExtension, To_Account, TopicId,
                       GroupAtInfo))

struct send_group_msg_response {
    std::int64_t MsgTime = 0;  // Unix seconds, the server's
    std::uint64_t MsgSeq = 0;
    std::optional<std::string> MsgDropReason{};  // "MsgFreqCtrl" when the group's frequency limit dropped it
};
BOOST_DESCRIBE_STRUCT(send_group_msg_response, (), (MsgTime, MsgSeq, MsgDropReason))

struct send_group_msg {
    static constexpr std::string_view path = "v4/group_open_http_svc/send_group_msg";
    static constexpr unsigned calls_per_second = 200;
    using request = send_group_msg_request;
    using response = send_group_msg_response;
    static constexpr service_error errors[] = {
        codes::internal_error,      codes::invalid_parameter, codes::no_permission,     codes::group_not_found,
        codes::bad_group_id,        codes::refused_by_callback, codes::sender_muted,    codes::send_rate_limited,
        codes::msg_too_long,
    };
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::send_group_msg)

#endif
