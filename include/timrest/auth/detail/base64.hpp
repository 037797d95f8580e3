#ifndef TIMREST_AUTH_DETAIL_BASE64_HPP_INCLUDED
#define TIMREST_AUTH_DETAIL_BASE64_HPP_INCLUDED

// Base64 through OpenSSL's EVP_EncodeBlock/EVP_DecodeBlock (already linked for the HMAC), with the checks
// OpenSSL leaves to the caller: EVP_DecodeBlock skips surrounding whitespace, needs whole quanta and counts
// padding as zero bytes, while a UserSig must be exactly its alphabet.

#include <openssl/evp.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace timrest::detail {

/// Standard base64 (RFC 4648 section 4): `+/` alphabet, `=` padding, one line.
inline std::string base64_encode(std::string_view bytes) {
    std::string out((bytes.size() + 2) / 3 * 4 + 1, '\0');  // EVP_EncodeBlock writes a NUL after the text
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

inline constexpr bool is_base64_char(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
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
    for (char c : text)
        if (!is_base64_char(c)) return std::nullopt;

    std::string padded(text);
    pad = (4 - text.size() % 4) % 4;
    padded.append(pad, '=');
    std::string out(padded.size() / 4 * 3, '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(padded.data()), static_cast<int>(padded.size()));
    if (n < 0) return std::nullopt;
    out.resize(static_cast<std::size_t>(n) - pad);  // EVP_DecodeBlock counts each `=` as a zero byte
    return out;
}

/// Base64 as UserSigs use it: standard base64 with `+` -> `*`, `/` -> `-`, `=` -> `_`, so the result needs no
/// escaping in a URL query.
inline std::string usersig_base64_encode(std::string_view bytes) {
    std::string out = base64_encode(bytes);
    for (char& c : out) c = c == '+' ? '*' : c == '/' ? '-' : c == '=' ? '_' : c;
    return out;
}

/// Reverses usersig_base64_encode. `+`, `/` and `=` are not UserSig characters and fail, like any character
/// outside `A-Za-z0-9*-_`; missing padding is accepted.
inline std::optional<std::string> usersig_base64_decode(std::string_view text) {
    std::string standard(text);
    for (char& c : standard) {
        if (c == '+' || c == '/' || c == '=') return std::nullopt;
        c = c == '*' ? '+' : c == '-' ? '/' : c == '_' ? '=' : c;
    }
    return base64_decode(standard);
}

}  // namespace timrest::detail

#endif
