#include "support.hpp"

#include <catch2/catch.hpp>

#include <boost/json/parse.hpp>

#include <string>
#include <vector>

namespace integration_messages_test {

// One-to-one messages through the real client and the emulator: what is sent is what the emulator stores.

namespace {

using timrest_test::emulated;
using timrest_test::import_user;
namespace openim = timrest::openim;
namespace msg = timrest::msg;

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: sendmsg delivers a text and a custom element and returns a MsgKey",
                 "[integration][openim]") {
    for (auto id : {"alice", "bob"}) import_user(chat, id);
    const openim::sendmsg_request request{
        .To_Account = "bob",
        .MsgRandom = 7,
        .MsgBody = {msg::text_elem{.Text = "hi"}, msg::custom_elem{.Data = R"({"order":1})", .Desc = "order"}},
        .From_Account = "alice"};
    auto sent = timrest::try_call<openim::sendmsg>(chat, request);
    REQUIRE(sent);
    CHECK(sent->MsgTime > 0);
    CHECK_THAT(sent->MsgKey, Catch::StartsWith("7_"));

    srv.with_world([](timrest::emulator::world& w) {
        REQUIRE(w.messages.size() == 1);
        CHECK(w.messages[0].from == "alice");
        CHECK(w.messages[0].to == "bob");
        CHECK(boost::json::parse(w.messages[0].body) ==
              boost::json::parse(R"([{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}},)"
                                 R"({"MsgType":"TIMCustomElem","MsgContent":{"Data":"{\"order\":1}","Desc":"order"}}])"));
    });
}

TEST_CASE_METHOD(emulated<>, "integration: sendmsg to a user who was never imported fails with 90012",
                 "[integration][openim]") {
    auto r = timrest::try_call<openim::sendmsg>(
        chat, {.To_Account = "ghost", .MsgRandom = 1, .MsgBody = {msg::text_elem{.Text = "hello?"}}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == openim::codes::recipient_not_found);
}

TEST_CASE_METHOD(emulated<>, "integration: a message with two custom elements is refused before it is sent",
                 "[integration][openim]") {
    std::vector<msg::element> body{msg::custom_elem{.Data = "a"}, msg::custom_elem{.Data = "b"}};
    auto r = timrest::try_call<openim::sendmsg>(chat, {.To_Account = "bob", .MsgRandom = 1, .MsgBody = body});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::protocol_errc::invalid_request);
    CHECK(r.error().info == "MsgBody: at most 1 TIMCustomElem, got 2");
    CHECK_FALSE(r.error().sent);
    CHECK(srv.requests().empty());
}

TEST_CASE_METHOD(emulated<>, "integration: batchsendmsg reports the recipients it could not reach, one by one",
                 "[integration][openim]") {
    for (auto id : {"bob", "carol"}) import_user(chat, id);
    auto r = timrest::try_call<openim::batchsendmsg>(
        chat, {.To_Account = {"bob", "ghost", "carol"}, .MsgRandom = 9, .MsgBody = {msg::text_elem{.Text = "news"}}});
    REQUIRE(r);
    CHECK_FALSE(r->MsgKey.empty());
    const auto failures = timrest::item_failures(r);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].path == "ErrorList[0]");
    CHECK(failures[0].code == 70107);
    CHECK(failures[0].meaning == "the UserID does not exist");
    CHECK(failures[0].item.at("To_Account") == "ghost");
    srv.with_world([](timrest::emulator::world& w) { CHECK(w.messages.size() == 2); });
}

}  // namespace integration_messages_test
