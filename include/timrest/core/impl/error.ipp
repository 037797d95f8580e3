#ifndef TIMREST_CORE_IMPL_ERROR_IPP_INCLUDED
#define TIMREST_CORE_IMPL_ERROR_IPP_INCLUDED

// Definitions for core/error.hpp: inline there, or compiled once in timrest::compiled (src.hpp). A failed call<E>
// throws timrest::error, whose message is most of the code a call leaves in its caller's TU.

#include "timrest/core/error.hpp"

#include <string>
#include <utility>

namespace timrest {

TIMREST_DECL std::string call_error::message() const {
    std::string out;
    const bool service = is_service_error(code);
    if (service) {
        out = "error " + std::to_string(code.value()) + ": ";
    } else {
        out = code.category().name();
        out += " error: ";
    }
    out += meaning.empty() ? code.message() : std::string(meaning);
    if (service || !info.empty()) {  // a service error always shows ErrorInfo, even when empty
        out += " (";
        out += detail::printable(info);
        out += ')';
    }
    if (random != 0) {  // 0: no request was made, so support has nothing to look up
        out += " random=";
        out += std::to_string(random);
    }
    if (!earlier_randoms.empty()) {
        out += " (earlier attempts:";
        for (auto r : earlier_randoms) out += ' ' + std::to_string(r);
        out += ')';
    }
    return out;
}

TIMREST_DECL error::error(call_error e) : std::system_error(e.code), message_(e.message()), details_(std::move(e)) {}

}  // namespace timrest

#endif
