#ifndef TIMREST_CORE_IMPL_TEXT_IPP_INCLUDED
#define TIMREST_CORE_IMPL_TEXT_IPP_INCLUDED

// Definitions for core/detail/text.hpp: inline there, or compiled once in timrest::compiled (src.hpp).

#include "timrest/core/detail/text.hpp"

namespace timrest::detail {

TIMREST_DECL std::string printable(std::string_view s, std::size_t cap) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() < cap ? s.size() : cap);
    std::size_t i = 0;
    while (i < s.size() && i < cap) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        const utf8_char u = c < 0x80 ? utf8_char{} : utf8_at(s, i);
        if (u.length != 0 && !steers_display(u.code)) {
            out.append(s.substr(i, u.length));
        } else if (u.length != 0) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4) out += hex[(u.code >> shift) & 0xF];
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        i += u.length != 0 ? u.length : 1;
    }
    if (i < s.size()) out += "... (" + std::to_string(s.size() - i) + " more bytes cut)";
    return out;
}

}  // namespace timrest::detail

#endif
