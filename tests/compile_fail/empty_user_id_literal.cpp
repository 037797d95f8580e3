// Misuse: an empty UserID literal. Twin: twins.cpp, empty_user_id_literal.
#include "timrest/recentcontact/del_contact_group.hpp"

timrest::recentcontact::del_contact_group_request make_request() {
    return {.From_Account = "", .GroupName = {"work"}};
}
