#include "timrest.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>

#include <set>
#include <string>

namespace integration_recentcontact_test {

// The conversation-group endpoints end to end: real libcurl against an in-process emulator.

namespace {

namespace rc = timrest::recentcontact;
using timrest_test::config_for;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::random_of;

rc::create_contact_group_request create_request(std::string owner, std::string name) {
    return {.From_Account = std::move(owner),
            .GroupContactItem = {rc::group_contact_item{.GroupName = std::move(name), .ContactItem = {}}}};
}

rc::del_contact_group_request del_request(std::string owner, std::string name) {
    return {.From_Account = std::move(owner), .GroupName = {timrest::nonempty_text<64>(std::move(name))}};
}

}  // namespace

TEST_CASE_METHOD(emulated<>,
                 "integration: import, create and delete a conversation group, then a second delete fails with 51009",
                 "[integration][recentcontact]") {
    auto imported = timrest::try_call<timrest::account::account_import>(chat, {.UserID = "alice"});
    REQUIRE(imported);

    auto created = timrest::call<rc::create_contact_group>(chat, create_request("alice", "work"));
    REQUIRE(created.GroupResultItem.size() == 1);
    CHECK(created.GroupResultItem[0].GroupItem.GroupName == "work");
    const auto id = created.GroupResultItem[0].GroupItem.GroupId;
    CHECK(id != 0u);

    auto deleted = timrest::try_call<rc::del_contact_group>(chat, del_request("alice", "work"));
    REQUIRE(deleted);
    REQUIRE(deleted->GroupItem.size() == 1);
    CHECK(deleted->GroupItem[0].GroupName == "work");
    CHECK(deleted->GroupItem[0].GroupId == id);
    CHECK(deleted.random() == random_of(srv.requests().back().target));

    auto again = timrest::try_call<rc::del_contact_group>(chat, del_request("alice", "work"));
    REQUIRE_FALSE(again);
    const auto& e = again.error();
    CHECK(e.code.category() == timrest::service_category<timrest::recentcontact::del_contact_group>());
    CHECK(e.code.value() == 51009);
    CHECK(e.code == timrest::service_code(51009));
    CHECK(e.meaning == timrest::find_error<rc::del_contact_group>(51009)->meaning);
    CHECK_THAT(e.info, Catch::Contains("not found"));  // the emulator's ErrorInfo
    CHECK(e.sent);
    CHECK_FALSE(e.retryable);
    CHECK(e.random != 0u);
    CHECK(again.random() == e.random);
    CHECK(random_of(srv.requests().back().target) == e.random);
    CHECK_THAT(e.message(), Catch::StartsWith("error 51009: ") && Catch::Contains("random=" + std::to_string(e.random)));

    // call<> throws the same error.
    try {
        timrest::call<rc::del_contact_group>(chat, del_request("alice", "work"));
        FAIL("call<> did not throw");
    } catch (const timrest::error& thrown) {
        CHECK(thrown.code() == timrest::service_code(51009));
        CHECK(thrown.random() == random_of(srv.requests().back().target));
        CHECK_THAT(std::string(thrown.what()), Catch::Contains("51009"));
    }
    CHECK(srv.requests().size() == 5);
}

TEST_CASE_METHOD(emulated<>, "integration: deleting a group of a user never imported fails with 50001",
                 "[integration][recentcontact]") {
    auto r = timrest::try_call<rc::del_contact_group>(chat, del_request("nobody", "work"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(50001));
    CHECK(r.error().meaning == timrest::find_error<rc::del_contact_group>(50001)->meaning);
    CHECK(r.error().sent);
}

TEST_CASE_METHOD(emulated<>, "integration: a user's 21st conversation group is refused with 51010",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");

    for (int i = 1; i <= 20; ++i) {
        INFO("group " << i);
        REQUIRE(timrest::try_call<rc::create_contact_group>(chat, create_request("alice", "g" + std::to_string(i))));
    }
    auto r = timrest::try_call<rc::create_contact_group>(chat, create_request("alice", "g21"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(51010));
    CHECK(r.error().meaning == timrest::find_error<rc::create_contact_group>(51010)->meaning);

    // Deleting one makes room again.
    REQUIRE(timrest::try_call<rc::del_contact_group>(chat, del_request("alice", "g1")));
    CHECK(timrest::try_call<rc::create_contact_group>(chat, create_request("alice", "g21")));
}

TEST_CASE_METHOD(emulated<>, "integration: create returns a result per conversation, failing only the unknown peer",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    import_user(chat, "bob");

    rc::create_contact_group_request request{
        .From_Account = "alice",
        .GroupContactItem = {rc::group_contact_item{
            .GroupName = "work",
            .ContactItem = {rc::c2c("bob"),
                            rc::c2c("mallory")}}}};
    auto r = timrest::try_call<rc::create_contact_group>(chat, request);
    REQUIRE(r);
    REQUIRE(r->GroupResultItem.size() == 1);
    const auto& items = r->GroupResultItem[0].ResultItem;
    REQUIRE(items.size() == 2);
    CHECK(items[0].ResultCode == 0);
    REQUIRE(items[0].ContactItem.To_Account);
    CHECK(items[0].ContactItem.To_Account->str() == "bob");
    CHECK(items[1].ResultCode == 50001);
}

TEST_CASE_METHOD(emulated<>, "integration: a request that fails validation sends nothing",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    const auto before = srv.requests().size();

    auto long_name = timrest::try_call<rc::del_contact_group>(chat, del_request("alice", std::string(65, 'g')));
    REQUIRE_FALSE(long_name);
    CHECK(long_name.error().code == timrest::protocol_errc::invalid_request);
    CHECK(long_name.error().code.category() == timrest::protocol_category());
    CHECK_FALSE(long_name.error().sent);
    CHECK_THAT(long_name.error().info, Catch::Contains("GroupName[0]") && Catch::Contains("64"));

    auto two_names = timrest::try_call<rc::del_contact_group>(
        chat, rc::del_contact_group_request{.From_Account = "alice",
                                            .GroupName = std::vector<timrest::nonempty_text<64>>{"a", "b"}});
    REQUIRE_FALSE(two_names);
    CHECK(two_names.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(two_names.error().sent);

    auto long_create = timrest::try_call<rc::create_contact_group>(chat, create_request("alice", std::string(33, 'g')));
    REQUIRE_FALSE(long_create);
    CHECK(long_create.error().code == timrest::protocol_errc::invalid_request);

    CHECK(srv.requests().size() == before);
    CHECK(srv.connections_accepted() == 1);  // the import's connection only
}

TEST_CASE_METHOD(emulated<>, "integration: a 64-byte group name passes the client and reaches the emulator's lookup",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");

    auto r = timrest::try_call<rc::del_contact_group>(chat, del_request("alice", std::string(64, 'g')));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(51009));  // sent, and not refused as too long
}

TEST_CASE("integration: a 50004 from del_contact_group is marked retryable by the endpoint's table",
          "[integration][recentcontact]") {
    timrest::emulator::server srv;
    srv.serve<rc::del_contact_group>([](const rc::del_contact_group_request&) {
        return timrest::emulator::answer<rc::del_contact_group_response>(timrest::emulator::fault{50004, "busy"});
    });
    srv.start();
    timrest::client chat(config_for(srv));

    auto r = timrest::try_call<rc::del_contact_group>(chat, del_request("alice", "work"));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::service_code(50004));
    CHECK(r.error().info == "busy");
    CHECK(r.error().retryable);
    CHECK(r.error().meaning == timrest::find_error<rc::del_contact_group>(50004)->meaning);
    CHECK(srv.requests().size() == 1);  // the client does not retry by itself
}

}  // namespace integration_recentcontact_test
