// Misuse: GroupName is required<...> and is left out. Twin: twins.cpp, missing_required_field.
#include "timrest/recentcontact/del_contact_group.hpp"

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "alice"};
}
