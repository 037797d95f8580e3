#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>

#include <memory>
#include <string>

namespace integration_wire_test {

// What the client puts on the wire, as the emulator received it, and how it reuses its connection.

namespace {

namespace rc = timrest::recentcontact;
using timrest_test::config_for;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::query_param;
using timrest_test::random_of;
using timrest_test::target_path;

}  // namespace

TEST_CASE_METHOD(emulated<>,
                 "integration: del_contact_group goes out as a signed POST with the documented query and a JSON body",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    REQUIRE_FALSE(r);  // alice was never imported; what matters here is the request
    REQUIRE(srv.requests().size() == 1);
    const auto sent = srv.requests().back();

    CHECK(sent.method == "POST");
    CHECK(target_path(sent.target) == "/v4/recentcontact/del_contact_group");
    CHECK(query_param(sent.target, "sdkappid") == std::to_string(srv.application().sdkappid));
    CHECK(query_param(sent.target, "identifier") == "administrator");
    CHECK(query_param(sent.target, "contenttype") == "json");
    const auto random = random_of(sent.target);
    REQUIRE(random);
    CHECK(*random == r.error().random);

    const auto usersig = query_param(sent.target, "usersig");
    REQUIRE(usersig);
    CHECK_THAT(*usersig, Catch::Matches("[A-Za-z0-9*_-]+"));
    CHECK(sent.target.find('*') == std::string::npos);  // a '*' of the UserSig goes as %2A
    const std::error_code verified =
        timrest::verify_usersig(*usersig, srv.application().sdkappid, srv.application().secret_key, "administrator");
    CHECK_FALSE(verified);

    CHECK(sent.content_type == "application/json");
    CHECK_THAT(sent.user_agent, Catch::StartsWith("timrest/"));
    CHECK(sent.body == R"({"From_Account":"alice","GroupName":["work"]})");
    CHECK(boost::json::parse(sent.body) == boost::json::parse(R"({"GroupName":["work"],"From_Account":"alice"})"));
}

TEST_CASE_METHOD(emulated<>, "integration: each call carries a fresh random, and the result reports it",
                 "[integration]") {
    auto first = timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"});
    auto second = timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"});
    REQUIRE(first);
    REQUIRE(second);
    const auto requests = srv.requests();
    REQUIRE(requests.size() == 2);
    CHECK(random_of(requests[0].target) == first.random());
    CHECK(random_of(requests[1].target) == second.random());
    CHECK(first.random() != second.random());
    CHECK(target_path(requests[0].target) == "/v4/im_open_login_svc/account_import");
    CHECK(requests[0].body == R"({"UserID":"alice"})");
}

TEST_CASE("integration: sequential calls on one client reuse one connection", "[integration]") {
    timrest::emulator::server srv;
    srv.start();
    auto transport = std::make_shared<timrest::curl_transport>();
    timrest::client chat(config_for(srv), transport);

    REQUIRE(timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"}));
    REQUIRE(timrest::try_call<rc::create_contact_group>(
        chat, {.From_Account = "alice", .GroupContactItem = {rc::group_contact_item{.GroupName = "work"}}}));
    CHECK(srv.requests().size() == 2);
    CHECK(srv.connections_accepted() == 1);
    CHECK(transport->connections_opened() == 1);
}

TEST_CASE("integration: two clients open a connection each", "[integration]") {
    // The twin of the keep-alive test: proves connections_accepted() counts connections, not requests.
    timrest::emulator::server srv;
    srv.start();
    timrest::client one(config_for(srv));
    timrest::client two(config_for(srv));
    REQUIRE(timrest::try_call<timrest::account::account_import>(one, {.UserID = "alice"}));
    REQUIRE(timrest::try_call<timrest::account::account_import>(two, {.UserID = "bob"}));
    CHECK(srv.connections_accepted() == 2);
}

TEST_CASE_METHOD(emulated<>, "integration: an unknown service or command answers 60009", "[integration]") {
    auto reply = chat.post("v4/nope/nope", "{}");
    REQUIRE_FALSE(reply.error);
    CHECK(reply.env.ErrorCode == 60009);
    CHECK(reply.env.ActionStatus == "FAIL");
    CHECK(target_path(srv.requests().back().target) == "/v4/nope/nope");
}

TEST_CASE_METHOD(emulated<>, "integration: a body that is not JSON answers 60003", "[integration]") {
    auto reply = chat.post(rc::del_contact_group::path, "this is not json");
    REQUIRE_FALSE(reply.error);
    CHECK(reply.env.ErrorCode == 60003);
    CHECK(random_of(srv.requests().back().target) == reply.random);
}

}  // namespace integration_wire_test
