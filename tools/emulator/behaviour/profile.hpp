#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_PROFILE_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_PROFILE_HPP_INCLUDED

// What the profile endpoints do to the emulator's world: portrait_set keeps each imported user's values (the
// nick and the image in the user's own record, which account_import fills too; every other tag here), and
// portrait_get returns them. A user who is not imported fails on its own in portrait_get (ResultCode 40003,
// listed in Fail_Account), and fails the whole call in portrait_set. An unset standard tag reads as its
// default (an empty string, 0, the first value of its set); an unset custom tag is left out. See
// behaviour/account.hpp for the shape of these headers.

#include "timrest/core/validate.hpp"
#include "timrest/profile.hpp"
#include "world.hpp"

#include <boost/json/value.hpp>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace timrest::emulator {

/// Profile values by user, then by tag (all but the nick and the image, kept in world::users).
struct profiles {
    std::map<std::string, std::map<std::string, boost::json::value, std::less<>>, std::less<>> values;
};

// The service answers a bad profile value with its own code (40009, 40601, 40605, 40610) and any other
// invalid parameter with 40001, which the emulator's generic validation does not know for this family; so the
// declaration's validation runs here, once, with the page's codes.
inline std::optional<fault> profile_precheck(std::span<const profile::profile_item> items) {
    for (const auto& item : items) {
        if (!profile::is_tag_name(item.tag())) continue;  // reported with the other violations below
        if (!profile::is_known_tag(item.tag())) return fault{40009, item.tag() + " is not a profile tag"};
        if (auto p = profile::check_value(item.tag(), item.value())) return fault{p->code, std::move(p->message)};
    }
    return std::nullopt;
}

template <class Request>
std::optional<fault> invalid_profile_request(const Request& r) {
    if (auto violations = validate(r); !violations.empty()) return fault{40001, to_string(violations)};
    return std::nullopt;
}

inline std::optional<fault> precheck(const profile::portrait_set_request& r) {
    if (auto f = profile_precheck(r.ProfileItem->items())) return f;
    return invalid_profile_request(r);
}

inline std::optional<fault> precheck(const profile::portrait_get_request& r) {
    for (const auto& tag : *r.TagList)
        if (profile::is_tag_name(tag.str()) && !profile::is_known_tag(tag.str()))
            return fault{40009, tag.str() + " is not a profile tag"};
    return invalid_profile_request(r);
}

inline answer<profile::portrait_set_response> behave(world& w, const profile::portrait_set_request& r) {
    const std::string id = r.From_Account->str();
    user* u = w.find(id);
    if (!u) return fault{40003, "From_Account is not imported"};
    auto& kept = w.state<profiles>().values[id];
    for (const auto& item : *r.ProfileItem) {
        if (auto nick = item.get(profile::tags::nick))
            u->nick = *nick;
        else if (auto image = item.get(profile::tags::image))
            u->face_url = *image;
        else
            kept[item.tag()] = item.value();
    }
    ++w.clock;
    return profile::portrait_set_response{};
}

// The value a user has for `tag`, or nothing (an unset custom tag).
inline std::optional<boost::json::value> profile_value(world& w, const std::string& id, const user& u,
                                                       std::string_view tag) {
    if (tag == profile::tags::nick.name) return boost::json::value(u.nick);
    if (tag == profile::tags::image.name) return boost::json::value(u.face_url);
    const auto& all = w.state<profiles>().values;
    if (auto user_values = all.find(id); user_values != all.end())
        if (auto it = user_values->second.find(tag); it != user_values->second.end()) return it->second;
    std::optional<boost::json::value> unset;
    profile::visit_standard_tag(tag, [&](const auto& t) {
        using value_type = typename std::remove_cvref_t<decltype(t)>::value_type;
        unset = t.encode(value_type{});
    });
    return unset;
}

inline answer<profile::portrait_get_response> behave(world& w, const profile::portrait_get_request& r) {
    profile::portrait_get_response out;
    for (const auto& to : *r.To_Account) {
        const std::string id = to.str();
        const user* u = w.find(id);
        if (!u) {
            out.UserProfileItem.push_back({id, std::nullopt, 40003, "Err_Profile_Account_Not_Exist"});
            if (!out.Fail_Account) out.Fail_Account.emplace();
            out.Fail_Account->push_back(id);
            continue;
        }
        std::vector<profile::profile_item> items;
        for (const auto& tag : *r.TagList)
            if (auto value = profile_value(w, id, *u, tag.str())) items.emplace_back(tag.str(), std::move(*value));
        out.UserProfileItem.push_back({id, std::move(items), 0, ""});
    }
    return out;
}

}  // namespace timrest::emulator

#endif
