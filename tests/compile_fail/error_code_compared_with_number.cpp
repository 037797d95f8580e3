// Misuse: a call's error code compared with a bare service code. Twin: twins.cpp, error_code_compared_with_number.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

bool group_was_missing(timrest::client& chat) {
    auto r = timrest::try_call<timrest::recentcontact::del_contact_group>(
        chat, {.From_Account = "alice", .GroupName = {"work"}});
    return !r && r.error().code == 51009;
}
