#ifndef TIMREST_CORE_SCHEMA_HPP_INCLUDED
#define TIMREST_CORE_SCHEMA_HPP_INCLUDED

// Declarations as data: each field's JSON type, whether it is required, its bounds and rules, and the
// endpoint's error table. `timrest endpoints --json` prints this for every declared endpoint.

#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/endpoint.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace timrest {

/// The schema of a wire type, e.g. {"type":"string","max_bytes":64}.
template <class T>
boost::json::object schema_of() {
    boost::json::object out;
    detail::wire<T>::schema(out);
    return out;
}

/// Everything endpoint E declares: path, request and response schemas, error table.
template <class E>
boost::json::object describe_endpoint() {
    static_assert(detail::check_endpoint<E>());
    boost::json::array errors;
    for (const auto& row : error_table<E>())
        errors.push_back({{"code", row.code}, {"meaning", row.meaning}, {"retryable", row.retryable}});
    return {{"path", E::path},
            {"calls_per_second", calls_per_second<E>()},
            {"idempotent", is_idempotent<E>()},
            {"request", schema_of<typename E::request>()},
            {"response", schema_of<typename E::response>()},
            {"errors", std::move(errors)}};
}

}  // namespace timrest

#endif
