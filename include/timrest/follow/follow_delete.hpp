#ifndef TIMREST_FOLLOW_FOLLOW_DELETE_HPP_INCLUDED
#define TIMREST_FOLLOW_FOLLOW_DELETE_HPP_INCLUDED

// v4/follow/follow_delete: make a user unfollow up to 20 others.
// Doc: https://www.tencentcloud.com/document/product/1047/70346. 200 calls a second.

#include "timrest/follow/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::follow {

struct follow_delete_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
};
BOOST_DESCRIBE_STRUCT(follow_delete_request, (), (From_Account, To_Account))

using follow_delete_response = account_results;

struct follow_delete {
    static constexpr std::string_view path = "v4/follow/follow_delete";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_accounts;
    using request = follow_delete_request;
    using response = follow_delete_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::follow

TIMREST_COMPILED_ENDPOINT(timrest::follow::follow_delete)

#endif
