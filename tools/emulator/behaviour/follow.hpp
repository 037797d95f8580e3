#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_FOLLOW_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_FOLLOW_HPP_INCLUDED

// What the v4/follow endpoints do to the emulator's world: whom each imported user follows, and when, kept in
// `follows` (w.state<follows>()). Fans and mutual follows are derived from it. follow_get pages through a list
// `page_size` entries at a time (tests make it small); its cursor is the next entry's index, as text, and an
// empty NextCursor ends the walk. An owner who is not imported answers 30003, and so does, per item, an
// account that is not imported.

#include "world.hpp"
#include "timrest/follow.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest::emulator {

struct follows {
    std::map<std::string, std::map<std::string, std::int64_t, std::less<>>, std::less<>> following;  // who -> whom, when
    std::size_t page_size = 100;

    bool follows_user(std::string_view a, std::string_view b) const {
        auto it = following.find(a);
        return it != following.end() && it->second.contains(b);
    }
    /// The users in `id`'s list of the given type, with the time each entered it.
    std::vector<std::pair<std::string, std::int64_t>> list_of(std::string_view id, follow::list_type type) const {
        std::vector<std::pair<std::string, std::int64_t>> out;
        if (type != follow::list_type::fans) {
            if (auto it = following.find(id); it != following.end())
                for (const auto& [whom, when] : it->second)
                    if (type == follow::list_type::following || follows_user(whom, id)) out.emplace_back(whom, when);
        } else {
            for (const auto& [who, whom] : following)
                if (auto at = whom.find(id); at != whom.end()) out.emplace_back(who, at->second);
        }
        return out;
    }
};

namespace follow_behaviour {
inline fault owner_unknown() { return fault{30003, "From_Account is not imported"}; }
inline follow::account_result not_imported(std::string id) {
    return {.To_Account = std::move(id), .ResultCode = 30003, .ResultInfo = "To_Account is not imported"};
}
}  // namespace follow_behaviour

inline answer<follow::follow_add_response> behave(world& w, const follow::follow_add_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return follow_behaviour::owner_unknown();
    auto& mine = w.state<follows>().following[owner];
    follow::follow_add_response out;
    for (const auto& item : *r.FollowItem) {
        const std::string id = item.To_Account->str();
        if (!w.find(id)) {
            out.ResultItem.push_back(follow_behaviour::not_imported(id));
            continue;
        }
        mine.try_emplace(id, ++w.clock);
        out.ResultItem.push_back({.To_Account = id, .ResultCode = 0, .ResultInfo = {}});
    }
    return out;
}

inline answer<follow::follow_delete_response> behave(world& w, const follow::follow_delete_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return follow_behaviour::owner_unknown();
    auto& mine = w.state<follows>().following[owner];
    follow::follow_delete_response out;
    for (const auto& id : *r.To_Account) {
        mine.erase(id.str());  // unfollowing someone not followed is not an error
        out.ResultItem.push_back({.To_Account = id.str(), .ResultCode = 0, .ResultInfo = {}});
    }
    return out;
}

inline answer<follow::follow_check_response> behave(world& w, const follow::follow_check_request& r) {
    using follow::follow_relation;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return follow_behaviour::owner_unknown();
    const auto& f = w.state<follows>();
    follow::follow_check_response out;
    for (const auto& id : *r.To_Account) {
        if (!w.find(id.str())) {
            auto bad = follow_behaviour::not_imported(id.str());
            out.ResultItem.push_back({.To_Account = bad.To_Account, .ResultCode = bad.ResultCode,
                                      .ResultInfo = bad.ResultInfo, .FollowType = follow_relation::none});
            continue;
        }
        const bool out_edge = f.follows_user(owner, id.str()), in_edge = f.follows_user(id.str(), owner);
        const auto type = out_edge && in_edge ? follow_relation::mutual
                          : out_edge          ? follow_relation::following
                          : in_edge           ? follow_relation::follower
                                              : follow_relation::none;
        out.ResultItem.push_back({.To_Account = id.str(), .ResultCode = 0, .ResultInfo = {}, .FollowType = type});
    }
    return out;
}

inline answer<follow::follow_get_response> behave(world& w, const follow::follow_get_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return follow_behaviour::owner_unknown();
    const auto& f = w.state<follows>();
    const auto all = f.list_of(owner, *r.FollowType);
    std::size_t start = 0;
    if (!r.StartCursor.empty()) {
        auto [end, ec] = std::from_chars(r.StartCursor.data(), r.StartCursor.data() + r.StartCursor.size(), start);
        if (ec != std::errc() || end != r.StartCursor.data() + r.StartCursor.size())
            return fault{30001, "StartCursor is not a cursor this service returned"};
    }
    const std::size_t per_page = std::min<std::size_t>(r.WantNum.value(), w.page(f.page_size));
    follow::follow_get_response out;
    std::size_t i = std::min(start, all.size());
    for (; i < all.size() && out.FollowItem.size() < per_page; ++i) {
        follow::follow_entry e{.To_Account = all[i].first, .FollowTime = all[i].second};
        if (const user* u = w.find(all[i].first))
            e.ProfileItem = std::vector<follow::profile_item>{{"Tag_Profile_IM_Nick", boost::json::value(u->nick)}};
        out.FollowItem.push_back(std::move(e));
    }
    out.NextCursor = i < all.size() ? std::to_string(i) : std::string();
    return out;
}

inline answer<follow::follow_get_info_response> behave(world& w, const follow::follow_get_info_request& r) {
    using follow::list_type;
    if (!w.find(r.From_Account->str())) return follow_behaviour::owner_unknown();
    const auto& f = w.state<follows>();
    follow::follow_get_info_response out;
    for (const auto& id : *r.To_Account) {
        if (!w.find(id.str())) {
            auto bad = follow_behaviour::not_imported(id.str());
            out.FollowInfo.push_back({.To_Account = bad.To_Account, .ResultCode = bad.ResultCode,
                                      .ResultInfo = bad.ResultInfo});
            continue;
        }
        auto count = [&](list_type t) { return static_cast<std::int64_t>(f.list_of(id.str(), t).size()); };
        out.FollowInfo.push_back({.To_Account = id.str(),
                                  .ResultCode = 0,
                                  .ResultInfo = {},
                                  .FollowerCount = count(list_type::fans),
                                  .FollowingCount = count(list_type::following),
                                  .MutualFollowingCount = count(list_type::mutual)});
    }
    return out;
}

}  // namespace timrest::emulator

#endif
