#ifndef TIMREST_OPENIM_GET_C2C_UNREAD_MSG_NUM_HPP_INCLUDED
#define TIMREST_OPENIM_GET_C2C_UNREAD_MSG_NUM_HPP_INCLUDED

// v4/openim/get_c2c_unread_msg_num: a user's unread one-to-one messages, in all conversations or in up to 10.
// Doc: https://www.tencentcloud.com/document/product/1047/41046 (no copy under /work/shared/spec/docs; read through
// the stored pages). 200 calls a second.
// Without Peer_Account the reply holds AllC2CUnreadMsgNum; with it, C2CUnreadMsgNumList (and ErrorList for peers
// that could not be queried). The page's samples each carry only their own key, so all three are optional.
// The stored copies of the page end before its error table; the rows declared are those of its sister pages
// (history_rows in common.hpp).

#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::openim {

inline constexpr std::size_t max_unread_peers = 10;

struct get_c2c_unread_msg_num_request {
    required<user_id> To_Account;  // whose unread counts
    optional_list<user_id, 1, max_unread_peers> Peer_Account{};
};
BOOST_DESCRIBE_STRUCT(get_c2c_unread_msg_num_request, (), (To_Account, Peer_Account))

struct c2c_unread_count {
    std::string Peer_Account;
    std::uint32_t C2CUnreadMsgNum = 0;
};
BOOST_DESCRIBE_STRUCT(c2c_unread_count, (), (Peer_Account, C2CUnreadMsgNum))

/// A peer whose conversation could not be queried.
struct peer_error {
    std::string Peer_Account;
    std::int32_t ErrorCode = 0;
};
BOOST_DESCRIBE_STRUCT(peer_error, (), (Peer_Account, ErrorCode))

struct get_c2c_unread_msg_num_response {
    std::optional<std::uint32_t> AllC2CUnreadMsgNum{};                   // without Peer_Account
    std::optional<std::vector<c2c_unread_count>> C2CUnreadMsgNumList{};  // with Peer_Account
    std::optional<std::vector<peer_error>> ErrorList{};
};
BOOST_DESCRIBE_STRUCT(get_c2c_unread_msg_num_response, (), (AllC2CUnreadMsgNum, C2CUnreadMsgNumList, ErrorList))

struct get_c2c_unread_msg_num {
    static constexpr std::string_view path = "v4/openim/get_c2c_unread_msg_num";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_unread_peers;
    using request = get_c2c_unread_msg_num_request;
    using response = get_c2c_unread_msg_num_response;
    static constexpr auto errors = join_errors(codes::history_rows);
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::get_c2c_unread_msg_num)

#endif
