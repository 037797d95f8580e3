#ifndef TIMREST_SNS_GROUP_ADD_HPP_INCLUDED
#define TIMREST_SNS_GROUP_ADD_HPP_INCLUDED

// v4/sns/group_add: create friend lists for a user, optionally putting friends in them.
// Doc: https://www.tencentcloud.com/document/product/1047/34950. 200 calls a second.
// A user has at most 32 friend lists (page 33521), so GroupName holds at most 32 names. ResultItem and
// Fail_Account come back only when To_Account was given; 32216 (not a friend) appears in the page's sample,
// not in its table, and is declared for its meaning.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct group_add_request {
    required<user_id> From_Account;
    required<list<list_name, 1, max_friend_lists>> GroupName;
    optional_list<user_id, 1> To_Account{};
};
BOOST_DESCRIBE_STRUCT(group_add_request, (), (From_Account, GroupName, To_Account))

struct group_add_response {
    std::optional<std::vector<account_result>> ResultItem{};
    std::optional<std::vector<std::string>> Fail_Account{};
    std::int64_t CurrentSequence = 0;
};
BOOST_DESCRIBE_STRUCT(group_add_response, (), (ResultItem, Fail_Account, CurrentSequence))

struct group_add {
    static constexpr std::string_view path = "v4/sns/group_add";
    static constexpr unsigned calls_per_second = 200;
    using request = group_add_request;
    using response = group_add_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::write_rows,
                                               {codes::too_many_lists, codes::group_member_not_friend});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::group_add)

#endif
