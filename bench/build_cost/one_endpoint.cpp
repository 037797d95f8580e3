// Build cost: the same call through timrest, including only the endpoint it uses.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

int del_contact_group(timrest::client& chat) {
    auto r = timrest::call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    return static_cast<int>(r.GroupItem.size());
}
