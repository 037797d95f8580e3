#ifndef TIMREST_SNS_BLACK_LIST_ADD_HPP_INCLUDED
#define TIMREST_SNS_BLACK_LIST_ADD_HPP_INCLUDED

// v4/sns/black_list_add: put up to 1000 users on a user's blocklist.
// Doc: https://www.tencentcloud.com/document/product/1047/34911. 200 calls a second.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct black_list_add_request {
    required<user_id> From_Account;
    required<list<user_id, 1, max_accounts>> To_Account;
};
BOOST_DESCRIBE_STRUCT(black_list_add_request, (), (From_Account, To_Account))

using black_list_add_response = account_results;

struct black_list_add {
    static constexpr std::string_view path = "v4/sns/black_list_add";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_accounts;
    using request = black_list_add_request;
    using response = black_list_add_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::write_rows, {codes::blocklist_full});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::black_list_add)

#endif
