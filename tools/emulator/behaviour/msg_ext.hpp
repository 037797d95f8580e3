#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_MSG_EXT_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_MSG_EXT_HPP_INCLUDED

// What the one-to-one message extension endpoints do to the emulator's world: each stored message (by MsgKey) keeps
// its key-value pairs. Every set_key_values request takes the message's next Seq, which the pairs it sets carry,
// as in the page's sample (k1 and k2 set together have Seq 1, k3 set later 2). The emulator is called as the admin,
// whose Seq the service does not check, so it never answers 23001. A message the world does not hold gets 23004.
// See behaviour/account.hpp for the shape of these headers.

#include "world.hpp"
#include "timrest/msg_ext.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace timrest::emulator {

struct msg_ext_state {
    struct pair {
        std::string value;
        std::uint64_t seq = 0;
    };
    struct message_extension {
        std::map<std::string, pair, std::less<>> pairs;
        std::uint64_t latest_seq = 0;
        std::uint64_t clear_seq = 0;
    };
    std::map<std::string, message_extension, std::less<>> by_key;  // MsgKey -> its extension
    std::size_t page_size = 200;  // pairs per get_key_values reply, as the page says
};

inline bool holds_message(const world& w, std::string_view key) {
    return std::any_of(w.messages.begin(), w.messages.end(), [&](const stored_message& m) { return m.key == key; });
}

inline answer<msg_ext::set_key_values_response> behave(world& w, const msg_ext::set_key_values_request& r) {
    using msg_ext::operate_type;
    if (!holds_message(w, *r.MsgKey)) return fault{23004, "the one-to-one message does not exist"};
    auto& ext = w.state<msg_ext_state>().by_key[*r.MsgKey];
    const std::uint64_t seq = ++ext.latest_seq;
    msg_ext::set_key_values_response out;
    if (*r.OperateType == operate_type::clear) {
        ext.pairs.clear();
        ext.clear_seq = seq;
        return out;
    }
    for (const auto& e : *r.ExtensionList) {  // present: the declaration's rules hold for set and remove
        if (*r.OperateType == operate_type::set) {
            if (!ext.pairs.contains(e.Key.str()) && ext.pairs.size() >= msg_ext::max_pairs_per_message) {
                out.ExtensionList.push_back({.ErrorCode = 10004, .Extension = e});
                continue;
            }
            ext.pairs[e.Key.str()] = {e.Value.str(), seq};
        } else {
            ext.pairs.erase(e.Key.str());
        }
        msg_ext::extension stored = e;
        stored.Seq = seq;
        out.ExtensionList.push_back({.ErrorCode = 0, .Extension = std::move(stored)});
    }
    return out;
}

inline answer<msg_ext::get_key_values_response> behave(world& w, const msg_ext::get_key_values_request& r) {
    if (!holds_message(w, *r.MsgKey)) return fault{23004, "the one-to-one message does not exist"};
    auto& st = w.state<msg_ext_state>();
    const auto& ext = st.by_key[*r.MsgKey];
    std::vector<msg_ext::extension> all;
    for (const auto& [key, p] : ext.pairs)
        if (p.seq >= r.StartSeq.value_or(0)) all.push_back({.Key = key, .Value = p.value, .Seq = p.seq});
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return *a.Seq < *b.Seq; });
    const std::size_t page_size = w.page(st.page_size);
    msg_ext::get_key_values_response out{.CompleteFlag = all.size() <= page_size ? 1 : 0,
                                         .LatestSeq = ext.latest_seq, .ClearSeq = ext.clear_seq};
    if (all.size() > page_size) all.resize(page_size);
    out.ExtensionList = std::move(all);
    return out;
}

}  // namespace timrest::emulator

#endif
