// Misuse: a bare number where a conversation type is expected. Twin: twins.cpp, value_outside_set.
#include "timrest/recentcontact/delete.hpp"

timrest::recentcontact::delete_request make_request() {
    return {.From_Account = "alice", .Type = 7, .To_Account = "bob"};
}
