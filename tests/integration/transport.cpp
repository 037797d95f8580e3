#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace integration_transport_test {

// Transport failures through the real curl transport, and its defaults.

namespace {

using namespace std::chrono_literals;
using timrest_test::config_for;

constexpr std::uint32_t sdkappid = 1400000000;
constexpr auto secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

}  // namespace

TEST_CASE("integration: an unreachable server is a retryable transport error whose text holds no secret",
          "[integration][transport]") {
    // A fixed clock makes the UserSig the client sends computable here, to search the error text for it.
    const auto fixed = std::chrono::system_clock::time_point(std::chrono::seconds(1700000000));
    timrest::config cfg;
    cfg.sdkappid = sdkappid;
    cfg.secret_key = secret_key;
    cfg.admin = "administrator";
    cfg.base_url = "http://127.0.0.1:1";
    cfg.clock = [fixed] { return fixed; };
    const std::string usersig = timrest::make_usersig(sdkappid, secret_key, "administrator", cfg.usersig_lifetime, fixed);
    timrest::client chat(cfg);

    auto r = timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"});
    REQUIRE_FALSE(r);
    const auto& e = r.error();
    CHECK(e.code.category() == timrest::transport_category());
    CHECK(e.code == timrest::transport_errc::connect_failed);
    CHECK(e.code == timrest::condition::retryable);
    CHECK(e.retryable);
    CHECK(e.code != timrest::condition::auth);
    CHECK(e.random != 0u);
    CHECK(r.random() == e.random);

    std::string thrown_text;
    try {
        timrest::call<timrest::account::account_import>(chat, {.UserID = "alice"});
    } catch (const timrest::error& thrown) {
        thrown_text = thrown.what();
        CHECK(thrown.code() == timrest::transport_errc::connect_failed);
    }
    REQUIRE_FALSE(thrown_text.empty());
    CHECK_THAT(e.message(), Catch::StartsWith("timrest.transport error: "));
    for (const std::string& text : {e.message(), e.info, thrown_text}) {
        CHECK_THAT(text, !Catch::Contains(usersig));
        CHECK_THAT(text, !Catch::Contains("usersig="));
        CHECK_THAT(text, !Catch::Contains(secret_key));
    }
}

TEST_CASE("integration: when the primary host refuses connections the backup host is tried",
          "[integration][transport]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.base_url = "http://127.0.0.1:1";
    cfg.backup_url = srv.base_url();
    timrest::client chat(cfg);

    auto r = timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"});
    CHECK(r);
    REQUIRE(srv.requests().size() == 1);
    CHECK(timrest_test::random_of(srv.requests().back().target) == r.random());
}

TEST_CASE("integration: curl defaults verify TLS, outlast the service's 3 s and name timrest", "[transport]") {
    const timrest::curl_options defaults;
    CHECK(defaults.verify_tls);
    CHECK(defaults.connect_timeout > 3s);
    CHECK(defaults.timeout > 3s);
    CHECK(defaults.timeout >= defaults.connect_timeout);
    CHECK_THAT(defaults.user_agent, Catch::Contains("timrest/"));
    CHECK_FALSE(defaults.ca_file);
    CHECK(defaults.proxy.empty());

    const timrest::curl_transport transport;
    CHECK(transport.options().verify_tls);
    CHECK(transport.options().timeout == defaults.timeout);
    CHECK(transport.connections_opened() == 0u);
}

TEST_CASE("integration: a client's default transport is curl with the default options", "[transport]") {
    timrest::config cfg;
    cfg.sdkappid = sdkappid;
    cfg.secret_key = secret_key;
    cfg.base_url = "http://127.0.0.1:1";
    timrest::client chat(cfg);
    auto* curl = dynamic_cast<timrest::curl_transport*>(&chat.transport_layer());
    REQUIRE(curl != nullptr);
    CHECK(curl->options().verify_tls);
    CHECK_THAT(curl->options().user_agent, Catch::StartsWith("timrest/"));
}

}  // namespace integration_transport_test
