#ifndef TIMREST_CORE_WIRE_HPP_INCLUDED
#define TIMREST_CORE_WIRE_HPP_INCLUDED

// JSON encoding and decoding of described wire structs.

#include "timrest/core/detail/wire_traits.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace timrest {

/// How strictly decode() treats keys the struct does not declare.
enum class unknown_keys {
    ignore,  ///< skip them: the service adds response keys without notice
    reject,  ///< report them: in a request typed by a person, an unknown key is most likely a typo
};

/// How decode() treats an absent key of a plain (non-optional, non-required<>) member.
enum class absent_fields {
    error,          ///< the key must be present: a reply or a request must carry every non-optional key
    keep_defaults,  ///< the member keeps its default, as when a person writes the request by hand
};

/// Encodes a described struct as a JSON value. Empty optionals are left out.
template <class T>
boost::json::value to_json(const T& v) {
    boost::json::value out;
    detail::wire<T>::write(v, out);
    return out;
}

/// Encodes a described struct as compact JSON text.
template <class T>
std::string to_json_string(const T& v) {
    return boost::json::serialize(to_json(v));
}

/// How decode() reads a document.
struct decode_options {
    unknown_keys unknown = unknown_keys::ignore;
    absent_fields absent = absent_fields::error;
    /// Heap bytes the decoded value may take (arrays and long strings); past it decoding fails. Replies get a
    /// budget from their size, so a small reply cannot expand into gigabytes.
    std::size_t max_memory = std::numeric_limits<std::size_t>::max();
    /// Refuse an array longer than its declared bound while reading, before building its elements. Replies set
    /// it: what the sender chose must not cost memory. Requests leave it off, so that validation reports every
    /// violation at once.
    bool enforce_array_bounds = false;
};

/// Decodes `in` into `out`. Absent optionals are fine; a missing required key or a wrong type is reported
/// with its JSON path, e.g. `GroupItem[0].GroupId: expected integer, got string`.
template <class T>
std::optional<field_error> from_json(const boost::json::value& in, T& out, const decode_options& options) {
    detail::reader r;
    r.reject_unknown_keys = options.unknown == unknown_keys::reject;
    r.keep_defaults = options.absent == absent_fields::keep_defaults;
    r.memory_left = options.max_memory;
    r.enforce_array_bounds = options.enforce_array_bounds;
    if (detail::wire<T>::read(in, out, r)) return std::nullopt;
    return std::move(r.error);
}

template <class T>
std::optional<field_error> from_json(const boost::json::value& in, T& out, unknown_keys unknown = unknown_keys::ignore,
                                     absent_fields absent = absent_fields::error) {
    return from_json(in, out, decode_options{.unknown = unknown, .absent = absent});
}

/// A T to decode into. Structs with required<> members cannot be default-constructed by design; this builds
/// one with every field empty.
template <class T>
T blank() {
    return detail::blank<T>();
}

}  // namespace timrest

#endif
