#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_AVCHATROOM_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_AVCHATROOM_HPP_INCLUDED

// What the live-group endpoints do to the emulator's world. Every member of a group (group_world.hpp) counts as
// online: get_members returns them all on one page (NextTimestamp 0), with the imported user's nick and face
// URL, filtered by Mark when one is given; check_members answers the named users who are members. Marks and live
// administrators are kept in `live_groups` (w.state<live_groups>()): modify_user_info sets or removes marks of
// members (non-members are left out of the reply, as offline ones are by the service, and the call fails with
// 10004 when none is a member); modify_admin adds or removes administrators, who need not be members, at most 5
// (10004 beyond). An unknown group answers 10010; a group that is not an AVChatRoom 10007.

#include "group_world.hpp"
#include "world.hpp"
#include "timrest/avchatroom.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace timrest::emulator {

struct live_groups {
    struct state {
        std::map<std::string, std::set<std::uint32_t>, std::less<>> marks;  // by member
        std::vector<std::string> admins;                                    // in the order they were made
    };
    std::map<std::string, state, std::less<>> by_group;
};

namespace avchatroom_behaviour {

inline std::optional<fault> check_group(world& w, const std::string& id) {
    const group_record* g = w.state<groups>().find(id);
    if (!g) return fault{10010, "group " + id + " does not exist"};
    if (g->type != group::group_type::AVChatRoom) return fault{10007, "group " + id + " is not a live group"};
    return std::nullopt;
}

}  // namespace avchatroom_behaviour

inline answer<avchatroom::get_members_response> behave(world& w, const avchatroom::get_members_request& r) {
    if (auto bad = avchatroom_behaviour::check_group(w, *r.GroupId)) return *bad;
    const auto& marks = w.state<live_groups>().by_group[*r.GroupId].marks;
    avchatroom::get_members_response out;
    for (const auto& [id, m] : w.state<groups>().find(*r.GroupId)->members) {
        if (r.Mark) {
            auto it = marks.find(id);
            if (it == marks.end() || !it->second.contains(*r.Mark)) continue;
        }
        avchatroom::online_member member{.Member_Account = id, .JoinTime = m.join_time};
        if (const user* u = w.find(id)) {
            member.NickName = u->nick;
            member.Avatar = u->face_url;
        }
        out.MemberList.push_back(std::move(member));
    }
    out.NextTimestamp = 0;
    return out;
}

inline answer<avchatroom::modify_user_info_response> behave(world& w, const avchatroom::modify_user_info_request& r) {
    if (auto bad = avchatroom_behaviour::check_group(w, *r.GroupId)) return *bad;
    const group_record& g = *w.state<groups>().find(*r.GroupId);
    auto& marks = w.state<live_groups>().by_group[*r.GroupId].marks;
    avchatroom::modify_user_info_response out{.CommandType = *r.CommandType, .MemberList = {}};
    for (const auto& item : *r.MemberList) {
        const std::string id = item.Member_Account->str();
        if (!g.members.contains(id)) continue;
        avchatroom::marked_member done{.Member_Account = id, .Marks = {}};
        for (const auto& m : *item.Marks) {
            if (*r.CommandType == avchatroom::command_type::set)
                marks[id].insert(m.value());
            else
                marks[id].erase(m.value());
            done.Marks.push_back(m.value());
        }
        out.MemberList.push_back(std::move(done));
    }
    if (out.MemberList.empty()) return fault{10004, "none of the accounts is online in the group"};
    return out;
}

inline answer<avchatroom::check_members_response> behave(world& w, const avchatroom::check_members_request& r) {
    if (auto bad = avchatroom_behaviour::check_group(w, *r.GroupId)) return *bad;
    const group_record& g = *w.state<groups>().find(*r.GroupId);
    avchatroom::check_members_response out;
    for (const auto& id : *r.Member_Account)
        if (g.members.contains(id.str())) out.Member_Account.push_back(id.str());
    return out;
}

inline answer<avchatroom::get_admin_list_response> behave(world& w, const avchatroom::get_admin_list_request& r) {
    if (auto bad = avchatroom_behaviour::check_group(w, *r.GroupId)) return *bad;
    avchatroom::get_admin_list_response out;
    for (const auto& id : w.state<live_groups>().by_group[*r.GroupId].admins) {
        const user* u = w.find(id);
        out.Admin_List.push_back({.Admin_Account = id,
                                  .Avatar = u ? u->face_url : std::string(),
                                  .NickName = u ? u->nick : std::string()});
    }
    return out;
}

inline answer<avchatroom::modify_admin_response> behave(world& w, const avchatroom::modify_admin_request& r) {
    if (auto bad = avchatroom_behaviour::check_group(w, *r.GroupId)) return *bad;
    auto admins = w.state<live_groups>().by_group[*r.GroupId].admins;
    for (const auto& id : *r.Admin_Account) {
        auto it = std::find(admins.begin(), admins.end(), id.str());
        if (*r.CommandType == avchatroom::command_type::set && it == admins.end())
            admins.push_back(id.str());
        else if (*r.CommandType == avchatroom::command_type::remove && it != admins.end())
            admins.erase(it);
    }
    if (admins.size() > avchatroom::max_admins) return fault{10004, "a live group has at most 5 administrators"};
    w.state<live_groups>().by_group[*r.GroupId].admins = std::move(admins);
    return avchatroom::modify_admin_response{};
}

}  // namespace timrest::emulator

#endif
