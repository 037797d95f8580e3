#ifndef TIMREST_TESTS_INTEGRATION_SUPPORT_HPP_INCLUDED
#define TIMREST_TESTS_INTEGRATION_SUPPORT_HPP_INCLUDED

// Helpers for the integration tests: each TEST_CASE starts its own in-process emulator on an ephemeral
// loopback port (most through the `emulated` fixture) and talks to it through the real curl transport.

#include "world.hpp"
#include "emulator.hpp"
#include "timrest.hpp"

#include <curl/curl.h>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace timrest_test {

/// A client config for the emulator's app, signing as its admin.
inline timrest::config config_for(const timrest::emulator::server& srv) {
    timrest::config c;
    c.sdkappid = srv.application().sdkappid;
    c.secret_key = srv.application().secret_key;
    c.admin = "administrator";
    c.base_url = srv.base_url();
    return c;
}

/// A fixture for TEST_CASE_METHOD: `srv`, an in-process emulator started on an ephemeral loopback port, and `chat`,
/// a client of it (config_for). `Seed`, when given, is called with the emulator before it starts, e.g. to seed its
/// world.
template <auto Seed = nullptr>
struct emulated {
    timrest::emulator::server srv;
    timrest::client chat{started()};

private:
    timrest::config started() {
        if constexpr (!std::is_null_pointer_v<decltype(Seed)>) Seed(srv);
        srv.start();
        return config_for(srv);
    }
};

/// The path of a request target, without the query.
inline std::string_view target_path(std::string_view target) { return target.substr(0, target.find('?')); }

/// How many requests for `path` ("v4/<service>/<command>") the emulator has received.
inline std::size_t requests_to(const timrest::emulator::server& srv, std::string_view path) {
    std::size_t n = 0;
    for (const auto& r : srv.requests()) n += target_path(r.target) == "/" + std::string(path);
    return n;
}

/// The decoded value of `key` in a request target's query, or nothing.
inline std::optional<std::string> query_param(std::string_view target, std::string_view key) {
    const auto q = target.find('?');
    if (q == std::string_view::npos) return std::nullopt;
    return timrest::emulator::query_param(target.substr(q + 1), key);  // percent-decoded, as the service reads it
}

/// The `random` a request target carried; nothing when absent or not a 32-bit decimal.
inline std::optional<std::uint32_t> random_of(std::string_view target) {
    auto text = query_param(target, "random");
    if (!text || text->empty()) return std::nullopt;
    std::uint32_t value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size()) return std::nullopt;
    return value;
}

/// Imports `user` through the client; the tests that need an owner call it first.
inline void import_user(timrest::client& c, std::string user) {
    timrest::call<timrest::account::account_import>(c, {.UserID = std::move(user)});
}

/// A conversation for seeding the emulator's world (its custom_mark has no default initializer, so no designated
/// one).
inline timrest::emulator::conversation conversation(timrest::recentcontact::conversation_type type, std::string peer, std::int64_t msg_time,
                                                    bool pinned = false) {
    timrest::emulator::conversation c;
    c.type = type;
    c.peer = std::move(peer);
    c.msg_time = msg_time;
    c.pinned = pinned;
    return c;
}

/// A one-to-one conversation with `id`, as the contact item of a request.
inline timrest::recentcontact::contact_item peer(std::string id) {
    return timrest::recentcontact::c2c(std::move(id));
}

}  // namespace timrest_test

#endif
