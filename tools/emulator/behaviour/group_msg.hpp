#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_MSG_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_GROUP_MSG_HPP_INCLUDED

// What the group message endpoints do to the emulator's groups (group_world.hpp, w.state<groups>()):
// send_group_msg stores a message under the group's next MsgSeq (strictly increasing from 1); group_msg_get_simple
// pages the history back, newest first, ReqMsgNumber messages a page, leaving recalled ones out unless
// WithRecalledMsg is 1 (then IsPlaceMsg 2); group_msg_recall and delete_group_msg_by_sender mark messages recalled
// (a recall answers 10030 per item for an unknown MsgSeq, 10032 for one already recalled);
// modify_group_msg rewrites a body; group_set_key_values answers each pair stored with its Seq moved on (pairs are
// not kept); import_group creates a group, import_group_member adds members (imported
// accounts only), import_group_msg stores messages with their own SendTime (ascending, after the group's creation
// and latest message, not in the future; else that item's Result is 10004). The rest check the group and answer a
// well-formed reply. Codes: an unknown group answers 10010 (23004 for the extension endpoints, whose pages have
// no group code; 20001 for modify_group_msg, whose page has the one-to-one table); AVChatRoom groups are refused
// with 10007 where the pages say so.

#include "group_world.hpp"
#include "world.hpp"
#include "timrest/group_msg.hpp"

#include "timrest/core/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest::emulator {

namespace group_msg_behaviour {

inline fault no_group(int code = group_msg::codes::group_not_found.code) {
    return fault{code, "the group does not exist or was disbanded"};
}
inline fault av_chat_room() {
    return fault{group_msg::codes::no_permission.code, "not for AVChatRoom groups"};
}
inline bool is_av(const group_record& g) { return g.type == group::group_type::AVChatRoom; }

inline group_message* find_message(group_record& g, std::uint64_t seq) {
    for (auto& m : g.messages)
        if (m.seq == seq) return &m;
    return nullptr;
}

inline std::string body_text(const msg::body& body) { return boost::json::serialize(to_json(body)); }

inline const group_message& store(world& w, group_record& g, std::string from, std::uint32_t random,
                                  std::int64_t time, const msg::body& body) {
    group_message m;
    m.seq = g.next_seq++;
    m.from = std::move(from);
    m.random = random;
    m.time = time;
    m.body = body_text(body);
    (void)w;
    return g.messages.emplace_back(std::move(m));
}

inline group_msg::history_message history_entry(const group_message& m) {
    group_msg::history_message out;
    out.From_Account = m.from;
    out.IsPlaceMsg = m.recalled ? group_msg::place_msg::recalled : group_msg::place_msg::normal;
    out.MsgPriority = 2;  // Normal
    out.MsgRandom = m.random;
    out.MsgSeq = m.seq;
    out.MsgTimeStamp = m.time;
    (void)from_json(boost::json::parse(m.body), out.MsgBody);
    return out;
}

}  // namespace group_msg_behaviour

inline answer<group_msg::send_group_msg_response> behave(world& w, const group_msg::send_group_msg_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    const auto& m = store(w, *g, r.From_Account ? r.From_Account->str() : std::string("administrator"), *r.Random,
                          ++w.clock, *r.MsgBody);
    return group_msg::send_group_msg_response{.MsgTime = m.time, .MsgSeq = m.seq, .MsgDropReason = std::nullopt};
}

inline answer<group_msg::group_msg_get_simple_response> behave(world& w,
                                                                 const group_msg::group_msg_get_simple_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return av_chat_room();
    const bool with_recalled = r.WithRecalledMsg && r.WithRecalledMsg->value() == 1;
    group_msg::group_msg_get_simple_response out{.GroupId = g->id, .IsFinished = 1, .RspMsgList = {}};
    for (auto it = g->messages.rbegin(); it != g->messages.rend(); ++it) {
        if (out.RspMsgList.size() >= r.ReqMsgNumber->value()) break;
        if (r.ReqMsgSeq && it->seq > *r.ReqMsgSeq) continue;
        if (it->recalled && !with_recalled) continue;
        out.RspMsgList.push_back(history_entry(*it));
    }
    return out;
}

inline answer<group_msg::group_msg_recall_response> behave(world& w, const group_msg::group_msg_recall_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return fault{group_msg::codes::recall_unsupported.code, "AVChatRoom groups store no history"};
    group_msg::group_msg_recall_response out;
    for (const auto& item : *r.MsgSeqList) {
        auto* m = find_message(*g, *item.MsgSeq);
        std::int32_t code = 0;
        if (!m)
            code = group_msg::codes::msg_not_found.code;
        else if (m->recalled)
            code = group_msg::codes::not_recallable.code;
        else
            m->recalled = true;
        out.RecallRetList.push_back({.MsgSeq = *item.MsgSeq, .RetCode = code});
    }
    return out;
}

inline answer<group_msg::delete_group_msg_by_sender_response> behave(
    world& w, const group_msg::delete_group_msg_by_sender_request& r) {
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_msg_behaviour::no_group();
    std::size_t seen = 0;  // the last 1,000 messages
    for (auto it = g->messages.rbegin(); it != g->messages.rend() && seen < 1000; ++it, ++seen)
        if (it->from == r.Sender_Account->str()) it->recalled = true;
    return group_msg::delete_group_msg_by_sender_response{};
}

inline answer<group_msg::modify_group_msg_response> behave(world& w, const group_msg::modify_group_msg_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group(openim::codes::invalid_request.code);
    auto* m = find_message(*g, *r.MsgSeq);
    if (!m) return fault{openim::codes::invalid_request.code, "no message with this MsgSeq"};
    if (r.MsgBody) m->body = body_text(*r.MsgBody);
    return group_msg::modify_group_msg_response{};
}

inline answer<group_msg::import_group_response> behave(world& w, const group_msg::import_group_request& r) {
    auto& all = w.state<groups>();
    if (*r.Type == group::group_type::AVChatRoom) return group_msg_behaviour::av_chat_room();
    std::string id = r.GroupId ? *r.GroupId : "@TGS#" + std::to_string(all.next_id++);
    if (all.find(id)) return fault{group_msg::codes::group_id_taken.code, "the group ID is already in use"};
    group_record g;
    g.id = id;
    g.type = r.Type->value().value_or(group::group_type::Public);
    g.name = r.Name->str();
    g.introduction = r.Introduction ? r.Introduction->str() : std::string();
    g.notification = r.Notification ? r.Notification->str() : std::string();
    g.face_url = r.FaceUrl ? r.FaceUrl->str() : std::string();
    if (r.ApplyJoinOption) g.apply_join = r.ApplyJoinOption->value().value_or(g.apply_join);
    g.max_members = r.MaxMemberCount ? r.MaxMemberCount->value() : 2000;
    g.create_time = r.CreateTime ? *r.CreateTime : ++w.clock;
    g.last_info_time = g.create_time;
    if (r.AppDefinedData) g.app_data = *r.AppDefinedData;
    if (r.Owner_Account) {
        g.owner = r.Owner_Account->str();
        g.members[g.owner] = group_member{.role = group::member_role::Owner, .join_time = g.create_time,
                                          .mute_until = 0, .name_card = {}, .app_data = {}};
    }
    all.by_id.emplace(id, std::move(g));
    return group_msg::import_group_response{.GroupId = id};
}

inline answer<group_msg::import_group_member_response> behave(world& w,
                                                                const group_msg::import_group_member_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return av_chat_room();
    group_msg::import_group_member_response out;
    for (const auto& item : *r.MemberList) {
        const std::string id = item.Member_Account->str();
        std::int32_t result = group_msg::import_result::imported;
        if (g->members.contains(id)) {
            result = group_msg::import_result::already_member;
        } else if (!w.find(id) || (item.JoinTime && *item.JoinTime < g->create_time)) {
            result = group_msg::import_result::failed;
        } else {
            g->members[id] = group_member{.role = item.Role ? item.Role->value().value_or(group::member_role::Member)
                                                             : group::member_role::Member,
                                          .join_time = item.JoinTime.value_or(w.clock),
                                          .mute_until = 0, .name_card = {}, .app_data = {}};
        }
        out.MemberList.push_back({.Member_Account = id, .Result = result});
    }
    return out;
}

inline answer<group_msg::import_group_msg_response> behave(world& w, const group_msg::import_group_msg_request& r) {
    using namespace group_msg_behaviour;
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return no_group();
    if (is_av(*g)) return av_chat_room();
    group_msg::import_group_msg_response out;
    for (const auto& item : *r.MsgList) {
        const std::int64_t latest = g->messages.empty() ? g->create_time : g->messages.back().time;
        if (*item.SendTime < latest || *item.SendTime > w.clock) {
            out.ImportMsgResult.push_back({.MsgSeq = 0, .MsgTime = *item.SendTime,
                                           .Result = group_msg::codes::invalid_parameter.code});
            continue;
        }
        const auto& m = store(w, *g, item.From_Account->str(), item.Random.value_or(0), *item.SendTime, *item.MsgBody);
        out.ImportMsgResult.push_back({.MsgSeq = m.seq, .MsgTime = m.time, .Result = 0});
    }
    return out;
}

// The endpoints that only need the group to exist.
template <class Request>
    requires requires(const Request& r) { r.GroupId; }
std::optional<fault> group_msg_known_group(world& w, const Request& r) {
    if (!w.state<groups>().find(*r.GroupId)) return group_msg_behaviour::no_group();
    return std::nullopt;
}

inline answer<group_msg::send_group_system_notification_response> behave(
    world& w, const group_msg::send_group_system_notification_request& r) {
    if (auto f = group_msg_known_group(w, r)) return *f;
    return group_msg::send_group_system_notification_response{};
}

inline answer<group_msg::clear_group_msg_response> behave(world& w, const group_msg::clear_group_msg_request& r) {
    if (auto f = group_msg_known_group(w, r)) return *f;
    return group_msg::clear_group_msg_response{};  // cleared messages stay visible to the admin, as the page says
}

inline answer<group_msg::set_unread_msg_num_response> behave(world& w,
                                                              const group_msg::set_unread_msg_num_request& r) {
    if (auto f = group_msg_known_group(w, r)) return *f;
    return group_msg::set_unread_msg_num_response{};
}

inline answer<group_msg::get_online_member_num_response> behave(world& w,
                                                                  const group_msg::get_online_member_num_request& r) {
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_msg_behaviour::no_group();
    if (!group_msg_behaviour::is_av(*g))
        return fault{group_msg::codes::no_permission.code, "only AVChatRoom groups count online members"};
    return group_msg::get_online_member_num_response{.OnlineMemberNum = 0};  // imported users are offline
}

inline answer<group_msg::get_group_msg_receipt_response> behave(world& w,
                                                                  const group_msg::get_group_msg_receipt_request& r) {
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g) return group_msg_behaviour::no_group();
    group_msg::get_group_msg_receipt_response out;
    for (const auto& item : *r.MsgSeqList) {
        const bool known = group_msg_behaviour::find_message(*g, *item.MsgSeq) != nullptr;
        out.GroupMsgReceiptList.push_back({.Code = known ? 0 : group_msg::codes::receipt_not_found.code,
                                           .MsgSeq = *item.MsgSeq, .ReadNum = 0,
                                           .UnreadNum = known ? g->members.size() : 0});
    }
    return out;
}

inline answer<group_msg::get_group_msg_receipt_detail_response> behave(
    world& w, const group_msg::get_group_msg_receipt_detail_request& r) {
    if (auto f = group_msg_known_group(w, r)) return *f;
    return group_msg::get_group_msg_receipt_detail_response{
        .Cursor = {}, .IsFinish = 1, .MsgSeq = r.MsgSeq.value_or(0), .ReadList = std::nullopt, .UnreadList = std::nullopt};
}

// The extension endpoints: the group and the message must exist (23004); pairs are not kept.
template <class Request>
std::optional<fault> group_msg_known_message(world& w, const Request& r) {
    auto* g = w.state<groups>().find(*r.GroupId);
    if (!g || !group_msg_behaviour::find_message(*g, *r.MsgSeq))
        return fault{group_msg::codes::group_msg_not_found.code, "the group message does not exist"};
    return std::nullopt;
}

inline answer<group_msg::group_get_key_values_response> behave(world& w,
                                                                 const group_msg::group_get_key_values_request& r) {
    if (auto f = group_msg_known_message(w, r)) return *f;
    return group_msg::group_get_key_values_response{.CompleteFlag = 1, .LatestSeq = 0, .ClearSeq = 0, .ExtensionList = {}};
}

inline answer<group_msg::group_set_key_values_response> behave(world& w,
                                                                 const group_msg::group_set_key_values_request& r) {
    if (auto f = group_msg_known_message(w, r)) return *f;
    group_msg::group_set_key_values_response out;
    if (r.ExtensionList)
        for (const auto& pair : *r.ExtensionList) {
            auto stored = pair;
            stored.Seq = pair.Seq.value_or(0) + 1;  // the admin's Seq is not checked; each change moves it on
            out.ExtensionList.push_back({.ErrorCode = 0, .Extension = std::move(stored)});
        }
    return out;
}

}  // namespace timrest::emulator

#endif
