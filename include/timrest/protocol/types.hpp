#ifndef TIMREST_PROTOCOL_TYPES_HPP_INCLUDED
#define TIMREST_PROTOCOL_TYPES_HPP_INCLUDED

// Field types the Chat API uses across services.

#include "timrest/core/bounded_text.hpp"

namespace timrest {

/// A Chat UserID: 1 to 32 bytes (account_import, TLS signing libraries), without control characters, which
/// the service refuses. An empty or over-long literal does not compile; a run-time value is checked before
/// sending, and a bad byte shows escaped in the message (`"al\x00ice"`).
using user_id = bounded_text<32, 1, control_chars::refused>;

}  // namespace timrest

#endif
