// Misuse: a 65-byte literal for a text<64> element. Twin: twins.cpp, literal_too_long.
#include "timrest/recentcontact/del_contact_group.hpp"

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice",
            .GroupName = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}};  // 65 bytes
}
