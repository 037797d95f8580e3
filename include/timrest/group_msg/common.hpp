#ifndef TIMREST_GROUP_MSG_COMMON_HPP_INCLUDED
#define TIMREST_GROUP_MSG_COMMON_HPP_INCLUDED

// What the group message endpoints share (sending, history, recall, migration, receipts, modification and
// extensions of group messages): a message's sequence number, the error rows their pages repeat, and the send
// options they take from the one-to-one family. Declarations only.
//
// MsgSeq is the service's number for a group message: strictly increasing per group (a topic has its own), from 1.
// It is 64-bit here throughout. Group IDs are kept as the service's strings: the pages bound neither those the
// service assigns ("@TGS#...") nor custom ones.

#include "timrest/core/bounded_text.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/group/common.hpp"
#include "timrest/message/elements.hpp"
#include "timrest/message/offline_push.hpp"
#include "timrest/openim/common.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::group_msg {

/// A 0/1 switch (OnlineOnlyFlag, SupportMessageExtension, WithRecalledMsg, RecentContactFlag, SupportTopic).
using switch_flag = openim::switch_flag;

/// One entry of a MsgSeqList (group_msg_recall, get_group_msg_receipt).
struct msg_seq_item {
    required<std::uint64_t> MsgSeq;
};
BOOST_DESCRIBE_STRUCT(msg_seq_item, (), (MsgSeq))

namespace codes {
inline constexpr service_error internal_error{10002, "internal server error; try again", true};
inline constexpr service_error bad_command{10003, "invalid command word"};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; see ErrorInfo"};
inline constexpr service_error too_many_accounts{10005, "the request carries too many accounts"};
inline constexpr service_error too_frequent{10006, "operation frequency limit reached; reduce the call rate", true};
inline constexpr service_error no_permission{10007, "no permission for this operation (or not for this group type)"};
inline constexpr service_error group_not_found{10010, "the group does not exist or was disbanded"};
inline constexpr service_error bad_group_id{10015, "invalid group ID"};
inline constexpr service_error refused_by_callback{10016, "the app's callback refused the operation"};
inline constexpr service_error sender_muted{10017, "the sender is muted"};
inline constexpr service_error msg_too_long_10020{10020, "the message is longer than 12 KB"};
inline constexpr service_error group_id_taken{10021, "the group ID is already in use"};
inline constexpr service_error send_rate_limited{10023, "message sending frequency limit reached; try again later",
                                                 true};
inline constexpr service_error msg_not_found{10030, "the message does not exist"};
inline constexpr service_error msg_too_old{10031, "the message is beyond the time range allowed for recall"};
inline constexpr service_error not_recallable{10032, "the message cannot be recalled"};
inline constexpr service_error recall_unsupported{10033, "this type of group does not support recall"};
inline constexpr service_error recall_disabled{10041, "the app is configured not to allow group message recall"};
inline constexpr service_error receipt_not_found{10062, "the read receipt does not exist"};
inline constexpr service_error msg_too_long{80002, "the message is longer than 12 KB"};
inline constexpr service_error group_msg_not_found{23004, "the group message does not exist"};

/// The rows most group message pages list (10002, 10003, 10004, 10007, 10010, 10015).
inline constexpr service_error common_rows[] = {internal_error, invalid_parameter, bad_command,
                                                no_permission,  group_not_found,   bad_group_id};
}  // namespace codes

}  // namespace timrest::group_msg

#endif
