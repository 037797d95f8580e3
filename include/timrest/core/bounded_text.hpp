#ifndef TIMREST_CORE_BOUNDED_TEXT_HPP_INCLUDED
#define TIMREST_CORE_BOUNDED_TEXT_HPP_INCLUDED

// Text with a lower bound too, and optionally no control characters: names the service needs to be non-empty
// (a conversation group's name), and identifiers (a UserID, declared in protocol/types.hpp). It is a text<N>,
// so it builds, reads and compares as one; validate() adds the lower bound and the character check.

#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/field.hpp"

#include <concepts>
#include <cstddef>
#include <string>

namespace timrest {

/// Whether a bounded_text may hold control characters (bytes 0x00-0x1F and 0x7F).
enum class control_chars { allowed, refused };

/// A UTF-8 string of MinBytes..MaxBytes bytes. An empty literal where MinBytes is 1 does not compile; a
/// run-time value outside the bounds, or with a control character where they are refused, is rejected before
/// the request is sent.
template <std::size_t MaxBytes, std::size_t MinBytes = 1, control_chars Control = control_chars::allowed>
class bounded_text : public text<MaxBytes> {
    static_assert(MinBytes <= MaxBytes, "timrest: bounded_text<MaxBytes, MinBytes> needs MinBytes <= MaxBytes");

public:
    static constexpr std::size_t min_bytes = MinBytes;
    static constexpr control_chars control = Control;

    using text<MaxBytes>::text;
    bounded_text() = default;

    // Hides text's literal constructor and calls it, so both bounds of a literal are checked.
    template <class C, std::size_t N>
        requires std::same_as<C, const char>
    bounded_text(C (&literal)[N]) : text<MaxBytes>(literal) {
        static_assert(N - 1 >= MinBytes,
                      "timrest: this string literal is shorter than its field allows (an empty name or UserID); "
                      "bounded_text<MaxBytes, MinBytes> counts bytes of UTF-8.");
    }
};

/// A name the service refuses when empty, such as a conversation group's.
template <std::size_t MaxBytes>
using nonempty_text = bounded_text<MaxBytes, 1>;

namespace detail {

template <std::size_t Max, std::size_t Min, control_chars C>
struct has_own_wire<bounded_text<Max, Min, C>> : std::true_type {};

template <std::size_t Max, std::size_t Min, control_chars C>
struct wire<bounded_text<Max, Min, C>, own_kind> {
    using T = bounded_text<Max, Min, C>;
    using base = wire<text<Max>>;

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { base::write(v, out); }
    static bool read(const json::value& in, T& v, reader& r) { return base::read(in, v, r); }
    static void validate(const T& v, validator& c) {
        base::validate_size(v, c);
        if constexpr (C != control_chars::refused) base::validate_no_nul(v, c);  // else the check below says it
        if (v.size() < Min)
            c.violate("at least " + std::to_string(Min) + (Min == 1 ? " byte" : " bytes") + ", got " +
                      std::to_string(v.size()));
        if constexpr (C == control_chars::refused) {
            const std::string& s = v.str();
            for (std::size_t i = 0; i < s.size(); ++i) {
                const auto b = static_cast<unsigned char>(s[i]);
                if (b < 0x20 || b == 0x7f) {
                    c.violate("no control characters (bytes 0x00-0x1f, 0x7f), got " + quoted(s) + " (byte " +
                              std::to_string(i) + ")");
                    break;
                }
            }
        }
    }
    static void schema(json::object& out) {
        base::schema(out);
        out["min_bytes"] = Min;
        if constexpr (C == control_chars::refused) out["control_characters"] = false;
    }
};

}  // namespace detail

}  // namespace timrest

#endif
