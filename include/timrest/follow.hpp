#ifndef TIMREST_FOLLOW_HPP_INCLUDED
#define TIMREST_FOLLOW_HPP_INCLUDED

// The v4/follow endpoints: following, fans and mutual follows. Includes, and the family's list for the tools
// that serve or call every endpoint (registry.hpp).

#include "timrest/follow/follow_add.hpp"
#include "timrest/follow/follow_check.hpp"
#include "timrest/follow/follow_delete.hpp"
#include "timrest/follow/follow_get.hpp"
#include "timrest/follow/follow_get_info.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::follow {

using endpoints = boost::mp11::mp_list<
    follow_add,
    follow_delete,
    follow_check,
    follow_get,
    follow_get_info>;

}  // namespace timrest::follow

#endif
