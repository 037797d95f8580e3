#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"
#include "myapp/query_online_status.hpp"

#include <boost/describe/class.hpp>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace integration_own_endpoint_test {

// An endpoint the library does not declare, written in the user's own namespace: the same client calls it
// and the emulator serves and validates it, with no change to the library.

namespace my_app = myapp;  // the declaration examples/04-own-endpoint.cpp uses

TEST_CASE("integration: an endpoint declared outside the library is served by the emulator and called by the client",
          "[integration]") {
    timrest::emulator::server srv;
    auto seen = std::make_shared<std::atomic<int>>(0);
    srv.serve<my_app::query_online_status>([seen](const my_app::query_online_status_request& request) {
        ++*seen;
        my_app::query_online_status_response out;
        for (const auto& id : *request.To_Account)
            out.QueryResult.push_back({id.str(), id.str() == "alice" ? "Online" : "Offline"});
        return timrest::emulator::answer<my_app::query_online_status_response>(std::move(out));
    });
    srv.start();
    timrest::client chat(timrest_test::config_for(srv));

    auto r = timrest::try_call<my_app::query_online_status>(chat, {.To_Account = {"alice", "bob"}});
    REQUIRE(r);
    CHECK(*seen == 1);
    REQUIRE(r->QueryResult.size() == 2);
    CHECK(r->QueryResult[0].To_Account == "alice");
    CHECK(r->QueryResult[0].Status == "Online");
    CHECK(r->QueryResult[1].To_Account == "bob");
    CHECK(r->QueryResult[1].Status == "Offline");

    const auto sent = srv.requests().back();
    CHECK(timrest_test::target_path(sent.target) == "/v4/openim/query_online_status");
    CHECK(sent.body == R"({"To_Account":["alice","bob"]})");
    CHECK(timrest_test::random_of(sent.target) == r.random());

    // The client validates the user's declaration as it does the library's: nothing is sent.
    auto refused = timrest::try_call<my_app::query_online_status>(
        chat, my_app::query_online_status_request{.To_Account = std::vector<timrest::user_id>{}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == timrest::protocol_errc::invalid_request);
    CHECK(srv.requests().size() == 1);
}

TEST_CASE("integration: the emulator validates a user-declared endpoint and answers its invalid-parameter code",
          "[integration]") {
    timrest::emulator::server srv;
    auto seen = std::make_shared<std::atomic<int>>(0);
    srv.serve<my_app::query_online_status>([seen](const my_app::query_online_status_request&) {
        ++*seen;
        return timrest::emulator::answer<my_app::query_online_status_response>(my_app::query_online_status_response{});
    });
    srv.start();
    timrest::client chat(timrest_test::config_for(srv));

    // Raw posts bypass the client's own validation, to reach the emulator's.
    auto empty = chat.post(my_app::query_online_status::path, R"({"To_Account":[]})");
    REQUIRE_FALSE(empty.error);
    CHECK(empty.env.ErrorCode == 70402);
    CHECK_THAT(empty.env.ErrorInfo, Catch::Contains("To_Account"));

    auto long_id = chat.post(my_app::query_online_status::path, R"({"To_Account":[")" + std::string(33, 'u') + R"("]})");
    REQUIRE_FALSE(long_id.error);
    CHECK(long_id.env.ErrorCode == 70402);
    CHECK_THAT(long_id.env.ErrorInfo, Catch::Contains("To_Account[0]"));

    auto wrong_type = chat.post(my_app::query_online_status::path, R"({"To_Account":"alice"})");
    REQUIRE_FALSE(wrong_type.error);
    CHECK(wrong_type.env.ErrorCode == 70402);

    CHECK(*seen == 0);  // the handler never saw an invalid request

    auto fine = chat.post(my_app::query_online_status::path, R"({"To_Account":["alice"]})");
    REQUIRE_FALSE(fine.error);
    CHECK(fine.env.ErrorCode == 0);
    CHECK(*seen == 1);
}

}  // namespace integration_own_endpoint_test
