#ifndef TIMREST_OPENIM_ADMIN_MSGWITHDRAW_HPP_INCLUDED
#define TIMREST_OPENIM_ADMIN_MSGWITHDRAW_HPP_INCLUDED

// v4/openim/admin_msgwithdraw: recall a one-to-one message by its MsgKey, at any age; it cannot be restored.
// Doc: https://www.tencentcloud.com/document/product/1047/35015. 200 calls a second.
// The message goes from offline and roaming storage and from both parties' clients; admin_getroammsg still lists
// it, with MsgFlagBits 8 (its page says so). The 2020 page's samples carried a trailing comma and ErrorCode 0 in
// the failure sample; the current page's are well formed.

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

struct admin_msgwithdraw_request {
    required<user_id> From_Account;  // the sender
    required<user_id> To_Account;    // the recipient
    required<std::string> MsgKey;    // from sendmsg, batchsendmsg, admin_getroammsg or a callback
};
BOOST_DESCRIBE_STRUCT(admin_msgwithdraw_request, (), (From_Account, To_Account, MsgKey))

struct admin_msgwithdraw_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(admin_msgwithdraw_response, (), ())

struct admin_msgwithdraw {
    static constexpr std::string_view path = "v4/openim/admin_msgwithdraw";
    static constexpr unsigned calls_per_second = 200;
    using request = admin_msgwithdraw_request;
    using response = admin_msgwithdraw_response;
    static constexpr auto errors = join_errors(codes::history_rows, {codes::msg_not_found, codes::already_recalled,
                                                                     codes::bad_msg_key});
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::admin_msgwithdraw)

#endif
