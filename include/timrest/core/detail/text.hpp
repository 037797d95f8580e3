#ifndef TIMREST_CORE_DETAIL_TEXT_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_TEXT_HPP_INCLUDED

// Outside text (a server's ErrorInfo, curl's messages, a reply body) on its way into messages and output:
// scrub() removes secrets in every form they may come back in, printable() makes a log line of it.

#include "timrest/core/detail/config.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace timrest::detail {

/// What outside text gets cut to in a message; printable() says how much was cut.
inline constexpr std::size_t message_text_cap = 1024;

inline int hex_digit(unsigned char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// One byte of `t` at `i`, and how many characters of `t` spell it.
struct spelt_byte {
    unsigned char byte;
    std::size_t length;
};

// A byte as JSON may spell it: itself, `\/`, `\\`, `\"`, or `\u00XX` (hex in either case).
inline spelt_byte json_spelt_byte(std::string_view t, std::size_t i) noexcept {
    if (t[i] == '\\' && i + 1 < t.size()) {
        const char e = t[i + 1];
        if (e == '/' || e == '\\' || e == '"') return {static_cast<unsigned char>(e), 2};
        if (e == 'u' && i + 6 <= t.size()) {
            int v = 0;
            for (std::size_t k = i + 2; k < i + 6 && v >= 0; ++k) {
                const int d = hex_digit(static_cast<unsigned char>(t[k]));
                v = d < 0 ? -1 : v * 16 + d;
            }
            if (v >= 0 && v < 0x100) return {static_cast<unsigned char>(v), 6};
        }
    }
    return {static_cast<unsigned char>(t[i]), 1};
}

// `%XX` at `i` in JSON-spelt characters: the byte and the characters used, or nothing.
inline std::optional<spelt_byte> percent_spelt_byte(std::string_view t, std::size_t i) noexcept {
    std::size_t at = i;
    int v = 0;
    for (int k = 0; k < 2; ++k) {
        if (at >= t.size()) return std::nullopt;
        const auto c = json_spelt_byte(t, at);
        const int d = hex_digit(c.byte);
        if (d < 0) return std::nullopt;
        v = v * 16 + d;
        at += c.length;
    }
    return spelt_byte{static_cast<unsigned char>(v), at - i};
}

// A byte as a URL, a JSON string, or a JSON string holding a URL may spell it: the JSON forms above, then
// `%XX` and `%25XX` (a URL quoted twice, as a proxy may do) on top of them.
inline spelt_byte spelt_byte_at(std::string_view t, std::size_t i) noexcept {
    const auto first = json_spelt_byte(t, i);
    if (first.byte != '%') return first;
    const auto once = percent_spelt_byte(t, i + first.length);
    if (!once) return first;
    const std::size_t end = i + first.length + once->length;
    if (once->byte == '%')
        if (const auto twice = percent_spelt_byte(t, end)) return {twice->byte, end + twice->length - i};
    return {once->byte, end - i};
}

// Where `secret`, in any spelling above, ends if it starts at `i`; npos when it does not start there.
inline std::size_t spelt_secret_end(std::string_view t, std::size_t i, std::string_view secret) noexcept {
    for (const char wanted : secret) {
        if (i >= t.size()) return std::string_view::npos;
        const auto c = spelt_byte_at(t, i);
        const bool form_space = c.byte == '+' && c.length == 1 && wanted == ' ';
        if (c.byte != static_cast<unsigned char>(wanted) && !form_space) return std::string_view::npos;
        i += c.length;
    }
    return i;
}

// Where the first secret, in any spelling below, appears in `text` from `from` on: [begin, end), or npos.
struct secret_span {
    std::size_t begin = std::string_view::npos;
    std::size_t end = std::string_view::npos;
};

// Finds the secrets in any spelling below. Built once per set of secrets: its table of the bytes that may begin
// a spelling lets most bytes of a text be skipped with one lookup.
class secret_finder {
public:
    explicit secret_finder(std::span<const std::string_view> secrets) noexcept : secrets_(secrets) {
        may_start_[static_cast<unsigned char>('%')] = may_start_[static_cast<unsigned char>('\\')] = true;
        for (const auto secret : secrets) {
            if (secret.empty()) continue;
            may_start_[static_cast<unsigned char>(secret[0])] = true;
            if (secret[0] == ' ') may_start_[static_cast<unsigned char>('+')] = true;
        }
    }

    /// Where the first secret appears in `text` from `from` on: [begin, end), or npos.
    secret_span find(std::string_view text, std::size_t from = 0) const noexcept {
        for (std::size_t i = from; i < text.size(); ++i) {
            if (!may_start_[static_cast<unsigned char>(text[i])]) continue;
            for (const auto secret : secrets_)
                if (!secret.empty())
                    if (const auto end = spelt_secret_end(text, i, secret); end != std::string_view::npos)
                        return {i, end};
        }
        return {};
    }

    bool in(std::string_view text) const noexcept { return find(text).begin != std::string_view::npos; }

private:
    std::span<const std::string_view> secrets_;
    bool may_start_[256] = {};
};

/// `text` with each secret replaced by REDACTED wherever it appears raw, percent-encoded (`%2A`, `%2a`,
/// `%252A`, `+` for a space), JSON-escaped (`\u002A`, `\/`) or both. The one scrubber for everything the
/// library or its tools print or return. A secret spelt with `\u` escapes above U+00FF is caught only after
/// JSON parsing, which is why the client scrubs parsed strings too.
inline std::string scrub(std::string_view text, const secret_finder& secrets) {
    std::string out;
    std::size_t copied = 0;
    for (auto found = secrets.find(text); found.begin != std::string_view::npos; found = secrets.find(text, copied)) {
        if (out.empty()) out.reserve(text.size());
        out.append(text.substr(copied, found.begin - copied));
        out += "REDACTED";
        copied = found.end;
    }
    out.append(text.substr(copied));
    return out;
}

inline std::string scrub(std::string_view text, std::span<const std::string_view> secrets) {
    return scrub(text, secret_finder(secrets));
}

/// Scrubs `text` where it stands; a text without secrets (nearly every one) is not copied.
inline void scrub_in_place(std::string& text, const secret_finder& secrets) {
    if (secrets.in(text)) text = scrub(text, secrets);
}

// The length of the well-formed UTF-8 sequence at `i` (no overlong forms, surrogates or values past
// U+10FFFF) and its code point; length 0 when there is none.
struct utf8_char {
    std::size_t length = 0;
    char32_t code = 0;
};

inline utf8_char utf8_at(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    // The lead byte gives the length, its payload bits and the least code point that needs that length.
    const std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    if (b0 < 0xC2 || b0 > 0xF4) return {};
    char32_t code = b0 & (0x7F >> n);
    const char32_t min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (i + n > s.size()) return {};
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return {};
        code = code << 6 | (b & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
    return {n, code};
}

// Code points that steer a terminal or a log viewer: C1 controls (0x9B starts an escape sequence on some
// terminals), line and paragraph separators, and the bidirectional overrides that reorder what is shown.
inline bool steers_display(char32_t c) noexcept {
    return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

/// Outside text made safe for one log or terminal line: C0 controls (NUL, ESC, CR, LF, ...), DEL and bytes
/// that are not UTF-8 become `\xNN` (`\n`, `\r`, `\t` for those three), code points that steer a display
/// become `\uXXXX`, and text past `cap` bytes is cut with "... (N more bytes cut)". Other UTF-8 passes as is.
TIMREST_DECL std::string printable(std::string_view s, std::size_t cap = message_text_cap);

}  // namespace timrest::detail

#ifndef TIMREST_SEPARATE_COMPILATION
#include "timrest/core/impl/text.ipp"
#endif

#endif
