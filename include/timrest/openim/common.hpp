#ifndef TIMREST_OPENIM_COMMON_HPP_INCLUDED
#define TIMREST_OPENIM_COMMON_HPP_INCLUDED

// What the v4/openim one-to-one message endpoints share: the value sets of their send options and the error
// rows their pages repeat. Declarations only.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/message/elements.hpp"
#include "timrest/message/offline_push.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace timrest::openim {

/// SyncOtherMachine: whether the sender's own devices and roaming store get the message too.
enum class sync_other_machine : std::int32_t { sync = 1, no_sync = 2 };
BOOST_DESCRIBE_ENUM(sync_other_machine, sync, no_sync)

/// SendMsgControl entries.
enum class send_msg_control { NoUnread, NoLastMsg, WithMuteNotifications };
BOOST_DESCRIBE_ENUM(send_msg_control, NoUnread, NoLastMsg, WithMuteNotifications)

/// ForbidCallbackControl entries.
enum class forbid_callback { ForbidBeforeSendMsgCallback, ForbidAfterSendMsgCallback };
BOOST_DESCRIBE_ENUM(forbid_callback, ForbidBeforeSendMsgCallback, ForbidAfterSendMsgCallback)

/// "max. period: 7 days (604800 seconds)"; 0 keeps the message for online delivery only.
using msg_life_time = in_range<std::uint32_t, 0, 604800>;

/// A 0/1 switch (SupportMessageExtension, IsNeedReadReceipt).
using switch_flag = in_range<std::int32_t, 0, 1>;

namespace codes {
inline constexpr service_error invalid_request{20001, "invalid request"};
inline constexpr service_error usersig_expired{20002, "the UserSig or A2 has expired", false, true};
inline constexpr service_error bad_user{20003, "the sender's or recipient's UserID is invalid or not imported"};
inline constexpr service_error network_error{20004, "network exception; try again", true};
inline constexpr service_error server_error{20005, "internal server error; try again", true};
inline constexpr service_error refused_by_callback{20006, "the app's before-send callback refused the message"};
inline constexpr service_error msg_not_found{20022, "the message does not exist"};
inline constexpr service_error already_recalled{20023, "the message has already been recalled"};
inline constexpr service_error account_not_found{70107, "the UserID does not exist"};
inline constexpr service_error server_timeout{70169, "server timeout; try again later", true};
inline constexpr service_error bad_json{90001, "the JSON request could not be parsed"};
inline constexpr service_error bad_msg_body{90002, "MsgBody does not follow the message format, or is not an array"};
inline constexpr service_error bad_to_account{90003, "To_Account is missing or not a string"};
inline constexpr service_error bad_msg_random{90005, "MsgRandom is missing or not an integer"};
inline constexpr service_error bad_msg_timestamp{90006, "MsgTimeStamp is missing or not an integer"};
inline constexpr service_error msg_body_not_array{90007, "MsgBody is not an array"};
inline constexpr service_error bad_from_account{90008, "From_Account is missing or does not exist"};
inline constexpr service_error admin_required{90009, "the request needs app admin permission"};
inline constexpr service_error bad_msg_format{90010, "the request does not follow the message format"};
inline constexpr service_error too_many_recipients{90011, "more than 500 recipients in one call"};
inline constexpr service_error recipient_not_found{90012, "To_Account does not exist or is not imported"};
inline constexpr service_error bad_life_time{90026, "the offline retention time is longer than 7 days"};
inline constexpr service_error bad_sync_from_old_system{90030, "SyncFromOldSystem is missing or not an integer"};
inline constexpr service_error bad_sync_other_machine{90031, "SyncOtherMachine is not an integer"};
inline constexpr service_error bad_msg_life_time{90044, "MsgLifeTime is not an integer"};
inline constexpr service_error account_missing{90048, "the requested account does not exist"};
inline constexpr service_error bad_msg_key{90054, "the MsgKey is not valid"};
inline constexpr service_error internal_error{91000, "internal service error; try again", true};
inline constexpr service_error callback_or_internal{90992, "internal service error; try again (if every request "
                                                           "fails with it, check the app's callback answers)", true};
inline constexpr service_error internal_error_90994{90994, "internal service error; try again", true};
inline constexpr service_error internal_error_90995{90995, "internal service error; try again", true};
inline constexpr service_error body_too_large{93000, "the JSON packet is larger than 12 KB"};

/// The rows the pages of the history, recall and read endpoints repeat (90001, 90003, 90008, 90009, 91000).
inline constexpr service_error history_rows[] = {bad_json, bad_to_account, bad_from_account, admin_required,
                                                 internal_error};
}  // namespace codes

}  // namespace timrest::openim

#endif
