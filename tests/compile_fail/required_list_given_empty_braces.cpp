// Misuse: `{}` for a required list that needs one element. Twin: twins.cpp, required_list_given_empty_braces.
#include "timrest/recentcontact/del_contact_group.hpp"

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {}};
}
