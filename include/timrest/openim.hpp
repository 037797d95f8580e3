#ifndef TIMREST_OPENIM_HPP_INCLUDED
#define TIMREST_OPENIM_HPP_INCLUDED

// The v4/openim one-to-one message endpoints. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/openim/batchsendmsg.hpp"
#include "timrest/openim/sendmsg.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::openim {

using endpoints = boost::mp11::mp_list<
    sendmsg,
    batchsendmsg>;

}  // namespace timrest::openim

#endif
