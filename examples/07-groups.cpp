// Groups: create a public group with two members, send a message and a system notification, page the history
// back, mute a member, list the app's groups, destroy the group. Run against the emulator:  07-groups <base-url>

#include "timrest/account/multiaccount_import.hpp"
#include "timrest/group/create_group.hpp"
#include "timrest/group/destroy_group.hpp"
#include "timrest/group/forbid_send_msg.hpp"
#include "timrest/group/get_appid_group_list.hpp"
#include "timrest/group/get_group_muted_account.hpp"
#include "timrest/group_msg/group_msg_get_simple.hpp"
#include "timrest/group_msg/send_group_msg.hpp"
#include "timrest/group_msg/send_group_system_notification.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/pages.hpp"

#include <iostream>
#include <string>

int main(int argc, char** argv) try {
    using namespace timrest;
    if (argc < 2) {
        std::cerr << "usage: 07-groups <base-url>\n";
        return 2;
    }
    client chat(config{.sdkappid = 1400000000,
                       .secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
                       .base_url = argv[1],
                       .pace_calls = true});  // get_appid_group_list is documented at 1 call a second
    call<account::multiaccount_import>(chat, {.Accounts = list<user_id, 1, 100>{"alice", "bob", "carol"}});

    // tag::create[]
    // The owner and the first members in one call; the type and join option are value sets, the name at most
    // 30 bytes and the app-defined fields a key-value list, all checked before sending.
    const auto created = call<group::create_group>(
        chat, {.Type = group::group_type::Public,
               .Name = "Support",
               .Owner_Account = "alice",
               .ApplyJoinOption = group::join_option::NeedPermission,
               .AppDefinedData = group::app_data{{"Tier", "gold"}},
               .MemberList = {group::initial_member{.Member_Account = "bob"},
                              group::initial_member{.Member_Account = "carol", .Role = group::member_role::Admin}}});
    const std::string& id = created.GroupId;
    std::cout << "created " << id << "\n";
    // end::create[]

    // tag::send[]
    const auto sent = call<group_msg::send_group_msg>(
        chat, {.GroupId = id, .Random = 7001, .MsgBody = {msg::text_elem{.Text = "Welcome"}}, .From_Account = "alice"});
    call<group_msg::send_group_system_notification>(chat, {.GroupId = id, .Content = "The group is moderated"});
    std::cout << "message " << sent.MsgSeq << " sent\n";
    // end::send[]

    // tag::history[]
    // Newest first, a page of up to 20 at a time; the walker asks for the messages before the oldest it got.
    std::size_t messages = 0;
    auto failed = for_each_page<group_msg::group_msg_get_simple>(
        chat, {.GroupId = id, .ReqMsgNumber = 20u}, [&](const group_msg::group_msg_get_simple_response& page) {
            for (const auto& m : page.RspMsgList) {
                ++messages;
                for (const auto& e : m.MsgBody)
                    if (const auto* t = e.get_if<msg::text_elem>()) std::cout << m.MsgSeq << " " << *t->Text << "\n";
            }
        });
    // end::history[]

    // tag::mute[]
    call<group::forbid_send_msg>(chat, {.GroupId = id, .Members_Account = {"bob"}, .MuteTime = 3600u});
    for (const auto& m : call<group::get_group_muted_account>(chat, {.GroupId = id}).MutedAccountList)
        std::cout << m.Member_Account << " muted until " << m.MutedUntil << "\n";
    // end::mute[]

    // tag::list[]
    std::size_t groups = 0;
    failed = failed ? failed
                    : for_each_page<group::get_appid_group_list>(chat, {}, [&](const auto& page) {
                          groups += page.GroupIdList.size();
                      });
    std::cout << groups << " group(s) in the app\n";
    // end::list[]

    call<group::destroy_group>(chat, {.GroupId = id});
    std::cout << "destroyed " << id << "\n";
    return !failed && messages >= 1 && groups >= 1 ? 0 : 1;
} catch (const timrest::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
}
