#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_TOPIC_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_TOPIC_HPP_INCLUDED

// What the community topic endpoints do to the emulator's world: topics are kept in `topics`
// (w.state<topics>()), by group and then by topic ID, in the groups of group_world.hpp. create_topic and
// import_topic add one (an ID the app chose, or GroupId + "@TOPIC#_@TOPIC#" + a counter); get_topic returns the
// named topics or all, a missing one as an item with 110003; modify_topic changes the fields it names;
// destroy_topic removes them, a missing one as an item with 110003. Codes: an unknown group answers 10010
// (10015 for destroy_topic, whose page has no 10010), a group that is not a Community 11000, a taken topic ID
// 10025 from create_topic and 10021 from import_topic, an unknown topic in modify_topic 10010.

#include "group_world.hpp"
#include "world.hpp"
#include "timrest/topic.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace timrest::emulator {

struct topics {
    struct record {
        std::string name;
        std::string face_url;
        std::string notification;
        std::string introduction;
        std::string custom_string;
        std::string creator;
        bool mute_all = false;
        std::int64_t create_time = 0;
    };
    std::map<std::string, std::map<std::string, record, std::less<>>, std::less<>> by_group;
    std::uint64_t next_id = 1;
};

namespace topic_behaviour {

// The community named `id`, or the fault the service answers for it.
inline std::optional<fault> check_group(world& w, const std::string& id, int unknown_code = 10010) {
    const group_record* g = w.state<groups>().find(id);
    if (!g) return fault{unknown_code, "group " + id + " does not exist"};
    if (g->type != group::group_type::Community) return fault{11000, "group " + id + " does not support topics"};
    return std::nullopt;
}

inline std::string str(const auto& optional_text) { return optional_text ? std::string(optional_text->str()) : std::string(); }

// Adds a topic from the fields create_topic and import_topic share; answers its ID or why not.
template <class Request>
answer<topic::topic_id_response> add(world& w, const Request& r, std::int64_t create_time, int taken_code) {
    if (auto bad = check_group(w, *r.GroupId)) return *bad;
    auto& state = w.state<topics>();
    auto& in_group = state.by_group[*r.GroupId];
    const std::string id = r.TopicId ? *r.TopicId : *r.GroupId + "@TOPIC#_@TOPIC#" + std::to_string(state.next_id++);
    if (in_group.contains(id)) return fault{taken_code, "topic ID " + id + " is already in use"};
    in_group[id] = topics::record{.name = r.TopicName->str(),
                                  .face_url = str(r.FaceUrl),
                                  .notification = str(r.Notification),
                                  .introduction = str(r.Introduction),
                                  .custom_string = str(r.CustomString),
                                  .creator = str(r.From_Account),
                                  .mute_all = false,
                                  .create_time = create_time};
    return topic::topic_id_response{.TopicId = id};
}

inline bool wanted(const topic::get_topic_request& r, std::string_view field) {
    if (!r.ResponseFilter) return true;
    for (const auto& f : *r.ResponseFilter)
        if (f == field) return true;
    return false;
}

inline topic::topic_info info_of(const topic::get_topic_request& r, const std::string& group, const std::string& id,
                                 const topics::record& t) {
    topic::topic_info out;
    out.GroupID = group;
    out.TopicId = id;
    if (wanted(r, "TopicName")) out.TopicName = t.name;
    if (wanted(r, "FaceUrl")) out.FaceUrl = t.face_url;
    if (wanted(r, "Notification")) out.Notification = t.notification;
    if (wanted(r, "Introduction")) out.Introduction = t.introduction;
    if (wanted(r, "CustomString")) out.CustomString = t.custom_string;
    if (wanted(r, "CreateTime")) out.CreateTime = t.create_time;
    if (wanted(r, "MuteAllMember")) out.MuteAllMember = t.mute_all ? topic::mute_all::On : topic::mute_all::Off;
    return out;
}

}  // namespace topic_behaviour

inline answer<topic::topic_id_response> behave(world& w, const topic::create_topic_request& r) {
    return topic_behaviour::add(w, r, ++w.clock, 10025);
}

inline answer<topic::topic_id_response> behave(world& w, const topic::import_topic_request& r) {
    return topic_behaviour::add(w, r, r.CreateTime ? *r.CreateTime : ++w.clock, 10021);
}

inline answer<topic::get_topic_response> behave(world& w, const topic::get_topic_request& r) {
    using namespace topic_behaviour;
    if (auto bad = check_group(w, *r.GroupId)) return *bad;
    const auto& in_group = w.state<topics>().by_group[*r.GroupId];
    topic::get_topic_response out;
    auto add_item = [&](const std::string& id, const topics::record& t) {
        out.TopicAndSelfInfo.push_back({.ErrorCode = 0,
                                        .ErrorInfo = "ok",
                                        .SelfInfo = topic::self_info{.ShutUpTime = 0, .MsgSeq = 0, .MsgFlag = "AcceptAndNotify"},
                                        .TopicInfo = info_of(r, *r.GroupId, id, t)});
    };
    if (!r.TopicIdList) {
        for (const auto& [id, t] : in_group) add_item(id, t);
        return out;
    }
    for (const auto& id : *r.TopicIdList) {
        if (auto it = in_group.find(id); it != in_group.end())
            add_item(id, it->second);
        else
            out.TopicAndSelfInfo.push_back({.ErrorCode = 110003, .ErrorInfo = "topic " + id + " has been deleted",
                                            .SelfInfo = std::nullopt,
                                            .TopicInfo = topic::topic_info{.TopicId = id}});
    }
    return out;
}

inline answer<topic::modify_topic_response> behave(world& w, const topic::modify_topic_request& r) {
    if (auto bad = topic_behaviour::check_group(w, *r.GroupId)) return *bad;
    auto& in_group = w.state<topics>().by_group[*r.GroupId];
    auto it = in_group.find(*r.TopicId);
    if (it == in_group.end()) return fault{10010, "topic " + *r.TopicId + " has been deleted"};
    auto& t = it->second;
    if (r.TopicName) t.name = r.TopicName->str();
    if (r.FaceUrl) t.face_url = r.FaceUrl->str();
    if (r.Notification) t.notification = r.Notification->str();
    if (r.Introduction) t.introduction = r.Introduction->str();
    if (r.CustomString) t.custom_string = r.CustomString->str();
    if (r.MuteAllMember) t.mute_all = *r.MuteAllMember == topic::mute_all::On;
    return topic::modify_topic_response{};
}

inline answer<topic::destroy_topic_response> behave(world& w, const topic::destroy_topic_request& r) {
    if (auto bad = topic_behaviour::check_group(w, *r.GroupId, 10015)) return *bad;
    auto& in_group = w.state<topics>().by_group[*r.GroupId];
    topic::destroy_topic_response out;
    for (const auto& id : *r.TopicIdList) {
        const bool erased = in_group.erase(id) > 0;
        out.DestroyResultItem.push_back({.ErrorCode = erased ? 0 : 110003,
                                         .ErrorInfo = erased ? "ok" : "topic " + id + " has been deleted",
                                         .TopicId = id});
    }
    return out;
}

}  // namespace timrest::emulator

#endif
