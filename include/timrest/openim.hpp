#ifndef TIMREST_OPENIM_HPP_INCLUDED
#define TIMREST_OPENIM_HPP_INCLUDED

// The v4/openim one-to-one message endpoints. Includes, and the family's list for the tools that serve or call every endpoint (registry.hpp).

#include "timrest/openim/admin_getroammsg.hpp"
#include "timrest/openim/admin_msgwithdraw.hpp"
#include "timrest/openim/admin_set_msg_read.hpp"
#include "timrest/openim/batchsendmsg.hpp"
#include "timrest/openim/c2c_msg_read_receipt.hpp"
#include "timrest/openim/delete_c2c_msg_ramble.hpp"
#include "timrest/openim/get_c2c_unread_msg_num.hpp"
#include "timrest/openim/importmsg.hpp"
#include "timrest/openim/modify_c2c_msg.hpp"
#include "timrest/openim/query_online_status.hpp"
#include "timrest/openim/sendmsg.hpp"

#include <boost/mp11/list.hpp>

namespace timrest::openim {

using endpoints = boost::mp11::mp_list<
    sendmsg,
    batchsendmsg,
    importmsg,
    admin_getroammsg,
    admin_msgwithdraw,
    admin_set_msg_read,
    get_c2c_unread_msg_num,
    modify_c2c_msg,
    delete_c2c_msg_ramble,
    c2c_msg_read_receipt,
    query_online_status>;

}  // namespace timrest::openim

#endif
