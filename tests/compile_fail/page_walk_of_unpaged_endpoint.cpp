// Misuse: walking the pages of del_contact_group, which declares no paging. Twin: twins.cpp,
// page_walk_of_unpaged_endpoint.
#include "timrest/protocol/pages.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

void use(timrest::client& c) {
    using namespace timrest::recentcontact;
    (void)timrest::for_each_page<del_contact_group>(c, {.From_Account = "alice", .GroupName = {"work"}},
                                                    [](const del_contact_group_response&) {});
}
