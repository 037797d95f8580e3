#ifndef TIMREST_FOLLOW_FOLLOW_GET_INFO_HPP_INCLUDED
#define TIMREST_FOLLOW_FOLLOW_GET_INFO_HPP_INCLUDED

// v4/follow/follow_get_info: how many fans, follows and mutual follows up to 20 users have.
// Doc: https://www.tencentcloud.com/document/product/1047/70350. 200 calls a second.

#include "timrest/follow/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::follow {

struct follow_get_info_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
};
BOOST_DESCRIBE_STRUCT(follow_get_info_request, (), (From_Account, To_Account))

struct follow_counts {
    std::string To_Account;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
    std::int64_t FollowerCount = 0;
    std::int64_t FollowingCount = 0;
    std::int64_t MutualFollowingCount = 0;
};
BOOST_DESCRIBE_STRUCT(follow_counts, (),
                      (To_Account, ResultCode, ResultInfo, FollowerCount, FollowingCount, MutualFollowingCount))

struct follow_get_info_response {
    std::vector<follow_counts> FollowInfo;
};
BOOST_DESCRIBE_STRUCT(follow_get_info_response, (), (FollowInfo))

struct follow_get_info {
    static constexpr std::string_view path = "v4/follow/follow_get_info";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_accounts;
    using request = follow_get_info_request;
    using response = follow_get_info_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::follow

TIMREST_COMPILED_ENDPOINT(timrest::follow::follow_get_info)

#endif
