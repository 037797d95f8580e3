#ifndef TIMREST_TOOLS_EMULATOR_WORLD_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_WORLD_HPP_INCLUDED

// The emulator's in-memory world: what every family's behaviour reads and changes. Data only; the behaviours
// are in behaviour/<family>.hpp, one header per family, each compiled in its family's own TU. The caller of a
// behaviour holds the server's lock.

#include "emulator.hpp"
#include "timrest/recentcontact/common.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

namespace timrest::emulator {

/// A conversation as the emulator keeps it: who with, and its group/mark data.
struct conversation {
    recentcontact::conversation_type type = recentcontact::conversation_type::c2c;
    std::string peer;  // To_Account or the group ID
    std::int64_t msg_time = 0;
    bool pinned = false;
    bool listed = true;            // in the recent-contact list (get_list); marks and groups are kept apart
    std::uint64_t standard_marks = 0;
    std::optional<std::string> custom_mark;
    std::int64_t timestamp = 0;    // last change of its group/mark data
};

struct conversation_group {
    std::uint32_t id = 0;
    std::vector<std::pair<recentcontact::conversation_type, std::string>> members;  // (Type, peer)
};

struct user {
    std::string nick;
    std::string face_url;
    std::vector<conversation> conversations;
    std::map<std::string, conversation_group, std::less<>> groups;  // by name
    std::uint32_t next_group_id = 1;

    conversation* find_conversation(recentcontact::conversation_type type, std::string_view peer) {
        for (auto& c : conversations)
            if (c.type == type && c.peer == peer) return &c;
        return nullptr;
    }
    conversation& touch_conversation(recentcontact::conversation_type type, std::string_view peer) {
        if (auto c = find_conversation(type, peer)) return *c;
        return conversations.emplace_back(conversation{type, std::string(peer), 0, false, false, 0, {}, 0});
    }
    bool in_any_group(recentcontact::conversation_type type, std::string_view peer) const {
        for (const auto& [name, g] : groups)
            for (const auto& m : g.members)
                if (m.first == type && m.second == peer) return true;
        return false;
    }
};

/// A one-to-one message as sendmsg, batchsendmsg and importmsg leave it.
struct stored_message {
    std::string from;
    std::string to;
    std::uint32_t random = 0;
    std::uint32_t seq = 0;
    std::int64_t time = 0;
    std::string key;  // MsgKey
    std::string body;  // MsgBody as JSON text
};

struct world {
    std::map<std::string, user, std::less<>> users;  // imported accounts, by UserID
    std::size_t page_size = 100;                      // conversations per get_list / get_contact_group page
    /// Items per page on every paged endpoint, in place of each family's own size (server::page_size,
    /// timrest-emulator --page-size): for testing how code walks many pages.
    std::optional<std::size_t> page_size_override;

    /// The page size a paged endpoint uses: the override when set, else the family's own `size`.
    std::size_t page(std::size_t size) const noexcept { return page_size_override.value_or(size); }
    std::int64_t clock = 1700000000;                   // advances by one second per change
    std::vector<stored_message> messages;              // one-to-one messages, oldest first

    /// A family's own state, created on first use: behaviour/<family>.hpp declares the struct and keeps it here,
    /// so that adding a family's state touches no shared header. `w.state<relationships>()`.
    template <class State>
    State& state() {
        auto& slot = extensions[std::type_index(typeid(State))];
        if (!slot) slot = std::make_shared<State>();
        return *static_cast<State*>(slot.get());
    }
    std::map<std::type_index, std::shared_ptr<void>> extensions;

    user* find(std::string_view id) {
        auto it = users.find(id);
        return it == users.end() ? nullptr : &it->second;
    }
};

// Checks the service makes before the generic ones, to answer with its specific code: the server then
// validates the request against the declaration (answering the family's invalid-parameter code) and behaves.
template <class Request>
std::optional<fault> precheck(const Request&) {
    return std::nullopt;
}

}  // namespace timrest::emulator

#endif
