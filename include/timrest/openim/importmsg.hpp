#ifndef TIMREST_OPENIM_IMPORTMSG_HPP_INCLUDED
#define TIMREST_OPENIM_IMPORTMSG_HPP_INCLUDED

// v4/openim/importmsg: import one one-to-one message from another system into the history, in time order.
// Doc: https://www.tencentcloud.com/document/product/1047/35014. 200 calls a second.
// No callback fires. Messages with the same MsgSeq, MsgRandom and MsgTimeStamp (either direction) are duplicates,
// whatever their content, and a later import does not overwrite an earlier one.
// Pages disagree: the 2020 page had SyncFromOldSystem 1 (real time, unread) and 2 (history), no MsgSeq and no
// CloudCustomData, and deduplicated on From_Account, To_Account, MsgRandom and MsgTimeStamp; the current page has
// 2 (history: read, not pushed) and 5 (real time: unread, pushed), MsgSeq and CloudCustomData. Declared as the
// current page says; 1 is refused before sending. Its error table lists 90011 (more than 500 recipients) and 90026
// (offline retention), which cannot arise from this request; they are kept, as the page lists them.

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

/// SyncFromOldSystem: how an imported message arrives.
enum class sync_from_old_system : std::int32_t {
    history = 2,   ///< historical: marked read, not pushed
    realtime = 5,  ///< real time: marked unread, pushed to the client
};
BOOST_DESCRIBE_ENUM(sync_from_old_system, history, realtime)

struct importmsg_request {
    required<one_of<sync_from_old_system>> SyncFromOldSystem;
    required<user_id> From_Account;
    required<user_id> To_Account;
    required<std::uint32_t> MsgRandom;
    required<std::int64_t> MsgTimeStamp;  // Unix seconds: when the message was sent
    required<msg::body> MsgBody;
    std::optional<std::uint32_t> MsgSeq{};  // orders messages of the same second; random when absent
    std::optional<std::string> CloudCustomData{};
};
BOOST_DESCRIBE_STRUCT(importmsg_request, (),
                      (SyncFromOldSystem, From_Account, To_Account, MsgRandom, MsgTimeStamp, MsgBody, MsgSeq,
                       CloudCustomData))

struct importmsg_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(importmsg_response, (), ())

struct importmsg {
    static constexpr std::string_view path = "v4/openim/importmsg";
    static constexpr unsigned calls_per_second = 200;
    using request = importmsg_request;
    using response = importmsg_response;
    static constexpr service_error errors[] = {
        codes::bad_json,          codes::bad_msg_body,        codes::bad_to_account,      codes::bad_msg_random,
        codes::bad_msg_timestamp, codes::msg_body_not_array,  codes::bad_from_account,    codes::admin_required,
        codes::bad_msg_format,    codes::too_many_recipients, codes::recipient_not_found, codes::bad_life_time,
        codes::bad_sync_from_old_system, codes::account_missing, codes::callback_or_internal, codes::internal_error,
        codes::body_too_large,
    };
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::importmsg)

#endif
