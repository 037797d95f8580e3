#ifndef TIMREST_TOOLS_EMULATOR_GROUP_WORLD_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_GROUP_WORLD_HPP_INCLUDED

// The emulator's groups, shared by the group families' behaviours (behaviour/group.hpp, group_msg.hpp,
// group_attr.hpp, avchatroom.hpp, topic.hpp): reached with `w.state<groups>()`. Data only, as world.hpp.

#include "world.hpp"

#include "timrest/group/common.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace timrest::emulator {

struct group_member {
    group::member_role role = group::member_role::Member;
    std::int64_t join_time = 0;
    std::int64_t mute_until = 0;  // 0: not muted; seconds since the epoch otherwise
    std::string name_card;
    group::app_data app_data;
};

/// A group message as send_group_msg and import_group_msg leave it.
struct group_message {
    std::uint64_t seq = 0;  // MsgSeq: strictly increasing per group, from 1
    std::string from;
    std::uint32_t random = 0;
    std::int64_t time = 0;
    std::string body;  // MsgBody as JSON text
    bool recalled = false;
};

struct group_record {
    std::string id;
    group::group_type type = group::group_type::Public;
    std::string name;
    std::string owner;  // empty: no owner
    std::string introduction;
    std::string notification;
    std::string face_url;
    group::join_option apply_join = group::join_option::NeedPermission;
    std::uint32_t max_members = 0;
    bool mute_all = false;
    std::int64_t create_time = 0;
    std::int64_t last_info_time = 0;
    std::uint64_t info_seq = 0;
    group::app_data app_data;
    std::map<std::string, group_member, std::less<>> members;  // by UserID, the owner among them
    std::vector<group_message> messages;                        // oldest first
    std::uint64_t next_seq = 1;
    std::map<std::string, std::string, std::less<>> attributes;  // group attributes (set/modify/clear_group_attr)
    std::map<std::string, std::int64_t, std::less<>> counters;   // group counters
};

struct groups {
    std::map<std::string, group_record, std::less<>> by_id;
    std::uint64_t next_id = 1;  // for generated GroupIds: "@TGS#" followed by this number

    group_record* find(std::string_view id) {
        auto it = by_id.find(id);
        return it == by_id.end() ? nullptr : &it->second;
    }
};

}  // namespace timrest::emulator

#endif
