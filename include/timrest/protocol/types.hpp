#ifndef TIMREST_PROTOCOL_TYPES_HPP_INCLUDED
#define TIMREST_PROTOCOL_TYPES_HPP_INCLUDED

// Field types the Chat API uses across services.

#include "timrest/core/field.hpp"

namespace timrest {

/// A Chat UserID: at most 32 bytes (account_import, TLS signing libraries).
using user_id = text<32>;

}  // namespace timrest

#endif
