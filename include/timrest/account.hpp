#ifndef TIMREST_ACCOUNT_HPP_INCLUDED
#define TIMREST_ACCOUNT_HPP_INCLUDED

// Every v4/im_open_login_svc account endpoint. Includes only.

#include "timrest/account/account_import.hpp"

#endif
