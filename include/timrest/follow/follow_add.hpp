#ifndef TIMREST_FOLLOW_FOLLOW_ADD_HPP_INCLUDED
#define TIMREST_FOLLOW_FOLLOW_ADD_HPP_INCLUDED

// v4/follow/follow_add: make a user follow up to 20 others.
// Doc: https://www.tencentcloud.com/document/product/1047/70345. 200 calls a second.

#include "timrest/follow/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::follow {

struct follow_item {
    required<user_id> To_Account;
};
BOOST_DESCRIBE_STRUCT(follow_item, (), (To_Account))

struct follow_add_request {
    required<user_id> From_Account;
    required<list<follow_item, 1, max_accounts>> FollowItem;
};
BOOST_DESCRIBE_STRUCT(follow_add_request, (), (From_Account, FollowItem))

using follow_add_response = account_results;

struct follow_add {
    static constexpr std::string_view path = "v4/follow/follow_add";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_accounts;
    using request = follow_add_request;
    using response = follow_add_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, {codes::following_limit, codes::follower_limit, codes::mutual_limit_from,
                                         codes::mutual_limit_to});
};

}  // namespace timrest::follow

TIMREST_COMPILED_ENDPOINT(timrest::follow::follow_add)

#endif
