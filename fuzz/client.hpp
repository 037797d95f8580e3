#ifndef TIMREST_FUZZ_CLIENT_HPP_INCLUDED
#define TIMREST_FUZZ_CLIENT_HPP_INCLUDED

// A client whose transport answers with bodies the fuzzer chose, for the targets that go through
// client::post (the envelope reader, the page walk).

#include "timrest/protocol/client.hpp"
#include "timrest/transport/transport.hpp"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest_fuzz {

// The emulator's app; its key must never show in what the client reports.
inline constexpr std::string_view secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// Answers the n-th request since load() with HTTP 200 and the n-th body, then with a connection failure.
class scripted_transport final : public timrest::transport {
public:
    void load(std::vector<std::string> bodies) {
        bodies_ = std::move(bodies);
        next_ = 0;
    }

    timrest::http_outcome post(const std::string&, std::string_view, const timrest::send_options&) override {
        if (next_ == bodies_.size()) return {timrest::transport_errc::connect_failed, "script exhausted", {}};
        return {{}, {}, {200, bodies_[next_++]}};
    }

    std::size_t served() const noexcept { return next_; }

private:
    std::vector<std::string> bodies_;
    std::size_t next_ = 0;
};

/// A client with a fixed clock and its scripted transport, shared by every run of a target: signing a UserSig
/// for each run would take most of the time, and with the clock fixed the client keeps no other state.
struct scripted_client {
    std::shared_ptr<scripted_transport> transport = std::make_shared<scripted_transport>();
    timrest::client chat{settings(), transport};

    /// The client, its transport loaded with `bodies`.
    static scripted_client& with(std::vector<std::string> bodies) {
        static scripted_client instance;
        instance.transport->load(std::move(bodies));
        return instance;
    }

    /// The time the client signs at, and its UserSig.
    static constexpr std::chrono::seconds now{1700000000};
    static timrest::config settings() {
        timrest::config c;
        c.sdkappid = 1400000000;
        c.secret_key = std::string(secret_key);
        c.base_url = "http://fuzz.invalid";
        c.clock = [] { return std::chrono::system_clock::time_point(now); };
        return c;
    }
};

/// Splits the input into bodies at each "\n--\n"; the seeds are written that way.
inline std::vector<std::string> split_bodies(std::string_view input) {
    static constexpr std::string_view separator = "\n--\n";
    std::vector<std::string> out;
    for (;;) {
        const auto at = input.find(separator);
        out.emplace_back(input.substr(0, at));
        if (at == std::string_view::npos) return out;
        input.remove_prefix(at + separator.size());
    }
}

}  // namespace timrest_fuzz

#endif
