#ifndef TIMREST_SNS_FRIEND_GET_LIST_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_GET_LIST_HPP_INCLUDED

// v4/sns/friend_get_list: the friend and profile fields of given friends of a user.
// Doc: https://www.tencentcloud.com/document/product/1047/34910. 200 calls a second.
// The page recommends at most 100 friends a call (larger replies may fail) but sets no limit: To_Account is
// declared without an upper bound. A friend that is not one comes back with ResultCode 30001 and no
// SnsProfileItem.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct friend_get_list_request {
    required<user_id> From_Account;
    required<list<user_id, 1>> To_Account;
    required<list<std::string, 1>> TagList;  // Tag_Profile_IM_*, Tag_Profile_Custom_*, Tag_SNS_IM_*, Tag_SNS_Custom_*
};
BOOST_DESCRIBE_STRUCT(friend_get_list_request, (), (From_Account, To_Account, TagList))

struct friend_info_item {
    std::string To_Account;
    std::optional<std::vector<tag_value>> SnsProfileItem{};
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(friend_info_item, (), (To_Account, SnsProfileItem, ResultCode, ResultInfo))

struct friend_get_list_response {
    std::vector<friend_info_item> InfoItem;
    std::optional<std::vector<std::string>> Fail_Account{};
};
BOOST_DESCRIBE_STRUCT(friend_get_list_response, (), (InfoItem, Fail_Account))

struct friend_get_list {
    static constexpr std::string_view path = "v4/sns/friend_get_list";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = friend_get_list_request;
    using response = friend_get_list_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_get_list)

#endif
