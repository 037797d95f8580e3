#ifndef TIMREST_CORE_VALIDATE_HPP_INCLUDED
#define TIMREST_CORE_VALIDATE_HPP_INCLUDED

// Run-time checks of the rules a declaration states in its field types (text<N>, list<T, Min, Max>) and in
// its structs' `rules`. Call paths run this before anything is sent.

#include "timrest/core/detail/wire_traits.hpp"

#include <string>
#include <vector>

namespace timrest {

/// Every rule the value breaks, each naming the field, the bound and what was seen, e.g.
/// `GroupName[0]: at most 64 bytes, got 65`. Empty when the value may be sent.
template <class T>
std::vector<field_error> validate(const T& v) {
    detail::validator c;
    detail::wire<T>::validate(v, c);
    return std::move(c.violations);
}

/// Joins violations into one line for an error message.
inline std::string to_string(const std::vector<field_error>& violations) {
    std::string out;
    for (const auto& v : violations) {
        if (!out.empty()) out += "; ";
        out += v.to_string();
    }
    return out;
}

}  // namespace timrest

#endif
