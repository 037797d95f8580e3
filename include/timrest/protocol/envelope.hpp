#ifndef TIMREST_PROTOCOL_ENVELOPE_HPP_INCLUDED
#define TIMREST_PROTOCOL_ENVELOPE_HPP_INCLUDED

// The fields every reply carries beside the endpoint's own. Spec §1.4. Success is decided by ErrorCode alone, the
// one member a reply must have: the openconfigsvr pages' replies leave ActionStatus out, and the client keeps the
// defaults of what is absent.

#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace timrest {

struct envelope {
    std::string ActionStatus = "OK";  // "OK" or "FAIL"; success is decided by ErrorCode alone
    std::int32_t ErrorCode = 0;
    std::string ErrorInfo;
    std::optional<std::string> ErrorDisplay{};  // in some endpoints' replies only
};
BOOST_DESCRIBE_STRUCT(envelope, (), (ActionStatus, ErrorCode, ErrorInfo, ErrorDisplay))

}  // namespace timrest

#endif
