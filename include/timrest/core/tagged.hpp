#ifndef TIMREST_CORE_TAGGED_HPP_INCLUDED
#define TIMREST_CORE_TAGGED_HPP_INCLUDED

// tagged<Shape, Alternatives...>: a JSON object whose content's shape depends on a tag, such as a message
// element `{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}`.
//
//   struct text_elem {
//       static constexpr std::string_view tag = "TIMTextElem";    // each alternative declares its tag
//       required<std::string> Text;
//   };
//   BOOST_DESCRIBE_STRUCT(text_elem, (), (Text))
//
//   struct msg_element_shape {
//       static constexpr std::string_view tag_key = "MsgType";      // the key holding the tag
//       static constexpr std::string_view content_key = "MsgContent";  // the key holding the content
//       using limits = boost::mp11::mp_list<at_most<custom_elem, 1>>;  // optional: per list of elements
//       static constexpr std::size_t max_list_json_bytes = 12 * 1024;  // optional: per list of elements
//   };
//   using msg_element = tagged<msg_element_shape, text_elem, custom_elem, ...>;
//
// An element is built from an alternative (`text_elem{.Text = "hi"}`), so a list of them is written
// `.MsgBody = {text_elem{.Text = "hi"}, custom_elem{.Data = "..."}}`. A list literal that breaks a limit does
// not compile; a list built at run time is checked by validate(), with the JSON size.
//
// A reply whose tag this declaration does not know decodes into raw_alternative (the tag and the content as
// JSON) instead of failing, and re-encodes as it came: the service adds element types without notice.

#include "timrest/core/detail/config.hpp"
#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace timrest {

/// An alternative whose tag the declaration does not know, kept as it came.
struct raw_alternative {
    std::string tag;
    boost::json::value content;  ///< null when the object had no content key
};

/// A limit of a tagged shape: a list of its elements holds at most N of alternative A.
template <class A, std::size_t N>
struct at_most {
    using alternative = A;
    static constexpr std::size_t count = N;
};

namespace detail {

template <class A>
concept declares_tag = requires {
    { A::tag } -> std::convertible_to<std::string_view>;
};

template <class Shape>
concept tagged_shape = requires {
    { Shape::tag_key } -> std::convertible_to<std::string_view>;
    { Shape::content_key } -> std::convertible_to<std::string_view>;
};

template <class Shape>
struct shape_limits {
    using type = boost::mp11::mp_list<>;
};
template <class Shape>
    requires requires { typename Shape::limits; }
struct shape_limits<Shape> {
    using type = typename Shape::limits;
};

template <class Shape>
constexpr std::size_t max_list_json_bytes() {
    if constexpr (requires { Shape::max_list_json_bytes; })
        return Shape::max_list_json_bytes;
    else
        return unbounded;
}

template <class... A>
constexpr bool distinct_tags() {
    constexpr std::string_view tags[] = {std::string_view(A::tag)...};
    for (std::size_t i = 0; i < sizeof...(A); ++i)
        for (std::size_t j = i + 1; j < sizeof...(A); ++j)
            if (tags[i] == tags[j]) return false;
    return true;
}

}  // namespace detail

/// One of Alternatives (or, from a reply, a raw_alternative), written as a tag and its content.
template <class Shape, class... Alternatives>
class tagged {
    static_assert(detail::tagged_shape<Shape>,
                  "timrest: the first argument of tagged<Shape, ...> names the keys: declare "
                  "`static constexpr std::string_view tag_key = \"MsgType\";` and "
                  "`static constexpr std::string_view content_key = \"MsgContent\";` in Shape");
    static_assert(sizeof...(Alternatives) > 0, "timrest: a tagged<Shape, ...> needs at least one alternative");
    static_assert((detail::declares_tag<Alternatives> && ...),
                  "timrest: each alternative of a tagged<> declares its tag: add "
                  "`static constexpr std::string_view tag = \"TIMTextElem\";` to the struct");
    static_assert((boost::describe::has_describe_members<Alternatives>::value && ...),
                  "timrest: each alternative of a tagged<> is a struct described with BOOST_DESCRIBE_STRUCT");

public:
    using shape = Shape;
    using alternatives = boost::mp11::mp_list<Alternatives...>;
    using variant_type = std::variant<Alternatives..., raw_alternative>;

    /// What decoding starts from; replaced by what the reply holds.
    tagged() : value_(std::in_place_type<raw_alternative>) {}

    // No catch-all constructor with a static_assert for other types: it would make tagged<> constructible from
    // anything, and the checks that count a struct's members (describe_check.hpp) would miscount.
    template <class A>
        requires(std::same_as<std::remove_cvref_t<A>, Alternatives> || ... ||
                 std::same_as<std::remove_cvref_t<A>, raw_alternative>)
    tagged(A&& alternative) : value_(std::forward<A>(alternative)) {}

    /// The tag as it goes on the wire.
    std::string_view tag() const noexcept {
        return std::visit(
            [](const auto& a) -> std::string_view {
                if constexpr (std::is_same_v<std::remove_cvref_t<decltype(a)>, raw_alternative>)
                    return a.tag;
                else
                    return std::remove_cvref_t<decltype(a)>::tag;
            },
            value_);
    }

    template <class A>
    bool holds() const noexcept {
        return std::holds_alternative<A>(value_);
    }
    template <class A>
    A* get_if() noexcept {
        return std::get_if<A>(&value_);
    }
    template <class A>
    const A* get_if() const noexcept {
        return std::get_if<A>(&value_);
    }
    variant_type& variant() noexcept { return value_; }
    const variant_type& variant() const noexcept { return value_; }

    /// Checks, for a list literal of elements, the shape's per-list limits (called by list<>'s constructor).
    template <class... Given>
    static constexpr void check_literal_list() {
        boost::mp11::mp_for_each<typename detail::shape_limits<Shape>::type>([](auto limit) {
            using L = decltype(limit);
            constexpr std::size_t n = (std::size_t{std::is_same_v<Given, typename L::alternative>} + ... + 0);
            static_assert(n <= L::count,
                          "timrest: this list holds more elements of one alternative than its declaration allows "
                          "(at_most<Alternative, N> in the note above; a message carries at most one "
                          "TIMCustomElem): remove the extra ones or send them in separate calls");
        });
    }

private:
    variant_type value_;
};

namespace detail {

template <class S, class... A>
struct has_own_wire<tagged<S, A...>> : std::true_type {};

template <class S, class... A>
struct wire<tagged<S, A...>, own_kind> {
    using T = tagged<S, A...>;
    static_assert(distinct_tags<A...>(), "timrest: two alternatives of this tagged<> declare the same tag");

    static bool present(const T&) noexcept { return true; }

    static void write(const T& v, json::value& out) {
        auto& obj = out.emplace_object();
        obj[S::tag_key] = v.tag();
        std::visit(
            [&](const auto& a) {
                using X = std::remove_cvref_t<decltype(a)>;
                if constexpr (std::is_same_v<X, raw_alternative>) {
                    if (!a.content.is_null()) obj[S::content_key] = a.content;
                } else {
                    wire<X>::write(a, obj[S::content_key]);
                }
            },
            v.variant());
    }

    static bool read(const json::value& in, T& v, reader& r) {
        const auto* obj = in.if_object();
        if (!obj) return r.fail_type("object", in);
        const auto* tag = obj->if_contains(S::tag_key);
        if (!tag) {
            json_path::scope at(r.path, S::tag_key);
            return r.fail("required field is missing");
        }
        const auto* name = tag->if_string();
        if (!name) {
            json_path::scope at(r.path, S::tag_key);
            return r.fail_type("string", *tag);
        }
        const auto* content = obj->if_contains(S::content_key);
        bool known = false, ok = true;
        boost::mp11::mp_for_each<boost::mp11::mp_list<boost::mp11::mp_identity<A>...>>([&](auto alternative) {
            using X = typename decltype(alternative)::type;
            if (known || std::string_view(*name) != X::tag) return;
            known = true;
            json_path::scope at(r.path, S::content_key);
            auto& x = v.variant().template emplace<X>(blank<X>());
            ok = content ? wire<X>::read(*content, x, r) : r.fail("required field is missing");
        });
        if (!known) {
            if (!r.spend_string(name->size())) return false;
            v.variant().template emplace<raw_alternative>(
                raw_alternative{std::string(*name), content ? *content : json::value()});
        }
        return ok;
    }

    static void validate(const T& v, validator& c) {
        std::visit(
            [&](const auto& a) {
                using X = std::remove_cvref_t<decltype(a)>;
                if constexpr (!std::is_same_v<X, raw_alternative>) {
                    json_path::scope at(c.path, S::content_key);
                    wire<X>::validate(a, c);
                }
            },
            v.variant());
    }

    /// The shape's rules over a whole list of elements; the sequence walker calls it after the elements.
    static void validate_list(const std::vector<T>& items, validator& c) {
        boost::mp11::mp_for_each<typename shape_limits<S>::type>([&](auto limit) {
            using L = decltype(limit);
            std::size_t n = 0;
            for (const auto& e : items) n += e.template holds<typename L::alternative>();
            if (n > L::count)
                c.violate("at most " + std::to_string(L::count) + " " + std::string(L::alternative::tag) +
                          (L::count == 1 ? "" : "s") + ", got " + std::to_string(n));
        });
        if constexpr (max_list_json_bytes<S>() != unbounded) {
            std::size_t bytes = 2 + (items.empty() ? 0 : items.size() - 1);  // [ ] and the commas
            for (const auto& e : items) {
                json::value out;
                write(e, out);
                bytes += json::serialize(out).size();
            }
            if (bytes > max_list_json_bytes<S>())
                c.violate("at most " + std::to_string(max_list_json_bytes<S>()) + " bytes of JSON, got " +
                          std::to_string(bytes));
        }
    }

    static void schema(json::object& out) {
        out["type"] = "tagged";
        out["tag_key"] = S::tag_key;
        out["content_key"] = S::content_key;
        auto& alternatives = out["alternatives"].emplace_array();
        boost::mp11::mp_for_each<boost::mp11::mp_list<boost::mp11::mp_identity<A>...>>([&](auto alternative) {
            using X = typename decltype(alternative)::type;
            json::object a;
            a["tag"] = X::tag;
            wire<X>::schema(a["content"].emplace_object());
            alternatives.push_back(std::move(a));
        });
        auto& limits = out["list_limits"].emplace_array();
        boost::mp11::mp_for_each<typename shape_limits<S>::type>([&](auto limit) {
            using L = decltype(limit);
            limits.push_back(json::object{{"tag", L::alternative::tag}, {"at_most", L::count}});
        });
        if constexpr (max_list_json_bytes<S>() != unbounded) out["list_max_json_bytes"] = max_list_json_bytes<S>();
    }
};

}  // namespace detail

}  // namespace timrest

#endif
