#ifndef TIMREST_PROFILE_HPP_INCLUDED
#define TIMREST_PROFILE_HPP_INCLUDED

// The v4/profile endpoints. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/profile/portrait_get.hpp"
#include "timrest/profile/portrait_set.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::profile {

using endpoints = boost::mp11::mp_list<
    portrait_set,
    portrait_get>;

}  // namespace timrest::profile

#endif
