#ifndef TIMREST_ACCOUNT_HPP_INCLUDED
#define TIMREST_ACCOUNT_HPP_INCLUDED

// Every v4/im_open_login_svc account endpoint. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/account/account_check.hpp"
#include "timrest/account/account_delete.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/account/kick.hpp"
#include "timrest/account/multiaccount_import.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::account {

using endpoints = boost::mp11::mp_list<
    account_import,
    multiaccount_import,
    account_check,
    account_delete,
    kick>;

}  // namespace timrest::account

#endif
