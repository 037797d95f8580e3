// Build cost: the same call with every endpoint included (timrest.hpp).
#include "timrest.hpp"

int del_contact_group(timrest::client& chat) {
    auto r = timrest::call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    return static_cast<int>(r.GroupItem.size());
}
