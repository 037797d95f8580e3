#ifndef TIMREST_SNS_FRIEND_ADD_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_ADD_HPP_INCLUDED

// v4/sns/friend_add: add one or more users to a user's friends, one-sided or both ways.
// Doc: https://www.tencentcloud.com/document/product/1047/34902. 200 calls a second.
// Pages disagree: the older English page marks AddSource required, the newer one optional; declared optional
// (the newer page), and checked against the AddSource form whenever given. The older page lists 30005
// (sensitive words), the newer does not; kept, since the service still may answer it. Neither page bounds
// AddFriendItem; it is declared without an upper bound. GroupName is one list name here (an array in
// friend_import).

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct add_friend_item {
    required<user_id> To_Account;
    std::optional<remark> Remark{};
    std::optional<list_name> GroupName{};
    std::optional<std::string> AddSource{};
    std::optional<add_wording> AddWording{};

    static constexpr auto rules = timrest::rules(add_source(&add_friend_item::AddSource));
};
BOOST_DESCRIBE_STRUCT(add_friend_item, (), (To_Account, Remark, GroupName, AddSource, AddWording))

struct friend_add_request {
    required<user_id> From_Account;
    required<list<add_friend_item, 1>> AddFriendItem;
    std::optional<named<add_type>> AddType{};  // Add_Type_Both when absent
    std::optional<switch_flag> ForceAddFlags{};  // 1: added by the admin without the peer's confirmation
};
BOOST_DESCRIBE_STRUCT(friend_add_request, (), (From_Account, AddFriendItem, AddType, ForceAddFlags))

using friend_add_response = account_results;

struct friend_add {
    static constexpr std::string_view path = "v4/sns/friend_add";
    static constexpr unsigned calls_per_second = 200;
    using request = friend_add_request;
    using response = friend_add_response;
    static constexpr auto errors = join_errors(
        codes::common_rows, codes::write_rows,
        {codes::sensitive_words, codes::add_forbidden, codes::friend_list_full, codes::too_many_lists,
         codes::too_many_pending, codes::peer_list_full, codes::peer_blocked, codes::peer_refuses,
         codes::blocked_by_peer, codes::pending_confirmation, codes::too_many_requests});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_add)

#endif
