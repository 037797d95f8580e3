#ifndef TIMREST_ALL_MEMBER_PUSH_COMMON_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_COMMON_HPP_INCLUDED

// What the v4/all_member_push endpoints share: user tags, attribute maps (`{"sex": "F", "city": "Shenzhen"}`
// and the app's attribute names `{"0": "sex"}`), the batch bound and the error rows. Declarations only.
// Pushing to all users needs the Ultimate edition and the feature enabled in the console (90045 otherwise).

#include "timrest/core/bounded_text.hpp"
#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest::all_member_push {

/// At most this many users per call (90018 beyond).
inline constexpr std::size_t max_users = 100;

/// An app has at most 10 push attributes, numbered 0 to 9.
inline constexpr std::size_t max_attributes = 10;

/// A user tag: 1 to 50 bytes (90020 when longer, 90040 when empty).
using tag = nonempty_text<50>;

/// An attribute name: at most 50 bytes (im_set_attr_name).
using attr_name = nonempty_text<50>;

/// The keys of a map of attribute values: attribute names, 1 to 50 bytes.
struct attribute_keys {
    static constexpr std::string_view what = "an attribute name of 1 to 50 bytes";
    static bool accepts(std::string_view key) noexcept { return !key.empty() && key.size() <= 50; }
};

/// The keys of the app's attribute names: the attribute's number, "0" to "9".
struct attribute_number_keys {
    static constexpr std::string_view what = "an attribute number from \"0\" to \"9\"";
    static bool accepts(std::string_view key) noexcept { return key.size() == 1 && key[0] >= '0' && key[0] <= '9'; }
};

/// A JSON object of at most MaxEntries string values of at most MaxValueBytes bytes each, with keys Keys
/// accepts: `{{"sex", "F"}, {"city", "Shenzhen"}}`. Keeps the order it was given or decoded in.
template <class Keys, std::size_t MaxEntries, std::size_t MaxValueBytes>
class string_map {
public:
    using entry = std::pair<std::string, std::string>;
    using keys = Keys;
    static constexpr std::size_t max_entries = MaxEntries;
    static constexpr std::size_t max_value_bytes = MaxValueBytes;

    string_map() = default;
    string_map(std::initializer_list<entry> entries) : entries_(entries) {}
    string_map(std::vector<entry> entries) : entries_(std::move(entries)) {}

    const std::vector<entry>& entries() const noexcept { return entries_; }
    std::vector<entry>& entries() noexcept { return entries_; }
    std::size_t size() const noexcept { return entries_.size(); }
    bool empty() const noexcept { return entries_.empty(); }
    auto begin() const noexcept { return entries_.begin(); }
    auto end() const noexcept { return entries_.end(); }

    /// The value of `key`, or nullptr.
    const std::string* find(std::string_view key) const noexcept {
        for (const auto& [k, v] : entries_)
            if (k == key) return &v;
        return nullptr;
    }

    /// Sets `key` to `value`, replacing its value if it has one.
    void set(std::string key, std::string value) {
        for (auto& [k, v] : entries_)
            if (k == key) {
                v = std::move(value);
                return;
            }
        entries_.emplace_back(std::move(key), std::move(value));
    }

    friend bool operator==(const string_map&, const string_map&) = default;

private:
    std::vector<entry> entries_;
};

/// A user's attribute values by attribute name, each at most 50 bytes.
using attrs = string_map<attribute_keys, max_attributes, 50>;

/// The app's attribute names by number ("0" to "9"), each at most 50 bytes.
using attr_names = string_map<attribute_number_keys, max_attributes, 50>;

/// A rule of im_push's Condition: attribute conditions and tag conditions cannot be given together (90039).
struct attrs_or_tags_rule {
    template <class T>
    void check(const T& v, timrest::detail::validator& c) const {
        if ((v.AttrsOr || v.AttrsAnd) && (v.TagsOr || v.TagsAnd))
            c.violate("give attribute conditions (AttrsOr, AttrsAnd) or tag conditions (TagsOr, TagsAnd), not both");
    }
    boost::json::object describe() const {
        return {{"rule", "not_both"}, {"fields", {"AttrsOr", "AttrsAnd"}}, {"and_fields", {"TagsOr", "TagsAnd"}}};
    }
};

/// A rule of im_push's Condition: no tag repeated in TagsOr and TagsAnd together (90022).
struct distinct_tags_rule {
    template <class T>
    void check(const T& v, timrest::detail::validator& c) const {
        std::set<std::string_view> seen;
        for (const auto* tags : {&v.TagsOr, &v.TagsAnd}) {
            if (!*tags) continue;
            for (const auto& t : **tags)
                if (!seen.insert(t.str()).second) {
                    c.violate("no tag repeated in TagsOr and TagsAnd, got " + timrest::detail::quoted(t.str()) +
                              " twice");
                    return;
                }
        }
    }
    boost::json::object describe() const { return {{"rule", "distinct"}, {"fields", {"TagsOr", "TagsAnd"}}}; }
};

namespace codes {
inline constexpr service_error bad_json{90001, "the JSON request could not be parsed"};
inline constexpr service_error bad_msg_body{90002, "MsgBody does not follow the message format, or is not an array"};
inline constexpr service_error bad_msg_random{90005, "MsgRandom is missing or not an integer"};
inline constexpr service_error msg_body_not_array{90007, "MsgBody is not an array"};
inline constexpr service_error admin_required{90009, "the request needs app admin permission"};
inline constexpr service_error bad_msg_format{90010, "the request does not follow the message format"};
inline constexpr service_error too_many_accounts{90018, "more accounts in the request than the limit"};
inline constexpr service_error tag_too_long{90020, "a tag is longer than 50 bytes"};
inline constexpr service_error repeated_tags{90022, "TagsOr and TagsAnd repeat a tag"};
inline constexpr service_error too_frequent{90024, "pushes too frequent: leave more than a second between two"};
inline constexpr service_error bad_life_time{90026, "the offline retention time is longer than 7 days"};
inline constexpr service_error too_many_tags{90032, "more than 10 tags in the push conditions or in a tag request"};
inline constexpr service_error bad_attribute{90033, "invalid attribute"};
inline constexpr service_error attrs_and_tags{90039, "push by attribute and push by tag cannot be combined"};
inline constexpr service_error empty_tag{90040, "a tag in the push conditions is empty"};
inline constexpr service_error not_enabled{90045, "pushing to all users is not enabled for this app"};
inline constexpr service_error daily_quota{90047, "the day's quota of pushes is used up (100 by default)"};
inline constexpr service_error internal_error{91000, "internal service error; try again", true};

/// The rows of the attribute and tag calls.
inline constexpr service_error batch_rows[] = {bad_json, admin_required, too_many_accounts, internal_error};
}  // namespace codes

}  // namespace timrest::all_member_push

namespace timrest::detail {

template <class K, std::size_t N, std::size_t B>
struct has_own_wire<all_member_push::string_map<K, N, B>> : std::true_type {};

template <class K, std::size_t N, std::size_t B>
struct wire<all_member_push::string_map<K, N, B>, own_kind> {
    using T = all_member_push::string_map<K, N, B>;

    static bool present(const T&) noexcept { return true; }

    static void write(const T& v, json::value& out) {
        auto& obj = out.emplace_object();
        for (const auto& [key, value] : v) obj[key] = value;
    }

    static bool read(const json::value& in, T& v, reader& r) {
        const auto* obj = in.if_object();
        if (!obj) return r.fail_type("object", in);
        if (r.enforce_array_bounds && obj->size() > N)
            return r.fail("at most " + std::to_string(N) + " entries, got " + std::to_string(obj->size()));
        if (!r.spend(obj->size() * sizeof(typename T::entry))) return false;
        v.entries().clear();
        for (const auto& kv : *obj) {
            json_path::scope at(r.path, std::string_view(kv.key()));
            const auto* s = kv.value().if_string();
            if (!s) return r.fail_type("string", kv.value());
            if (!r.spend_string(kv.key().size()) || !r.spend_string(s->size())) return false;
            v.entries().emplace_back(std::string(kv.key()), std::string(s->data(), s->size()));
        }
        return true;
    }

    static void validate(const T& v, validator& c) {
        if (v.size() > N) c.violate("at most " + std::to_string(N) + " entries, got " + std::to_string(v.size()));
        std::set<std::string_view> seen;
        for (const auto& [key, value] : v) {
            json_path::scope at(c.path, std::string_view(key));
            if (!K::accepts(key)) c.violate("a key that is " + std::string(K::what) + ", got " + quoted(key));
            if (!seen.insert(key).second) c.violate("a key given once, got it twice");
            if (value.size() > B)
                c.violate("at most " + std::to_string(B) + " bytes, got " + std::to_string(value.size()));
        }
    }

    static void schema(json::object& out) {
        out["type"] = "object";
        out["keys"] = K::what;
        out["max_entries"] = N;
        out["values"] = json::object{{"type", "string"}, {"max_bytes", B}};
    }
};

}  // namespace timrest::detail

#endif
