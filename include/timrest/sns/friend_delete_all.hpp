#ifndef TIMREST_SNS_FRIEND_DELETE_ALL_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_DELETE_ALL_HPP_INCLUDED

// v4/sns/friend_delete_all: delete every friend of a user, one-sided (the default) or both ways.
// Doc: https://www.tencentcloud.com/document/product/1047/34906. 200 calls a second.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct friend_delete_all_request {
    required<user_id> From_Account;
    std::optional<named<delete_type>> DeleteType{};
};
BOOST_DESCRIBE_STRUCT(friend_delete_all_request, (), (From_Account, DeleteType))

struct friend_delete_all_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(friend_delete_all_response, (), ())

struct friend_delete_all {
    static constexpr std::string_view path = "v4/sns/friend_delete_all";
    static constexpr unsigned calls_per_second = 200;
    using request = friend_delete_all_request;
    using response = friend_delete_all_response;
    static constexpr auto errors = join_errors(codes::common_rows, {codes::write_conflict});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_delete_all)

#endif
