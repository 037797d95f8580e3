#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_RECENTCONTACT_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_RECENTCONTACT_HPP_INCLUDED

// What the recentcontact endpoints do to the emulator's world: a `precheck` overload where the service answers a
// specific code before the declaration's own checks, and a `behave` overload per endpoint that keeps state.
// An endpoint without a behave overload answers a well-formed empty reply (serve_family.hpp).

#include "world.hpp"
#include "timrest/recentcontact.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace timrest::emulator {

// Service limits the emulator enforces (spec §3.0).
inline constexpr std::size_t max_groups_per_user = 20;
inline constexpr std::size_t max_group_name_bytes_create = 32;
inline constexpr std::size_t max_group_name_bytes_delete = 64;

// The peer a contact item names, or an empty string when it names none for its Type.
inline std::string peer_of(const recentcontact::contact_item& c) {
    if (*c.Type == recentcontact::conversation_type::c2c) return c.To_Account ? c.To_Account->str() : std::string();
    return c.ToGroupId.value_or(std::string());
}

// The per-item outcome for a contact: 0, or the code the service gives for a peer that is not imported.
inline std::pair<std::int32_t, std::string> check_contact(world& w, const recentcontact::contact_item& c) {
    // The Type is one of the set: the server validated the request before behaving.
    if (*c.Type == recentcontact::conversation_type::c2c && !w.find(peer_of(c))) return {50001, "To_Account is not imported"};
    return {0, {}};
}

inline std::optional<fault> group_name_check(std::string_view name, std::size_t max) {
    if (name.size() <= max) return std::nullopt;
    return fault{51011, "group name is longer than " + std::to_string(max) + " bytes"};
}

inline std::optional<fault> precheck(const recentcontact::create_contact_group_request& r) {
    for (const auto& item : *r.GroupContactItem)
        if (auto f = group_name_check(*item.GroupName, max_group_name_bytes_create)) return f;
    return std::nullopt;
}

inline std::optional<fault> precheck(const recentcontact::del_contact_group_request& r) {
    for (const auto& name : *r.GroupName)
        if (auto f = group_name_check(name, max_group_name_bytes_delete)) return f;
    return std::nullopt;
}

inline std::optional<fault> precheck(const recentcontact::update_contact_group_request& r) {
    if (!r.UpdateGroup->NewGroupName) return std::nullopt;
    return group_name_check(*r.UpdateGroup->NewGroupName, max_group_name_bytes_create);
}

inline std::optional<fault> precheck(const recentcontact::mark_contact_request& r) {
    if (r.MarkItem->empty() || r.MarkItem->size() > 100) return fault{51006, "MarkItem must hold 1 to 100 items"};
    return std::nullopt;
}

inline answer<recentcontact::create_contact_group_response> behave(world& w,
                                                                   const recentcontact::create_contact_group_request& r) {
    using namespace recentcontact;
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
            auto [code, info] = check_contact(w, c);
            if (code == 0) {
                g.members.emplace_back(*c.Type, peer_of(c));
                owner->touch_conversation(*c.Type, peer_of(c)).timestamp = ++w.clock;
            }
            result.ResultItem.push_back({.ContactItem = c, .ResultCode = code, .ResultInfo = std::move(info)});
        }
        out.GroupResultItem.push_back(std::move(result));
    }
    return out;
}

inline answer<recentcontact::del_contact_group_response> behave(world& w,
                                                                const recentcontact::del_contact_group_request& r) {
    using namespace recentcontact;
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

inline answer<recentcontact::get_list_response> behave(world& w, const recentcontact::get_list_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    // Pinned conversations first, then the others, each newest first; StartIndex and TopStartIndex are
    // offsets into the two lists, so a page continues where the last one stopped.
    std::vector<const conversation*> pinned, normal;
    for (const auto& c : owner->conversations)
        if (c.listed) (c.pinned ? pinned : normal).push_back(&c);
    auto newest_first = [](const conversation* a, const conversation* b) { return a->msg_time > b->msg_time; };
    std::stable_sort(pinned.begin(), pinned.end(), newest_first);
    std::stable_sort(normal.begin(), normal.end(), newest_first);

    get_list_response out{.SessionItem = {}, .CompleteFlag = 0, .TimeStamp = r.TimeStamp, .StartIndex = r.StartIndex,
                          .TopTimeStamp = r.TopTimeStamp, .TopStartIndex = r.TopStartIndex};
    auto take = [&](const std::vector<const conversation*>& from, std::int64_t& index, std::int64_t& stamp) {
        for (auto i = static_cast<std::size_t>(std::max<std::int64_t>(index, 0));
             i < from.size() && out.SessionItem.size() < w.page(w.page_size); ++i) {
            const conversation& c = *from[i];
            session_item s{.Type = c.type, .MsgTime = c.msg_time, .TopFlag = c.pinned ? 1 : 0};
            (c.type == conversation_type::c2c ? s.To_Account : s.GroupId) = c.peer;
            out.SessionItem.push_back(std::move(s));
            index = static_cast<std::int64_t>(i + 1);
            stamp = c.msg_time;
        }
    };
    take(pinned, out.TopStartIndex, out.TopTimeStamp);
    take(normal, out.StartIndex, out.TimeStamp);
    const bool done = static_cast<std::size_t>(out.TopStartIndex) >= pinned.size() &&
                      static_cast<std::size_t>(out.StartIndex) >= normal.size();
    out.CompleteFlag = done ? 1 : 0;
    return out;
}

inline answer<recentcontact::delete_response> behave(world& w, const recentcontact::delete_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    const std::string peer = *r.Type == conversation_type::c2c ? r.To_Account->str() : *r.ToGroupid;
    if (auto c = owner->find_conversation(*r.Type, peer)) c->listed = false;  // deleting twice is not an error
    return delete_response{};
}

// The group named `name`, or the fault the service gives when there is none.
inline std::variant<std::pair<const std::string, conversation_group>*, fault> find_group(user& u,
                                                                                        std::string_view name) {
    auto it = u.groups.find(name);
    if (it == u.groups.end()) return fault{51009, "conversation group not found"};
    return &*it;
}

inline answer<recentcontact::update_contact_group_response> behave(
    world& w, const recentcontact::update_contact_group_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    const update_group& u = *r.UpdateGroup;
    auto found = find_group(*owner, u.OldGroupName->str());
    if (auto f = std::get_if<fault>(&found)) return *f;
    auto* entry = std::get<0>(found);

    update_contact_group_response out{.UpdateType = r.UpdateType, .UpdateGroupResult = {}};
    auto& result = out.UpdateGroupResult;
    result.UpdateGroupType = *u.UpdateGroupType;
    result.OldGroupName = entry->first;
    if (*u.UpdateGroupType == update_group_type::rename_group) {
        const std::string new_name = u.NewGroupName->str();
        if (new_name != entry->first && owner->groups.contains(new_name))
            return fault{50002, "a conversation group with the new name exists"};
        auto node = owner->groups.extract(entry->first);
        node.key() = new_name;
        entry = &*owner->groups.insert(std::move(node)).position;
    } else {
        auto& members = entry->second.members;
        result.ContactResultItem.emplace();
        for (const auto& change : *u.ContactUpdateItem) {
            const contact_item& c = *change.ContactItem;
            auto [code, info] = check_contact(w, c);
            const std::pair<conversation_type, std::string> member{*c.Type, peer_of(c)};
            auto at = std::find(members.begin(), members.end(), member);
            if (code == 0 && *change.ContactOptType == contact_opt_type::add_to_group) {
                if (at == members.end()) members.push_back(member);
                owner->touch_conversation(member.first, member.second).timestamp = ++w.clock;
            } else if (code == 0) {  // remove_from_group
                if (at == members.end())
                    std::tie(code, info) = std::pair<std::int32_t, std::string>{50002, "not in the group"};
                else
                    members.erase(at);
            }
            result.ContactResultItem->push_back(
                {.ContactItem = c, .ContactOptType = *change.ContactOptType, .ResultCode = code, .ResultInfo = info});
        }
    }
    result.GroupName = entry->first;
    result.GroupId = entry->second.id;
    return out;
}

inline answer<recentcontact::mark_contact_response> behave(world& w, const recentcontact::mark_contact_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    mark_contact_response out;
    for (const auto& item : *r.MarkItem) {
        const contact_item& c = *item.ContactItem;
        auto [code, info] = check_contact(w, c);
        if (code == 0) {
            conversation& conv = owner->touch_conversation(*c.Type, peer_of(c));
            if (*item.OptType != mark_opt_type::set_custom_mark) {  // bits are in 0..63: validated
                for (auto bit : item.SetMark.value_or(std::vector<mark_bit>{}))
                    conv.standard_marks |= std::uint64_t{1} << bit.value();
                for (auto bit : item.ClearMark.value_or(std::vector<mark_bit>{}))
                    conv.standard_marks &= ~(std::uint64_t{1} << bit.value());
            }
            if (*item.OptType != mark_opt_type::set_standard_marks && item.CustomMark) conv.custom_mark = item.CustomMark->str();
            conv.timestamp = ++w.clock;
        }
        out.ResultItem.push_back({.ContactItem = c, .OptType = *item.OptType, .ResultCode = code, .ResultInfo = info});
    }
    return out;
}

// A conversation's group and mark data in the response form, or nothing when it has none.
inline std::optional<recentcontact::contact_info> contact_data(const user& u, const conversation& c) {
    using namespace recentcontact;
    contact_info out{.Type = c.type};
    (c.type == conversation_type::c2c ? out.To_Account : out.ToGroupId) = c.peer;
    std::vector<std::uint32_t> ids;
    for (const auto& [name, g] : u.groups)
        if (std::find(g.members.begin(), g.members.end(), std::pair{c.type, c.peer}) != g.members.end())
            ids.push_back(g.id);
    if (ids.empty() && c.standard_marks == 0 && !c.custom_mark) return std::nullopt;
    // StandardMark is a string of bits, the highest set bit first ("110" for bits 1 and 2).
    std::string marks;
    for (int bit = 63; bit >= 0; --bit)
        if (!marks.empty() || (c.standard_marks >> bit & 1)) marks += (c.standard_marks >> bit & 1) ? '1' : '0';
    out.StandardMark = marks.empty() ? "0" : marks;
    out.CustomMark = c.custom_mark;
    if (!ids.empty()) out.ContactGroupId = std::move(ids);
    out.Timestamp = c.timestamp;
    return out;
}

inline std::vector<recentcontact::group_item> all_groups(const user& u) {
    std::vector<recentcontact::group_item> out;
    for (const auto& [name, g] : u.groups) out.push_back({name, g.id});
    return out;
}

inline answer<recentcontact::search_contact_group_response> behave(
    world& w, const recentcontact::search_contact_group_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    search_contact_group_response out;
    for (const auto& c : *r.ContactItem)
        if (auto conv = owner->find_conversation(*c.Type, peer_of(c)))
            if (auto data = contact_data(*owner, *conv)) out.ContactResultItem.push_back(std::move(*data));
    out.GroupItem = all_groups(*owner);
    return out;
}

inline answer<recentcontact::get_contact_group_response> behave(world& w,
                                                                const recentcontact::get_contact_group_request& r) {
    using namespace recentcontact;
    user* owner = w.find(r.From_Account->str());
    if (!owner) return fault{50001, "From_Account is not imported"};
    std::vector<contact_info> all;
    for (const auto& c : owner->conversations)
        if (auto data = contact_data(*owner, c)) all.push_back(std::move(*data));
    get_contact_group_response out;
    auto i = static_cast<std::size_t>(std::max<std::int64_t>(r.StartIndex, 0));
    for (; i < all.size() && out.ContactItem.size() < w.page(w.page_size); ++i) out.ContactItem.push_back(all[i]);
    out.GroupItem = all_groups(*owner);
    out.CompleteFlag = i >= all.size() ? 1 : 0;
    out.NextStartIndex = out.CompleteFlag ? 0 : static_cast<std::int64_t>(i);
    return out;
}

}  // namespace timrest::emulator

#endif
