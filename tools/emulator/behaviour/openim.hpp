#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPENIM_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPENIM_HPP_INCLUDED

// What the openim one-to-one message endpoints do to the emulator's world: messages to imported users are
// stored with a MsgKey (sendmsg, batchsendmsg, importmsg); a recipient who is not imported is refused (sendmsg) or
// listed in ErrorList (batchsendmsg). admin_getroammsg pages through a conversation, newest page first;
// admin_msgwithdraw flags a message recalled (history still lists it, as the page says); modify_c2c_msg rewrites
// it; unread counts follow read marks, and imported users are Offline. See behaviour/account.hpp for the shape of
// these headers.

#include "world.hpp"
#include "timrest/openim.hpp"

#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace timrest::emulator {

/// What the openim endpoints keep beyond world::messages (stored_message holds no flags): recalls, read marks,
/// receipts, one-sided deletions and CloudCustomData, all by MsgKey. `w.state<openim_state>()`.
struct openim_state {
    std::size_t page_size = 2;  // messages per admin_getroammsg page: small, so that paging is exercised; tests may set it
    std::set<std::string, std::less<>> recalled;         // MsgKeys recalled (admin_getroammsg lists them, flag 8)
    std::set<std::string, std::less<>> never_unread;     // imported as history, or sent with NoUnread
    std::set<std::string, std::less<>> peer_read;        // MsgKeys with a read receipt (IsPeerRead 1)
    std::set<std::pair<std::string, std::string>> hidden;  // (user, MsgKey) deleted for that user only
    std::map<std::string, std::string, std::less<>> custom_data;  // MsgKey -> CloudCustomData
    std::map<std::pair<std::string, std::string>, std::int64_t> read_until;  // (reader, peer) -> read up to this time
};

inline std::string message_key(std::uint32_t random, std::uint32_t seq, std::int64_t time) {
    return std::to_string(random) + "_" + std::to_string(seq) + "_" + std::to_string(time);
}

// "<random>_<seq>_<time>": the shape of the page's MsgKeys (89541_2574206_1572870301).
inline const stored_message& store_message(world& w, std::string from, std::string to, std::uint32_t random,
                                           const msg::body& body) {
    stored_message m;
    m.from = std::move(from);
    m.to = std::move(to);
    m.random = random;
    m.seq = static_cast<std::uint32_t>(w.messages.size() + 1);
    m.time = ++w.clock;
    m.key = message_key(random, m.seq, m.time);
    m.body = boost::json::serialize(to_json(body));
    return w.messages.emplace_back(std::move(m));
}

inline std::string sender_of(const std::optional<user_id>& from) {
    return from ? from->str() : std::string("administrator");
}

// Records what a send request says beyond its body: no unread count (SendMsgControl NoUnread), CloudCustomData.
template <class Request>
void note_send_options(world& w, const Request& r, const std::string& key) {
    auto& s = w.state<openim_state>();
    if (r.SendMsgControl)
        for (const auto& c : *r.SendMsgControl)
            if (c == openim::send_msg_control::NoUnread) s.never_unread.insert(key);
    if (r.CloudCustomData) s.custom_data[key] = *r.CloudCustomData;
}

inline answer<openim::sendmsg_response> behave(world& w, const openim::sendmsg_request& r) {
    if (!w.find(r.To_Account->str())) return fault{90012, "To_Account is not imported"};
    if (r.From_Account && !w.find(r.From_Account->str())) return fault{20003, "From_Account is not imported"};
    const auto& m = store_message(w, sender_of(r.From_Account), r.To_Account->str(), *r.MsgRandom, *r.MsgBody);
    note_send_options(w, r, m.key);
    return openim::sendmsg_response{.MsgTime = m.time, .MsgKey = m.key};
}

inline answer<openim::batchsendmsg_response> behave(world& w, const openim::batchsendmsg_request& r) {
    openim::batchsendmsg_response out;
    std::string key;
    for (const auto& to : *r.To_Account) {
        if (!w.find(to.str())) {
            out.ErrorList.push_back({to.str(), 70107});
            continue;
        }
        key = store_message(w, sender_of(r.From_Account), to.str(), *r.MsgRandom, *r.MsgBody).key;
        note_send_options(w, r, key);
    }
    if (out.ErrorList.size() == r.To_Account->size()) return fault{90012, "no To_Account is imported"};
    out.MsgKey = key;
    return out;
}

// A message between `a` and `b` (either direction).
inline bool between(const stored_message& m, std::string_view a, std::string_view b) {
    return (m.from == a && m.to == b) || (m.from == b && m.to == a);
}

// The message `key` sent by `from` to `to`, or null.
inline stored_message* find_message(world& w, std::string_view from, std::string_view to, std::string_view key) {
    for (auto& m : w.messages)
        if (m.key == key && m.from == from && m.to == to) return &m;
    return nullptr;
}

inline answer<openim::importmsg_response> behave(world& w, const openim::importmsg_request& r) {
    if (!w.find(r.From_Account->str())) return fault{90008, "From_Account is not imported"};
    if (!w.find(r.To_Account->str())) return fault{90012, "To_Account is not imported"};
    stored_message m;
    m.from = r.From_Account->str();
    m.to = r.To_Account->str();
    m.random = *r.MsgRandom;
    m.seq = r.MsgSeq.value_or(static_cast<std::uint32_t>(w.messages.size() + 1));
    m.time = *r.MsgTimeStamp;
    // The page: the same MsgSeq, MsgRandom and MsgTimeStamp in the conversation is a duplicate, kept as first imported.
    for (const auto& old : w.messages)
        if (between(old, m.from, m.to) && old.seq == m.seq && old.random == m.random && old.time == m.time)
            return openim::importmsg_response{};
    m.key = message_key(m.random, m.seq, m.time);
    m.body = boost::json::serialize(to_json(*r.MsgBody));
    auto& s = w.state<openim_state>();
    if (*r.SyncFromOldSystem == openim::sync_from_old_system::history) s.never_unread.insert(m.key);
    if (r.CloudCustomData) s.custom_data[m.key] = *r.CloudCustomData;
    w.messages.push_back(std::move(m));
    return openim::importmsg_response{};
}

inline answer<openim::admin_getroammsg_response> behave(world& w, const openim::admin_getroammsg_request& r) {
    const std::string me = r.Operator_Account->str(), peer = r.Peer_Account->str();
    if (!w.find(me)) return fault{90008, "Operator_Account is not imported"};
    if (!w.find(peer)) return fault{90003, "Peer_Account is not imported"};
    auto& s = w.state<openim_state>();
    // The conversation in time order (then MsgSeq, then arrival), within [MinTime, MaxTime], as `me` sees it.
    std::vector<const stored_message*> range;
    for (const auto& m : w.messages)
        if (between(m, me, peer) && m.time >= *r.MinTime && m.time <= *r.MaxTime && !s.hidden.contains({me, m.key}))
            range.push_back(&m);
    std::stable_sort(range.begin(), range.end(), [](const stored_message* a, const stored_message* b) {
        return std::tie(a->time, a->seq) < std::tie(b->time, b->seq);
    });
    // Continuing: only what lies before the last page's oldest message. Pages walk back in time.
    if (r.LastMsgKey) {
        auto last = std::find_if(range.begin(), range.end(), [&](const stored_message* m) { return m->key == *r.LastMsgKey; });
        if (last != range.end()) range.erase(last, range.end());
    }
    const std::size_t n = std::min<std::size_t>({range.size(), *r.MaxCnt, w.page(s.page_size)});
    openim::admin_getroammsg_response out;
    out.Complete = n == range.size() ? 1 : 0;
    for (auto it = range.end() - static_cast<std::ptrdiff_t>(n); it != range.end(); ++it) {
        const stored_message& m = **it;
        openim::roam_message item{.From_Account = m.from, .To_Account = m.to, .MsgSeq = m.seq, .MsgRandom = m.random,
                                  .MsgTimeStamp = m.time,
                                  .MsgFlagBits = s.recalled.contains(m.key) ? openim::msg_flag::recalled
                                                                            : openim::msg_flag::normal,
                                  .IsPeerRead = s.peer_read.contains(m.key) ? 1 : 0, .MsgKey = m.key};
        if (auto bad = from_json(boost::json::parse(m.body), item.MsgBody)) return fault{91000, bad->to_string()};
        if (auto c = s.custom_data.find(m.key); c != s.custom_data.end()) item.CloudCustomData = c->second;
        out.MsgList.push_back(std::move(item));
    }
    out.MsgCnt = static_cast<std::uint32_t>(out.MsgList.size());
    if (!out.MsgList.empty()) {
        out.LastMsgTime = out.MsgList.front().MsgTimeStamp;
        out.LastMsgKey = out.MsgList.front().MsgKey;
    }
    return out;
}

inline answer<openim::admin_msgwithdraw_response> behave(world& w, const openim::admin_msgwithdraw_request& r) {
    if (!find_message(w, r.From_Account->str(), r.To_Account->str(), *r.MsgKey))
        return fault{20022, "the message to recall does not exist"};
    if (!w.state<openim_state>().recalled.insert(*r.MsgKey).second) return fault{20023, "the message was recalled"};
    return openim::admin_msgwithdraw_response{};
}

inline answer<openim::modify_c2c_msg_response> behave(world& w, const openim::modify_c2c_msg_request& r) {
    stored_message* m = find_message(w, r.From_Account->str(), r.To_Account->str(), *r.MsgKey);
    if (!m) return fault{20022, "the message does not exist"};
    if (r.MsgBody) m->body = boost::json::serialize(to_json(*r.MsgBody));
    if (r.CloudCustomData) w.state<openim_state>().custom_data[m->key] = *r.CloudCustomData;
    return openim::modify_c2c_msg_response{};
}

// Messages from `peer` that `reader` has not read.
inline std::uint32_t unread_count(world& w, std::string_view reader, std::string_view peer) {
    auto& s = w.state<openim_state>();
    const auto mark = s.read_until.find({std::string(reader), std::string(peer)});
    const std::int64_t read_until = mark == s.read_until.end() ? std::numeric_limits<std::int64_t>::min() : mark->second;
    std::uint32_t n = 0;
    for (const auto& m : w.messages)
        if (m.to == reader && m.from == peer && m.time > read_until && !s.recalled.contains(m.key) &&
            !s.never_unread.contains(m.key) && !s.hidden.contains({std::string(reader), m.key}))
            ++n;
    return n;
}

inline answer<openim::get_c2c_unread_msg_num_response> behave(world& w, const openim::get_c2c_unread_msg_num_request& r) {
    const std::string reader = r.To_Account->str();
    if (!w.find(reader)) return fault{90003, "To_Account is not imported"};
    openim::get_c2c_unread_msg_num_response out;
    if (!r.Peer_Account) {
        std::set<std::string, std::less<>> peers;
        for (const auto& m : w.messages)
            if (m.to == reader) peers.insert(m.from);
        std::uint32_t all = 0;
        for (const auto& p : peers) all += unread_count(w, reader, p);
        out.AllC2CUnreadMsgNum = all;
        return out;
    }
    out.C2CUnreadMsgNumList.emplace();
    for (const auto& p : *r.Peer_Account) {
        if (!w.find(p.str())) {
            if (!out.ErrorList) out.ErrorList.emplace();
            out.ErrorList->push_back({p.str(), 70107});
            continue;
        }
        out.C2CUnreadMsgNumList->push_back({p.str(), unread_count(w, reader, p.str())});
    }
    return out;
}

inline answer<openim::admin_set_msg_read_response> behave(world& w, const openim::admin_set_msg_read_request& r) {
    if (!w.find(r.Report_Account->str())) return fault{90008, "Report_Account is not imported"};
    if (!w.find(r.Peer_Account->str())) return fault{90003, "Peer_Account is not imported"};
    std::int64_t until = w.clock;  // "If no value is specified, the current timestamp is used."
    if (r.MsgReadTime) {
        const auto& t = *r.MsgReadTime;
        auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), until);
        if (ec != std::errc() || end != t.data() + t.size()) return fault{90001, "MsgReadTime is not a timestamp"};
    }
    auto& mark = w.state<openim_state>().read_until[{r.Report_Account->str(), r.Peer_Account->str()}];
    mark = std::max(mark, until);
    return openim::admin_set_msg_read_response{};
}

inline answer<openim::c2c_msg_read_receipt_response> behave(world& w, const openim::c2c_msg_read_receipt_request& r) {
    for (const auto& info : *r.C2CMsgInfo) {
        if (info.From_Account->str() != r.Peer_Account->str() || info.To_Account->str() != r.Operator_Account->str())
            return fault{90001, "C2CMsgInfo must name messages from Peer_Account to Operator_Account"};
        if (find_message(w, info.From_Account->str(), info.To_Account->str(), *info.MsgKey))
            w.state<openim_state>().peer_read.insert(*info.MsgKey);
    }
    return openim::c2c_msg_read_receipt_response{};
}

inline answer<openim::delete_c2c_msg_ramble_response> behave(world& w, const openim::delete_c2c_msg_ramble_request& r) {
    if (!w.find(r.Operator_Account->str())) return fault{90008, "Operator_Account is not imported"};
    for (const auto& key : *r.MsgKeyList) w.state<openim_state>().hidden.insert({r.Operator_Account->str(), key});
    return openim::delete_c2c_msg_ramble_response{};
}

// Imported users are Offline (nobody logs in to the emulator); the others are listed in ErrorList with 70107.
inline answer<openim::query_online_status_response> behave(world& w, const openim::query_online_status_request& r) {
    openim::query_online_status_response out;
    for (const auto& id : *r.To_Account) {
        if (!w.find(id.str())) {
            out.ErrorList.push_back({id.str(), 70107});
            continue;
        }
        openim::online_state state{.To_Account = id.str(), .Status = openim::online_status::Offline};
        if (r.IsNeedDetail && *r.IsNeedDetail == 1) state.Detail.emplace();
        out.QueryResult.push_back(std::move(state));
    }
    if (out.QueryResult.empty()) return fault{70107, "no To_Account exists"};
    return out;
}

}  // namespace timrest::emulator

#endif
