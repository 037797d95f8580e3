#ifndef TIMREST_OPENIM_C2C_MSG_READ_RECEIPT_HPP_INCLUDED
#define TIMREST_OPENIM_C2C_MSG_READ_RECEIPT_HPP_INCLUDED

// v4/openim/c2c_msg_read_receipt: send read receipts for one-to-one messages, as their recipient.
// Doc: https://www.tencentcloud.com/document/product/1047/77776 (2026; no copy under /work/shared/spec/docs; read
// through the stored pages). The stored copies show no frequency limit; 200 a second, the limit of every other
// openim endpoint, is declared so that pacing keeps bulk jobs safe.
// When A sent messages to B, B sends the receipt: Operator_Account is B, Peer_Account is A, and each C2CMsgInfo
// item has From_Account A and To_Account B (the page: "must match"). The stored copies end before the error table;
// the rows declared are those of the sister history pages (history_rows).

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::openim {

/// A message a receipt is sent for.
struct c2c_msg_info {
    required<user_id> From_Account;  // the sender: Peer_Account
    required<user_id> To_Account;    // the recipient: Operator_Account
    required<std::string> MsgKey;
};
BOOST_DESCRIBE_STRUCT(c2c_msg_info, (), (From_Account, To_Account, MsgKey))

struct c2c_msg_read_receipt_request {
    required<user_id> Operator_Account;  // who read the messages
    required<user_id> Peer_Account;      // who sent them
    required<list<c2c_msg_info, 1>> C2CMsgInfo;
};
BOOST_DESCRIBE_STRUCT(c2c_msg_read_receipt_request, (), (Operator_Account, Peer_Account, C2CMsgInfo))

struct c2c_msg_read_receipt_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(c2c_msg_read_receipt_response, (), ())

struct c2c_msg_read_receipt {
    static constexpr std::string_view path = "v4/openim/c2c_msg_read_receipt";
    static constexpr unsigned calls_per_second = 200;
    using request = c2c_msg_read_receipt_request;
    using response = c2c_msg_read_receipt_response;
    static constexpr auto errors = join_errors(codes::history_rows);
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::c2c_msg_read_receipt)

#endif
