#include "support.hpp"

#include "behaviour/topic.hpp"
#include "group_world.hpp"
#include "timrest/avchatroom.hpp"
#include "timrest/group_attr.hpp"
#include "timrest/topic.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

namespace integration_group_attributes_test {

// Group attributes, counters and topics through the real client and the emulator: what the calls write is what
// the group's record holds, and what the reads return.

namespace {

using timrest_test::emulated;
namespace ga = timrest::group_attr;
namespace tp = timrest::topic;
namespace av = timrest::avchatroom;
using timrest::emulator::group_record;
using timrest::emulator::groups;
using timrest::emulator::world;

constexpr const char* live_group = "@TGS#attrs";

void seed_group(timrest::emulator::server& srv, timrest::group::group_type type = timrest::group::group_type::Public) {
    srv.with_world([type](world& w) {
        group_record g;
        g.id = live_group;
        g.type = type;
        g.name = "attrs";
        g.owner = "alice";
        w.state<groups>().by_id[live_group] = g;
    });
}

std::map<std::string, std::string> read_attrs(timrest::client& chat) {
    auto got = timrest::try_call<ga::get_group_attr>(chat, {.GroupId = live_group});
    REQUIRE(got);
    std::map<std::string, std::string> out;
    for (const auto& a : got->GroupAttrAry) out[a.key->str()] = a.value.str();
    return out;
}

using attrs = std::map<std::string, std::string>;

}  // namespace

TEST_CASE_METHOD(emulated<>, "integration: group attributes are set, modified, read, deleted and cleared",
                 "[integration][group_attr]") {
    seed_group(srv);
    REQUIRE(timrest::try_call<ga::set_group_attr>(
        chat, {.GroupId = live_group,
               .GroupAttr = {ga::attr{.key = "topic", .value = "news"}, ga::attr{.key = "mode", .value = "open"},
                             ga::attr{.key = "level", .value = "3"}}}));
    CHECK(read_attrs(chat) == attrs{{"topic", "news"}, {"mode", "open"}, {"level", "3"}});

    REQUIRE(timrest::try_call<ga::modify_group_attr>(
        chat, {.GroupId = live_group, .GroupAttr = {ga::attr{.key = "mode", .value = "closed"}}}));
    CHECK(read_attrs(chat) == attrs{{"topic", "news"}, {"mode", "closed"}, {"level", "3"}});

    REQUIRE(timrest::try_call<ga::delete_group_attr>(chat, {.GroupId = live_group, .GroupAttr = {ga::attr_name{.key = "level"}}}));
    CHECK(read_attrs(chat) == attrs{{"topic", "news"}, {"mode", "closed"}});

    // set replaces every attribute: the ones it does not name are gone
    REQUIRE(timrest::try_call<ga::set_group_attr>(
        chat, {.GroupId = live_group, .GroupAttr = {ga::attr{.key = "only", .value = "one"}}}));
    CHECK(read_attrs(chat) == attrs{{"only", "one"}});

    REQUIRE(timrest::try_call<ga::clear_group_attr>(chat, {.GroupId = live_group}));
    CHECK(read_attrs(chat).empty());
    srv.with_world([](world& w) { CHECK(w.state<groups>().find(live_group)->attributes.empty()); });
}

TEST_CASE_METHOD(emulated<>, "integration: deleting an attribute the group lacks fails with 10050 and removes nothing",
                 "[integration][group_attr]") {
    seed_group(srv);
    REQUIRE(timrest::try_call<ga::modify_group_attr>(chat, {.GroupId = live_group, .GroupAttr = {ga::attr{.key = "a", .value = "1"}}}));
    auto r = timrest::try_call<ga::delete_group_attr>(
        chat, {.GroupId = live_group, .GroupAttr = {ga::attr_name{.key = "a"}, ga::attr_name{.key = "ghost"}}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ga::codes::attr_not_found);
    CHECK(read_attrs(chat) == attrs{{"a", "1"}});
}

TEST_CASE_METHOD(emulated<>, "integration: the attribute calls on an unknown group fail with 10010",
                 "[integration][group_attr]") {
    auto r = timrest::try_call<ga::get_group_attr>(chat, {.GroupId = "@TGS#nobody"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ga::codes::group_not_found);
    auto c = timrest::try_call<ga::update_group_counter>(
        chat, {.GroupId = "@TGS#nobody", .GroupCounter = {ga::counter{.Key = "like", .Value = 1}}});
    REQUIRE_FALSE(c);
    CHECK(c.error().code == ga::codes::group_not_found);
}

TEST_CASE_METHOD(emulated<>, "integration: a 33-byte attribute key is refused before it is sent",
                 "[integration][group_attr]") {
    auto r = timrest::try_call<ga::modify_group_attr>(
        chat, {.GroupId = live_group, .GroupAttr = {ga::attr{.key = std::string(33, 'k'), .value = "v"}}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == timrest::protocol_errc::invalid_request);
    CHECK_FALSE(r.error().sent);
    CHECK(srv.requests().empty());
}

TEST_CASE_METHOD(emulated<>, "integration: group counters are set, increased, decreased, read and deleted",
                 "[integration][group_attr]") {
    seed_group(srv);
    auto set = timrest::try_call<ga::update_group_counter>(
        chat, {.GroupId = live_group,
               .GroupCounter = {ga::counter{.Key = "like", .Value = 5}, ga::counter{.Key = "unlike", .Value = 1}},
               .Mode = ga::counter_mode::Set});
    REQUIRE(set);
    REQUIRE(set->GroupCounter.size() == 2);
    CHECK(set->GroupCounter[0].Value == 5);

    auto up = timrest::try_call<ga::update_group_counter>(
        chat, {.GroupId = live_group,
               .GroupCounter = {ga::counter{.Key = "like", .Value = 3}, ga::counter{.Key = "views", .Value = 10}},
               .Mode = ga::counter_mode::Increase});
    REQUIRE(up);
    CHECK(up->GroupCounter[0].Value == 8);
    CHECK(up->GroupCounter[1].Value == 10);  // a missing key starts at 0

    REQUIRE(timrest::try_call<ga::update_group_counter>(
        chat, {.GroupId = live_group, .GroupCounter = {ga::counter{.Key = "unlike", .Value = 4}},
               .Mode = ga::counter_mode::Decrease}));

    auto all = timrest::try_call<ga::get_group_counter>(chat, {.GroupId = live_group});
    REQUIRE(all);
    std::map<std::string, std::int64_t> values;
    for (const auto& c : all->GroupCounter) values[c.Key->str()] = c.Value;
    CHECK(values == std::map<std::string, std::int64_t>{{"like", 8}, {"unlike", -3}, {"views", 10}});

    auto some = timrest::try_call<ga::get_group_counter>(chat, {.GroupId = live_group, .GroupCounterKeys = {"views"}});
    REQUIRE(some);
    REQUIRE(some->GroupCounter.size() == 1);
    CHECK(some->GroupCounter[0].Value == 10);

    REQUIRE(timrest::try_call<ga::delete_group_counter>(chat, {.GroupId = live_group, .GroupCounterKeys = {"views"}}));
    srv.with_world([](world& w) { CHECK(w.state<groups>().find(live_group)->counters.size() == 2); });
    REQUIRE(timrest::try_call<ga::delete_group_counter>(chat, {.GroupId = live_group}));
    auto none = timrest::try_call<ga::get_group_counter>(chat, {.GroupId = live_group});
    REQUIRE(none);
    CHECK(none->GroupCounter.empty());
}

TEST_CASE_METHOD(emulated<>, "integration: a topic is created, read, modified and destroyed", "[integration][topic]") {
    seed_group(srv, timrest::group::group_type::Community);
    auto created = timrest::try_call<tp::create_topic>(
        chat, {.GroupId = live_group, .TopicName = "news", .Notification = "be nice", .Introduction = "daily news"});
    REQUIRE(created);
    const std::string id = created->TopicId;
    CHECK_THAT(id, Catch::StartsWith(std::string(live_group) + "@TOPIC#_"));

    auto read = timrest::try_call<tp::get_topic>(chat, {.GroupId = live_group, .From_Account = "alice"});
    REQUIRE(read);
    REQUIRE(read->TopicAndSelfInfo.size() == 1);
    REQUIRE(read->TopicAndSelfInfo[0].TopicInfo);
    const auto& info = *read->TopicAndSelfInfo[0].TopicInfo;
    CHECK(info.TopicId == id);
    CHECK(info.TopicName == std::optional<std::string>("news"));
    CHECK(info.Notification == std::optional<std::string>("be nice"));
    CHECK(info.MuteAllMember == std::optional<timrest::named<tp::mute_all>>(tp::mute_all::Off));

    REQUIRE(timrest::try_call<tp::modify_topic>(
        chat, {.GroupId = live_group, .TopicId = id, .TopicName = "world news", .MuteAllMember = tp::mute_all::On}));
    auto filtered = timrest::try_call<tp::get_topic>(
        chat, {.GroupId = live_group, .From_Account = "alice", .TopicIdList = {id}, .ResponseFilter = {"TopicName"}});
    REQUIRE(filtered);
    REQUIRE(filtered->TopicAndSelfInfo.size() == 1);
    const auto& changed = *filtered->TopicAndSelfInfo[0].TopicInfo;
    CHECK(changed.TopicName == std::optional<std::string>("world news"));
    CHECK_FALSE(changed.Notification);  // the filter named only TopicName
    srv.with_world([&](world& w) {
        CHECK(w.state<timrest::emulator::topics>().by_group[live_group].at(id).mute_all);
        CHECK(w.state<timrest::emulator::topics>().by_group[live_group].at(id).notification == "be nice");
    });

    auto destroyed = timrest::try_call<tp::destroy_topic>(chat, {.GroupId = live_group, .TopicIdList = {id, "ghost"}});
    REQUIRE(destroyed);
    REQUIRE(destroyed->DestroyResultItem.size() == 2);
    CHECK(destroyed->DestroyResultItem[0].ErrorCode == 0);
    const auto failures = timrest::item_failures(destroyed);
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].code == 110003);
    CHECK(failures[0].item.at("TopicId") == "ghost");

    auto after = timrest::try_call<tp::get_topic>(chat, {.GroupId = live_group, .From_Account = "alice"});
    REQUIRE(after);
    CHECK(after->TopicAndSelfInfo.empty());
}

TEST_CASE_METHOD(emulated<>, "integration: topic IDs chosen by the app are kept, and taken ones refused",
                 "[integration][topic]") {
    seed_group(srv, timrest::group::group_type::Community);
    const std::string id = std::string(live_group) + "@TOPIC#_sports";
    auto imported = timrest::try_call<tp::import_topic>(
        chat, {.GroupId = live_group, .TopicName = "sports", .TopicId = id, .CreateTime = 1448357837});
    REQUIRE(imported);
    CHECK(imported->TopicId == id);
    auto again = timrest::try_call<tp::create_topic>(chat, {.GroupId = live_group, .TopicName = "x", .TopicId = id});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == tp::codes::id_used_before);
    auto read = timrest::try_call<tp::get_topic>(chat, {.GroupId = live_group, .From_Account = "alice", .TopicIdList = {id}});
    REQUIRE(read);
    CHECK(read->TopicAndSelfInfo.at(0).TopicInfo->CreateTime == 1448357837);
}

TEST_CASE_METHOD(emulated<>, "integration: topics need a community group", "[integration][topic]") {
    seed_group(srv, timrest::group::group_type::Public);
    auto r = timrest::try_call<tp::create_topic>(chat, {.GroupId = live_group, .TopicName = "news"});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == tp::codes::topics_not_supported);
    auto none = timrest::try_call<tp::create_topic>(chat, {.GroupId = "@TGS#nobody", .TopicName = "news"});
    REQUIRE_FALSE(none);
    CHECK(none.error().code == tp::codes::group_not_found);
}

TEST_CASE_METHOD(emulated<>, "integration: a live group's members are listed, checked, marked and its admins kept",
                 "[integration][avchatroom]") {
    seed_group(srv, timrest::group::group_type::AVChatRoom);
    srv.with_world([](world& w) {
        auto& g = *w.state<groups>().find(live_group);
        g.members["alice"].join_time = 1700000001;
        g.members["bob"].join_time = 1700000002;
    });
    auto members = timrest::try_call<av::get_members>(chat, {.GroupId = live_group});
    REQUIRE(members);
    CHECK(members->MemberList.size() == 2);
    CHECK(members->NextTimestamp == 0);

    auto check = timrest::try_call<av::check_members>(chat, {.GroupId = live_group, .Member_Account = {"bob", "carol"}});
    REQUIRE(check);
    CHECK(check->Member_Account == std::vector<std::string>{"bob"});

    auto marked = timrest::try_call<av::modify_user_info>(
        chat, {.GroupId = live_group, .CommandType = av::command_type::set,
               .MemberList = {av::member_marks{.Member_Account = "bob", .Marks = {av::mark(1000)}}}});
    REQUIRE(marked);
    REQUIRE(marked->MemberList.size() == 1);
    auto by_mark = timrest::try_call<av::get_members>(chat, {.GroupId = live_group, .Mark = 1000u});
    REQUIRE(by_mark);
    REQUIRE(by_mark->MemberList.size() == 1);
    CHECK(by_mark->MemberList[0].Member_Account == "bob");

    REQUIRE(timrest::try_call<av::modify_admin>(
        chat, {.GroupId = live_group, .CommandType = av::command_type::set, .Admin_Account = {"carol"}}));
    auto admins = timrest::try_call<av::get_admin_list>(chat, {.GroupId = live_group});
    REQUIRE(admins);
    REQUIRE(admins->Admin_List.size() == 1);
    CHECK(admins->Admin_List[0].Admin_Account == "carol");
}

// The client never sends these bodies (validation refuses them first); a raw client::post does, and the emulator
// answers as the pages say the service does: with each size row's own code, and 10004 for other bad parameters.
TEST_CASE_METHOD(emulated<>, "integration: the emulator answers the pages' own size codes for bodies sent raw",
                 "[integration][group_attr]") {
    seed_group(srv);
    const auto code_of = [&](std::string_view path, const std::string& body) {
        auto reply = chat.post(path, body);
        REQUIRE_FALSE(reply.error);
        return reply.env.ErrorCode;
    };
    const std::string group = std::string(R"({"GroupId":")") + live_group + R"(",)";
    CHECK(code_of(ga::modify_group_attr::path, group + R"("GroupAttr":[{"key":")" + std::string(33, 'k') +
                                                   R"(","value":"v"}]})") == 10045);
    CHECK(code_of(ga::set_group_attr::path, group + R"("GroupAttr":[{"key":"k","value":")" + std::string(4001, 'v') +
                                                R"("}]})") == 10046);
    std::string seventeen = group + R"("GroupAttr":[)";
    for (int i = 0; i < 17; ++i) seventeen += std::string(i ? "," : "") + R"({"key":"k)" + std::to_string(i) + R"(","value":"v"})";
    CHECK(code_of(ga::modify_group_attr::path, seventeen + "]}") == 10047);
    std::string large = group + R"("GroupAttr":[)";
    for (int i = 0; i < 5; ++i)
        large += std::string(i ? "," : "") + R"({"key":"k)" + std::to_string(i) + R"(","value":")" + std::string(3500, 'v') + R"("})";
    CHECK(code_of(ga::set_group_attr::path, large + "]}") == 10048);
    std::string counters = group + R"("GroupCounter":[)";
    for (int i = 0; i < 21; ++i) counters += std::string(i ? "," : "") + R"({"Key":"c)" + std::to_string(i) + R"(","Value":1})";
    CHECK(code_of(ga::update_group_counter::path, counters + "]}") == 10063);
    CHECK(code_of(ga::update_group_counter::path, group + R"("GroupCounter":[{"Key":"c","Value":1}],"Mode":"Add"})") ==
          10004);
    srv.with_world([](world& w) {
        CHECK(w.state<groups>().find(live_group)->attributes.empty());
        CHECK(w.state<groups>().find(live_group)->counters.empty());
    });
}

}  // namespace integration_group_attributes_test
