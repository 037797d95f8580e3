#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

namespace integration_auth_test {

// The emulator's gateway checks (sdkappid, identifier, UserSig) through the real transport, and the client's
// UserSig renewal.

namespace {

namespace rc = timrest::recentcontact;
using namespace std::chrono_literals;
using timrest_test::config_for;
using timrest_test::query_param;
using timrest_test::random_of;

constexpr auto wrong_key = "0000000000000000000000000000000000000000000000000000000000000000";

timrest::result<timrest::account::account_import_response> import(timrest::client& c) {
    return timrest::try_call<timrest::account::account_import>(c, {.UserID = "alice"});
}

}  // namespace

TEST_CASE("integration: a UserSig signed with the wrong key is refused with 70009, and no message shows a secret",
          "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.secret_key = wrong_key;
    timrest::client chat(cfg);

    auto r = import(chat);
    REQUIRE_FALSE(r);
    const auto& e = r.error();
    CHECK(e.code == timrest::service_code(70009));
    CHECK(e.code == timrest::condition::auth);
    CHECK(e.code != timrest::condition::retryable);
    CHECK_FALSE(e.meaning.empty());
    CHECK(srv.requests().size() == 1);  // 70009 is not a reason to renew

    const auto usersig = query_param(srv.requests().back().target, "usersig");
    REQUIRE(usersig);
    REQUIRE(usersig->size() > 16);
    std::string thrown_text;
    try {
        timrest::call<timrest::account::account_import>(chat, {.UserID = "alice"});
    } catch (const timrest::error& thrown) {
        thrown_text = thrown.what();
    }
    REQUIRE_FALSE(thrown_text.empty());
    for (const std::string& text : {e.message(), e.info, e.display, thrown_text}) {
        CHECK_THAT(text, !Catch::Contains(*usersig));
        CHECK_THAT(text, !Catch::Contains(wrong_key));
        CHECK_THAT(text, !Catch::Contains(srv.application().secret_key));
    }
}

TEST_CASE("integration: a correctly signed identifier that is not the app admin is refused with 60010",
          "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.admin = "someone_else";
    timrest::client chat(cfg);

    auto r = import(chat);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(60010));
    CHECK(r.error().code == timrest::condition::auth);
    CHECK(query_param(srv.requests().back().target, "identifier") == "someone_else");
}

TEST_CASE("integration: a wrong SDKAppID is refused with a service error", "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.sdkappid = srv.application().sdkappid + 1;
    timrest::client chat(cfg);

    auto r = import(chat);
    REQUIRE_FALSE(r);
    CHECK(timrest::is_service_error(r.error().code));
    CHECK(r.error().code == timrest::condition::auth);
    // The UserSig matches the URL's SDKAppID, which names no app here: "SDKAppID not found".
    CHECK(r.error().code.value() == 70020);
    CHECK(srv.requests().size() == 1);
}

TEST_CASE("integration: a UserSig signed for another SDKAppID is refused with 70014", "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    const auto& app = srv.application();
    const auto foreign = timrest::make_usersig(app.sdkappid + 1, app.secret_key, app.admin, std::chrono::hours(1));
    timrest::curl_transport transport;
    auto out = transport.post(timrest::make_request_url(srv.base_url(), "v4/im_open_login_svc/account_import",
                                                        app.sdkappid, app.admin, foreign, 7),
                              R"({"UserID":"alice"})", {});
    REQUIRE_FALSE(out.error);
    auto body = boost::json::parse(out.response.body).as_object();
    CHECK(body.at("ErrorCode").as_int64() == 70014);
    CHECK(body.at("ActionStatus").as_string() == "FAIL");
}

TEST_CASE("integration: an expired UserSig is renewed once, and with a clock in the past the renewal fails with 70001",
          "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.usersig_lifetime = 60s;
    cfg.clock = [] { return std::chrono::system_clock::now() - 24h; };
    timrest::client chat(cfg);

    const auto before = srv.requests().size();
    auto r = import(chat);
    REQUIRE_FALSE(r);
    const auto requests = srv.requests();
    CHECK(requests.size() == before + 2);
    CHECK(r.error().code == timrest::service_code(70001));
    CHECK(r.error().code == timrest::condition::auth);
    CHECK(r.error().retryable);
    REQUIRE(requests.size() >= 2);
    CHECK(random_of(requests.back().target) == r.error().random);
    CHECK(random_of(requests[requests.size() - 2].target) != random_of(requests.back().target));
}

TEST_CASE("integration: an expired UserSig is renewed once and the call then succeeds", "[integration][auth]") {
    timrest::emulator::server srv;
    srv.start();
    auto cfg = config_for(srv);
    cfg.usersig_lifetime = 60s;
    // The first signature is made a day ago (expired); every later one now.
    auto calls = std::make_shared<std::atomic<int>>(0);
    cfg.clock = [calls] {
        const auto now = std::chrono::system_clock::now();
        return (*calls)++ == 0 ? now - 24h : now;
    };
    timrest::client chat(cfg);

    auto r = import(chat);
    REQUIRE(r);
    const auto requests = srv.requests();
    REQUIRE(requests.size() == 2);
    CHECK(query_param(requests[0].target, "usersig") != query_param(requests[1].target, "usersig"));
    CHECK(r.random() == random_of(requests[1].target));

    // The renewed UserSig is cached: the next call sends once.
    REQUIRE(import(chat));
    CHECK(srv.requests().size() == 3);
}

}  // namespace integration_auth_test
