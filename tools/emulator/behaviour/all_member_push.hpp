#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_ALL_MEMBER_PUSH_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_ALL_MEMBER_PUSH_HPP_INCLUDED

// What the all_member_push endpoints do to the emulator's world: the app's attribute names, each user's
// attribute values and tags are kept; setting, removing or pushing on an attribute that has no name is refused
// (90033); a push returns a TaskId and delivers nothing. Users need not be imported: the pages do not say that
// the service checks. See behaviour/account.hpp for the shape of these headers.

#include "timrest/all_member_push.hpp"
#include "world.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace timrest::emulator {

/// The push attributes and tags the emulator keeps.
struct push_attributes {
    all_member_push::attr_names names;                                  // by attribute number
    std::map<std::string, all_member_push::attrs, std::less<>> values;  // by user
    std::map<std::string, std::vector<std::string>, std::less<>> tags;  // by user, in the order added
    std::size_t pushes = 0;

    bool named(std::string_view attribute) const {
        return std::any_of(names.begin(), names.end(), [&](const auto& e) { return e.second == attribute; });
    }
    // 90033 for the first attribute in `keys` that has no name.
    template <class Keys>
    std::optional<fault> unnamed(const Keys& keys) const {
        for (const auto& k : keys) {
            const std::string_view name = key_of(k);
            if (!named(name)) return fault{90033, "no attribute is named " + std::string(name)};
        }
        return std::nullopt;
    }

private:
    static std::string_view key_of(const all_member_push::attrs::entry& e) { return e.first; }
    static std::string_view key_of(const all_member_push::attr_name& n) { return n.str(); }
};

inline answer<all_member_push::im_set_attr_name_response> behave(world& w,
                                                                 const all_member_push::im_set_attr_name_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& [number, name] : r.AttrNames) s.names.set(number, name);
    return all_member_push::im_set_attr_name_response{};
}

inline answer<all_member_push::im_get_attr_name_response> behave(world& w,
                                                                 const all_member_push::im_get_attr_name_request&) {
    return all_member_push::im_get_attr_name_response{.AttrNames = w.state<push_attributes>().names};
}

inline answer<all_member_push::im_set_attr_response> behave(world& w, const all_member_push::im_set_attr_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& item : *r.UserAttrs)
        if (auto f = s.unnamed(item.Attrs)) return *f;
    for (const auto& item : *r.UserAttrs)
        for (const auto& [name, value] : item.Attrs) s.values[item.To_Account->str()].set(name, value);
    return all_member_push::im_set_attr_response{};
}

inline answer<all_member_push::im_remove_attr_response> behave(world& w,
                                                               const all_member_push::im_remove_attr_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& item : *r.UserAttrs)
        if (auto f = s.unnamed(*item.Attrs)) return *f;
    for (const auto& item : *r.UserAttrs) {
        auto& entries = s.values[item.To_Account->str()].entries();
        for (const auto& name : *item.Attrs)
            std::erase_if(entries, [&](const auto& e) { return e.first == name.str(); });
    }
    return all_member_push::im_remove_attr_response{};
}

inline answer<all_member_push::im_get_attr_response> behave(world& w, const all_member_push::im_get_attr_request& r) {
    const auto& s = w.state<push_attributes>();
    all_member_push::im_get_attr_response out;
    for (const auto& id : *r.To_Account) {
        auto it = s.values.find(id.str());
        out.UserAttrs.push_back({id.str(), it == s.values.end() ? all_member_push::attrs{} : it->second});
    }
    return out;
}

inline answer<all_member_push::im_add_tag_response> behave(world& w, const all_member_push::im_add_tag_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& item : *r.UserTags) {
        auto& mine = s.tags[item.To_Account->str()];
        for (const auto& t : *item.Tags)
            if (std::find(mine.begin(), mine.end(), t.str()) == mine.end()) mine.push_back(t.str());
    }
    return all_member_push::im_add_tag_response{};
}

inline answer<all_member_push::im_remove_tag_response> behave(world& w,
                                                              const all_member_push::im_remove_tag_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& item : *r.UserTags) {
        auto& mine = s.tags[item.To_Account->str()];
        for (const auto& t : *item.Tags) std::erase(mine, t.str());
    }
    return all_member_push::im_remove_tag_response{};
}

inline answer<all_member_push::im_remove_all_tags_response> behave(
    world& w, const all_member_push::im_remove_all_tags_request& r) {
    auto& s = w.state<push_attributes>();
    for (const auto& id : *r.To_Account) s.tags.erase(id.str());
    return all_member_push::im_remove_all_tags_response{};
}

inline answer<all_member_push::im_get_tag_response> behave(world& w, const all_member_push::im_get_tag_request& r) {
    const auto& s = w.state<push_attributes>();
    all_member_push::im_get_tag_response out;
    for (const auto& id : *r.To_Account) {
        auto it = s.tags.find(id.str());
        out.UserTags.push_back({id.str(), it == s.tags.end() ? std::vector<std::string>{} : it->second});
    }
    return out;
}

inline answer<all_member_push::im_push_response> behave(world& w, const all_member_push::im_push_request& r) {
    auto& s = w.state<push_attributes>();
    if (r.Condition)
        for (const auto* c : {&r.Condition->AttrsOr, &r.Condition->AttrsAnd})
            if (*c)
                if (auto f = s.unnamed(**c)) return *f;
    // "<random>_<n>_<time>": a task ID of the page's shape, distinct per push.
    const std::int64_t time = ++w.clock;
    return all_member_push::im_push_response{.TaskId = std::to_string(*r.MsgRandom) + "_" + std::to_string(++s.pushes) +
                                                       "_" + std::to_string(time)};
}

}  // namespace timrest::emulator

#endif
