#ifndef TIMREST_CORE_DETAIL_OWN_WIRE_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_OWN_WIRE_HPP_INCLUDED

// The hook for field types that bring their own wire<> handling (value sets, bounded text, user IDs): such a
// type sets has_own_wire<T> and specializes wire<T, own_kind> in its own header, right after the type, so
// that every use of the type sees both. kind_of in wire_traits.hpp routes these types here; the walker in
// wire_traits.hpp stays unaware of each one.

#include <string>
#include <string_view>
#include <type_traits>

namespace timrest::detail {

struct own_kind {};

template <class T>
struct has_own_wire : std::false_type {};

// A value as an error message shows it: quoted, with control bytes, '"' and '\' escaped (\x00), so that a
// stray NUL or newline in a UserID is visible instead of cutting or breaking the message.
inline std::string quoted(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        } else {
            if (c == '"' || c == '\\') out += '\\';
            out += static_cast<char>(c);
        }
    }
    return out + '"';
}

}  // namespace timrest::detail

#endif
