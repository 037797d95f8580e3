#include "timrest/transport/typed_fake.hpp"

#include <catch2/catch.hpp>

#include "timrest/account/account_check.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <chrono>
#include <memory>
#include <string>

namespace transport_typed_fake_test {

namespace {

using namespace timrest::account;
using timrest::recentcontact::del_contact_group;

struct faked {
    std::shared_ptr<timrest::typed_fake> fake = std::make_shared<timrest::typed_fake>();
    timrest::client chat{settings(), fake};

    static timrest::config settings() {
        timrest::config c;
        c.sdkappid = 1400000000;
        c.secret_key = "test-only-key";
        c.base_url = "http://127.0.0.1:1";
        return c;
    }
};

}  // namespace

TEST_CASE_METHOD(faked, "typed_fake: a queued response comes back typed from try_call", "[fake]") {
    fake->reply<account_check>(
        {.ResultItem = {{.UserID = "alice", .ResultCode = 0, .ResultInfo = "", .AccountStatus = account_status::Imported}}});
    auto r = timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}});
    REQUIRE(r);
    REQUIRE(r->ResultItem.size() == 1);
    CHECK(r->ResultItem[0].UserID == "alice");
    CHECK(r->ResultItem[0].AccountStatus == account_status::Imported);
}

TEST_CASE_METHOD(faked, "typed_fake: a queued ErrorCode comes back as that endpoint's service error", "[fake]") {
    fake->fail<del_contact_group>(51009, "no such group");
    auto r = timrest::try_call<del_contact_group>(chat, {.From_Account = "alice", .GroupName = {"work"}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(51009));
    CHECK(r.error().info == "no such group");
    CHECK_FALSE(r.error().meaning.empty());  // from del_contact_group's own table
}

TEST_CASE_METHOD(faked, "typed_fake: answers are taken in order per endpoint, and a retry takes the next one",
                 "[fake][retry]") {
    fake->fail<account_import>(70500).reply<account_import>({});
    fake->fail<account_check>(timrest::transport_errc::connect_failed);
    auto imported = timrest::try_call<account_import>(
        chat, {.UserID = "alice"}, {.retry = {.max_attempts = 2, .initial_backoff = std::chrono::milliseconds(1)}});
    CHECK(imported);
    CHECK(fake->calls<account_import>() == 2);
    auto checked = timrest::try_call<account_check>(chat, {.CheckItem = {account_ref{"alice"}}});
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == timrest::transport_errc::connect_failed);
}

TEST_CASE_METHOD(faked, "typed_fake: a request with no queued answer fails, naming its path", "[fake]") {
    auto r = timrest::try_call<account_import>(chat, {.UserID = "alice"});
    REQUIRE_FALSE(r);
    CHECK(r.error().info.find("no reply queued for v4/im_open_login_svc/account_import") != std::string::npos);
}

TEST_CASE_METHOD(faked, "typed_fake: sent() hands back what the code under test sent, typed", "[fake]") {
    fake->reply<account_import>({}).reply<account_import>({});
    REQUIRE(timrest::try_call<account_import>(chat, {.UserID = "alice"}));
    REQUIRE(timrest::try_call<account_import>(chat, {.UserID = "bob", .Nick = "Bob"}));
    const auto sent = fake->sent<account_import>();
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].UserID.value() == "alice");
    CHECK(sent[1].UserID.value() == "bob");
    CHECK(fake->calls<del_contact_group>() == 0);
}

}  // namespace transport_typed_fake_test
