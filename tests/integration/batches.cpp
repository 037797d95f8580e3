#include "timrest/protocol/item_failures.hpp"

#include <catch2/catch.hpp>

#include "world.hpp"
#include "support.hpp"

#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace integration_batches_test {

// Batch calls that succeed as a whole while single items fail, end to end: the emulator decides each item's
// ResultCode, and item_failures<E>() finds the failed ones in the decoded response.

namespace {

namespace rc = timrest::recentcontact;
namespace acc = timrest::account;
namespace emu = timrest::emulator;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::peer;

std::string to_account_of(const boost::json::value& item) {
    return std::string(item.at("ContactItem").at("To_Account").as_string());
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: create_contact_group fails only the conversation with a peer never imported",
                 "[integration][recentcontact]") {
    import_user(chat, "alice");
    import_user(chat, "bob");

    auto r = timrest::try_call<rc::create_contact_group>(
        chat, {.From_Account = "alice",
               .GroupContactItem = {rc::group_contact_item{.GroupName = "work",
                                                           .ContactItem = {peer("bob"), peer("mallory")}}}});
    REQUIRE(r);
    const auto failures = timrest::item_failures<rc::create_contact_group>(*r);
    REQUIRE(failures.size() == 1);
    const auto& f = failures[0];
    CHECK(f.path == "GroupResultItem[0].ResultItem[1]");
    CHECK(f.code == 50001);
    CHECK_THAT(f.info, Catch::Contains("not imported"));
    CHECK(f.meaning == timrest::find_error<rc::create_contact_group>(50001)->meaning);
    CHECK_FALSE(f.meaning.empty());
    REQUIRE(f.item.is_object());
    CHECK(to_account_of(f.item) == "mallory");
    CHECK(f.item.at("ResultCode") == 50001);

    // The failed peer is not a member; the other one is.
    srv.with_world([](emu::world& w) {
        const auto& members = w.users.at("alice").groups.at("work").members;
        CHECK(members == std::vector<std::pair<rc::conversation_type, std::string>>{{rc::conversation_type::c2c, "bob"}});
    });
}

TEST_CASE_METHOD(emulated<>,
                 "integration: update_contact_group reports a peer never imported and a removal of a non-member",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob", "carol"}) import_user(chat, id);
    timrest::call<rc::create_contact_group>(
        chat, {.From_Account = "alice", .GroupContactItem = {rc::group_contact_item{.GroupName = "work"}}});

    auto r = timrest::try_call<rc::update_contact_group>(
        chat, {.From_Account = "alice",
               .UpdateGroup = rc::update_group{
                   .UpdateGroupType = rc::update_group_type::change_conversations,
                   .OldGroupName = "work",
                   .ContactUpdateItem = timrest::list<rc::contact_update_item>{
                       rc::contact_update_item{.ContactOptType = rc::contact_opt_type::add_to_group, .ContactItem = peer("bob")},
                       rc::contact_update_item{.ContactOptType = rc::contact_opt_type::add_to_group, .ContactItem = peer("mallory")},
                       rc::contact_update_item{.ContactOptType = rc::contact_opt_type::remove_from_group, .ContactItem = peer("carol")}}}});
    REQUIRE(r);
    REQUIRE(r->UpdateGroupResult.ContactResultItem);
    CHECK(r->UpdateGroupResult.ContactResultItem->size() == 3);

    const auto failures = timrest::item_failures<rc::update_contact_group>(*r);
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].path == "UpdateGroupResult.ContactResultItem[1]");
    CHECK(failures[0].code == 50001);
    CHECK(failures[0].meaning == timrest::find_error<rc::update_contact_group>(50001)->meaning);
    CHECK(to_account_of(failures[0].item) == "mallory");
    CHECK(failures[0].item.at("ContactOptType") == 1);  // add_to_group

    CHECK(failures[1].path == "UpdateGroupResult.ContactResultItem[2]");
    CHECK(failures[1].code == 50002);
    CHECK_THAT(failures[1].info, Catch::Contains("not in the group"));
    CHECK(failures[1].meaning == timrest::find_error<rc::update_contact_group>(50002)->meaning);
    CHECK(to_account_of(failures[1].item) == "carol");
    CHECK(failures[1].item.at("ContactOptType") == 2);  // remove_from_group
}

TEST_CASE_METHOD(emulated<>,
                 "integration: mark_contact fails only the item with a peer never imported, and an OptType outside the "
                 "set is refused before sending",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob", "carol"}) import_user(chat, id);

    auto r = timrest::try_call<rc::mark_contact>(
        chat, {.From_Account = "alice",
               .MarkItem = {rc::mark_item{.OptType = rc::mark_opt_type::set_custom_mark, .ContactItem = peer("bob"), .CustomMark = "vip"},
                            rc::mark_item{.OptType = rc::mark_opt_type::set_custom_mark, .ContactItem = peer("mallory"),
                                          .CustomMark = "x"},
                            rc::mark_item{.OptType = rc::mark_opt_type::set_standard_marks, .ContactItem = peer("carol")}}});
    REQUIRE(r);
    REQUIRE(r->ResultItem.size() == 3);
    CHECK(r->ResultItem[0].ResultCode == 0);

    const auto failures = timrest::item_failures<rc::mark_contact>(*r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "ResultItem[1]");
    CHECK(failures[0].code == 50001);
    CHECK(failures[0].meaning == timrest::find_error<rc::mark_contact>(50001)->meaning);
    CHECK(to_account_of(failures[0].item) == "mallory");
    CHECK(failures[0].item.at("OptType") == 2);

    // OptType 4 is in no documented set: nothing is sent, and the message lists the values.
    auto bad = timrest::try_call<rc::mark_contact>(
        chat, {.From_Account = "alice",
               .MarkItem = {rc::mark_item{.OptType = static_cast<rc::mark_opt_type>(4), .ContactItem = peer("carol")}}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(bad.error().sent);
    CHECK(bad.error().info ==
          "MarkItem[0].OptType: one of 1 (set_standard_marks), 2 (set_custom_mark), 3 (set_both_marks), got 4");
}

TEST_CASE_METHOD(emulated<>, "integration: account_check has no failures and tells imported from not imported",
                 "[integration][account]") {
    import_user(chat, "alice");

    auto r = timrest::try_call<acc::account_check>(
        chat, {.CheckItem = {acc::account_ref{"alice"}, acc::account_ref{"ghost"}}});
    REQUIRE(r);
    CHECK(timrest::item_failures<acc::account_check>(*r).empty());
    REQUIRE(r->ResultItem.size() == 2);
    CHECK(r->ResultItem[0].UserID == "alice");
    CHECK(r->ResultItem[0].ResultCode == 0);
    CHECK(r->ResultItem[0].AccountStatus == acc::account_status::Imported);
    CHECK(r->ResultItem[1].UserID == "ghost");
    CHECK(r->ResultItem[1].ResultCode == 0);
    CHECK(r->ResultItem[1].AccountStatus == acc::account_status::NotImported);
}

TEST_CASE_METHOD(emulated<>,
                 "integration: account_delete fails the missing user with 70107 and its meaning, naming the UserID",
                 "[integration][account]") {
    import_user(chat, "carol");

    auto r = timrest::try_call<acc::account_delete>(
        chat, {.DeleteItem = {acc::account_ref{"carol"}, acc::account_ref{"ghost"}}});
    REQUIRE(r);
    const auto failures = timrest::item_failures<acc::account_delete>(*r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "ResultItem[1]");
    CHECK(failures[0].code == 70107);
    CHECK(failures[0].info == "Err_TLS_PT_Open_Login_Account_Not_Exist");
    CHECK(failures[0].meaning == timrest::find_error<acc::account_delete>(70107)->meaning);
    CHECK(failures[0].meaning == "the UserID does not exist");
    REQUIRE(failures[0].item.is_object());
    CHECK(failures[0].item.at("UserID") == "ghost");

    // carol is gone, and deleting her again fails too.
    auto again = timrest::call<acc::account_delete>(chat, {.DeleteItem = {acc::account_ref{"carol"}}});
    const auto twice = timrest::item_failures<acc::account_delete>(again);
    REQUIRE(twice.size() == 1);
    CHECK(twice[0].path == "ResultItem[0]");
    CHECK(twice[0].item.at("UserID") == "carol");
}

TEST_CASE_METHOD(emulated<>,
                 "integration: multiaccount_import refuses a control character before sending, and lists a UserID the "
                 "service refuses in FailAccounts",
                 "[integration][account]") {
    auto refused = timrest::try_call<acc::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"dave", std::string("bad\x01id")}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(refused.error().sent);
    CHECK(refused.error().info ==
          R"(Accounts[1]: no control characters (bytes 0x00-0x1f, 0x7f), got "bad\x01id" (byte 3))");

    const std::string bad = "caf\xc3\xa9";  // not a control character, so sent; the emulator takes printable ASCII only

    auto r = timrest::try_call<acc::multiaccount_import>(
        chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"dave", bad}});
    REQUIRE(r);
    REQUIRE(r->FailAccounts.size() == 1);
    CHECK(r->FailAccounts[0] == bad);

    const auto failures = timrest::item_failures<acc::multiaccount_import>(*r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "FailAccounts[0]");
    CHECK_FALSE(failures[0].code.has_value());  // FailAccounts entries carry no code
    CHECK(failures[0].meaning.empty());
    REQUIRE(failures[0].item.is_string());
    CHECK(failures[0].item.as_string() == bad);

    auto check = timrest::call<acc::account_check>(chat, {.CheckItem = {acc::account_ref{"dave"}, acc::account_ref{bad}}});
    REQUIRE(check.ResultItem.size() == 2);
    CHECK(check.ResultItem[0].AccountStatus == acc::account_status::Imported);
    CHECK(check.ResultItem[1].AccountStatus == acc::account_status::NotImported);
}

TEST_CASE_METHOD(emulated<>, "integration: multiaccount_import in the new format reports its failures the same way",
                 "[integration][account]") {
    auto r = timrest::try_call<acc::multiaccount_import>(
        chat, {.AccountList = timrest::list<acc::account_entry, 1, 100>{
                   acc::account_entry{.UserID = "erin", .Nick = "Erin"},
                   acc::account_entry{.UserID = std::string("tab\xe2\x87\xa5id")},
                   acc::account_entry{.UserID = std::string("caf\xc3\xa9")}}});
    REQUIRE(r);
    const auto failures = timrest::item_failures(r);  // what try_call returned names its endpoint
    REQUIRE(failures.size() == 2);
    CHECK(failures[0].path == "FailAccounts[0]");
    CHECK(failures[0].item.as_string() == "tab\xe2\x87\xa5id");
    CHECK(failures[1].path == "FailAccounts[1]");
    CHECK(failures[1].item.as_string() == "caf\xc3\xa9");
}

TEST_CASE_METHOD(emulated<>, "integration: a batch whose items all succeed has no failures",
                 "[integration][recentcontact]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);

    auto created = timrest::call<rc::create_contact_group>(
        chat, {.From_Account = "alice",
               .GroupContactItem = {rc::group_contact_item{
                   .GroupName = "work", .ContactItem = {peer("bob"), rc::group_conversation("@TGS#x")}}}});
    CHECK(timrest::item_failures<rc::create_contact_group>(created).empty());

    auto imported = timrest::call<acc::multiaccount_import>(chat, {.Accounts = timrest::list<timrest::user_id, 1, 100>{"x1", "x2"}});
    CHECK(imported.FailAccounts.empty());
    CHECK(timrest::item_failures<acc::multiaccount_import>(imported).empty());
}

TEST_CASE_METHOD(emulated<>, "integration: a call that failed as a whole has no per-item failures, only its error",
                 "[integration][account]") {
    auto r = timrest::try_call<acc::account_delete>(chat, {.DeleteItem = {acc::account_ref{"x"}}});
    REQUIRE(r);  // the emulator reports the missing account per item
    CHECK(timrest::item_failures(r).size() == 1);

    srv.misbehave([](const auto&, std::string& body) {
        body = R"({"ActionStatus":"FAIL","ErrorCode":70500,"ErrorInfo":"internal error"})";
    });
    auto failed = timrest::try_call<acc::account_delete>(chat, {.DeleteItem = {acc::account_ref{"x"}}});
    REQUIRE_FALSE(failed);
    CHECK(timrest::item_failures(failed).empty());
}

}  // namespace integration_batches_test
