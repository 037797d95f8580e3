#ifndef TIMREST_ACCOUNT_HPP_INCLUDED
#define TIMREST_ACCOUNT_HPP_INCLUDED

// Every v4/im_open_login_svc account endpoint. Includes only.

#include "timrest/account/account_check.hpp"
#include "timrest/account/account_delete.hpp"
#include "timrest/account/account_import.hpp"
#include "timrest/account/multiaccount_import.hpp"

#endif
