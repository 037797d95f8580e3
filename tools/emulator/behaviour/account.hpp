#ifndef TIMREST_TOOLS_EMULATOR_BEHAVIOUR_ACCOUNT_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_BEHAVIOUR_ACCOUNT_HPP_INCLUDED

// What the account endpoints do to the emulator's world: a `precheck` overload where the service answers a
// specific code before the declaration's own checks, and a `behave` overload per endpoint that keeps state.
// An endpoint without a behave overload answers a well-formed empty reply (serve_family.hpp).

#include "world.hpp"
#include "timrest/account.hpp"

#include <algorithm>
#include <string>

namespace timrest::emulator {

inline std::optional<fault> batch_size_check(std::size_t n) {
    if (n >= 1 && n <= account::max_batch) return std::nullopt;
    return fault{70206, "a batch holds 1 to 100 accounts"};
}

inline std::optional<fault> precheck(const account::multiaccount_import_request& r) {
    if (r.Accounts) return batch_size_check(r.Accounts->size());
    if (r.AccountList) return batch_size_check(r.AccountList->size());
    return std::nullopt;
}

inline std::optional<fault> precheck(const account::account_check_request& r) {
    return batch_size_check(r.CheckItem->size());
}

inline std::optional<fault> precheck(const account::account_delete_request& r) {
    return batch_size_check(r.DeleteItem->size());
}

inline answer<account::account_import_response> behave(world& w, const account::account_import_request& r) {
    auto& u = w.users[r.UserID->str()];  // importing again keeps the same account
    if (r.Nick) u.nick = r.Nick->str();
    if (r.FaceUrl) u.face_url = r.FaceUrl->str();
    return account::account_import_response{};
}

// UserIDs the service refuses: anything outside printable ASCII (the SDK error doc's rule).
inline bool importable(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char ch) { return ch >= 0x20 && ch <= 0x7e; });
}

inline answer<account::multiaccount_import_response> behave(world& w, const account::multiaccount_import_request& r) {
    account::multiaccount_import_response out;
    auto import = [&](const std::string& id, const std::optional<text<500>>& nick,
                      const std::optional<text<500>>& face) {
        if (!importable(id)) return out.FailAccounts.push_back(id);
        auto& u = w.users[id];
        if (nick) u.nick = nick->str();
        if (face) u.face_url = face->str();
    };
    if (r.Accounts)
        for (const auto& id : *r.Accounts) import(id.str(), std::nullopt, std::nullopt);
    if (r.AccountList)
        for (const auto& e : *r.AccountList) import(e.UserID->str(), e.Nick, e.FaceUrl);
    return out;
}

inline answer<account::account_check_response> behave(world& w, const account::account_check_request& r) {
    account::account_check_response out;
    for (const auto& item : *r.CheckItem) {
        const std::string id = item.UserID->str();
        out.ResultItem.push_back(
            {id, 0, "", w.find(id) ? account::account_status::Imported : account::account_status::NotImported});
    }
    return out;
}

inline answer<account::account_delete_response> behave(world& w, const account::account_delete_request& r) {
    account::account_delete_response out;
    for (const auto& item : *r.DeleteItem) {
        const std::string id = item.UserID->str();
        if (w.users.erase(id))
            out.ResultItem.push_back({0, "", id});
        else
            out.ResultItem.push_back({70107, "Err_TLS_PT_Open_Login_Account_Not_Exist", id});
    }
    return out;
}

// The page answers 70107 for an account that does not exist. The emulator has no login state to drop.
inline answer<account::kick_response> behave(world& w, const account::kick_request& r) {
    if (!w.find(r.UserID->str())) return fault{70107, "Err_TLS_PT_Open_Login_Account_Not_Exist"};
    return account::kick_response{};
}

}  // namespace timrest::emulator

#endif
