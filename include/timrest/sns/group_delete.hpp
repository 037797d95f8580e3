#ifndef TIMREST_SNS_GROUP_DELETE_HPP_INCLUDED
#define TIMREST_SNS_GROUP_DELETE_HPP_INCLUDED

// v4/sns/group_delete: delete friend lists of a user (the friends stay friends).
// Doc: https://www.tencentcloud.com/document/product/1047/34926. 200 calls a second.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct group_delete_request {
    required<user_id> From_Account;
    required<list<list_name, 1, max_friend_lists>> GroupName;
};
BOOST_DESCRIBE_STRUCT(group_delete_request, (), (From_Account, GroupName))

struct group_delete_response {
    std::int64_t CurrentSequence = 0;
};
BOOST_DESCRIBE_STRUCT(group_delete_response, (), (CurrentSequence))

struct group_delete {
    static constexpr std::string_view path = "v4/sns/group_delete";
    static constexpr unsigned calls_per_second = 200;
    using request = group_delete_request;
    using response = group_delete_response;
    static constexpr auto errors = join_errors(codes::common_rows, {codes::write_conflict});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::group_delete)

#endif
