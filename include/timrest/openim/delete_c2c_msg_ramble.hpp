#ifndef TIMREST_OPENIM_DELETE_C2C_MSG_RAMBLE_HPP_INCLUDED
#define TIMREST_OPENIM_DELETE_C2C_MSG_RAMBLE_HPP_INCLUDED

// v4/openim/delete_c2c_msg_ramble: delete messages of a one-to-one conversation for one of its parties only.
// Doc: https://cloud.tencent.com/document/product/269/101439 (Chinese; no English page found, and no copy under
// /work/shared/spec/docs). 200 calls a second.
// Only the sender or the recipient may be the operator; the other party still sees the messages. The stored copy
// of the page ends inside its request sample: the field names and the rate are from it; it showed no bound on
// MsgKeyList, no reply fields and no error table, so the reply is the envelope only (unknown reply keys are
// ignored) and the rows declared are those of the sister history pages (history_rows).

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

struct delete_c2c_msg_ramble_request {
    required<user_id> Operator_Account;  // the party for whom the messages go
    required<user_id> Peer_Account;      // the other party
    required<list<std::string, 1>> MsgKeyList;
};
BOOST_DESCRIBE_STRUCT(delete_c2c_msg_ramble_request, (), (Operator_Account, Peer_Account, MsgKeyList))

struct delete_c2c_msg_ramble_response {};  // the envelope only, as far as the stored page shows
BOOST_DESCRIBE_STRUCT(delete_c2c_msg_ramble_response, (), ())

struct delete_c2c_msg_ramble {
    static constexpr std::string_view path = "v4/openim/delete_c2c_msg_ramble";
    static constexpr unsigned calls_per_second = 200;
    using request = delete_c2c_msg_ramble_request;
    using response = delete_c2c_msg_ramble_response;
    static constexpr auto errors = join_errors(codes::history_rows);
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::delete_c2c_msg_ramble)

#endif
