#ifndef TIMREST_AUTH_DETAIL_BASE64_HPP_INCLUDED
#define TIMREST_AUTH_DETAIL_BASE64_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace timrest::detail {

inline constexpr std::string_view base64_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 (RFC 4648 section 4): `+/` alphabet, `=` padding, one line.
inline std::string base64_encode(std::string_view bytes) {
    auto const at = [&](std::size_t i) { return std::uint32_t{static_cast<unsigned char>(bytes[i])}; };
    auto const put = [](std::string& out, std::uint32_t n, int chars) {
        for (int k = 0; k < chars; ++k) out += base64_alphabet[(n >> (18 - 6 * k)) & 63];
    };

    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) put(out, at(i) << 16 | at(i + 1) << 8 | at(i + 2), 4);
    if (bytes.size() - i == 1) {
        put(out, at(i) << 16, 2);
        out += "==";
    } else if (bytes.size() - i == 2) {
        put(out, at(i) << 16 | at(i + 1) << 8, 3);
        out += '=';
    }
    return out;
}

/// Value of a standard base64 character, or -1.
inline constexpr int base64_value(char c) noexcept {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/// Decodes standard base64. Padding may be left out, but padding that is present must complete the last
/// quantum. Any other character, whitespace included, fails. Unused low bits of the last character are
/// ignored, as Go's `base64.StdEncoding` does.
inline std::optional<std::string> base64_decode(std::string_view text) {
    std::size_t pad = 0;
    while (pad < 2 && !text.empty() && text.back() == '=') {
        text.remove_suffix(1);
        ++pad;
    }
    if ((pad != 0 && (text.size() + pad) % 4 != 0) || text.size() % 4 == 1) return std::nullopt;

    std::string out;
    out.reserve(text.size() / 4 * 3 + 2);
    std::uint32_t acc = 0;  // only the low 14 bits matter; wrap-around is harmless
    int bits = 0;
    for (char const c : text) {
        int const v = base64_value(c);
        if (v < 0) return std::nullopt;
        acc = acc << 6 | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

/// Base64 as UserSigs use it: standard base64 with `+` -> `*`, `/` -> `-`, `=` -> `_`, so the result needs no
/// escaping in a URL query.
inline std::string usersig_base64_encode(std::string_view bytes) {
    std::string out = base64_encode(bytes);
    for (char& c : out) {
        switch (c) {
            case '+':
                c = '*';
                break;
            case '/':
                c = '-';
                break;
            case '=':
                c = '_';
                break;
            default:
                break;
        }
    }
    return out;
}

/// Reverses usersig_base64_encode. `+`, `/` and `=` are not UserSig characters and fail, like any character
/// outside `A-Za-z0-9*-_`; missing padding is accepted.
inline std::optional<std::string> usersig_base64_decode(std::string_view text) {
    std::string standard(text);
    for (char& c : standard) {
        switch (c) {
            case '*':
                c = '+';
                break;
            case '-':
                c = '/';
                break;
            case '_':
                c = '=';
                break;
            case '+':
            case '/':
            case '=':
                return std::nullopt;
            default:
                break;
        }
    }
    return base64_decode(standard);
}

}  // namespace timrest::detail

#endif
