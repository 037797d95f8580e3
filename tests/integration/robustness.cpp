#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"
#include "timrest/transport/fake.hpp"

#include <memory>
#include <stdexcept>

namespace integration_robustness_test {

using timrest_test::config_for;

TEST_CASE("robustness: a success reply that leaves out a plain key is still a success", "[client]") {
    auto fake = std::make_shared<timrest::fake_transport>(
        timrest::fake_transport::always(R"({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})"));
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "k";
    c.base_url = "http://127.0.0.1:1";
    timrest::client chat(c, fake);
    auto deleted = timrest::try_call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    REQUIRE(deleted);  // the group is gone on the server; a missing GroupItem must not report a failure
    CHECK(deleted->GroupItem.empty());
    auto imported = timrest::try_call<timrest::account::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"alice"}});
    REQUIRE(imported);
    CHECK(imported->FailAccounts.empty());
}

TEST_CASE("robustness: an admin UserID with characters that need percent-encoding is accepted", "[integration]") {
    timrest::emulator::app app;
    app.admin = "ops admin@example";
    timrest::emulator::server srv(app);
    srv.start();
    auto c = config_for(srv);
    c.admin = app.admin;
    timrest::client chat(c);
    CHECK(timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"}));
    CHECK(srv.requests().back().target.find("identifier=ops%20admin%40example") != std::string::npos);
}

TEST_CASE("robustness: a non-positive UserSig lifetime is refused when the client is made", "[client]") {
    timrest::config c;
    c.sdkappid = 1400000000;
    c.secret_key = "k";
    c.base_url = "http://127.0.0.1:1";
    c.usersig_lifetime = std::chrono::seconds(0);
    CHECK_THROWS_AS(timrest::client(c), std::invalid_argument);
}

TEST_CASE("robustness: starting the emulator twice is an error, not a crash", "[integration]") {
    timrest::emulator::server srv;
    srv.start();
    CHECK_THROWS_AS(srv.start(), std::logic_error);
}

}  // namespace integration_robustness_test
