#ifndef TIMREST_RECENTCONTACT_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_HPP_INCLUDED

// Every v4/recentcontact endpoint. Includes only.

#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/recentcontact/delete.hpp"
#include "timrest/recentcontact/get_contact_group.hpp"
#include "timrest/recentcontact/get_list.hpp"
#include "timrest/recentcontact/mark_contact.hpp"
#include "timrest/recentcontact/search_contact_group.hpp"
#include "timrest/recentcontact/update_contact_group.hpp"

#endif
