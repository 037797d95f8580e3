#ifndef TIMREST_SNS_GROUP_GET_HPP_INCLUDED
#define TIMREST_SNS_GROUP_GET_HPP_INCLUDED

// v4/sns/group_get: a user's friend lists, with their sizes and optionally their members.
// Doc: https://www.tencentcloud.com/document/product/1047/40123. 200 calls a second.
// NeedFriend has one value, Need_Friend_Type_Yes; the page says it takes effect only when GroupName is
// empty, yet its own "complete request" sample sends both (the emulator answers members for the named lists
// then). Only one page (b1) exists for this endpoint.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

enum class need_friend { Need_Friend_Type_Yes };
BOOST_DESCRIBE_ENUM(need_friend, Need_Friend_Type_Yes)

struct group_get_request {
    required<user_id> From_Account;
    std::optional<named<need_friend>> NeedFriend{};
    optional_list<list_name, 1, max_friend_lists> GroupName{};
};
BOOST_DESCRIBE_STRUCT(group_get_request, (), (From_Account, NeedFriend, GroupName))

struct friend_list_item {
    std::string GroupName;
    std::int64_t FriendNumber = 0;
    std::optional<std::vector<std::string>> To_Account{};
};
BOOST_DESCRIBE_STRUCT(friend_list_item, (), (GroupName, FriendNumber, To_Account))

struct group_get_response {
    std::vector<friend_list_item> ResultItem;
    std::int64_t CurrentSequence = 0;
};
BOOST_DESCRIBE_STRUCT(group_get_response, (), (ResultItem, CurrentSequence))

struct group_get {
    static constexpr std::string_view path = "v4/sns/group_get";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = group_get_request;
    using response = group_get_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::group_get)

#endif
