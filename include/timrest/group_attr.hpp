#ifndef TIMREST_GROUP_ATTR_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_HPP_INCLUDED

// The group custom attribute and counter endpoints (v4/group_open_http_svc, and
// v4/group_open_attr_http_svc/get_group_attr). Includes, and the family's list for the tools that serve or call
// every endpoint (registry.hpp).

#include "timrest/group_attr/clear_group_attr.hpp"
#include "timrest/group_attr/delete_group_attr.hpp"
#include "timrest/group_attr/delete_group_counter.hpp"
#include "timrest/group_attr/get_group_attr.hpp"
#include "timrest/group_attr/get_group_counter.hpp"
#include "timrest/group_attr/modify_group_attr.hpp"
#include "timrest/group_attr/set_group_attr.hpp"
#include "timrest/group_attr/update_group_counter.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::group_attr {

using endpoints = boost::mp11::mp_list<
    get_group_attr,
    modify_group_attr,
    set_group_attr,
    delete_group_attr,
    clear_group_attr,
    get_group_counter,
    update_group_counter,
    delete_group_counter>;

}  // namespace timrest::group_attr

#endif
