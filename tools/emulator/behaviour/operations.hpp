#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPERATIONS_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_OPERATIONS_HPP_INCLUDED

// What the operations endpoints do to the emulator's world: setnospeaking keeps each imported user's mute
// periods as the clock time they end, getnospeaking answers what is left of them (the page's 7200 reads 7196 a
// few seconds later); a user who was never imported is refused with the page's "invalid account" code.
// forbid_illegal_object and allow_banned_object keep the set of banned file URLs, which get_cos_sig reports as
// Status. getappinfo, get_history and GetIPList answer well-formed, plausible replies. See behaviour/account.hpp
// for the shape of these headers.

#include "world.hpp"
#include "timrest/operations.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace timrest::emulator {

/// The operations family's state in the world (w.state<operations_state>()).
struct operations_state {
    /// When a mute period ends, in clock seconds; forever for a permanent one. Absent: not muted.
    struct mute {
        std::optional<std::int64_t> c2c_until;
        std::optional<std::int64_t> group_until;
    };
    static constexpr std::int64_t forever = operations::nospeaking::forever;

    std::map<std::string, mute, std::less<>> mutes;  // by UserID
    std::set<std::string, std::less<>> banned_files;  // RawURLs forbid_illegal_object banned
};

// The service's own codes, before the declaration's checks (whose violations would answer the generic 60003).
inline std::optional<fault> precheck(const operations::setnospeaking_request& r) {
    if (!r.C2CmsgNospeakingTime && !r.GroupmsgNospeakingTime)
        return fault{operations::codes::no_mute_time.code, "neither C2CmsgNospeakingTime nor GroupmsgNospeakingTime"};
    return std::nullopt;
}

inline std::optional<fault> precheck(const operations::get_history_request& r) {
    if (auto violations = validate(r); !violations.empty())
        return fault{operations::codes::history_bad_parameter.code, to_string(violations)};
    return std::nullopt;
}

namespace detail_operations {

// A period as setnospeaking gives it, as the clock time it ends; nothing for 0 (unmuted).
inline std::optional<std::int64_t> mute_end(const world& w, std::int64_t seconds) {
    if (seconds == operations::nospeaking::unmute) return std::nullopt;
    if (seconds == operations::nospeaking::forever) return operations_state::forever;
    return w.clock + seconds;
}

// What getnospeaking reads: the seconds left, 0 once the period is over, forever for good.
inline std::int64_t mute_left(const world& w, const std::optional<std::int64_t>& until) {
    if (!until) return operations::nospeaking::unmute;
    if (*until == operations_state::forever) return operations::nospeaking::forever;
    return std::max<std::int64_t>(0, *until - w.clock);
}

}  // namespace detail_operations

inline answer<operations::setnospeaking_response> behave(world& w, const operations::setnospeaking_request& r) {
    const std::string id = r.Set_Account->str();
    if (!w.find(id)) return fault{operations::codes::bad_set_account.code, "Set_Account is not imported"};
    auto& m = w.state<operations_state>().mutes[id];
    ++w.clock;  // a change
    if (r.C2CmsgNospeakingTime) m.c2c_until = detail_operations::mute_end(w, r.C2CmsgNospeakingTime->value());
    if (r.GroupmsgNospeakingTime) m.group_until = detail_operations::mute_end(w, r.GroupmsgNospeakingTime->value());
    return operations::setnospeaking_response{};
}

inline answer<operations::getnospeaking_response> behave(world& w, const operations::getnospeaking_request& r) {
    const std::string id = r.Get_Account->str();
    if (!w.find(id)) return fault{operations::codes::bad_get_account.code, "Get_Account is not imported"};
    operations::getnospeaking_response out;
    const auto& mutes = w.state<operations_state>().mutes;
    if (auto it = mutes.find(id); it != mutes.end()) {
        out.C2CmsgNospeakingTime = detail_operations::mute_left(w, it->second.c2c_until);
        out.GroupmsgNospeakingTime = detail_operations::mute_left(w, it->second.group_until);
    }
    return out;
}

// Two days of statistics in which every count is derived from the world, so a test can predict them; a row holds
// the fields asked for, and Date always, as the page's second sample shows.
inline answer<operations::getappinfo_response> behave(world& w, const operations::getappinfo_request& r) {
    const std::string users = std::to_string(w.users.size());
    const std::string messages = std::to_string(w.messages.size());
    auto value = [&](std::string_view name) -> std::string {
        if (name == "AppName") return "timrest emulator";
        if (name == "AppId") return "1400000000";
        if (name == "Company") return "timrest";
        if (name == "RegistUserNumTotal" || name == "ActiveUserNum") return users;
        if (name == "UpMsgNum" || name == "C2CUpMsgNum" || name == "DownMsgNum" || name == "C2CDownMsgNum")
            return messages;
        return "0";
    };
    auto wanted = [&](std::string_view name) {
        if (!r.RequestField || name == "Date") return true;
        return std::any_of(r.RequestField->begin(), r.RequestField->end(),
                           [&](const auto& f) { return f.name() == name; });
    };
    operations::getappinfo_response out;
    for (const char* date : {"20231114", "20231113"}) {
        operations::app_info_row row;
        boost::mp11::mp_for_each<boost::describe::describe_members<operations::app_info_row, boost::describe::mod_public>>(
            [&](auto D) {
                if (wanted(D.name)) row.*D.pointer = std::string_view(D.name) == "Date" ? date : value(D.name);
            });
        out.Result.push_back(std::move(row));
    }
    return out;
}

inline answer<operations::get_history_response> behave(world&, const operations::get_history_request& r) {
    const std::string name = r.ChatType->name() + "_" + *r.MsgTime;
    operations::history_file file;
    file.URL = "http://127.0.0.1/msg_history/1400000000_" + name + ".gz";
    file.ExpireTime = "2099-12-31 23:59:59";
    file.FileSize = 65207;  // the page's sizes; the digests are placeholders, there is no file behind the URL
    file.FileMD5 = "00000000000000000000000000000000";
    file.GzipSize = 1815;
    file.GzipMD5 = "00000000000000000000000000000000";
    return operations::get_history_response{{file}};
}

inline answer<operations::get_ip_list_response> behave(world&, const operations::get_ip_list_request&) {
    return operations::get_ip_list_response{{"127.0.0.1", "127.0.0.0/8", "::1"}};
}

inline answer<operations::forbid_illegal_object_response> behave(world& w,
                                                                  const operations::forbid_illegal_object_request& r) {
    w.state<operations_state>().banned_files.insert(*r.RawURL);
    return operations::forbid_illegal_object_response{};
}

inline answer<operations::allow_banned_object_response> behave(world& w,
                                                                const operations::allow_banned_object_request& r) {
    w.state<operations_state>().banned_files.erase(*r.RawURL);
    return operations::allow_banned_object_response{};
}

// Every URL is answered as a file that exists, banned when forbid_illegal_object banned it, with a signed URL that
// expires 15 minutes from the emulator's clock.
inline answer<operations::get_cos_sig_response> behave(world& w, const operations::get_cos_sig_request& r) {
    const auto& banned = w.state<operations_state>().banned_files;
    operations::get_cos_sig_response out;
    for (const auto& u : *r.RawURLs) {
        operations::pre_sig_url item;
        item.ResourceID = *u.ResourceID;
        item.Desc = "";
        item.PreSigURL = *u.RawURL + (u.RawURL->find('?') == std::string::npos ? "?" : "&") +
                         "sign=emulator&expires=" + std::to_string(w.clock + 900);
        item.Status = banned.contains(*u.RawURL) ? operations::cos_object_status::banned
                                                 : operations::cos_object_status::normal;
        out.PreSigURLs.push_back(std::move(item));
    }
    return out;
}

}  // namespace timrest::emulator

#endif
