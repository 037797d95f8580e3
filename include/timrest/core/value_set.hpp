#ifndef TIMREST_CORE_VALUE_SET_HPP_INCLUDED
#define TIMREST_CORE_VALUE_SET_HPP_INCLUDED

// Field types for values from a documented set. The set is an enum described with BOOST_DESCRIBE_ENUM:
//
//   enum class conversation_type : std::int32_t { c2c = 1, group = 2 };
//   BOOST_DESCRIBE_ENUM(conversation_type, c2c, group)
//
//   one_of<conversation_type>  sent as the enumerator's number (`"Type": 1`);
//   named<account_status>      sent as the enumerator's name (`"AccountStatus": "Imported"`);
//   in_range<std::int32_t, 0, 63>  an integer between two bounds (bit positions).
//
// A bare number or string literal does not compile where an enumerator is expected. A value made at run time
// (a cast, or one decoded from JSON) is checked by validate(), which names the field, every allowed value and
// what it saw; `timrest endpoints --json` lists the same values.
//
// Decoding keeps a value outside the set instead of failing: a reply may carry a value the service added after
// this declaration was written, and one unknown enumerator must not lose the whole reply. A request is
// validated before it is sent (and the CLI validates what it decoded), so there an unknown value is refused.

#include "timrest/core/detail/config.hpp"
#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace timrest {

/// An enum usable as a value set: described with BOOST_DESCRIBE_ENUM.
template <class E>
concept described_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

/// Whether `v` is one of E's described enumerators (a cast or decoded value need not be).
template <described_enum E>
constexpr bool is_enumerator(E v) noexcept {
    bool found = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { found = found || D.value == v; });
    return found;
}

/// A field holding one of E's enumerators, sent as its number. Build it from an enumerator
/// (`.Type = conversation_type::c2c`); a number does not compile. A number known only at run time goes through
/// `static_cast<E>(n)`, and validate() refuses it when it is not an enumerator.
template <described_enum E>
class one_of {
public:
    using enum_type = E;
    using underlying_type = std::underlying_type_t<E>;

    constexpr one_of() noexcept = default;
    constexpr one_of(E v) noexcept : value_(v) {}

    // A template so that it fires only when someone writes a number.
    template <class I>
        requires std::integral<I> || std::floating_point<I>
    one_of(I) {
        static_assert(detail::dependent_false<I>,
                      "timrest: this field takes one of its enum's named values (e.g. conversation_type::c2c), not a "
                      "number; `timrest endpoints --json` lists them. A number known only at run time: "
                      "static_cast<E>(n), which validate() checks.");
    }

    constexpr E value() const noexcept { return value_; }
    constexpr operator E() const noexcept { return value_; }
    constexpr underlying_type number() const noexcept { return static_cast<underlying_type>(value_); }

    friend constexpr bool operator==(one_of, one_of) noexcept = default;
    friend constexpr bool operator==(one_of a, E b) noexcept { return a.value_ == b; }

private:
    E value_{};
};

/// A field holding one of E's enumerators, sent as its name (`"Online"`). Build it from an enumerator; a
/// string literal does not compile. A decoded value keeps whatever name the JSON held: value() is empty and
/// validate() refuses it when the name is not one of E's.
template <described_enum E>
class named {
public:
    using enum_type = E;

    named() = default;
    named(E v) : name_(boost::describe::enum_to_string(v, "")) {}

    // A template so that it fires only when someone writes a string.
    template <class S>
        requires std::convertible_to<S, std::string_view>
    named(S&&) {
        static_assert(detail::dependent_false<S>,
                      "timrest: this field takes one of its enum's enumerators (e.g. account_status::Imported), not a "
                      "string; `timrest endpoints --json` lists them. A name known only at run time: "
                      "named<E>::from_name(s), which validate() checks.");
    }

    /// Any name, unchecked here: validate() refuses one that is not an enumerator of E.
    static named from_name(std::string name) {
        named out;
        out.name_ = std::move(name);
        return out;
    }

    /// The enumerator, or nothing for a name E does not know.
    std::optional<E> value() const noexcept {
        std::optional<E> out;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
            if (!out && name_ == D.name) out = D.value;
        });
        return out;
    }
    const std::string& name() const noexcept { return name_; }

    friend bool operator==(const named&, const named&) = default;
    friend bool operator==(const named& a, E b) { return a.value() == b; }

private:
    std::string name_;
};

/// An integer in [Min, Max], such as a bit position. A constant expression outside the bounds does not compile;
/// any other value is checked by validate().
template <std::integral T, T Min, T Max>
class in_range {
    static_assert(Min <= Max, "timrest: in_range<T, Min, Max> needs Min <= Max");

public:
    using value_type = T;
    static constexpr T min = Min;
    static constexpr T max = Max;

    constexpr in_range() noexcept = default;
    constexpr in_range(T v) noexcept : value_(v) {
        if (std::is_constant_evaluated() && (v < Min || v > Max)) value_outside_in_range_bounds();
    }

    constexpr T value() const noexcept { return value_; }
    constexpr operator T() const noexcept { return value_; }  // and so it compares as a T

private:
    // Not constexpr: reaching it in a constant expression is the compile error, and its name is the message.
    static void value_outside_in_range_bounds() noexcept {}

    T value_ = Min;
};

namespace detail {

template <class E>
struct has_own_wire<one_of<E>> : std::true_type {};
template <class E>
struct has_own_wire<named<E>> : std::true_type {};
template <class T, T Min, T Max>
struct has_own_wire<in_range<T, Min, Max>> : std::true_type {};

// "1 (c2c), 2 (group)" or "\"Imported\", \"NotImported\"": the allowed values as messages list them.
template <class E, class Show>
std::string list_enumerators(Show show) {
    std::string out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
        if (!out.empty()) out += ", ";
        out += show(D);
    });
    return out;
}

template <class E>
struct wire<one_of<E>, own_kind> {
    using T = one_of<E>;
    using number = wire<typename T::underlying_type>;

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { number::write(v.number(), out); }
    static bool read(const json::value& in, T& v, reader& r) {
        typename T::underlying_type n{};
        if (!number::read(in, n, r)) return false;
        v = static_cast<E>(n);  // kept even when unknown; see the top of this file
        return true;
    }
    static void validate(const T& v, validator& c) {
        if (!is_enumerator(v.value()))
            c.violate("one of " + list_enumerators<E>([](auto D) {
                          return std::to_string(static_cast<typename T::underlying_type>(D.value)) + " (" + D.name + ")";
                      }) + ", got " + std::to_string(v.number()));
    }
    static void schema(json::object& out) {
        number::schema(out);
        auto& values = out["one_of"].emplace_array();
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) {
            values.push_back(json::object{{"value", static_cast<typename T::underlying_type>(D.value)}, {"name", D.name}});
        });
    }
};

template <class E>
struct wire<named<E>, own_kind> {
    using T = named<E>;

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v.name(); }
    static bool read(const json::value& in, T& v, reader& r) {
        auto s = in.if_string();
        if (!s) return r.fail_type("string", in);
        v = T::from_name(std::string(s->data(), s->size()));  // kept even when unknown; see the top of this file
        return true;
    }
    static void validate(const T& v, validator& c) {
        if (!v.value())
            c.violate("one of " + list_enumerators<E>([](auto D) { return quoted(D.name); }) + ", got " +
                      quoted(v.name()));
    }
    static void schema(json::object& out) {
        out["type"] = "string";
        auto& values = out["one_of"].emplace_array();
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { values.push_back(D.name); });
    }
};

template <class V, V Min, V Max>
struct wire<in_range<V, Min, Max>, own_kind> {
    using T = in_range<V, Min, Max>;
    using number = wire<V>;

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { number::write(v.value(), out); }
    static bool read(const json::value& in, T& v, reader& r) {
        V n{};
        if (!number::read(in, n, r)) return false;
        v = T(n);
        return true;
    }
    static void validate(const T& v, validator& c) {
        if (v.value() < Min || v.value() > Max)
            c.violate("in [" + std::to_string(Min) + ", " + std::to_string(Max) + "], got " + std::to_string(v.value()));
    }
    static void schema(json::object& out) {
        number::schema(out);
        out["minimum"] = Min;
        out["maximum"] = Max;
    }
};

}  // namespace detail

}  // namespace timrest

#endif
