#ifndef TIMREST_SNS_FRIEND_CHECK_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_CHECK_HPP_INCLUDED

// v4/sns/friend_check: the friend relation between a user and up to 1000 others.
// Doc: https://www.tencentcloud.com/document/product/1047/34907. 200 calls a second.
// The CheckType values are those of the Relationship Chain Management page (33521), which the endpoint page
// links to: CheckResult_Type_Single checks only From_Account's list (AWithB or NoRelation), _Both both lists.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct friend_check_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
    required<named<check_type>> CheckType;
};
BOOST_DESCRIBE_STRUCT(friend_check_request, (), (From_Account, To_Account, CheckType))

struct friend_relation_item {
    std::string To_Account;
    named<relation> Relation;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(friend_relation_item, (), (To_Account, Relation, ResultCode, ResultInfo))

struct friend_check_response {
    std::vector<friend_relation_item> InfoItem;
    std::optional<std::vector<std::string>> Fail_Account{};
};
BOOST_DESCRIBE_STRUCT(friend_check_response, (), (InfoItem, Fail_Account))

struct friend_check {
    static constexpr std::string_view path = "v4/sns/friend_check";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_accounts;
    using request = friend_check_request;
    using response = friend_check_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_check)

#endif
