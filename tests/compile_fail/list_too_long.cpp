// Misuse: two names for exactly<text<64>, 1>. Twin: twins.cpp, list_too_long.
#include "timrest/recentcontact/del_contact_group.hpp"

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {"a", "b"}};
}
