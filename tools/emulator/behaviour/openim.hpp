#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPENIM_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPENIM_HPP_INCLUDED

// What the openim one-to-one message endpoints do to the emulator's world: messages to imported users are
// stored with a MsgKey; a recipient who is not imported is refused (sendmsg) or listed in ErrorList
// (batchsendmsg). See behaviour/account.hpp for the shape of these headers.

#include "world.hpp"
#include "timrest/openim.hpp"

#include <boost/json/serialize.hpp>

#include <string>

namespace timrest::emulator {

// "<random>_<seq>_<time>": the shape of the page's MsgKeys (89541_2574206_1572870301).
inline const stored_message& store_message(world& w, std::string from, std::string to, std::uint32_t random,
                                           const msg::body& body) {
    stored_message m;
    m.from = std::move(from);
    m.to = std::move(to);
    m.random = random;
    m.seq = static_cast<std::uint32_t>(w.messages.size() + 1);
    m.time = ++w.clock;
    m.key = std::to_string(random) + "_" + std::to_string(m.seq) + "_" + std::to_string(m.time);
    m.body = boost::json::serialize(to_json(body));
    return w.messages.emplace_back(std::move(m));
}

inline std::string sender_of(const std::optional<user_id>& from) {
    return from ? from->str() : std::string("administrator");
}

inline answer<openim::sendmsg_response> behave(world& w, const openim::sendmsg_request& r) {
    if (!w.find(r.To_Account->str())) return fault{90012, "To_Account is not imported"};
    if (r.From_Account && !w.find(r.From_Account->str())) return fault{20003, "From_Account is not imported"};
    const auto& m = store_message(w, sender_of(r.From_Account), r.To_Account->str(), *r.MsgRandom, *r.MsgBody);
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
    }
    if (out.ErrorList.size() == r.To_Account->size()) return fault{90012, "no To_Account is imported"};
    out.MsgKey = key;
    return out;
}

}  // namespace timrest::emulator

#endif
