// Misuse: create_contact_group's request sent to del_contact_group. Twin: twins.cpp, wrong_request_type.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

void use(timrest::client& c) {
    using namespace timrest::recentcontact;
    const create_contact_group_request request{
        .From_Account = "alice", .GroupContactItem = {group_contact_item{.GroupName = "work"}}};
    (void)timrest::try_call<del_contact_group>(c, request);
}
