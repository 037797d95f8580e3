#ifndef TIMREST_CORE_DETAIL_WIRE_TRAITS_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_WIRE_TRAITS_HPP_INCLUDED

// One trait per kind of wire member: how it is written, read, validated and described. Every walker in
// core/ (encode, decode, validate, schema) goes through wire<T>, so a kind is handled in exactly one place.
//
// Boost.JSON's own conversion of described structs is not used: on Boost 1.81 it rejects unknown keys and
// missing optionals and writes null for empty optionals, while the Chat API adds keys without notice and
// leaves optional ones out.

#include "timrest/core/detail/config.hpp"
#include "timrest/core/detail/describe_check.hpp"
#include "timrest/core/detail/json_path.hpp"
#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/field_error.hpp"

#include <boost/describe/members.hpp>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/utility.hpp>

#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace timrest::detail {

namespace json = boost::json;

template <class T> struct is_required : std::false_type {};
template <class T> struct is_required<required<T>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T, std::size_t A, std::size_t B> struct is_optional<optional_list<T, A, B>> : std::true_type {};
template <class T> struct is_text : std::false_type {};
template <std::size_t N> struct is_text<text<N>> : std::true_type {};
template <class T> struct is_sequence : std::false_type {};
template <class T, std::size_t A, std::size_t B> struct is_sequence<list<T, A, B>> : std::true_type {};
template <class T> struct is_sequence<std::vector<T>> : std::true_type {};
// vector<bool> has no bool& to decode into; an array of booleans has no use in the Chat API either.
template <> struct is_sequence<std::vector<bool>> : std::false_type {};
template <std::size_t A, std::size_t B> struct is_sequence<list<bool, A, B>> : std::false_type {};

template <class T>
using is_described_struct = boost::describe::has_describe_members<T>;

struct required_kind {};
struct optional_kind {};
struct text_kind {};
struct sequence_kind {};
struct object_kind {};
struct string_kind {};
struct boolean_kind {};
struct integer_kind {};
struct number_kind {};
struct json_kind {};
struct unsupported_kind {};

template <class T>
using kind_of = boost::mp11::mp_cond<
    is_required<T>, required_kind,
    is_optional<T>, optional_kind,
    is_text<T>, text_kind,
    is_sequence<T>, sequence_kind,
    is_described_struct<T>, object_kind,
    std::is_same<T, std::string>, string_kind,
    std::is_same<T, bool>, boolean_kind,
    std::is_integral<T>, integer_kind,
    std::is_floating_point<T>, number_kind,
    std::is_same<T, json::value>, json_kind,
    has_own_wire<T>, own_kind,
    boost::mp11::mp_true, unsupported_kind>;

// State shared by a decode walk: where we are, and the first thing that went wrong.
struct reader {
    json_path path;
    bool reject_unknown_keys = false;
    bool keep_defaults = false;  // an absent plain member keeps its default instead of being an error
    bool enforce_array_bounds = false;  // an array longer than its declared bound fails at once
    // Heap bytes the decoded value may still take: a reply's arrays are sized by whoever sent it, and a few
    // bytes of JSON (`{},`) can become hundreds of bytes of struct.
    std::size_t memory_left = std::numeric_limits<std::size_t>::max();
    std::optional<field_error> error;

    bool spend(std::size_t bytes) {
        if (bytes <= memory_left) {
            memory_left -= bytes;
            return true;
        }
        return fail("decoding this value needs more memory than the reply's budget allows (" +
                    std::to_string(bytes) + " bytes more, " + std::to_string(memory_left) + " left)");
    }
    // What a string of n bytes costs beyond the std::string itself (short strings live inside it).
    bool spend_string(std::size_t n) { return n < 16 || spend(n + 1); }

    bool fail(std::string message) {
        error = field_error{path.str(), std::move(message)};
        return false;
    }
    bool fail_type(std::string_view expected, const json::value& got) {
        return fail("expected " + std::string(expected) + ", got " + std::string(json_type_name(got)));
    }
    static std::string_view json_type_name(const json::value& v) noexcept {
        switch (v.kind()) {
            case json::kind::null: return "null";
            case json::kind::bool_: return "boolean";
            case json::kind::int64:
            case json::kind::uint64: return "integer";
            case json::kind::double_: return "number";
            case json::kind::string: return "string";
            case json::kind::array: return "array";
            case json::kind::object: return "object";
        }
        return "unknown";
    }
};

// State shared by a validation walk: every violation, each with its path.
struct validator {
    json_path path;
    std::vector<field_error> violations;

    void violate(std::string message) { violations.push_back(field_error{path.str(), std::move(message)}); }
};

// Names T in the compiler's output when it has no wire encoding.
template <class T>
struct no_wire_encoding_for;

template <class T, class Kind = kind_of<T>>
struct wire {
    static_assert(dependent_false<T>,
                  "timrest: this member type has no JSON wire encoding. Use std::string, text<N>, bool, an integer, a double, "
                  "list<...>, std::vector<...>, std::optional<...>, required<...>, boost::json::value, or a struct "
                  "described with BOOST_DESCRIBE_STRUCT (see no_wire_encoding_for<T> below).");
    no_wire_encoding_for<T> name_it;  // an incomplete member: the compiler's note names T

    // Declared only, so that the assertion above is the one error a caller sees.
    static bool present(const T&) noexcept;
    static void write(const T&, json::value&);
    static bool read(const json::value&, T&, reader&);
    static void validate(const T&, validator&);
    static void schema(json::object&);
};

template <class T>
inline constexpr bool may_be_absent = std::is_same_v<kind_of<T>, optional_kind>;

// A value to decode into. Structs holding required<> members cannot be default-constructed (on purpose), so
// build them member by member in the unset state; this relies on every member being described, in order.
template <class T>
T blank();

template <class T, class D>
using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;

// Whether a member must be given a value to build its struct: required<>, a list that needs elements, or a
// struct holding either.
template <class M>
constexpr bool needs_value();

template <class T, template <class...> class L, class... D>
constexpr bool any_needs_value(L<D...>) {
    return (needs_value<member_type<T, D>>() || ... || false);
}

template <class M>
constexpr bool needs_value() {
    if constexpr (is_required<M>::value || nonempty_list<M>::value)
        return true;
    else if constexpr (is_described_struct<M>::value)
        return any_needs_value<M>(boost::describe::describe_members<M, boost::describe::mod_public>{});
    else
        return false;
}

template <class T, class D>
inline constexpr bool is_plain_leaf = !needs_value<member_type<T, D>>() && !is_optional<member_type<T, D>>::value &&
                                      !is_described_struct<member_type<T, D>>::value;

// Builds T from its first members, up to the last one that needs a value: members after that keep their
// default member initializers (AssistFlags = 15), which an explicit initializer would overwrite.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"  // leaving the rest to their defaults is the point
#endif
template <class T, template <class...> class L, class... D, std::size_t... I>
T blank_prefix(L<D...>, std::index_sequence<I...>) {
    using list = boost::mp11::mp_list<D...>;
    return T{blank<member_type<T, boost::mp11::mp_at_c<list, I>>>()...};
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

template <class T, template <class...> class L, class... D>
T blank_struct(L<D...> members) {
    constexpr bool needs[] = {false, needs_value<member_type<T, D>>()...};
    constexpr bool plain[] = {false, is_plain_leaf<T, D>...};
    constexpr std::size_t prefix = [&] {
        std::size_t n = 0;
        for (std::size_t i = 1; i <= sizeof...(D); ++i)
            if (needs[i]) n = i;
        return n;
    }();
    constexpr bool plain_first = [&] {
        for (std::size_t i = 1; i < prefix; ++i)
            if (plain[i]) return true;
        return false;
    }();
    static_assert(!plain_first,
                  "timrest: in a wire struct, declare plain members (those with a default value) after every "
                  "required<> member (and every list that needs elements), so that decoding keeps their defaults: "
                  "move the plain members below them");
    return blank_prefix<T>(members, std::make_index_sequence<prefix>{});
}

template <class T>
T blank() {
    if constexpr (is_required<T>::value) {
        return T(blank<typename T::value_type>());  // the value may itself hold required<> members
    } else if constexpr (is_described_struct<T>::value) {
        if constexpr (check_described<T>())
            return blank_struct<T>(boost::describe::describe_members<T, boost::describe::mod_public>{});
        else
            std::abort();  // not reached: check_described has said what to fix, and this keeps it the only error
    } else {
        return unset_value<T>();
    }
}

template <class T>
struct wire<T, required_kind> {
    using inner = wire<typename T::value_type>;
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { inner::write(*v, out); }
    static bool read(const json::value& in, T& v, reader& r) { return inner::read(in, *v, r); }
    static void validate(const T& v, validator& c) { inner::validate(*v, c); }
    static void schema(json::object& out) { inner::schema(out); }
};

template <class T>
struct wire<T, optional_kind> {
    using value_type = typename T::value_type;
    using inner = wire<value_type>;
    static bool present(const T& v) noexcept { return v.has_value(); }
    static void write(const T& v, json::value& out) { inner::write(*v, out); }
    static bool read(const json::value& in, T& v, reader& r) {
        if (in.is_null()) {  // some services send null for "not set"
            v.reset();
            return true;
        }
        v.emplace(blank<value_type>());
        return inner::read(in, *v, r);
    }
    static void validate(const T& v, validator& c) {
        if (v) inner::validate(*v, c);
    }
    static void schema(json::object& out) { inner::schema(out); }
};

template <class T>
struct wire<T, text_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v.str(); }
    static bool read(const json::value& in, T& v, reader& r) {
        auto s = in.if_string();
        if (!s) return r.fail_type("string", in);
        if (!r.spend_string(s->size())) return false;
        v = T(std::string(s->data(), s->size()));
        return true;
    }
    static void validate(const T& v, validator& c) {
        validate_size(v, c);
        validate_no_nul(v, c);
    }
    static void validate_size(const T& v, validator& c) {
        if (v.size() > T::max_bytes)
            c.violate("at most " + std::to_string(T::max_bytes) + " bytes, got " + std::to_string(v.size()));
    }
    static void validate_no_nul(const T& v, validator& c) {
        if (auto nul = v.str().find('\0'); nul != std::string::npos)
            c.violate("a NUL byte at offset " + std::to_string(nul) +
                      " (a const char array is sent up to its last non-NUL byte; for a C string in a buffer, "
                      "pass std::string(buffer))");
    }
    static void schema(json::object& out) {
        out["type"] = "string";
        out["max_bytes"] = T::max_bytes;
    }
};

template <class T>
struct wire<T, string_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v; }
    static bool read(const json::value& in, T& v, reader& r) {
        auto s = in.if_string();
        if (!s) return r.fail_type("string", in);
        if (!r.spend_string(s->size())) return false;
        v.assign(s->data(), s->size());
        return true;
    }
    static void validate(const T&, validator&) {}
    static void schema(json::object& out) { out["type"] = "string"; }
};

template <class T>
struct wire<T, boolean_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v; }
    static bool read(const json::value& in, T& v, reader& r) {
        auto b = in.if_bool();
        if (!b) return r.fail_type("boolean", in);
        v = *b;
        return true;
    }
    static void validate(const T&, validator&) {}
    static void schema(json::object& out) { out["type"] = "boolean"; }
};

template <class T>
struct wire<T, integer_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) {
        if constexpr (std::is_signed_v<T>)
            out = static_cast<std::int64_t>(v);
        else
            out = static_cast<std::uint64_t>(v);
    }
    static bool read(const json::value& in, T& v, reader& r) {
        if (auto i = in.if_int64()) return store(*i, v, r);
        if (auto u = in.if_uint64()) return store(*u, v, r);
        return r.fail_type("integer", in);
    }
    static void validate(const T&, validator&) {}
    static void schema(json::object& out) {
        out["type"] = "integer";
        out["format"] = (std::is_signed_v<T> ? "int" : "uint") + std::to_string(8 * sizeof(T));
    }

private:
    template <class I>
    static bool store(I got, T& v, reader& r) {
        if (!std::in_range<T>(got))
            return r.fail("expected an integer in [" + std::to_string(std::numeric_limits<T>::min()) + ", " +
                          std::to_string(std::numeric_limits<T>::max()) + "], got " + std::to_string(got));
        v = static_cast<T>(got);
        return true;
    }
};

// Coordinates (TIMLocationElem's Latitude and Longitude) are JSON numbers with a fraction; an integer is
// a number too.
template <class T>
struct wire<T, number_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = static_cast<double>(v); }
    static bool read(const json::value& in, T& v, reader& r) {
        if (!in.is_number()) return r.fail_type("number", in);
        v = static_cast<T>(in.to_number<double>());
        return true;
    }
    static void validate(const T&, validator&) {}
    static void schema(json::object& out) { out["type"] = "number"; }
};

template <class T>
struct wire<T, json_kind> {
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v; }
    static bool read(const json::value& in, T& v, reader&) {
        v = in;
        return true;
    }
    static void validate(const T&, validator&) {}
    static void schema(json::object& out) { out["type"] = "any"; }
};

template <class T>
struct sequence_bounds {
    static constexpr std::size_t min_size = 0;
    static constexpr std::size_t max_size = unbounded;
};
template <class T, std::size_t A, std::size_t B>
struct sequence_bounds<list<T, A, B>> {
    static constexpr std::size_t min_size = A;
    static constexpr std::size_t max_size = B;
};

template <class T>
struct wire<T, sequence_kind> {
    using value_type = typename T::value_type;
    using inner = wire<value_type>;
    using bounds = sequence_bounds<T>;

    template <class S>  // T or const T
    static auto& items(S& v) noexcept {
        if constexpr (std::is_same_v<std::remove_const_t<S>, std::vector<value_type>>)
            return v;
        else
            return v.items();
    }

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) {
        auto& arr = out.emplace_array();
        arr.reserve(items(v).size());
        for (const auto& e : items(v)) wire<value_type>::write(e, arr.emplace_back(nullptr));
    }
    static bool read(const json::value& in, T& v, reader& r) {
        auto arr = in.if_array();
        if (!arr) return r.fail_type("array", in);
        // The declared bound holds for replies too: more elements than the service documents is not a reply of
        // this endpoint, and must not cost memory. (Fewer is tolerated: the service leaves things out.)
        if (r.enforce_array_bounds && arr->size() > bounds::max_size)
            return r.fail("at most " + count(bounds::max_size) + ", got " + std::to_string(arr->size()));
        if (!r.spend(arr->size() * sizeof(value_type))) return false;
        auto& out = items(v);
        out.clear();
        out.reserve(arr->size());
        for (std::size_t i = 0; i < arr->size(); ++i) {
            json_path::scope at(r.path, i);
            if (!inner::read((*arr)[i], out.emplace_back(blank<value_type>()), r)) return false;
        }
        return true;
    }
    static void validate(const T& v, validator& c) {
        const auto n = items(v).size();
        if (bounds::min_size == bounds::max_size && n != bounds::min_size)
            c.violate("exactly " + count(bounds::min_size) + ", got " + std::to_string(n));
        else if (n < bounds::min_size)
            c.violate("at least " + count(bounds::min_size) + ", got " + std::to_string(n));
        else if (n > bounds::max_size)
            c.violate("at most " + count(bounds::max_size) + ", got " + std::to_string(n));
        for (std::size_t i = 0; i < n; ++i) {
            json_path::scope at(c.path, i);
            inner::validate(items(v)[i], c);
        }
        if constexpr (requires { inner::validate_list(items(v), c); }) inner::validate_list(items(v), c);
    }

    static void schema(json::object& out) {
        out["type"] = "array";
        if (bounds::min_size != 0) out["min_items"] = bounds::min_size;
        if (bounds::max_size != unbounded) out["max_items"] = bounds::max_size;
        inner::schema(out["items"].emplace_object());
    }

private:
    static std::string count(std::size_t n) { return std::to_string(n) + (n == 1 ? " element" : " elements"); }
};

// A struct may add rules across its fields (for example "To_Account is required when Type is 1") as
// `static constexpr auto rules = timrest::rules(...)`; the validator applies them after the fields.
template <class T>
concept has_rules = requires { T::rules; };

template <class T>
struct wire<T, object_kind> {
    static_assert(assert_described<T>());  // every walker passes here, for request, response and nested structs

    using members = boost::describe::describe_members<T, boost::describe::mod_public>;

    static bool present(const T&) noexcept { return true; }

    static void write(const T& v, json::value& out) {
        auto& obj = out.emplace_object();
        obj.reserve(boost::mp11::mp_size<members>::value);
        boost::mp11::mp_for_each<members>([&](auto D) {
            const auto& m = v.*D.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            if (wire<M>::present(m)) wire<M>::write(m, obj[D.name]);
        });
    }

    static bool read(const json::value& in, T& v, reader& r) {
        auto obj = in.if_object();
        if (!obj) return r.fail_type("object", in);
        bool ok = true;
        boost::mp11::mp_for_each<members>([&](auto D) {
            if (!ok) return;
            auto& m = v.*D.pointer;
            using M = std::remove_cvref_t<decltype(m)>;
            json_path::scope at(r.path, std::string_view(D.name));
            auto it = obj->find(D.name);
            if (it == obj->end())
                ok = may_be_absent<M> || (r.keep_defaults && !is_required<M>::value) ||
                     r.fail("required field is missing");
            else
                ok = wire<M>::read(it->value(), m, r);
        });
        if (ok && r.reject_unknown_keys) {
            for (const auto& kv : *obj) {
                if (!is_member(kv.key())) {
                    json_path::scope at(r.path, std::string_view(kv.key()));
                    return r.fail("unknown field (keys are case-sensitive)");
                }
            }
        }
        return ok;
    }

    static void validate(const T& v, validator& c) {
        boost::mp11::mp_for_each<members>([&](auto D) {
            const auto& m = v.*D.pointer;
            json_path::scope at(c.path, std::string_view(D.name));
            wire<std::remove_cvref_t<decltype(m)>>::validate(m, c);
        });
        if constexpr (has_rules<T>) T::rules.check(v, c);
    }

    static void schema(json::object& out) {
        out["type"] = "object";
        auto& fields = out["fields"].emplace_array();
        boost::mp11::mp_for_each<members>([&](auto D) {
            using M = std::remove_cvref_t<decltype(std::declval<const T&>().*D.pointer)>;
            auto& f = fields.emplace_back(json::object()).as_object();
            f["name"] = D.name;
            f["required"] = !may_be_absent<M>;
            wire<M>::schema(f);
        });
        if constexpr (has_rules<T>) out["rules"] = T::rules.describe();
    }

    static bool is_member(std::string_view key) noexcept {
        bool found = false;
        boost::mp11::mp_for_each<members>([&](auto D) { found = found || key == D.name; });
        return found;
    }
};

}  // namespace timrest::detail

#endif
