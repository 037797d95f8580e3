#ifndef TIMREST_OPENIM_ADMIN_SET_MSG_READ_HPP_INCLUDED
#define TIMREST_OPENIM_ADMIN_SET_MSG_READ_HPP_INCLUDED

// v4/openim/admin_set_msg_read: mark the messages of a one-to-one conversation read for one of its parties.
// Doc: https://www.tencentcloud.com/document/product/1047/38996. 200 calls a second.
// MsgReadTime is a timestamp in seconds that both the English and the Chinese page type as String; it is declared
// as a string, as they say (messages before it are read; now when absent). The error table names To_Account and
// From_Account (90003, 90008) though the request has Report_Account and Peer_Account; the codes are kept.

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

struct admin_set_msg_read_request {
    required<user_id> Report_Account;  // the reader
    required<user_id> Peer_Account;    // the other party of the conversation
    std::optional<std::string> MsgReadTime{};  // Unix seconds, as a string
};
BOOST_DESCRIBE_STRUCT(admin_set_msg_read_request, (), (Report_Account, Peer_Account, MsgReadTime))

struct admin_set_msg_read_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(admin_set_msg_read_response, (), ())

struct admin_set_msg_read {
    static constexpr std::string_view path = "v4/openim/admin_set_msg_read";
    static constexpr unsigned calls_per_second = 200;
    using request = admin_set_msg_read_request;
    using response = admin_set_msg_read_response;
    static constexpr service_error errors[] = {codes::bad_json, codes::bad_to_account, codes::bad_from_account};
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::admin_set_msg_read)

#endif
