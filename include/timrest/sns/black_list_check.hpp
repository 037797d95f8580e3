#ifndef TIMREST_SNS_BLACK_LIST_CHECK_HPP_INCLUDED
#define TIMREST_SNS_BLACK_LIST_CHECK_HPP_INCLUDED

// v4/sns/black_list_check: the blocklist relation between a user and up to 1000 others.
// Doc: https://www.tencentcloud.com/document/product/1047/34913. 200 calls a second.
// The CheckType values are those of the Relationship Chain Management page (33521), which the page links to.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct black_list_check_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
    required<named<black_check_type>> CheckType;
};
BOOST_DESCRIBE_STRUCT(black_list_check_request, (), (From_Account, To_Account, CheckType))

struct black_relation_item {
    std::string To_Account;
    named<black_relation> Relation;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(black_relation_item, (), (To_Account, Relation, ResultCode, ResultInfo))

struct black_list_check_response {
    std::vector<black_relation_item> BlackListCheckItem;
    std::optional<std::vector<std::string>> Fail_Account{};
};
BOOST_DESCRIBE_STRUCT(black_list_check_response, (), (BlackListCheckItem, Fail_Account))

struct black_list_check {
    static constexpr std::string_view path = "v4/sns/black_list_check";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_accounts;
    using request = black_list_check_request;
    using response = black_list_check_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::black_list_check)

#endif
