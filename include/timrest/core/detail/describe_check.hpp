#ifndef TIMREST_CORE_DETAIL_DESCRIBE_CHECK_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_DESCRIBE_CHECK_HPP_INCLUDED

// Whether BOOST_DESCRIBE_STRUCT lists a wire struct faithfully. The walkers see only what it lists, so a member
// left out of it, or one inherited from a base, would compile and then never be sent or decoded; and blank<T>
// builds T by position from the list, so a list out of declaration order would not compile, cryptically.
// Boost.PFR counts an aggregate's members and gives their types by position, which is what the list is
// compared with. Everything here is evaluated at compile time.

#include "timrest/core/detail/config.hpp"

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/pfr/core.hpp>
#include <boost/pfr/tuple_size.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace timrest::detail {

enum class describe_mistake { none, base_class, member_not_listed, out_of_order };

// Converts only to a base class of T, so `T{probe}` compiles only when T's first aggregate element is a base.
// Boost.PFR refuses such types with its own assertion; this asks first.
template <class T>
struct base_probe {
    template <class B>
        requires(std::is_base_of_v<B, T> && !std::is_same_v<B, T>)
    operator B&() const;
};

template <class T>
concept has_aggregate_base = std::is_aggregate_v<T> && requires { T{base_probe<T>{}}; };

template <class T, class D>
using described_type = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;

template <class T, template <class...> class L, class... D, std::size_t... I>
constexpr bool listed_in_order(L<D...>, std::index_sequence<I...>) {
    return (std::is_same_v<described_type<T, D>, std::remove_cv_t<boost::pfr::tuple_element_t<I, T>>> && ...);
}

template <class T>
constexpr describe_mistake find_describe_mistake() {
    using members = boost::describe::describe_members<T, boost::describe::mod_any_access>;
    constexpr std::size_t listed = boost::mp11::mp_size<members>::value;
    if constexpr (!boost::mp11::mp_empty<boost::describe::describe_bases<T, boost::describe::mod_any_access>>::value ||
                  has_aggregate_base<T>) {
        return describe_mistake::base_class;
    } else if constexpr (!std::is_aggregate_v<T>) {
        return describe_mistake::none;  // not countable; wire structs are aggregates, so this is a user's own class
    } else if constexpr (boost::pfr::tuple_size_v<T> != listed) {
        return describe_mistake::member_not_listed;
    } else if constexpr (!listed_in_order<T>(members{}, std::make_index_sequence<listed>{})) {
        return describe_mistake::out_of_order;
    } else {
        return describe_mistake::none;
    }
}

template <class T>
inline constexpr bool described_faithfully = find_describe_mistake<T>() == describe_mistake::none;

// One sentence per mistake; the compiler's "In instantiation of ... [with T = ...]" line names the struct.
// Returns whether T is described faithfully, so callers can stop before their own code adds errors.
template <class T>
constexpr bool check_described() {
    constexpr auto mistake = find_describe_mistake<T>();
    if constexpr (mistake == describe_mistake::base_class)
        static_assert(dependent_false<T>,
                      "timrest: a wire struct must not have a base class, whose members would never be sent or "
                      "decoded: declare those members in the struct itself and list them in BOOST_DESCRIBE_STRUCT");
    else if constexpr (mistake == describe_mistake::member_not_listed)
        static_assert(dependent_false<T>,
                      "timrest: BOOST_DESCRIBE_STRUCT leaves out a member of this wire struct, which would never be "
                      "sent or decoded: list every member, in the order they are declared");
    else if constexpr (mistake == describe_mistake::out_of_order)
        static_assert(dependent_false<T>,
                      "timrest: BOOST_DESCRIBE_STRUCT lists this wire struct's members out of order: list them in the "
                      "order they are declared");
    return mistake == describe_mistake::none;
}

// For a static_assert at class scope: true either way, so that only check_described's sentence is printed.
template <class T>
constexpr bool assert_described() {
    check_described<T>();
    return true;
}

}  // namespace timrest::detail

#endif
