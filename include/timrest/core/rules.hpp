#ifndef TIMREST_CORE_RULES_HPP_INCLUDED
#define TIMREST_CORE_RULES_HPP_INCLUDED

// Rules across the fields of one struct, stated in the struct's declaration:
//
//   struct contact_item {
//       required<std::int32_t> Type;
//       std::optional<user_id> To_Account{};
//       std::optional<std::string> ToGroupId{};
//       static constexpr auto rules = timrest::rules(
//           timrest::required_when(&contact_item::To_Account, &contact_item::Type, 1),
//           timrest::required_when(&contact_item::ToGroupId, &contact_item::Type, 2));
//   };
//
// The validator applies them after the fields' own bounds, so the client, the emulator and the CLI enforce
// them alike, and `timrest endpoints --json` lists them.

#include "timrest/core/detail/wire_traits.hpp"

#include <boost/describe/members.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace timrest {

namespace detail {

// The described name of a member, found by comparing member pointers.
template <class T, class M>
std::string_view member_name(M T::*pointer) noexcept {
    std::string_view name;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
        if constexpr (std::is_same_v<std::remove_cv_t<decltype(D.pointer)>, M T::*>)
            if (D.pointer == pointer) name = D.name;
    });
    return name;
}

template <class V>
std::string show(const V& v) {
    if constexpr (std::is_arithmetic_v<V>)
        return std::to_string(v);
    else if constexpr (std::is_enum_v<V>)
        return std::to_string(static_cast<std::underlying_type_t<V>>(v));
    else
        return std::string(std::string_view(v));
}

template <class M>
bool is_present(const M& m) noexcept {
    if constexpr (is_optional<M>::value)
        return m.has_value();
    else
        return true;
}

template <class M>
decltype(auto) unwrap(const M& m) noexcept {
    if constexpr (is_required<M>::value)
        return *m;
    else
        return (m);
}

}  // namespace detail

/// `field` must be present when `selector` equals `value` (e.g. To_Account when Type is 1).
template <class T, class F, class S, class V>
struct required_when_rule {
    F T::*field;
    S T::*selector;
    V value;

    void check(const T& v, detail::validator& c) const {
        if (detail::unwrap(v.*selector) == value && !detail::is_present(v.*field)) {
            detail::json_path::scope at(c.path, detail::member_name(field));
            c.violate("required when " + std::string(detail::member_name(selector)) + " is " + detail::show(value));
        }
    }

    boost::json::object describe() const {
        boost::json::object out{{"rule", "required_when"},
                                {"field", detail::member_name(field)},
                                {"when", detail::member_name(selector)}};
        if constexpr (std::is_enum_v<V>)
            out["equals"] = static_cast<std::underlying_type_t<V>>(value);
        else
            out["equals"] = value;
        return out;
    }
};

template <class T, class F, class S, class V>
constexpr required_when_rule<T, F, S, V> required_when(F T::*field, S T::*selector, V value) {
    return {field, selector, value};
}

/// Exactly one of two alternative fields must be present (e.g. the old and new request formats).
template <class T, class A, class B>
struct exactly_one_of_rule {
    A T::*first;
    B T::*second;

    void check(const T& v, detail::validator& c) const {
        const bool a = detail::is_present(v.*first), b = detail::is_present(v.*second);
        if (a != b) return;
        c.violate(std::string(a ? "give only one of " : "give one of ") + std::string(detail::member_name(first)) +
                  " and " + std::string(detail::member_name(second)));
    }

    boost::json::object describe() const {
        return {{"rule", "exactly_one_of"},
                {"fields", {detail::member_name(first), detail::member_name(second)}}};
    }
};

template <class T, class A, class B>
constexpr exactly_one_of_rule<T, A, B> exactly_one_of(A T::*first, B T::*second) {
    return {first, second};
}

/// The rules of one struct, applied in order.
template <class... R>
struct rule_set {
    std::tuple<R...> rules;

    template <class T>
    void check(const T& v, detail::validator& c) const {
        std::apply([&](const auto&... r) { (r.check(v, c), ...); }, rules);
    }

    boost::json::array describe() const {
        boost::json::array out;
        std::apply([&](const auto&... r) { (out.push_back(r.describe()), ...); }, rules);
        return out;
    }
};

template <class... R>
constexpr rule_set<R...> rules(R... r) {
    return {std::tuple<R...>(r...)};
}

}  // namespace timrest

#endif
