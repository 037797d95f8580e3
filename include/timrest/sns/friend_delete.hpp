#ifndef TIMREST_SNS_FRIEND_DELETE_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_DELETE_HPP_INCLUDED

// v4/sns/friend_delete: delete up to 1000 friends of a user, one-sided (the default) or both ways.
// Doc: https://www.tencentcloud.com/document/product/1047/34905. 200 calls a second.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct friend_delete_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
    std::optional<named<delete_type>> DeleteType{};
};
BOOST_DESCRIBE_STRUCT(friend_delete_request, (), (From_Account, To_Account, DeleteType))

using friend_delete_response = account_results;

struct friend_delete {
    static constexpr std::string_view path = "v4/sns/friend_delete";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_accounts;
    using request = friend_delete_request;
    using response = friend_delete_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, codes::write_rows, {codes::not_friend, codes::delete_filtered});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_delete)

#endif
