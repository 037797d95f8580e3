// Profiles and friends: set and read profiles, add friends, check them. Run against the emulator:
//   06-friends-and-profiles <base-url>

#include "timrest/account/multiaccount_import.hpp"
#include "timrest/profile/portrait_get.hpp"
#include "timrest/profile/portrait_set.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/item_failures.hpp"
#include "timrest/sns/friend_add.hpp"
#include "timrest/sns/friend_check.hpp"

#include <iostream>

int main(int argc, char** argv) try {
    using namespace timrest;
    if (argc < 2) {
        std::cerr << "usage: 06-friends-and-profiles <base-url>\n";
        return 2;
    }
    client chat(config{.sdkappid = 1400000000,
                       .secret_key = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
                       .base_url = argv[1]});
    call<account::multiaccount_import>(chat, {.Accounts = list<user_id, 1, 100>{"alice", "bob", "carol"}});

    // tag::profiles[]
    // Each standard tag knows its value's type and bounds; custom tags take a string or an integer.
    call<profile::portrait_set>(chat, {.From_Account = "alice",
                                       .ProfileItem = {profile::profile_item{profile::tags::nick, "Alice"},
                                                       profile::profile_item{profile::tags::level, 7},
                                                       profile::profile_item{profile::tags::custom("Team"), "ops"}}});
    auto got = call<profile::portrait_get>(
        chat, {.To_Account = {"alice"}, .TagList = {"Tag_Profile_IM_Nick", "Tag_Profile_IM_Level"}});
    const auto& items = *got.UserProfileItem.at(0).ProfileItem;
    std::cout << "nick " << profile::find(items, profile::tags::nick).value_or("?") << ", level "
              << profile::find(items, profile::tags::level).value_or(0) << "\n";
    // end::profiles[]

    // tag::friends[]
    auto added = try_call<sns::friend_add>(
        chat, {.From_Account = "alice",
               .AddFriendItem = {sns::add_friend_item{.To_Account = "bob", .AddSource = "AddSource_Type_Server"},
                                 sns::add_friend_item{.To_Account = "ghost", .AddSource = "AddSource_Type_Server"}},
               .ForceAddFlags = 1});
    if (!added) throw error(added.error());
    for (const auto& f : item_failures(added)) std::cout << f.message() << "\n";  // ghost was never imported

    auto checked = call<sns::friend_check>(chat, {.From_Account = "alice",
                                                  .To_Account = {"bob", "carol"},
                                                  .CheckType = sns::check_type::CheckResult_Type_Both});
    for (const auto& r : checked.InfoItem) std::cout << r.To_Account << ": " << r.Relation.name() << "\n";
    // end::friends[]

    return checked.InfoItem.size() == 2 && item_failures(added).size() == 1 ? 0 : 1;
} catch (const timrest::error& e) {
    std::cerr << e.what() << "\n";
    return 1;
}
