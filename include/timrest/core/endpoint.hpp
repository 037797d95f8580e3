#ifndef TIMREST_CORE_ENDPOINT_HPP_INCLUDED
#define TIMREST_CORE_ENDPOINT_HPP_INCLUDED

// What a declaration must provide, checked with one sentence per mistake.
//
//   struct my_endpoint {
//       static constexpr std::string_view path = "v4/<service>/<command>";
//       using request = my_request;     // described with BOOST_DESCRIBE_STRUCT
//       using response = my_response;   // described; the envelope is not part of it
//       static constexpr unsigned calls_per_second = 200;  // optional: the documented frequency limit
//       static constexpr bool idempotent = true;  // optional: sending it twice does what sending it once does
//       static constexpr timrest::service_error errors[] = {{50001, "...", false}, ...};  // optional
//       // or: static constexpr auto errors = timrest::join_errors(family_rows, {{51009, "..."}});
//   };

#include "timrest/core/detail/config.hpp"
#include "timrest/core/detail/describe_check.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/utility.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>

namespace timrest {

/// One row of an endpoint's error table.
struct service_error {
    int code;
    std::string_view meaning;
    bool retryable = false;
    /// The admin identity or its UserSig was refused (condition::auth), for codes outside the common table.
    bool auth = false;
};

/// One error table from several, e.g. a family's shared rows and an endpoint's own:
/// `static constexpr auto errors = join_errors(codes::common_rows, {{51009, "..."}});`
template <std::size_t... N>
constexpr auto join_errors(const service_error (&... tables)[N]) {
    std::array<service_error, (N + ...)> out{};
    std::size_t i = 0;
    ((std::copy(std::begin(tables), std::end(tables), out.begin() + static_cast<std::ptrdiff_t>(i)), i += N), ...);
    return out;
}

namespace detail {

constexpr bool is_path_word(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

/// `v4/<service>/<command>`, each part a non-empty word of letters, digits and underscores.
constexpr bool is_endpoint_path(std::string_view p) noexcept {
    if (!p.starts_with("v4/")) return false;
    p.remove_prefix(3);
    const auto slash = p.find('/');
    return slash != std::string_view::npos && is_path_word(p.substr(0, slash)) && is_path_word(p.substr(slash + 1));
}

constexpr bool has_unique_codes(std::span<const service_error> table) noexcept {
    for (std::size_t i = 0; i < table.size(); ++i)
        for (std::size_t j = i + 1; j < table.size(); ++j)
            if (table[i].code == table[j].code) return false;
    return true;
}

template <class E>
concept has_error_table = requires { E::errors; };

// An if-constexpr chain, so that only the first mistake is reported, in one sentence that names the fix.
template <class E>
constexpr bool check_endpoint() {
    if constexpr (!requires { E::path; }) {
        static_assert(dependent_false<E>,
                      "timrest: an endpoint needs a path: add `static constexpr std::string_view path = "
                      "\"v4/<service>/<command>\";` to the declaration");
        return false;
    } else if constexpr (!std::is_convertible_v<decltype(E::path), std::string_view>) {
        static_assert(dependent_false<E>, "timrest: an endpoint's path must be a `static constexpr std::string_view`");
        return false;
    } else if constexpr (std::is_member_object_pointer_v<decltype(&E::path)> ||
                         !requires { typename std::bool_constant<is_endpoint_path(E::path)>; }) {
        static_assert(dependent_false<E>,
                      "timrest: an endpoint's path must be known at compile time: declare it `static constexpr "
                      "std::string_view path = \"v4/<service>/<command>\";`, not as a run-time std::string or a "
                      "non-static member");
        return false;
    } else if constexpr (!is_endpoint_path(E::path)) {
        static_assert(dependent_false<E>,
                      "timrest: an endpoint's path must have the form \"v4/<service>/<command>\" (letters, digits, "
                      "underscores), e.g. \"v4/recentcontact/del_contact_group\", with no leading slash or query");
        return false;
    } else if constexpr (!requires { typename E::request; }) {
        static_assert(dependent_false<E>, "timrest: an endpoint needs `using request = <request struct>;`");
        return false;
    } else if constexpr (!boost::describe::has_describe_members<typename E::request>::value) {
        static_assert(dependent_false<E>,
                      "timrest: the endpoint's request struct is not described: add BOOST_DESCRIBE_STRUCT(<request>, "
                      "(), (<every member>)) right below it");
        return false;
    } else if constexpr (!described_faithfully<typename E::request>) {
        return check_described<typename E::request>();
    } else if constexpr (!requires { typename E::response; }) {
        static_assert(dependent_false<E>,
                      "timrest: an endpoint needs `using response = <response struct>;` (an empty described struct "
                      "when the reply is only the envelope)");
        return false;
    } else if constexpr (!boost::describe::has_describe_members<typename E::response>::value) {
        static_assert(dependent_false<E>,
                      "timrest: the endpoint's response struct is not described: add BOOST_DESCRIBE_STRUCT(<response>, "
                      "(), (<every member>)) right below it");
        return false;
    } else if constexpr (!described_faithfully<typename E::response>) {
        return check_described<typename E::response>();
    } else if constexpr (has_error_table<E>) {
        if constexpr (!has_unique_codes(E::errors)) {
            static_assert(dependent_false<E>,
                          "timrest: the endpoint's error table lists a code twice: keep one row per code");
            return false;
        } else {
            return true;
        }
    } else {
        return true;
    }
}

// Stands for E::request or E::response in a signature when the declaration lacks them.
struct not_an_endpoint {};

// The request and response types for the signatures of entry points. Substituting E into such a signature
// runs check_endpoint, so a declaration's mistake is reported in its sentence before overload resolution
// reports "no matching function".
template <class E>
struct endpoint_types {
    static_assert(check_endpoint<E>() || true);  // check_endpoint's own sentence is the error
    template <class T>
    using request_of = typename T::request;
    template <class T>
    using response_of = typename T::response;
    using request = boost::mp11::mp_eval_or<not_an_endpoint, request_of, E>;
    using response = boost::mp11::mp_eval_or<not_an_endpoint, response_of, E>;
};

template <class E>
using request_t = typename endpoint_types<E>::request;
template <class E>
using response_t = typename endpoint_types<E>::response;

}  // namespace detail

/// A well-formed declaration. Entry points assert detail::check_endpoint<E>() instead, for a readable message.
template <class E>
concept endpoint = requires {
    { E::path } -> std::convertible_to<std::string_view>;
    typename E::request;
    typename E::response;
} && boost::describe::has_describe_members<typename E::request>::value &&
                   boost::describe::has_describe_members<typename E::response>::value;

/// The endpoint's documented frequency limit in calls per second, or 0 when it declares none.
template <class E>
constexpr unsigned calls_per_second() noexcept {
    if constexpr (requires { E::calls_per_second; })
        return E::calls_per_second;
    else
        return 0;
}

/// Whether sending E's request twice does no more than sending it once: a read, or a write its page documents as
/// such (account_import: "re-importing keeps one internal ID"). Only such an endpoint is sent again after a failure
/// that may have come after the request arrived (a timeout, a connection reset mid-reply). False unless declared.
template <class E>
constexpr bool is_idempotent() noexcept {
    if constexpr (requires { E::idempotent; })
        return E::idempotent;
    else
        return false;
}

/// The endpoint's own error table (empty when it declares none).
template <class E>
constexpr std::span<const service_error> error_table() noexcept {
    if constexpr (detail::has_error_table<E>)
        return E::errors;
    else
        return {};
}

/// The row for `code` in the endpoint's table, or nullptr.
template <class E>
constexpr const service_error* find_error(int code) noexcept {
    for (const auto& row : error_table<E>())
        if (row.code == code) return &row;
    return nullptr;
}

}  // namespace timrest

#endif
