#ifndef TIMREST_OPENIM_BATCHSENDMSG_HPP_INCLUDED
#define TIMREST_OPENIM_BATCHSENDMSG_HPP_INCLUDED

// v4/openim/batchsendmsg: send one one-to-one message to up to 500 users.
// Doc: https://www.tencentcloud.com/document/product/1047/34920. The page states no frequency limit; 200 a
// second, the limit of its sister sendmsg, is declared so that pacing keeps bulk jobs safe.
// The call succeeds (ErrorCode 0, ActionStatus "SomeError") when some recipients fail: ErrorList names them,
// and item_failures() reports each. No callbacks fire. To keep a message out of unread counts and storage, the
// 2024 page says MsgLifeTime 1 and the 2023 page said 0.

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

inline constexpr std::size_t max_recipients = 500;  // 90011 beyond

struct batchsendmsg_request {
    required<list<user_id, 1, max_recipients>> To_Account;
    required<std::uint32_t> MsgRandom;
    required<msg::body> MsgBody;
    std::optional<one_of<sync_other_machine>> SyncOtherMachine{};
    std::optional<user_id> From_Account{};
    std::optional<std::uint32_t> MsgSeq{};
    std::optional<msg_life_time> MsgLifeTime{};
    std::optional<std::string> CloudCustomData{};
    std::optional<std::vector<named<send_msg_control>>> SendMsgControl{};
    std::optional<msg::offline_push_info> OfflinePushInfo{};
    std::optional<switch_flag> IsNeedReadReceipt{};
};
BOOST_DESCRIBE_STRUCT(batchsendmsg_request, (),
                      (To_Account, MsgRandom, MsgBody, SyncOtherMachine, From_Account, MsgSeq, MsgLifeTime,
                       CloudCustomData, SendMsgControl, OfflinePushInfo, IsNeedReadReceipt))

/// A recipient the message did not reach (70107: the account does not exist).
struct recipient_error {
    std::string To_Account;
    std::int32_t ErrorCode = 0;
};
BOOST_DESCRIBE_STRUCT(recipient_error, (), (To_Account, ErrorCode))

struct batchsendmsg_response {
    std::string MsgKey;
    std::vector<recipient_error> ErrorList{};
};
BOOST_DESCRIBE_STRUCT(batchsendmsg_response, (), (MsgKey, ErrorList))

struct batchsendmsg {
    static constexpr std::string_view path = "v4/openim/batchsendmsg";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_recipients;
    using request = batchsendmsg_request;
    using response = batchsendmsg_response;
    static constexpr service_error errors[] = {
        codes::account_not_found, codes::server_timeout,      codes::bad_json,           codes::bad_msg_body,
        codes::msg_body_not_array, codes::bad_from_account,   codes::admin_required,     codes::bad_msg_format,
        codes::too_many_recipients, codes::recipient_not_found, codes::bad_life_time,    codes::account_missing,
        codes::callback_or_internal, codes::internal_error,   codes::body_too_large,
    };
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::batchsendmsg)

#endif
