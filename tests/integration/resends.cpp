#include "timrest/account/account_import.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <chrono>
#include <string>

namespace integration_resends_test {

// libcurl resends a request on its own when a kept-alive connection dies after the request was written and before
// any reply. Through the real curl transport against an emulator that hangs up on every second request of a
// connection, once it has read it: the request may well have been applied.

namespace {

using namespace std::chrono_literals;
using timrest::account::account_import;
using timrest::recentcontact::del_contact_group;
using timrest_test::emulated;
using timrest_test::requests_to;

void hang_up_on_second_request(timrest::emulator::server& srv) {
    srv.hang_up_when([](const timrest::emulator::received_request&, std::size_t nth) { return nth == 2; });
}

}  // namespace

TEST_CASE_METHOD(emulated<hang_up_on_second_request>,
                 "resends: a request that is not idempotent is not sent again when its connection dies after it",
                 "[integration][transport][retry]") {
    REQUIRE(timrest::try_call<account_import>(chat, {.UserID = "alice"}));  // the first request of a connection
    auto r = timrest::try_call<del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::condition::may_have_been_applied);
    CHECK(r.error().sent);
    CHECK(r.error().info.find("not sent again") != std::string::npos);
    CHECK(requests_to(srv, del_contact_group::path) == 1);
}

TEST_CASE_METHOD(emulated<hang_up_on_second_request>,
                 "resends: an idempotent request whose connection dies after it is sent again and succeeds",
                 "[integration][transport][retry]") {
    REQUIRE(timrest::try_call<account_import>(chat, {.UserID = "alice"}));
    CHECK(timrest::try_call<account_import>(chat, {.UserID = "bob"}));
    CHECK(requests_to(srv, account_import::path) == 3);  // bob's twice: once hung up on, once answered
}

TEST_CASE_METHOD(emulated<hang_up_on_second_request>,
                 "resends: with a retry policy, a non-idempotent request that may have arrived is still not resent",
                 "[integration][transport][retry]") {
    REQUIRE(timrest::try_call<account_import>(chat, {.UserID = "alice"}));
    auto r = timrest::try_call<del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}},
                                                  {.retry = {.max_attempts = 3, .initial_backoff = 1ms}});
    REQUIRE_FALSE(r);
    CHECK(requests_to(srv, del_contact_group::path) == 1);
    CHECK(r.randoms().size() == 1);
}

}  // namespace integration_resends_test
