#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_SNS_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_SNS_HPP_INCLUDED

// What the v4/sns endpoints do to the emulator's world: one relationship graph per imported user (friends
// with their remark and friend lists, the blocklist, the user's friend lists), kept in `relationships`
// (w.state<relationships>()). friend_check and black_list_check read it; friend_get and black_list_get page
// through it, `page_size` entries a page (tests make it small). Codes: an owner who is not imported answers
// 30003; per item, an account that is not imported 30003, adding someone who blocked you 30525, someone you
// blocked 30515, deleting a non-friend 31704, putting a non-friend in a list 32216.

#include "world.hpp"
#include "timrest/sns.hpp"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace timrest::emulator {

struct relationships {
    struct friend_entry {
        std::string remark;
        std::vector<std::string> lists;  // friend-list names
        std::string add_source;
        std::int64_t add_time = 0;
    };
    struct graph {
        std::map<std::string, friend_entry, std::less<>> friends;  // by UserID
        std::map<std::string, std::int64_t, std::less<>> blocked;  // UserID -> when
        std::vector<std::string> lists;                            // the user's friend lists, in creation order
        std::int64_t sequence = 0;
    };
    std::map<std::string, graph, std::less<>> graphs;
    std::size_t page_size = 100;  // friend_get and black_list_get entries per page

    graph& of(std::string_view id) { return graphs.try_emplace(std::string(id)).first->second; }
    bool is_friend(std::string_view a, std::string_view b) { return of(a).friends.contains(b); }
    bool blocks(std::string_view a, std::string_view b) { return of(a).blocked.contains(b); }
};

namespace sns_behaviour {

inline fault owner_unknown() { return fault{30003, "From_Account is not imported"}; }

inline sns::account_result result(std::string to, std::int32_t code = 0, std::string info = {}) {
    return {.To_Account = std::move(to), .ResultCode = code, .ResultInfo = std::move(info)};
}

// Fail_Account lists the failed items, and is present only when one failed.
inline sns::account_results finish(std::vector<sns::account_result> items) {
    sns::account_results out{.ResultItem = std::move(items)};
    for (const auto& r : out.ResultItem)
        if (r.ResultCode != 0) {
            if (!out.Fail_Account) out.Fail_Account.emplace();
            out.Fail_Account->push_back(r.To_Account);
        }
    return out;
}

inline void add_list(relationships::graph& g, const std::string& name) {
    if (std::find(g.lists.begin(), g.lists.end(), name) == g.lists.end()) g.lists.push_back(name);
}

// Makes `to` a friend of `from`, or says why not.
inline std::pair<std::int32_t, std::string> befriend(world& w, relationships& rel, std::string_view from,
                                                     std::string_view to, relationships::friend_entry entry) {
    if (!w.find(to)) return {30003, "To_Account is not imported"};
    if (rel.blocks(to, from)) return {30525, "Err_SNS_FriendAdd_Blocked_By_Peer"};
    if (rel.blocks(from, to)) return {30515, "Err_SNS_FriendAdd_Peer_In_Blocklist"};
    auto& g = rel.of(from);
    for (const auto& name : entry.lists) add_list(g, name);
    entry.add_time = ++w.clock;
    g.friends.insert_or_assign(std::string(to), std::move(entry));
    ++g.sequence;
    return {0, {}};
}

inline boost::json::value string_array(const std::vector<std::string>& v) {
    boost::json::array out;
    for (const auto& s : v) out.emplace_back(s);
    return out;
}

// A friend's fields as friend_get and friend_get_list return them.
inline std::vector<sns::tag_value> friend_fields(const relationships::friend_entry& f) {
    std::vector<sns::tag_value> out;
    out.push_back({"Tag_SNS_IM_AddSource", boost::json::value(f.add_source)});
    if (!f.remark.empty()) out.push_back({"Tag_SNS_IM_Remark", boost::json::value(f.remark)});
    if (!f.lists.empty()) out.push_back({"Tag_SNS_IM_Group", string_array(f.lists)});
    out.push_back({"Tag_SNS_IM_AddTime", boost::json::value(f.add_time)});
    return out;
}

// Calls `take` for the entries of `m` from index `start`, at most `per_page` of them; returns the index after
// the last one taken (m.size() when the page reached the end).
template <class Map, class F>
std::size_t take_page(const Map& m, std::int64_t start, std::size_t per_page, F take) {
    auto index = std::min(static_cast<std::size_t>(std::max<std::int64_t>(start, 0)), m.size());
    auto it = std::next(m.begin(), static_cast<std::ptrdiff_t>(index));
    for (std::size_t n = 0; it != m.end() && n < per_page; ++it, ++index, ++n) take(*it);
    return index;
}

}  // namespace sns_behaviour

inline answer<sns::friend_add_response> behave(world& w, const sns::friend_add_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& rel = w.state<relationships>();
    const bool both = !r.AddType || *r.AddType == sns::add_type::Add_Type_Both;
    std::vector<sns::account_result> items;
    for (const auto& item : *r.AddFriendItem) {
        const std::string to = item.To_Account->str();
        relationships::friend_entry entry{.remark = item.Remark ? item.Remark->str() : std::string(),
                                          .lists = {},
                                          .add_source = item.AddSource.value_or(std::string()),
                                          .add_time = 0};
        if (item.GroupName) entry.lists.push_back(item.GroupName->str());
        auto [code, info] = befriend(w, rel, owner, to, std::move(entry));
        if (code == 0 && both && !rel.is_friend(to, owner))
            std::tie(code, info) = befriend(w, rel, to, owner, {.remark = {}, .lists = {},
                                                                .add_source = item.AddSource.value_or(std::string()),
                                                                .add_time = 0});
        items.push_back(result(to, code, std::move(info)));
    }
    return finish(std::move(items));
}

inline answer<sns::friend_import_response> behave(world& w, const sns::friend_import_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& rel = w.state<relationships>();
    std::vector<sns::account_result> items;
    for (const auto& item : *r.AddFriendItem) {
        relationships::friend_entry entry{.remark = item.Remark ? item.Remark->str() : std::string(),
                                          .lists = {},
                                          .add_source = *item.AddSource,
                                          .add_time = 0};
        if (item.GroupName)
            for (const auto& name : *item.GroupName) entry.lists.push_back(name.str());
        auto [code, info] = befriend(w, rel, owner, item.To_Account->str(), std::move(entry));
        items.push_back(result(item.To_Account->str(), code, std::move(info)));
    }
    return finish(std::move(items));
}

inline answer<sns::friend_update_response> behave(world& w, const sns::friend_update_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    std::vector<sns::account_result> items;
    for (const auto& item : *r.UpdateItem) {
        auto f = g.friends.find(item.To_Account->str());
        if (f == g.friends.end()) {
            items.push_back(result(item.To_Account->str(), 30001, "Err_SNS_FriendUpdate_Friend_Not_Exist"));
            continue;
        }
        for (const auto& field : *item.SnsItem) {
            if (field.Tag == "Tag_SNS_IM_Remark" && field.Value.is_string()) {
                f->second.remark = std::string(field.Value.as_string());
            } else if (field.Tag == "Tag_SNS_IM_Group" && field.Value.is_array()) {
                f->second.lists.clear();
                for (const auto& name : field.Value.as_array())
                    if (name.is_string()) {
                        f->second.lists.emplace_back(name.as_string());
                        add_list(g, f->second.lists.back());
                    }
            }
        }
        ++g.sequence;
        items.push_back(result(item.To_Account->str()));
    }
    return finish(std::move(items));
}

inline answer<sns::friend_delete_response> behave(world& w, const sns::friend_delete_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& rel = w.state<relationships>();
    const bool both = r.DeleteType && *r.DeleteType == sns::delete_type::Delete_Type_Both;
    std::vector<sns::account_result> items;
    for (const auto& id : *r.To_Account) {
        if (!rel.of(owner).friends.erase(id.str())) {
            items.push_back(result(id.str(), 31704, "Err_SNS_FriendDelete_Not_Friend"));
            continue;
        }
        if (both) rel.of(id.str()).friends.erase(owner);
        items.push_back(result(id.str()));
    }
    return finish(std::move(items));
}

inline answer<sns::friend_delete_all_response> behave(world& w, const sns::friend_delete_all_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& rel = w.state<relationships>();
    if (r.DeleteType && *r.DeleteType == sns::delete_type::Delete_Type_Both)
        for (const auto& [id, entry] : rel.of(owner).friends) rel.of(id).friends.erase(owner);
    rel.of(owner).friends.clear();
    return sns::friend_delete_all_response{};
}

// How `a` and `b` relate in one direction-pair: both ways, a->b only, b->a only, or not at all.
template <class E>
E relation_of(bool a_to_b, bool b_to_a, bool both_ways, E both, E a_with_b, E b_with_a, E none) {
    if (!both_ways) return a_to_b ? a_with_b : none;
    if (a_to_b && b_to_a) return both;
    if (a_to_b) return a_with_b;
    return b_to_a ? b_with_a : none;
}

inline answer<sns::friend_check_response> behave(world& w, const sns::friend_check_request& r) {
    using namespace sns;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& rel = w.state<relationships>();
    friend_check_response out;
    for (const auto& id : *r.To_Account) {
        const bool known = w.find(id.str()) != nullptr;
        const auto rel_value = relation_of(rel.is_friend(owner, id.str()), rel.is_friend(id.str(), owner),
                                           *r.CheckType == check_type::CheckResult_Type_Both,
                                           relation::CheckResult_Type_BothWay, relation::CheckResult_Type_AWithB,
                                           relation::CheckResult_Type_BWithA, relation::CheckResult_Type_NoRelation);
        out.InfoItem.push_back({.To_Account = id.str(),
                                .Relation = known ? rel_value : relation::CheckResult_Type_NoRelation,
                                .ResultCode = known ? 0 : 30003,
                                .ResultInfo = known ? std::string() : "To_Account is not imported"});
        if (!known) {
            if (!out.Fail_Account) out.Fail_Account.emplace();
            out.Fail_Account->push_back(id.str());
        }
    }
    return out;
}

inline answer<sns::friend_get_response> behave(world& w, const sns::friend_get_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& rel = w.state<relationships>();
    const auto& g = rel.of(owner);
    sns::friend_get_response out;
    out.FriendNum = static_cast<std::int64_t>(g.friends.size());
    out.StandardSequence = g.sequence;
    const auto index = sns_behaviour::take_page(g.friends, r.StartIndex, w.page(rel.page_size), [&](const auto& f) {
        out.UserDataItem.push_back({.To_Account = f.first, .ValueItem = sns_behaviour::friend_fields(f.second)});
    });
    out.CompleteFlag = index >= g.friends.size() ? 1 : 0;
    out.NextStartIndex = out.CompleteFlag ? 0 : static_cast<std::int64_t>(index);
    return out;
}

inline answer<sns::friend_get_list_response> behave(world& w, const sns::friend_get_list_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    sns::friend_get_list_response out;
    for (const auto& id : *r.To_Account) {
        auto f = g.friends.find(id.str());
        if (f == g.friends.end()) {
            out.InfoItem.push_back({.To_Account = id.str(), .ResultCode = 30001,
                                    .ResultInfo = "Err_SNS_FriendGetList_Friend_Not_Exist"});
            if (!out.Fail_Account) out.Fail_Account.emplace();
            out.Fail_Account->push_back(id.str());
            continue;
        }
        std::vector<sns::tag_value> fields;
        for (const auto& tag : *r.TagList) {
            if (tag == "Tag_Profile_IM_Nick") {
                if (const user* u = w.find(id.str())) fields.push_back({tag, boost::json::value(u->nick)});
            } else {
                for (auto& field : sns_behaviour::friend_fields(f->second))
                    if (field.Tag == tag) fields.push_back(std::move(field));
            }
        }
        out.InfoItem.push_back({.To_Account = id.str(), .SnsProfileItem = std::move(fields), .ResultCode = 0,
                                .ResultInfo = {}});
    }
    return out;
}

inline answer<sns::black_list_add_response> behave(world& w, const sns::black_list_add_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    std::vector<sns::account_result> items;
    for (const auto& id : *r.To_Account) {
        if (!w.find(id.str()))
            items.push_back(result(id.str(), 30003, "To_Account is not imported"));
        else if (!g.blocked.try_emplace(id.str(), ++w.clock).second)
            items.push_back(result(id.str(), 30001, "Err_SNS_BlackListAdd_Already_Exist"));
        else
            items.push_back(result(id.str()));
    }
    return finish(std::move(items));
}

inline answer<sns::black_list_delete_response> behave(world& w, const sns::black_list_delete_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    std::vector<sns::account_result> items;
    for (const auto& id : *r.To_Account)
        items.push_back(g.blocked.erase(id.str()) ? result(id.str())
                                                  : result(id.str(), 30001, "Err_SNS_BlackListDelete_Not_Exist"));
    return finish(std::move(items));
}

inline answer<sns::black_list_get_response> behave(world& w, const sns::black_list_get_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& rel = w.state<relationships>();
    const auto& g = rel.of(owner);
    const std::size_t per_page = std::min<std::size_t>(std::max<std::uint32_t>(*r.MaxLimited, 1u), w.page(rel.page_size));
    sns::black_list_get_response out;
    const auto index = sns_behaviour::take_page(g.blocked, r.StartIndex, per_page, [&](const auto& b) {
        out.BlackListItem.push_back({.To_Account = b.first, .AddBlackTimeStamp = b.second});
    });
    out.StartIndex = index >= g.blocked.size() ? 0 : static_cast<std::int64_t>(index);
    out.CurruentSequence = static_cast<std::int64_t>(g.blocked.size());
    return out;
}

inline answer<sns::black_list_check_response> behave(world& w, const sns::black_list_check_request& r) {
    using namespace sns;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& rel = w.state<relationships>();
    black_list_check_response out;
    for (const auto& id : *r.To_Account)
        out.BlackListCheckItem.push_back(
            {.To_Account = id.str(),
             .Relation = relation_of(rel.blocks(owner, id.str()), rel.blocks(id.str(), owner),
                                     *r.CheckType == black_check_type::BlackCheckResult_Type_Both,
                                     black_relation::BlackCheckResult_Type_BothWay,
                                     black_relation::BlackCheckResult_Type_AWithB,
                                     black_relation::BlackCheckResult_Type_BWithA, black_relation::BlackCheckResult_Type_NO),
             .ResultCode = 0,
             .ResultInfo = {}});
    return out;
}

inline answer<sns::group_add_response> behave(world& w, const sns::group_add_request& r) {
    using namespace sns_behaviour;
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    for (const auto& name : *r.GroupName) add_list(g, name.str());
    if (g.lists.size() > sns::max_friend_lists) return fault{30011, "more than 32 friend lists"};
    ++g.sequence;
    sns::group_add_response out;
    if (r.To_Account) {
        std::vector<sns::account_result> items;
        for (const auto& id : *r.To_Account) {
            auto f = g.friends.find(id.str());
            if (f == g.friends.end()) {
                items.push_back(result(id.str(), 32216, "Err_SNS_GroupAdd_ToTinyId_Not_Friend"));
                continue;
            }
            for (const auto& name : *r.GroupName)
                if (std::find(f->second.lists.begin(), f->second.lists.end(), name.str()) == f->second.lists.end())
                    f->second.lists.push_back(name.str());
            items.push_back(result(id.str()));
        }
        auto results = finish(std::move(items));
        out.ResultItem = std::move(results.ResultItem);
        out.Fail_Account = std::move(results.Fail_Account);
    }
    out.CurrentSequence = g.sequence;
    return out;
}

inline answer<sns::group_delete_response> behave(world& w, const sns::group_delete_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    for (const auto& name : *r.GroupName) {
        auto at = std::find(g.lists.begin(), g.lists.end(), name.str());
        if (at == g.lists.end()) return fault{30001, "Err_SNS_GroupDelete_Group_Not_Exist"};
        g.lists.erase(at);
        for (auto& [id, f] : g.friends) std::erase(f.lists, name.str());
    }
    ++g.sequence;
    return sns::group_delete_response{.CurrentSequence = g.sequence};
}

inline answer<sns::group_get_response> behave(world& w, const sns::group_get_request& r) {
    const std::string owner = r.From_Account->str();
    if (!w.find(owner)) return sns_behaviour::owner_unknown();
    auto& g = w.state<relationships>().of(owner);
    sns::group_get_response out;
    for (const auto& name : g.lists) {
        if (r.GroupName && std::none_of(r.GroupName->begin(), r.GroupName->end(),
                                        [&](const sns::list_name& n) { return n == name; }))
            continue;
        sns::friend_list_item item{.GroupName = name, .FriendNumber = 0, .To_Account = {}};
        std::vector<std::string> members;
        for (const auto& [id, f] : g.friends)
            if (std::find(f.lists.begin(), f.lists.end(), name) != f.lists.end()) members.push_back(id);
        item.FriendNumber = static_cast<std::int64_t>(members.size());
        if (r.NeedFriend) item.To_Account = std::move(members);
        out.ResultItem.push_back(std::move(item));
    }
    out.CurrentSequence = g.sequence;
    return out;
}

}  // namespace timrest::emulator

#endif
