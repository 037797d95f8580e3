#ifndef TIMREST_FUZZ_FUZZ_HPP_INCLUDED
#define TIMREST_FUZZ_FUZZ_HPP_INCLUDED

// What the libFuzzer targets share: picking an endpoint from the input's first byte, and stopping the run
// when a property fails (a crash is what libFuzzer records and minimises).

#include "timrest/core/json_parse.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/registry.hpp"

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace timrest_fuzz {

/// The input as text.
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Calls `f(E{}, rest)` for the endpoint of list L that the first byte selects (modulo L's size), with the bytes
/// after it; does nothing for an empty input.
template <class L = timrest::endpoints, class F>
void with_endpoint(std::string_view input, F&& f) {
    if (input.empty()) return;
    const auto index = static_cast<unsigned char>(input[0]) % boost::mp11::mp_size<L>::value;
    boost::mp11::mp_with_index<boost::mp11::mp_size<L>::value>(
        index, [&](auto i) { f(boost::mp11::mp_at_c<L, decltype(i)::value>{}, input.substr(1)); });
}

/// Aborts with `what` when `ok` is false: a broken property is a finding, as a crash is.
inline void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "timrest fuzz: property broken: %s\n", what);
    std::abort();
}

/// `text` parsed as the client and the CLI parse it (parse_json) and decoded as a T with the given leniency;
/// nothing when it is not JSON or does not decode.
template <class T>
std::optional<T> decode(std::string_view text, timrest::unknown_keys unknown, timrest::absent_fields absent) {
    const auto parsed = timrest::parse_json(text);
    if (!parsed) return std::nullopt;
    auto out = timrest::blank<T>();
    if (timrest::from_json(parsed.value, out, unknown, absent)) return std::nullopt;
    return out;
}

/// Requires that `value`, encoded as the client sends it, decodes strictly (unknown keys refused, every key
/// present) to a value with the same encoding; returns that value. `what` names the value in the finding.
template <class T>
T require_round_trip(const T& value, const char* what) {
    const auto encoded = timrest::to_json_string(value);
    auto again = decode<T>(encoded, timrest::unknown_keys::reject, timrest::absent_fields::error);
    if (!again) {
        std::fprintf(stderr, "timrest fuzz: %s encodes to JSON that does not decode strictly: %s\n", what,
                     encoded.c_str());
        std::abort();
    }
    require(timrest::to_json_string(*again) == encoded, "a value does not round-trip through JSON");
    return std::move(*again);
}

}  // namespace timrest_fuzz

#endif
