#ifndef TIMREST_SNS_HPP_INCLUDED
#define TIMREST_SNS_HPP_INCLUDED

// The v4/sns relationship-chain endpoints: friends, blocklists and friend lists. Includes, and the family's
// list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/sns/black_list_add.hpp"
#include "timrest/sns/black_list_check.hpp"
#include "timrest/sns/black_list_delete.hpp"
#include "timrest/sns/black_list_get.hpp"
#include "timrest/sns/friend_add.hpp"
#include "timrest/sns/friend_check.hpp"
#include "timrest/sns/friend_delete.hpp"
#include "timrest/sns/friend_delete_all.hpp"
#include "timrest/sns/friend_get.hpp"
#include "timrest/sns/friend_get_list.hpp"
#include "timrest/sns/friend_import.hpp"
#include "timrest/sns/friend_update.hpp"
#include "timrest/sns/group_add.hpp"
#include "timrest/sns/group_delete.hpp"
#include "timrest/sns/group_get.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::sns {

using endpoints = boost::mp11::mp_list<
    friend_add,
    friend_import,
    friend_update,
    friend_delete,
    friend_delete_all,
    friend_check,
    friend_get,
    friend_get_list,
    black_list_add,
    black_list_delete,
    black_list_get,
    black_list_check,
    group_add,
    group_delete,
    group_get>;

}  // namespace timrest::sns

#endif
