#include "timrest/operations.hpp"

#include <catch2/catch.hpp>

#include "support.hpp"

#include <string>
#include <vector>

namespace integration_operations_test {

// The operations family through the real client and the emulator: global mute periods are kept per user and run
// down with the emulator's clock; GetIPList's mixed-case path goes on the wire as written.

namespace {

namespace ops = timrest::operations;
using timrest_test::emulated;
using timrest_test::import_user;
using timrest_test::target_path;

ops::getnospeaking_response read_mute(timrest::client& chat, std::string id) {
    return timrest::call<ops::getnospeaking>(chat, {.Get_Account = std::move(id)});
}

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: mute a user, read the periods back, then unmute",
                 "[integration][operations]") {
    import_user(chat, "lumotuwe");
    auto unmuted = read_mute(chat, "lumotuwe");
    CHECK(unmuted.C2CmsgNospeakingTime == ops::nospeaking::unmute);
    CHECK(unmuted.GroupmsgNospeakingTime == ops::nospeaking::unmute);

    auto set = timrest::try_call<ops::setnospeaking>(
        chat, {.Set_Account = "lumotuwe", .C2CmsgNospeakingTime = ops::nospeaking::forever, .GroupmsgNospeakingTime = 7200});
    REQUIRE(set);
    auto muted = read_mute(chat, "lumotuwe");
    CHECK(muted.C2CmsgNospeakingTime == ops::nospeaking::forever);
    CHECK(muted.GroupmsgNospeakingTime == 7200);

    // Four seconds later the group period reads as the page's sample does; a permanent one does not run down.
    srv.with_world([](timrest::emulator::world& w) { w.clock += 4; });
    muted = read_mute(chat, "lumotuwe");
    CHECK(muted.C2CmsgNospeakingTime == ops::nospeaking::forever);
    CHECK(muted.GroupmsgNospeakingTime == 7196);

    // Unmuting one-to-one messages leaves the group period as it was.
    timrest::call<ops::setnospeaking>(chat, {.Set_Account = "lumotuwe", .C2CmsgNospeakingTime = ops::nospeaking::unmute});
    muted = read_mute(chat, "lumotuwe");
    CHECK(muted.C2CmsgNospeakingTime == ops::nospeaking::unmute);
    CHECK(muted.GroupmsgNospeakingTime == 7195);  // the set advanced the clock by a second

    timrest::call<ops::setnospeaking>(chat, {.Set_Account = "lumotuwe", .GroupmsgNospeakingTime = ops::nospeaking::unmute});
    CHECK(read_mute(chat, "lumotuwe").GroupmsgNospeakingTime == ops::nospeaking::unmute);
}

TEST_CASE_METHOD(emulated<>, "integration: a mute period runs out by itself", "[integration][operations]") {
    import_user(chat, "bob");
    timrest::call<ops::setnospeaking>(chat, {.Set_Account = "bob", .C2CmsgNospeakingTime = 60});
    srv.with_world([](timrest::emulator::world& w) { w.clock += 61; });
    CHECK(read_mute(chat, "bob").C2CmsgNospeakingTime == ops::nospeaking::unmute);
}

TEST_CASE_METHOD(emulated<>, "integration: mute calls for a user who was never imported fail with the page's codes",
                 "[integration][operations]") {
    auto set = timrest::try_call<ops::setnospeaking>(chat, {.Set_Account = "ghost", .C2CmsgNospeakingTime = 60});
    REQUIRE_FALSE(set);
    CHECK(set.error().code == ops::codes::bad_set_account);
    auto get = timrest::try_call<ops::getnospeaking>(chat, {.Get_Account = "ghost"});
    REQUIRE_FALSE(get);
    CHECK(get.error().code == ops::codes::bad_get_account);
}

TEST_CASE_METHOD(emulated<>, "integration: setnospeaking without a period is refused before it is sent",
                 "[integration][operations]") {
    auto r = timrest::try_call<ops::setnospeaking>(chat, {.Set_Account = "bob"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::protocol_errc::invalid_request);
    CHECK(r.error().info == "give at least one of C2CmsgNospeakingTime and GroupmsgNospeakingTime");
    CHECK_FALSE(r.error().sent);
    CHECK(srv.requests().empty());
}

TEST_CASE_METHOD(emulated<>, "integration: GetIPList goes to its mixed-case path and returns loopback addresses",
                 "[integration][operations]") {
    auto r = timrest::try_call<ops::get_ip_list>(chat, {});
    REQUIRE(r);
    CHECK_FALSE(r->IPList.empty());
    for (const auto& ip : r->IPList) CHECK((ip.starts_with("127.") || ip == "::1"));
    const auto sent = srv.requests();
    REQUIRE(sent.size() == 1);
    CHECK(target_path(sent[0].target) == "/v4/ConfigSvc/GetIPList");
    CHECK(sent[0].body == "{}");
}

TEST_CASE_METHOD(emulated<>, "integration: get_history answers a file for a well-formed hour and refuses a bad one unsent",
                 "[integration][operations]") {
    auto r = timrest::try_call<ops::get_history>(chat, {.ChatType = ops::chat_type::Group, .MsgTime = "2015120121"});
    REQUIRE(r);
    REQUIRE(r->File.size() == 1);
    CHECK_THAT(r->File[0].URL, Catch::EndsWith("Group_2015120121.gz"));

    auto bad = timrest::try_call<ops::get_history>(chat, {.ChatType = ops::chat_type::C2C, .MsgTime = "2015120124"});
    REQUIRE_FALSE(bad);
    CHECK_FALSE(bad.error().sent);
    CHECK_THAT(bad.error().info, Catch::StartsWith("MsgTime: an hour as YYYYMMDDHH"));
}

TEST_CASE_METHOD(emulated<>, "integration: getappinfo returns only the fields asked for, and the date",
                 "[integration][operations]") {
    import_user(chat, "alice");
    auto r = timrest::try_call<ops::getappinfo>(
        chat, {.RequestField = {ops::app_info_field::RegistUserNumTotal, ops::app_info_field::ChainIncrease}});
    REQUIRE(r);
    REQUIRE_FALSE(r->Result.empty());
    for (const auto& row : r->Result) {
        CHECK(row.RegistUserNumTotal == "1");
        CHECK(row.ChainIncrease == "0");
        CHECK(row.Date);
        CHECK_FALSE(row.AppName);
    }
    auto all = timrest::call<ops::getappinfo>(chat, {});
    REQUIRE_FALSE(all.Result.empty());
    CHECK(all.Result[0].AppId);
    CHECK(all.Result[0].CallBackRsp);
}

TEST_CASE_METHOD(emulated<>, "integration: a banned chat file shows as banned in get_cos_sig until it is allowed again",
                 "[integration][operations]") {
    const std::string url = "https://cos.example/im/a.png";
    auto status = [&] {
        auto r = timrest::call<ops::get_cos_sig>(chat, {.RawURLs = {ops::cos_url{.ResourceID = 7, .RawURL = url}}});
        REQUIRE(r.PreSigURLs.size() == 1);
        CHECK(r.PreSigURLs[0].ResourceID == 7);
        CHECK(r.PreSigURLs[0].PreSigURL);
        return r.PreSigURLs[0].Status.value();
    };
    CHECK(status() == ops::cos_object_status::normal);
    timrest::call<ops::forbid_illegal_object>(chat, {.RawURL = url});
    CHECK(status() == ops::cos_object_status::banned);
    timrest::call<ops::allow_banned_object>(chat, {.RawURL = url});
    CHECK(status() == ops::cos_object_status::normal);
}

}  // namespace integration_operations_test
