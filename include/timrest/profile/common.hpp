#ifndef TIMREST_PROFILE_COMMON_HPP_INCLUDED
#define TIMREST_PROFILE_COMMON_HPP_INCLUDED

// What the v4/profile endpoints share: the profile item `{"Tag": ..., "Value": ...}`, whose value's type
// depends on its tag, the standard tags with their documented types and bounds, and the error rows.
//
//   .ProfileItem = {profile::profile_item{profile::tags::nick, "Bob"},
//                   profile::profile_item{profile::tags::gender, profile::gender::Gender_Type_Male},
//                   profile::profile_item{profile::tags::level, 3},
//                   profile::profile_item{profile::tags::custom("Test"), "anything"}}
//
//   item.get(profile::tags::nick)   // std::optional<std::string>: empty for another tag or a wrong type
//   profile::find(items, profile::tags::level)  // the same over a list of items
//
// The standard tags and their bounds are those of the Profile Management page
// (https://www.tencentcloud.com/document/product/1047/33520): Nick, SelfSignature and Image are strings of at
// most 500 bytes, Location of at most 16; Gender, AllowType and AdminForbidType are strings from a set;
// BirthDay, Language, MsgSettings, Level and Role are uint32 integers. Every value is at most 500 bytes; a tag
// holds only letters, digits and underscores. App-defined tags start with Tag_Profile_Custom_ and hold a
// string (at most 500 bytes) or an integer: that page's overview says integers are "not supported for custom
// fields", while the portrait pages give Value as "uint64_t/string/bytes" and the console creates integer
// custom fields; both are accepted. A tag this declaration does not know (one added later by the service) is
// kept as it came and re-encoded the same, its value as JSON; validate() checks only its name and size.
// A standard tag with a value of the wrong JSON type is refused by validate(), naming the tag.

#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace timrest::profile {

/// Tag_Profile_IM_Gender values.
enum class gender { Gender_Type_Unknown, Gender_Type_Female, Gender_Type_Male };
BOOST_DESCRIBE_ENUM(gender, Gender_Type_Unknown, Gender_Type_Female, Gender_Type_Male)

/// Tag_Profile_IM_AllowType values: how friend requests to the user are handled.
enum class allow_type { AllowType_Type_NeedConfirm, AllowType_Type_AllowAny, AllowType_Type_DenyAny };
BOOST_DESCRIBE_ENUM(allow_type, AllowType_Type_NeedConfirm, AllowType_Type_AllowAny, AllowType_Type_DenyAny)

/// Tag_Profile_IM_AdminForbidType values: whether the admin forbids the user to send friend requests.
enum class admin_forbid_type { AdminForbid_Type_None, AdminForbid_Type_SendOut };
BOOST_DESCRIBE_ENUM(admin_forbid_type, AdminForbid_Type_None, AdminForbid_Type_SendOut)

/// Any profile value: at most this many bytes (40601 beyond).
inline constexpr std::size_t max_value_bytes = 500;

/// The prefix of app-defined tags.
inline constexpr std::string_view custom_prefix = "Tag_Profile_Custom_";

namespace json = boost::json;

/// What is wrong with a profile value, with the code the service answers for it (portrait_set's table).
struct value_problem {
    int code;             ///< 40601 too long, 40605 outside the tag's values, 40610 wrong type
    std::string message;  ///< names the tag
};

namespace value_checks {

inline std::string kind_name(const json::value& v) {
    return std::string(timrest::detail::reader::json_type_name(v));
}

inline std::optional<value_problem> wrong_type(std::string_view tag, std::string_view expected, const json::value& v) {
    return value_problem{40610, std::string(tag) + " takes " + std::string(expected) + ", got " + kind_name(v)};
}

inline std::optional<value_problem> check_string(std::string_view tag, std::size_t max_bytes, const json::value& v) {
    const auto* s = v.if_string();
    if (!s) return wrong_type(tag, "a string", v);
    if (s->size() > max_bytes)
        return value_problem{40601, std::string(tag) + " takes at most " + std::to_string(max_bytes) + " bytes, got " +
                                        std::to_string(s->size())};
    return std::nullopt;
}

// An integer in [0, Max] as JSON holds it, or nothing.
template <class T>
std::optional<T> unsigned_of(const json::value& v) {
    if (auto u = v.if_uint64()) return std::in_range<T>(*u) ? std::optional<T>(static_cast<T>(*u)) : std::nullopt;
    if (auto i = v.if_int64()) return std::in_range<T>(*i) ? std::optional<T>(static_cast<T>(*i)) : std::nullopt;
    return std::nullopt;
}

template <class T>
std::optional<value_problem> check_unsigned(std::string_view tag, const json::value& v) {
    if (!v.is_int64() && !v.is_uint64()) return wrong_type(tag, "an integer", v);
    if (!unsigned_of<T>(v))
        return value_problem{40605, std::string(tag) + " takes an integer in [0, " +
                                        std::to_string(std::numeric_limits<T>::max()) + "], got " + json::serialize(v)};
    return std::nullopt;
}

}  // namespace value_checks

/// A standard tag whose value is a string of at most MaxBytes bytes; a longer literal does not compile.
template <std::size_t MaxBytes>
struct string_tag {
    using value_type = text<MaxBytes>;
    static constexpr std::size_t max_bytes = MaxBytes;
    std::string_view name;

    json::value encode(const value_type& v) const { return json::value(v.str()); }
    std::optional<std::string> decode(const json::value& v) const {
        if (auto s = v.if_string()) return std::string(s->data(), s->size());
        return std::nullopt;
    }
    std::optional<value_problem> check(const json::value& v) const {
        return value_checks::check_string(name, MaxBytes, v);
    }
    json::object schema() const { return {{"type", "string"}, {"max_bytes", MaxBytes}}; }
};

/// A standard tag whose value is a uint32 integer.
struct integer_tag {
    using value_type = std::uint32_t;
    std::string_view name;

    json::value encode(value_type v) const { return json::value(static_cast<std::uint64_t>(v)); }
    std::optional<value_type> decode(const json::value& v) const { return value_checks::unsigned_of<value_type>(v); }
    std::optional<value_problem> check(const json::value& v) const {
        return value_checks::check_unsigned<value_type>(name, v);
    }
    json::object schema() const { return {{"type", "integer"}, {"format", "uint32"}}; }
};

/// A standard tag whose value is one of E's enumerators, sent as its name.
template <described_enum E>
struct enum_tag {
    using value_type = E;
    std::string_view name;

    json::value encode(E v) const { return json::value(boost::describe::enum_to_string(v, "")); }
    std::optional<E> decode(const json::value& v) const {
        const auto* s = v.if_string();
        E out{};
        if (!s || !boost::describe::enum_from_string(std::string(s->data(), s->size()).c_str(), out))
            return std::nullopt;
        return out;
    }
    std::optional<value_problem> check(const json::value& v) const {
        if (!v.is_string()) return value_checks::wrong_type(name, "a string", v);
        if (decode(v)) return std::nullopt;
        return value_problem{40605, std::string(name) + " takes one of " + names() + ", got " +
                                        timrest::detail::quoted(std::string_view(v.get_string()))};
    }
    json::object schema() const {
        json::object out{{"type", "string"}};
        auto& values = out["one_of"].emplace_array();
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { values.push_back(D.name); });
        return out;
    }

private:
    static std::string names() {
        return timrest::detail::list_enumerators<E>([](auto D) { return timrest::detail::quoted(D.name); });
    }
};

/// A value of an app-defined tag: a string or an integer.
using custom_value = std::variant<std::string, std::uint64_t>;

/// An app-defined tag, Tag_Profile_Custom_<key>: tags::custom("Test").
struct custom_tag {
    std::string name;

    std::optional<custom_value> decode(const json::value& v) const {
        if (auto s = v.if_string()) return custom_value(std::string(s->data(), s->size()));
        if (auto u = value_checks::unsigned_of<std::uint64_t>(v)) return custom_value(*u);
        return std::nullopt;
    }
    static std::optional<value_problem> check(std::string_view tag, const json::value& v) {
        if (v.is_string()) return value_checks::check_string(tag, max_value_bytes, v);
        if (v.is_int64() || v.is_uint64()) return value_checks::check_unsigned<std::uint64_t>(tag, v);
        return value_checks::wrong_type(tag, "a string or an integer", v);
    }
    static json::object schema() {
        return {{"type", "string or integer"}, {"max_bytes", max_value_bytes}, {"format", "uint64"}};
    }
};

/// The standard tags, each with its value's type.
namespace tags {
inline constexpr string_tag<500> nick{"Tag_Profile_IM_Nick"};
inline constexpr enum_tag<profile::gender> gender{"Tag_Profile_IM_Gender"};
inline constexpr integer_tag birthday{"Tag_Profile_IM_BirthDay"};  // recommended as yyyymmdd: 20190419
inline constexpr string_tag<16> location{"Tag_Profile_IM_Location"};
inline constexpr string_tag<500> self_signature{"Tag_Profile_IM_SelfSignature"};
inline constexpr enum_tag<profile::allow_type> allow_type{"Tag_Profile_IM_AllowType"};
inline constexpr integer_tag language{"Tag_Profile_IM_Language"};
inline constexpr string_tag<500> image{"Tag_Profile_IM_Image"};           // the avatar's URL
inline constexpr integer_tag msg_settings{"Tag_Profile_IM_MsgSettings"};  // bit 0 set: block messages
inline constexpr enum_tag<profile::admin_forbid_type> admin_forbid_type{"Tag_Profile_IM_AdminForbidType"};
inline constexpr integer_tag level{"Tag_Profile_IM_Level"};
inline constexpr integer_tag role{"Tag_Profile_IM_Role"};

/// Every standard tag, for code that looks a tag up by name.
inline constexpr std::tuple standard{nick,     gender, birthday,     location,          self_signature, allow_type,
                                     language, image,  msg_settings, admin_forbid_type, level,          role};

/// The app-defined tag Tag_Profile_Custom_<key>.
inline custom_tag custom(std::string_view key) {
    return custom_tag{std::string(custom_prefix) + std::string(key)};
}
}  // namespace tags

template <class Tag>
concept standard_tag = requires(const Tag& t, const json::value& v) {
    typename Tag::value_type;
    { t.name } -> std::convertible_to<std::string_view>;
    t.encode(std::declval<const typename Tag::value_type&>());
    t.check(v);
};

/// Calls `f(tag)` with the standard tag named `name`; returns false when there is none.
template <class F>
bool visit_standard_tag(std::string_view name, F&& f) {
    return std::apply([&](const auto&... t) { return ((t.name == name ? (f(t), true) : false) || ...); },
                      tags::standard);
}

/// Whether a name is a tag: non-empty, only letters, digits and underscores.
inline bool is_tag_name(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

/// Whether a tag is standard or app-defined, rather than one this declaration does not know.
inline bool is_known_tag(std::string_view tag) {
    return tag.starts_with(custom_prefix) || visit_standard_tag(tag, [](const auto&) {});
}

/// What is wrong with `value` under `tag`, or nothing. A tag this declaration does not know is only held to
/// the size every value has.
inline std::optional<value_problem> check_value(std::string_view tag, const json::value& value) {
    std::optional<value_problem> out;
    if (visit_standard_tag(tag, [&](const auto& t) { out = t.check(value); })) return out;
    if (tag.starts_with(custom_prefix)) return custom_tag::check(tag, value);
    if (value.is_string()) return value_checks::check_string(tag, max_value_bytes, value);
    return std::nullopt;
}

/// A profile tag's name: only letters, digits and underscores (TagList entries).
class tag_name : public text<timrest::unbounded> {
public:
    using text<timrest::unbounded>::text;
    tag_name() = default;
    template <standard_tag Tag>
    tag_name(const Tag& tag) : text(std::string(tag.name)) {}
    tag_name(const custom_tag& tag) : text(tag.name) {}
};

/// One profile field: a tag and its value, whose type the tag decides.
class profile_item {
public:
    /// What decoding starts from.
    profile_item() = default;

    /// A standard tag and a value of its type: `{tags::level, 3}`, `{tags::nick, "Bob"}`.
    template <standard_tag Tag>
    profile_item(const Tag& tag, const typename Tag::value_type& value) : tag_(tag.name), value_(tag.encode(value)) {}

    /// An app-defined tag and its value, a string or an integer.
    profile_item(const custom_tag& tag, std::string value) : tag_(tag.name), value_(std::move(value)) {}
    profile_item(const custom_tag& tag, const char* value) : tag_(tag.name), value_(value) {}
    template <std::integral I>
    requires(!std::same_as<I, bool>) profile_item(const custom_tag& tag, I value)
        : tag_(tag.name), value_(value) {}  // validate() refuses < 0

    /// Any tag with any value, e.g. a standard tag this declaration does not know yet; validate() checks it.
    profile_item(std::string tag, json::value value) : tag_(std::move(tag)), value_(std::move(value)) {}

    /// Sets the item to `tag` and `value`, as the constructors do.
    template <class Tag, class V>
    void set(const Tag& tag, V&& value) {
        *this = profile_item(tag, std::forward<V>(value));
    }

    const std::string& tag() const noexcept { return tag_; }
    const json::value& value() const noexcept { return value_; }

    template <class Tag>
    bool is(const Tag& tag) const noexcept {
        return tag_ == std::string_view(tag.name);
    }

    /// The value as `tag` types it; nothing when the item has another tag or its value has another type.
    template <class Tag>
    auto get(const Tag& tag) const -> decltype(tag.decode(std::declval<const json::value&>())) {
        if (!is(tag)) return std::nullopt;
        return tag.decode(value_);
    }

    friend bool operator==(const profile_item&, const profile_item&) = default;

private:
    std::string tag_;
    json::value value_;
};

/// The value of `tag` in a list of items (the first item with that tag), typed; nothing when absent.
template <class Items, class Tag>
auto find(const Items& items, const Tag& tag) -> decltype(tag.decode(std::declval<const json::value&>())) {
    for (const auto& item : items)
        if (item.is(tag)) return item.get(tag);
    return std::nullopt;
}

namespace codes {
inline constexpr service_error bad_request{40001, "invalid request parameter; the error text says which"};
inline constexpr service_error no_to_account{40002, "To_Account is missing"};
inline constexpr service_error account_not_found{40003, "the requested account does not exist"};
inline constexpr service_error admin_required{40004, "the request needs app admin permission"};
inline constexpr service_error internal_error{40006, "internal server error; try again later", true};
inline constexpr service_error no_read_permission{40007, "no permission to read these profile fields"};
inline constexpr service_error no_write_permission{40008, "no permission to write these profile fields"};
inline constexpr service_error tag_not_found{40009, "the profile field's tag does not exist"};
inline constexpr service_error value_too_long{40601, "the profile field's value is longer than 500 bytes"};
inline constexpr service_error bad_value{40605, "a standard profile field's value is not one it takes"};
inline constexpr service_error bad_value_type{40610, "a standard profile field's value has the wrong type"};
}  // namespace codes

}  // namespace timrest::profile

namespace timrest::detail {

template <>
struct has_own_wire<profile::tag_name> : std::true_type {};

template <>
struct wire<profile::tag_name, own_kind> {
    using T = profile::tag_name;
    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { out = v.str(); }
    static bool read(const json::value& in, T& v, reader& r) { return wire<text<unbounded>>::read(in, v, r); }
    static void validate(const T& v, validator& c) {
        if (!profile::is_tag_name(v.str()))
            c.violate("a tag of letters, digits and underscores, got " + quoted(v.str()));
    }
    static void schema(json::object& out) {
        out["type"] = "string";
        out["pattern"] = "[A-Za-z0-9_]+";
    }
};

template <>
struct has_own_wire<profile::profile_item> : std::true_type {};

template <>
struct wire<profile::profile_item, own_kind> {
    using T = profile::profile_item;

    static bool present(const T&) noexcept { return true; }

    static void write(const T& v, json::value& out) {
        auto& obj = out.emplace_object();
        obj["Tag"] = v.tag();
        obj["Value"] = v.value();
    }

    static bool read(const json::value& in, T& v, reader& r) {
        const auto* obj = in.if_object();
        if (!obj) return r.fail_type("object", in);
        const auto* tag = obj->if_contains("Tag");
        const auto* value = obj->if_contains("Value");
        {
            json_path::scope at(r.path, std::string_view("Tag"));
            if (!tag) return r.fail("required field is missing");
            if (!tag->is_string()) return r.fail_type("string", *tag);
            if (!r.spend_string(tag->get_string().size())) return false;
        }
        {
            json_path::scope at(r.path, std::string_view("Value"));
            if (!value) return r.fail("required field is missing");
            if (const auto* s = value->if_string(); s && !r.spend_string(s->size())) return false;
            if ((value->is_array() || value->is_object()) && !r.spend(json::serialize(*value).size())) return false;
        }
        if (r.reject_unknown_keys) {
            for (const auto& kv : *obj) {
                if (kv.key() != "Tag" && kv.key() != "Value") {
                    json_path::scope at(r.path, std::string_view(kv.key()));
                    return r.fail("unknown field (keys are case-sensitive)");
                }
            }
        }
        v = T(std::string(tag->get_string()), *value);
        return true;
    }

    static void validate(const T& v, validator& c) {
        if (!profile::is_tag_name(v.tag())) {
            json_path::scope at(c.path, std::string_view("Tag"));
            c.violate("a tag of letters, digits and underscores, got " + quoted(v.tag()));
            return;
        }
        if (auto problem = profile::check_value(v.tag(), v.value())) {
            json_path::scope at(c.path, std::string_view("Value"));
            c.violate(std::move(problem->message));
        }
    }

    static void schema(json::object& out) {
        out["type"] = "object";
        auto& fields = out["fields"].emplace_array();
        json::object tag_field{{"name", "Tag"}, {"required", true}};
        wire<profile::tag_name>::schema(tag_field);
        fields.push_back(std::move(tag_field));
        json::object by_tag;
        std::apply([&](const auto&... t) { ((by_tag[t.name] = t.schema()), ...); }, profile::tags::standard);
        by_tag[std::string(profile::custom_prefix) + "*"] = profile::custom_tag::schema();
        fields.push_back(json::object{{"name", "Value"}, {"required", true}, {"type", "by tag"}, {"by_tag", by_tag}});
    }
};

}  // namespace timrest::detail

#endif
