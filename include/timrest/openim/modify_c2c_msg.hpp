#ifndef TIMREST_OPENIM_MODIFY_C2C_MSG_HPP_INCLUDED
#define TIMREST_OPENIM_MODIFY_C2C_MSG_HPP_INCLUDED

// v4/openim/modify_c2c_msg: overwrite the MsgBody, the CloudCustomData or both of a stored one-to-one message.
// Doc: https://www.tencentcloud.com/document/product/1047/47722 (no copy under /work/shared/spec/docs; read through
// the stored pages). 200 calls a second. A modified message cannot be restored.
// The page makes both fields optional; a request with neither changes nothing, and is sent as the page allows.
// The stored copies of the page end before its error table; the rows declared are those of its sister pages
// (history_rows, and the recall page's 20022 and 90054 for a MsgKey that names no message).

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::openim {

struct modify_c2c_msg_request {
    required<user_id> From_Account;  // the sender
    required<user_id> To_Account;    // the recipient
    required<std::string> MsgKey;
    std::optional<msg::body> MsgBody{};
    std::optional<std::string> CloudCustomData{};
};
BOOST_DESCRIBE_STRUCT(modify_c2c_msg_request, (), (From_Account, To_Account, MsgKey, MsgBody, CloudCustomData))

struct modify_c2c_msg_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(modify_c2c_msg_response, (), ())

struct modify_c2c_msg {
    static constexpr std::string_view path = "v4/openim/modify_c2c_msg";
    static constexpr unsigned calls_per_second = 200;
    using request = modify_c2c_msg_request;
    using response = modify_c2c_msg_response;
    static constexpr auto errors = join_errors(codes::history_rows, {codes::msg_not_found, codes::bad_msg_key});
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::modify_c2c_msg)

#endif
