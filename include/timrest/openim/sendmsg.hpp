#ifndef TIMREST_OPENIM_SENDMSG_HPP_INCLUDED
#define TIMREST_OPENIM_SENDMSG_HPP_INCLUDED

// v4/openim/sendmsg: send a one-to-one message, as the admin or as another user.
// Doc: https://www.tencentcloud.com/document/product/1047/34919. 200 calls a second.
// The service checks neither friendship, blocklists nor muting. MsgRandom deduplicates within a second, so give
// each message its own. Not idempotent: a resend after a timeout may deliver the message twice.
// The page's field table has no MsgTimeStamp, OnlineOnlyFlag or ForbidCallbackControl rows, but its second
// sample sends ForbidCallbackControl; it is declared, the other two are not.

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

struct sendmsg_request {
    required<user_id> To_Account;
    required<std::uint32_t> MsgRandom;  // the caller's random number, for deduplication
    required<msg::body> MsgBody;
    std::optional<one_of<sync_other_machine>> SyncOtherMachine{};
    std::optional<user_id> From_Account{};  // the admin when absent
    std::optional<msg_life_time> MsgLifeTime{};
    std::optional<std::uint32_t> MsgSeq{};
    std::optional<std::vector<named<forbid_callback>>> ForbidCallbackControl{};
    std::optional<std::vector<named<send_msg_control>>> SendMsgControl{};
    std::optional<std::string> CloudCustomData{};
    std::optional<switch_flag> SupportMessageExtension{};
    std::optional<msg::offline_push_info> OfflinePushInfo{};
    std::optional<switch_flag> IsNeedReadReceipt{};
};
BOOST_DESCRIBE_STRUCT(sendmsg_request, (),
                      (To_Account, MsgRandom, MsgBody, SyncOtherMachine, From_Account, MsgLifeTime, MsgSeq,
                       ForbidCallbackControl, SendMsgControl, CloudCustomData, SupportMessageExtension,
                       OfflinePushInfo, IsNeedReadReceipt))

struct sendmsg_response {
    std::int64_t MsgTime = 0;  // Unix seconds
    std::string MsgKey;        // names the message to recall, modify or extend it; at most 50 characters
};
BOOST_DESCRIBE_STRUCT(sendmsg_response, (), (MsgTime, MsgKey))

struct sendmsg {
    static constexpr std::string_view path = "v4/openim/sendmsg";
    static constexpr unsigned calls_per_second = 200;
    using request = sendmsg_request;
    using response = sendmsg_response;
    static constexpr service_error errors[] = {
        codes::invalid_request,   codes::usersig_expired,      codes::bad_user,        codes::network_error,
        codes::server_error,      codes::refused_by_callback,  codes::bad_json,        codes::bad_msg_body,
        codes::bad_to_account,    codes::bad_msg_random,       codes::msg_body_not_array, codes::admin_required,
        codes::bad_msg_format,    codes::recipient_not_found,  codes::bad_life_time,   codes::bad_sync_other_machine,
        codes::bad_msg_life_time, codes::internal_error,       codes::callback_or_internal, codes::body_too_large,
        codes::account_missing,
    };
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::sendmsg)

#endif
