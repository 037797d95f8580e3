#ifndef TIMREST_FOLLOW_FOLLOW_CHECK_HPP_INCLUDED
#define TIMREST_FOLLOW_FOLLOW_CHECK_HPP_INCLUDED

// v4/follow/follow_check: the follow relation between a user and up to 100 others.
// Doc: https://www.tencentcloud.com/document/product/1047/70349. 200 calls a second.
// FollowType: 0 neither follows the other, 1 To_Account follows From_Account only; the text for 2 and 3 was
// cut off where it was read, and they are declared as the remaining cases: 2 From_Account follows
// To_Account only, 3 both (mutual), matching follow_get's 2 = follows, 3 = mutual.

#include "timrest/follow/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::follow {

inline constexpr std::size_t max_check_accounts = 100;

/// FollowType in a check result, seen from From_Account.
enum class follow_relation : std::int32_t { none = 0, follower = 1, following = 2, mutual = 3 };
BOOST_DESCRIBE_ENUM(follow_relation, none, follower, following, mutual)

struct follow_check_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_check_accounts>> To_Account;
};
BOOST_DESCRIBE_STRUCT(follow_check_request, (), (From_Account, To_Account))

struct follow_check_item {
    std::string To_Account;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
    one_of<follow_relation> FollowType{};
};
BOOST_DESCRIBE_STRUCT(follow_check_item, (), (To_Account, ResultCode, ResultInfo, FollowType))

struct follow_check_response {
    std::vector<follow_check_item> ResultItem;
};
BOOST_DESCRIBE_STRUCT(follow_check_response, (), (ResultItem))

struct follow_check {
    static constexpr std::string_view path = "v4/follow/follow_check";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_check_accounts;
    using request = follow_check_request;
    using response = follow_check_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::follow

TIMREST_COMPILED_ENDPOINT(timrest::follow::follow_check)

#endif
