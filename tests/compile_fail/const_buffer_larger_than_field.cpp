// Misuse: a const char buffer larger than its text<N> field, which C++ cannot tell from a literal. Twin:
// twins.cpp, const_buffer_larger_than_field.
#include "timrest/recentcontact/del_contact_group.hpp"

static const char group_buffer[100] = "work";

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice", .GroupName = {group_buffer}};
}
