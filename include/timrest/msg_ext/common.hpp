#ifndef TIMREST_MSG_EXT_COMMON_HPP_INCLUDED
#define TIMREST_MSG_EXT_COMMON_HPP_INCLUDED

// What the v4/openim_msg_ext_http_svc one-to-one message extension endpoints share: a key-value pair and the error
// rows their pages repeat. Extensions need the Ultimate edition, the console's "Set message extension" switch, and a
// message sent with SupportMessageExtension 1; a message holds at most 300 pairs. Declarations only.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace timrest::msg_ext {

inline constexpr std::size_t max_pairs_per_message = 300;

/// One key-value pair of a message's extension.
struct extension {
    text<100> Key;     // at most 100 bytes
    text<1000> Value;  // at most 1,000 bytes
    /// The pair's version: 0 when a member sets it for the first time, then the latest Seq, checked against the
    /// stored one (23001 when another changed it). Required unless the caller is the app admin, whose Seq is not
    /// checked; the library always calls as the admin, so it is optional here.
    std::optional<std::uint64_t> Seq{};
};
BOOST_DESCRIBE_STRUCT(extension, (), (Key, Value, Seq))

namespace codes {
inline constexpr service_error internal_error{10002, "internal server error; try again", true};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; see ErrorInfo"};
inline constexpr service_error edition_required{10008, "message extensions need the Ultimate edition"};
inline constexpr service_error seq_conflict{23001, "the pair was changed by someone else; pull the latest Seq and retry"};
inline constexpr service_error not_extensible{23002, "the message was not sent with SupportMessageExtension 1"};
inline constexpr service_error too_many_sets{23003, "more than 200 changes a minute to this message's extension"};
inline constexpr service_error msg_not_found{23004, "the one-to-one message does not exist"};
/// The rows both pages list.
inline constexpr service_error common_rows[] = {internal_error, invalid_parameter, edition_required, msg_not_found};
}  // namespace codes

}  // namespace timrest::msg_ext

#endif
