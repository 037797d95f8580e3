#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_HPP_INCLUDED

// What each declared endpoint does to the emulator's in-memory world. One `behave` overload per endpoint;
// the server calls it for every entry of the registry, so a declared endpoint without one does not compile.
// The caller holds the server's lock.

#include "emulator.hpp"
#include "timrest/registry.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timrest::emulator {

struct conversation_group {
    std::uint32_t id = 0;
    std::vector<recentcontact::contact_item> contacts;
};

struct user {
    std::string nick;
    std::string face_url;
    std::map<std::string, conversation_group, std::less<>> groups;  // by name
    std::uint32_t next_group_id = 1;
};

struct world {
    std::map<std::string, user, std::less<>> users;  // imported accounts, by UserID

    user* find(std::string_view id) {
        auto it = users.find(id);
        return it == users.end() ? nullptr : &it->second;
    }
};

// Service limits the emulator enforces (spec §3.0).
inline constexpr std::size_t max_groups_per_user = 20;
inline constexpr std::size_t max_group_name_bytes_create = 32;
inline constexpr std::size_t max_group_name_bytes_delete = 64;

inline answer<account::account_import_response> behave(world& w, const account::account_import_request& r) {
    auto& u = w.users[r.UserID->str()];  // importing again keeps the same account
    if (r.Nick) u.nick = r.Nick->str();
    if (r.FaceUrl) u.face_url = r.FaceUrl->str();
    return account::account_import_response{};
}

inline answer<recentcontact::create_contact_group_response> behave(world& w,
                                                                   const recentcontact::create_contact_group_request& r) {
    using namespace recentcontact;
    for (const auto& item : *r.GroupContactItem)
        if (item.GroupName->size() > max_group_name_bytes_create)
            return fault{51011, "group name is longer than 32 bytes"};
    if (auto violations = validate(r); !violations.empty()) return fault{50002, to_string(violations)};
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};

    create_contact_group_response out;
    for (const auto& item : *r.GroupContactItem) {
        const std::string name = item.GroupName->str();
        if (owner->groups.size() >= max_groups_per_user) return fault{51010, "more than 20 conversation groups"};
        if (owner->groups.contains(name)) return fault{50002, "a conversation group with this name exists"};
        auto& g = owner->groups[name];
        g.id = owner->next_group_id++;
        group_result_item result{.GroupItem = {name, g.id}, .ResultItem = {}};
        for (const auto& c : item.ContactItem) {
            contact_result_item row{.ContactItem = c, .ResultCode = 0, .ResultInfo = {}};
            if (*c.Type == c2c && (!c.To_Account || !w.find(c.To_Account->str()))) {
                row.ResultCode = 50001;
                row.ResultInfo = "To_Account is not imported";
            } else if (*c.Type != c2c && *c.Type != group) {
                row.ResultCode = 50002;
                row.ResultInfo = "Type must be 1 or 2";
            } else {
                g.contacts.push_back(c);
            }
            result.ResultItem.push_back(std::move(row));
        }
        out.GroupResultItem.push_back(std::move(result));
    }
    return out;
}

inline answer<recentcontact::del_contact_group_response> behave(world& w,
                                                                const recentcontact::del_contact_group_request& r) {
    using namespace recentcontact;
    for (const auto& name : *r.GroupName)
        if (name.size() > max_group_name_bytes_delete) return fault{51011, "group name is longer than 64 bytes"};
    if (auto violations = validate(r); !violations.empty()) return fault{50002, to_string(violations)};
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};

    del_contact_group_response out;
    for (const auto& name : *r.GroupName) {
        auto it = owner->groups.find(name.str());
        if (it == owner->groups.end()) return fault{51009, "conversation group not found"};
        out.GroupItem.push_back({it->first, it->second.id});
        owner->groups.erase(it);
    }
    return out;
}

}  // namespace timrest::emulator

#endif
