#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_ATTR_HPP_INCLUDED

// What the group attribute and counter endpoints do to the emulator's groups (group_world.hpp): attributes and
// counters live in the group's record. set_group_attr replaces them all, modify_group_attr merges, delete removes
// the named keys (10050 for a key the group does not have, and then nothing is removed), clear empties them;
// more than 16 keys after a write answers 10047. update_group_counter sets, increases or decreases (a missing
// Mode is Set, a missing key starts at 0) and answers 10063 when the group would hold more than 20 counters;
// get returns the named counters (unknown keys left out) or all; delete removes the named ones or all.
// An unknown group answers 10010. The size checks the pages give their own codes are answered with them before
// generic validation (precheck): a key over 32 bytes 10045, a value over 4,000 bytes 10046, more than 16 keys
// in one write 10047, values totalling more than 16,000 bytes 10048, more than 20 counters 10063.

#include "group_world.hpp"
#include "world.hpp"
#include "timrest/group_attr.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace timrest::emulator {

namespace group_attr_behaviour {

inline fault no_group(const std::string& id) { return fault{10010, "group " + id + " does not exist"}; }

inline std::vector<group_attr::counter> counters_of(const group_record& g) {
    std::vector<group_attr::counter> out;
    for (const auto& [key, value] : g.counters) out.push_back({.Key = key, .Value = value});
    return out;
}

// Writes `attrs` into the group's attributes, after emptying them when `replace`; refuses more than 16 keys.
template <class Attrs>
answer<group_attr::empty_response> write_attrs(world& w, const std::string& id, const Attrs& attrs, bool replace) {
    group_record* g = w.state<groups>().find(id);
    if (!g) return no_group(id);
    auto next = replace ? decltype(g->attributes){} : g->attributes;
    for (const auto& a : attrs) next.insert_or_assign(a.key->str(), a.value.str());
    if (next.size() > group_attr::max_attrs) return fault{10047, "more than 16 custom attribute keys"};
    g->attributes = std::move(next);
    return group_attr::empty_response{};
}

// The attribute size rows (10045-10048), in the order the pages list them.
template <class Attrs>
std::optional<fault> attr_sizes(const Attrs& attrs) {
    std::size_t total = 0;
    for (const auto& a : attrs) {
        if (a.key->size() > group_attr::max_attr_key_bytes) return fault{10045, "a custom attribute key is longer than 32 bytes"};
        if (a.value.size() > group_attr::max_attr_value_bytes)
            return fault{10046, "a custom attribute value is longer than 4000 bytes"};
        total += a.value.size();
    }
    if (attrs.size() > group_attr::max_attrs) return fault{10047, "more than 16 custom attribute keys"};
    if (total > 16000) return fault{10048, "the custom attribute values total more than 16000 bytes"};
    return std::nullopt;
}

}  // namespace group_attr_behaviour

inline std::optional<fault> precheck(const group_attr::modify_group_attr_request& r) {
    return group_attr_behaviour::attr_sizes(*r.GroupAttr);
}

inline std::optional<fault> precheck(const group_attr::set_group_attr_request& r) {
    return group_attr_behaviour::attr_sizes(*r.GroupAttr);
}

inline std::optional<fault> precheck(const group_attr::update_group_counter_request& r) {
    if (r.GroupCounter->size() > group_attr::max_counters_per_update)
        return fault{10063, "the group counter has more than 20 keys"};
    return std::nullopt;
}

inline answer<group_attr::get_group_attr_response> behave(world& w, const group_attr::get_group_attr_request& r) {
    const group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    group_attr::get_group_attr_response out;
    for (const auto& [key, value] : g->attributes) out.GroupAttrAry.push_back({.key = key, .value = value});
    return out;
}

inline answer<group_attr::empty_response> behave(world& w, const group_attr::modify_group_attr_request& r) {
    return group_attr_behaviour::write_attrs(w, *r.GroupId, *r.GroupAttr, false);
}

inline answer<group_attr::empty_response> behave(world& w, const group_attr::set_group_attr_request& r) {
    return group_attr_behaviour::write_attrs(w, *r.GroupId, *r.GroupAttr, true);
}

inline answer<group_attr::empty_response> behave(world& w, const group_attr::delete_group_attr_request& r) {
    group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    for (const auto& a : *r.GroupAttr)
        if (!g->attributes.contains(a.key->str())) return fault{10050, "attribute " + a.key->str() + " does not exist"};
    for (const auto& a : *r.GroupAttr) g->attributes.erase(a.key->str());
    return group_attr::empty_response{};
}

inline answer<group_attr::empty_response> behave(world& w, const group_attr::clear_group_attr_request& r) {
    group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    g->attributes.clear();
    return group_attr::empty_response{};
}

inline answer<group_attr::get_group_counter_response> behave(world& w,
                                                             const group_attr::get_group_counter_request& r) {
    const group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    group_attr::get_group_counter_response out;
    if (!r.GroupCounterKeys) {
        out.GroupCounter = group_attr_behaviour::counters_of(*g);
        return out;
    }
    for (const auto& key : *r.GroupCounterKeys)
        if (auto it = g->counters.find(key.str()); it != g->counters.end())
            out.GroupCounter.push_back({.Key = it->first, .Value = it->second});
    return out;
}

inline answer<group_attr::update_group_counter_response> behave(world& w,
                                                                const group_attr::update_group_counter_request& r) {
    group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    const auto mode = r.Mode ? r.Mode->value().value_or(group_attr::counter_mode::Set) : group_attr::counter_mode::Set;
    auto next = g->counters;
    group_attr::update_group_counter_response out;
    for (const auto& c : *r.GroupCounter) {
        auto& value = next[c.Key->str()];
        if (mode == group_attr::counter_mode::Set)
            value = c.Value;
        else if (mode == group_attr::counter_mode::Increase)
            value += c.Value;
        else
            value -= c.Value;
        out.GroupCounter.push_back({.Key = c.Key->str(), .Value = value});
    }
    if (next.size() > group_attr::max_counters_per_update)
        return fault{10063, "the group counter has more than 20 keys"};
    g->counters = std::move(next);
    return out;
}

inline answer<group_attr::empty_response> behave(world& w, const group_attr::delete_group_counter_request& r) {
    group_record* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_attr_behaviour::no_group(*r.GroupId);
    if (!r.GroupCounterKeys)
        g->counters.clear();
    else
        for (const auto& key : *r.GroupCounterKeys) g->counters.erase(key.str());
    return group_attr::empty_response{};
}

}  // namespace timrest::emulator

#endif
