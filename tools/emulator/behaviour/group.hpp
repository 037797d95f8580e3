#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_HPP_INCLUDED

// What the `group` family's endpoints (groups, members, muting and bans) do to the emulator's groups, kept in
// group_world.hpp's `groups` (w.state<groups>()). create_group makes a group with its owner and members
// (generated "@TGS#<n>" IDs; a GroupId in use answers 10025; an AVChatRoom takes no initial members, 10007);
// get_group_info answers each unknown group as an item with ErrorCode 10010; the member endpoints add, remove,
// page through, re-role, re-name and mute members; change_group_owner moves ownership to a member; destroy_group
// removes the group. get_joined_group_list and get_appid_group_list list what exists, at most
// `group_paging::page_size` groups a page (tests make it small). Bans of audio-video groups are kept in
// `group_bans`. Unknown groups answer 10010 (10004 on the ban pages, which list no 10010); users who are not
// imported, and members the call needs but the group lacks, answer 10004. Muting a Private group answers 10007.
// MsgFlag is accepted and not kept (group_member has no place for it). get_group_info and get_joined_group_list
// honour GroupBaseInfoFilter; member filters and app-data filters are not applied. See behaviour/account.hpp for the
// shape of these headers.

#include "group_world.hpp"
#include "timrest/group.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest::emulator {

/// Groups per get_joined_group_list and get_appid_group_list page: `w.state<group_paging>().page_size`.
struct group_paging {
    std::size_t page_size = 100;
};

/// Bans of audio-video group members: group ID -> UserID -> banned until (seconds).
struct group_bans {
    std::map<std::string, std::map<std::string, std::int64_t, std::less<>>, std::less<>> by_group;
};

namespace group_behaviour {

inline fault no_group() {
    return fault{10010, "the group does not exist or has been disbanded"};
}
inline fault bad_parameter(std::string info) {
    return fault{10004, std::move(info)};
}
inline fault not_permitted(std::string info) {
    return fault{10007, std::move(info)};
}

inline bool is_av(const group_record& g) {
    return g.type == group::group_type::AVChatRoom;
}

inline std::int64_t last_msg_time(const group_record& g) {
    return g.messages.empty() ? 0 : g.messages.back().time;
}

/// Sets app-defined keys as modify_* do: an empty Value deletes the key.
inline void merge_app_data(group::app_data& into, const group::app_data& changes) {
    for (const auto& f : changes) {
        if (f.Value.empty())
            std::erase_if(into, [&](const group::app_field& e) { return *e.Key == *f.Key; });
        else
            group::set_value(into, *f.Key, f.Value);
    }
}

inline group::member_info member_view(const std::string& id, const group_member& m) {
    return {.Member_Account = id,
            .Role = m.role,
            .JoinTime = m.join_time,
            .MsgSeq = std::uint64_t{0},
            .MsgFlag = group::msg_flag::AcceptAndNotify,
            .LastSendMsgTime = std::int64_t{0},
            .MuteUntil = m.mute_until,
            .NameCard = m.name_card,
            .OnlineStatus = std::nullopt,
            .AppMemberDefinedData = m.app_data};
}

// Whether the filter, when given, names `field`.
inline bool wanted(const group::base_info_filter& filter, group::base_info_field field) {
    return !filter || std::find(filter->begin(), filter->end(), field) != filter->end();
}

/// The basic information get_group_info and get_joined_group_list share (both reply structs name them alike).
template <class Out>
void fill_base(const group_record& g, const group::base_info_filter& filter, Out& out) {
    using F = group::base_info_field;
    out.GroupId = g.id;
    if (wanted(filter, F::Type)) out.Type = g.type;
    if (wanted(filter, F::Name)) out.Name = g.name;
    if (wanted(filter, F::Introduction)) out.Introduction = g.introduction;
    if (wanted(filter, F::Notification)) out.Notification = g.notification;
    if (wanted(filter, F::FaceUrl)) out.FaceUrl = g.face_url;
    if (wanted(filter, F::CreateTime)) out.CreateTime = g.create_time;
    if (wanted(filter, F::Owner_Account)) out.Owner_Account = g.owner;
    if (wanted(filter, F::LastInfoTime)) out.LastInfoTime = g.last_info_time;
    if (wanted(filter, F::LastMsgTime)) out.LastMsgTime = last_msg_time(g);
    if (wanted(filter, F::NextMsgSeq)) out.NextMsgSeq = g.next_seq;
    if (wanted(filter, F::MemberNum)) out.MemberNum = static_cast<std::uint32_t>(g.members.size());
    if (wanted(filter, F::MaxMemberNum)) out.MaxMemberNum = g.max_members;
    if (wanted(filter, F::ApplyJoinOption)) out.ApplyJoinOption = g.apply_join;
    if (wanted(filter, F::MuteAllMember)) out.MuteAllMember = g.mute_all ? group::mute_all::On : group::mute_all::Off;
}

inline void touch_info(world& w, group_record& g) {
    g.last_info_time = ++w.clock;
    ++g.info_seq;
}

// Members of `g` among `ids`, each passed to `f`.
template <class Ids, class F>
void for_members(group_record& g, const Ids& ids, F f) {
    for (const auto& id : ids)
        if (auto it = g.members.find(std::string_view(id)); it != g.members.end()) f(it->second);
}

/// [first, last) of a list of `total` entries from `start`, at most `count` of them.
inline std::pair<std::size_t, std::size_t> window(std::size_t total, std::uint64_t start, std::size_t count) {
    const auto first = static_cast<std::size_t>(std::min<std::uint64_t>(start, total));
    return {first, first + std::min(count, total - first)};
}

inline group_member joined(group::member_role role, std::int64_t when, group::app_data data = {}) {
    return group_member{.role = role, .join_time = when, .mute_until = 0, .name_card = {}, .app_data = std::move(data)};
}

inline std::int64_t mute_end(const world& w, std::uint32_t seconds) {
    return seconds == 0 ? 0 : w.clock + static_cast<std::int64_t>(seconds);
}

}  // namespace group_behaviour

inline answer<group::create_group_response> behave(world& w, const group::create_group_request& r) {
    using namespace group_behaviour;
    auto& all = w.state<groups>();
    const auto type = r.Type->value().value_or(group::group_type::Public);
    if (type == group::group_type::AVChatRoom && r.MemberList && !r.MemberList->empty())
        return not_permitted("an AVChatRoom takes no initial members");
    std::string id;
    if (r.GroupId) {
        if (all.find(*r.GroupId)) return fault{10025, "this group ID is already in use; disband that group first"};
        id = *r.GroupId;
    } else {
        do id = "@TGS#" + std::to_string(all.next_id++);
        while (all.find(id));
    }
    if (r.Owner_Account && !w.find(r.Owner_Account->str())) return bad_parameter("Owner_Account is not imported");
    if (r.MemberList)
        for (const auto& m : *r.MemberList)
            if (!w.find(m.Member_Account->str())) return bad_parameter(m.Member_Account->str() + " is not imported");

    group_record g;
    g.id = id;
    g.type = type;
    g.name = r.Name->str();
    g.introduction = r.Introduction ? r.Introduction->str() : std::string();
    g.notification = r.Notification ? r.Notification->str() : std::string();
    g.face_url = r.FaceUrl ? r.FaceUrl->str() : std::string();
    g.apply_join = r.ApplyJoinOption ? r.ApplyJoinOption->value().value_or(group::join_option::NeedPermission)
                                     : group::join_option::NeedPermission;
    g.max_members = r.MaxMemberCount.value_or(200);
    g.create_time = g.last_info_time = ++w.clock;
    g.info_seq = 1;
    g.app_data = r.AppDefinedData.value_or(group::app_data());
    if (r.Owner_Account) {
        g.owner = r.Owner_Account->str();
        g.members[g.owner] = joined(group::member_role::Owner, w.clock);
    }
    if (r.MemberList)
        for (const auto& m : *r.MemberList) {
            if (g.members.contains(m.Member_Account->str())) continue;
            const bool admin = m.Role && *m.Role == group::member_role::Admin;
            g.members[m.Member_Account->str()] = joined(admin ? group::member_role::Admin : group::member_role::Member,
                                                        w.clock, m.AppMemberDefinedData.value_or(group::app_data()));
        }
    all.by_id.emplace(id, std::move(g));
    return group::create_group_response{.GroupId = id};
}

inline answer<group::get_group_info_response> behave(world& w, const group::get_group_info_request& r) {
    using namespace group_behaviour;
    auto& all = w.state<groups>();
    const group::base_info_filter no_filter;
    const auto& filter = r.ResponseFilter ? r.ResponseFilter->GroupBaseInfoFilter : no_filter;
    group::get_group_info_response out;
    for (const auto& id : *r.GroupIdList) {
        group::group_info item;
        const auto* g = all.find(id);
        if (!g) {
            item.GroupId = id;
            item.ErrorCode = 10010;
            item.ErrorInfo = "the group does not exist or has been disbanded";
        } else {
            fill_base(*g, filter, item);
            item.AppDefinedData = g->app_data;
            item.MemberList.emplace();
            for (const auto& [member, m] : g->members) item.MemberList->push_back(member_view(member, m));
        }
        out.GroupInfo.push_back(std::move(item));
    }
    return out;
}

inline answer<group::modify_group_base_info_response> behave(world& w, const group::modify_group_base_info_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (r.Name) g->name = r.Name->str();
    if (r.Introduction) g->introduction = r.Introduction->str();
    if (r.Notification) g->notification = r.Notification->str();
    if (r.FaceUrl) g->face_url = r.FaceUrl->str();
    if (r.MaxMemberNum) g->max_members = *r.MaxMemberNum;
    if (r.ApplyJoinOption) g->apply_join = r.ApplyJoinOption->value().value_or(g->apply_join);
    if (r.MuteAllMember) g->mute_all = *r.MuteAllMember == group::mute_all::On;
    if (r.AppDefinedData) merge_app_data(g->app_data, *r.AppDefinedData);
    touch_info(w, *g);
    return group::modify_group_base_info_response{};
}

inline answer<group::destroy_group_response> behave(world& w, const group::destroy_group_request& r) {
    if (w.state<groups>().by_id.erase(*r.GroupId) == 0) return group_behaviour::no_group();
    w.state<group_bans>().by_group.erase(*r.GroupId);
    return group::destroy_group_response{};
}

inline answer<group::change_group_owner_response> behave(world& w, const group::change_group_owner_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return not_permitted("an AVChatRoom's ownership cannot be transferred");
    auto it = g->members.find(r.NewOwner_Account->str());
    if (it == g->members.end()) return bad_parameter("the new owner is not a member of the group");
    if (auto old = g->members.find(g->owner); old != g->members.end()) old->second.role = group::member_role::Member;
    it->second.role = group::member_role::Owner;
    g->owner = it->first;
    touch_info(w, *g);
    return group::change_group_owner_response{};
}

inline answer<group::add_group_member_response> behave(world& w, const group::add_group_member_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return not_permitted("users join an AVChatRoom only by applying");
    group::add_group_member_response out;
    for (const auto& m : *r.MemberList) {
        const std::string id = m.Member_Account->str();
        auto result = group::add_result::added;
        if (!w.find(id) || (g->max_members != 0 && g->members.size() >= g->max_members))
            result = group::add_result::failed;
        else if (g->members.contains(id))
            result = group::add_result::already_member;
        else
            g->members[id] = joined(group::member_role::Member, ++w.clock);
        out.MemberList.push_back({.Member_Account = id, .Result = result});
    }
    return out;
}

inline answer<group::delete_group_member_response> behave(world& w, const group::delete_group_member_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return bad_parameter("an AVChatRoom's members cannot be deleted; mute them instead");
    for (const auto& id : *r.MemberToDel_Account) {
        if (g->owner == id.str()) g->owner.clear();
        g->members.erase(id.str());
    }
    return group::delete_group_member_response{};
}

inline answer<group::get_group_member_info_response> behave(world& w, const group::get_group_member_info_request& r) {
    using namespace group_behaviour;
    const auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    std::vector<group::member_info> chosen;
    for (const auto& [id, m] : g->members) {
        const bool role_wanted =
            !r.MemberRoleFilter ||
            std::find(r.MemberRoleFilter->begin(), r.MemberRoleFilter->end(), m.role) != r.MemberRoleFilter->end();
        if (role_wanted) chosen.push_back(member_view(id, m));
    }
    const bool by_next = g->type == group::group_type::Community;
    std::uint64_t start = r.Offset.value_or(0);
    if (by_next) {
        const std::string next = r.Next.value_or(std::string());
        start = 0;
        std::from_chars(next.data(), next.data() + next.size(), start);  // "" and junk start from the beginning
    }
    const auto [first, last] = window(chosen.size(), start, r.Limit ? std::size_t{r.Limit->value()} : chosen.size());
    group::get_group_member_info_response out;
    out.MemberNum = static_cast<std::uint32_t>(g->members.size());
    out.MemberList.assign(chosen.begin() + static_cast<std::ptrdiff_t>(first),
                          chosen.begin() + static_cast<std::ptrdiff_t>(last));
    if (by_next) out.Next = last < chosen.size() ? std::to_string(last) : std::string();
    return out;
}

inline answer<group::modify_group_member_info_response> behave(world& w,
                                                               const group::modify_group_member_info_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return not_permitted("an AVChatRoom keeps no member profiles");
    auto it = g->members.find(r.Member_Account->str());
    if (it == g->members.end()) return bad_parameter("Member_Account is not a member of the group");
    auto& m = it->second;
    if (r.Role) {
        if (*r.Role == group::member_role::Owner || m.role == group::member_role::Owner)
            return bad_parameter("the owner's role cannot be set here; use change_group_owner");
        m.role = r.Role->value().value_or(m.role);
    }
    if (r.MuteTime) {
        if (g->type == group::group_type::Private) return not_permitted("a Private group cannot mute its members");
        m.mute_until = mute_end(w, *r.MuteTime);
    }
    if (r.NameCard) m.name_card = r.NameCard->str();
    if (r.AppMemberDefinedData) merge_app_data(m.app_data, *r.AppMemberDefinedData);
    return group::modify_group_member_info_response{};
}

inline answer<group::get_role_in_group_response> behave(world& w, const group::get_role_in_group_request& r) {
    using namespace group_behaviour;
    const auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return not_permitted("get_role_in_group does not serve an AVChatRoom");
    group::get_role_in_group_response out;
    for (const auto& id : *r.User_Account) {
        auto role = named<group::role_in_group>(group::role_in_group::NotMember);
        if (auto it = g->members.find(id.str()); it != g->members.end())
            role = named<group::role_in_group>::from_name(named<group::member_role>(it->second.role).name());
        out.UserIdList.push_back({.Member_Account = id.str(), .Role = std::move(role)});
    }
    return out;
}

inline answer<group::forbid_send_msg_response> behave(world& w, const group::forbid_send_msg_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (g->type == group::group_type::Private) return not_permitted("a Private group cannot mute its members");
    const auto until = mute_end(w, *r.MuteTime);
    for_members(*g, *r.Members_Account, [&](group_member& m) { m.mute_until = until; });
    return group::forbid_send_msg_response{};
}

inline answer<group::get_group_muted_account_response> behave(world& w,
                                                              const group::get_group_muted_account_request& r) {
    using namespace group_behaviour;
    const auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    group::get_group_muted_account_response out{.GroupId = g->id, .MutedAccountList = {}};
    for (const auto& [id, m] : g->members)
        if (m.mute_until > w.clock) out.MutedAccountList.push_back({.Member_Account = id, .MutedUntil = m.mute_until});
    return out;
}

inline answer<group::get_joined_group_list_response> behave(world& w, const group::get_joined_group_list_request& r) {
    using namespace group_behaviour;
    const group::base_info_filter no_filter;
    const auto& filter = r.ResponseFilter ? r.ResponseFilter->GroupBaseInfoFilter : no_filter;
    std::vector<std::pair<const group_record*, const group_member*>> mine;
    for (const auto& [id, g] : w.state<groups>().by_id) {
        auto it = g.members.find(r.Member_Account->str());
        if (it == g.members.end()) continue;
        if (r.GroupType && *r.GroupType != g.type) continue;
        if (is_av(g) && !(r.WithHugeGroups && *r.WithHugeGroups == 1)) continue;
        mine.emplace_back(&g, &it->second);
    }
    const auto page_size = w.page(w.state<group_paging>().page_size);
    const auto [first, last] = window(mine.size(), r.Offset.value_or(0),
                                      std::min<std::size_t>(r.Limit ? r.Limit->value() : mine.size(), page_size));
    group::get_joined_group_list_response out;
    out.TotalCount = static_cast<std::uint32_t>(mine.size());
    for (auto i = first; i < last; ++i) {
        group::joined_group item;
        if (r.ResponseFilter)
            fill_base(*mine[i].first, filter, item);
        else
            item.GroupId = mine[i].first->id;
        if (r.ResponseFilter && r.ResponseFilter->SelfInfoFilter)
            item.SelfInfo = group::self_info{.JoinTime = mine[i].second->join_time,
                                             .Role = mine[i].second->role,
                                             .MsgFlag = group::msg_flag::AcceptAndNotify,
                                             .MsgSeq = std::uint64_t{0},
                                             .GrossTopicReadSeq = std::nullopt};
        out.GroupIdList.push_back(std::move(item));
    }
    return out;
}

inline answer<group::get_appid_group_list_response> behave(world& w, const group::get_appid_group_list_request& r) {
    using namespace group_behaviour;
    std::vector<const group_record*> listed;
    for (const auto& [id, g] : w.state<groups>().by_id)
        if (!r.GroupType || *r.GroupType == g.type) listed.push_back(&g);
    const auto page_size = w.page(w.state<group_paging>().page_size);
    const auto [first, last] = window(listed.size(), r.Next.value_or(0),
                                      std::min<std::size_t>(r.Limit ? r.Limit->value() : 10000u, page_size));
    group::get_appid_group_list_response out;
    out.TotalCount = listed.size();
    for (auto i = first; i < last; ++i) out.GroupIdList.push_back(group::group_id_item{.GroupId = listed[i]->id});
    out.Next = last < listed.size() ? last : 0;
    return out;
}

inline answer<group::ban_group_member_response> behave(world& w, const group::ban_group_member_request& r) {
    using namespace group_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return bad_parameter("the group does not exist");
    if (!is_av(*g)) return not_permitted("only AVChatRoom members can be banned");
    auto& bans = w.state<group_bans>().by_group[g->id];
    const auto until = w.clock + static_cast<std::int64_t>(*r.Duration);
    for (const auto& id : *r.Members_Account) {
        g->members.erase(id.str());
        bans[id.str()] = until;
    }
    return group::ban_group_member_response{};
}

inline answer<group::unban_group_member_response> behave(world& w, const group::unban_group_member_request& r) {
    using namespace group_behaviour;
    if (!w.state<groups>().find(*r.GroupId)) return bad_parameter("the group does not exist");
    auto& bans = w.state<group_bans>().by_group[*r.GroupId];
    for (const auto& id : *r.Members_Account) bans.erase(id.str());
    return group::unban_group_member_response{};
}

inline answer<group::get_group_ban_member_response> behave(world& w, const group::get_group_ban_member_request& r) {
    using namespace group_behaviour;
    if (!w.state<groups>().find(*r.GroupId)) return bad_parameter("the group does not exist");
    std::vector<group::banned_account> banned;
    for (const auto& [id, until] : w.state<group_bans>().by_group[*r.GroupId])
        if (until > w.clock) banned.push_back({.Member_Account = id, .BannedUntil = until});
    const auto [first, last] =
        window(banned.size(), *r.Offset, r.Limit ? std::size_t{r.Limit->value()} : std::size_t{100});
    group::get_group_ban_member_response out;
    out.BannedAccountList.assign(banned.begin() + static_cast<std::ptrdiff_t>(first),
                                 banned.begin() + static_cast<std::ptrdiff_t>(last));
    out.NextOffset = last < banned.size() ? static_cast<std::uint32_t>(last) : 0;
    return out;
}

}  // namespace timrest::emulator

#endif
