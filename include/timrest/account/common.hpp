#ifndef TIMREST_ACCOUNT_COMMON_HPP_INCLUDED
#define TIMREST_ACCOUNT_COMMON_HPP_INCLUDED

// Error rows shared by the v4/im_open_login_svc account endpoints. Declarations only.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace timrest::account {

/// An account named in a batch request.
struct account_ref {
    required<user_id> UserID;
};
BOOST_DESCRIBE_STRUCT(account_ref, (), (UserID))

/// At most this many accounts per batch call (70206 beyond).
inline constexpr std::size_t max_batch = 100;

namespace codes {
inline constexpr service_error relation_internal_error{30006, "internal error while clearing relationship data; try again", true};
inline constexpr service_error relation_timeout{30007, "timeout while clearing relationship data; try again", true};
inline constexpr service_error write_conflict{30008, "write conflict; use batch mode"};
inline constexpr service_error profile_internal_error{40006, "internal error while setting or clearing the profile; try again", true};
inline constexpr service_error profile_value_too_long{40601, "a profile value is longer than 500 bytes"};
inline constexpr service_error account_not_found{70107, "the UserID does not exist"};
inline constexpr service_error internal_timeout{70169, "internal timeout; try again", true};
inline constexpr service_error internal_timeout_batch{70202, "internal timeout; try again", true};
inline constexpr service_error account_limit{70398, "the account limit is reached (more than 100 accounts needs a paid edition)"};
inline constexpr service_error reimport_cooldown{70399, "a deleted account cannot be imported again yet (non-trial apps)"};
inline constexpr service_error invalid_parameter{70402, "invalid parameter: a required field is missing or ill-formed"};
inline constexpr service_error admin_required{70403, "the request needs app admin permission"};
inline constexpr service_error internal_error{70500, "internal server error; try again", true};
inline constexpr service_error delete_not_allowed{71000, "this app's edition may not delete accounts"};
inline constexpr service_error bad_batch_size{70206, "invalid batch size in the request"};

/// The rows of the batch account calls.
inline constexpr service_error batch_rows[] = {internal_timeout, internal_timeout_batch, invalid_parameter,
                                               admin_required, internal_error};
}  // namespace codes

}  // namespace timrest::account

#endif
