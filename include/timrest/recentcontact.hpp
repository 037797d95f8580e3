#ifndef TIMREST_RECENTCONTACT_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_HPP_INCLUDED

// Every v4/recentcontact endpoint. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/recentcontact/create_contact_group.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"
#include "timrest/recentcontact/delete.hpp"
#include "timrest/recentcontact/get_contact_group.hpp"
#include "timrest/recentcontact/get_list.hpp"
#include "timrest/recentcontact/mark_contact.hpp"
#include "timrest/recentcontact/search_contact_group.hpp"
#include "timrest/recentcontact/update_contact_group.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::recentcontact {

using endpoints = boost::mp11::mp_list<
    get_list,
    delete_,
    create_contact_group,
    update_contact_group,
    del_contact_group,
    mark_contact,
    search_contact_group,
    get_contact_group>;

}  // namespace timrest::recentcontact

#endif
