#ifndef TIMREST_SNS_FRIEND_GET_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_GET_HPP_INCLUDED

// v4/sns/friend_get: one page of a user's friends with their friend fields (formerly friend_get_all).
// Doc: https://www.tencentcloud.com/document/product/1047/34908. 200 calls a second.
// Paging: StartIndex is 0 on the first page and NextStartIndex of the previous reply after; the page says "a
// non-zero CompleteFlag indicates that all friend data is pulled", so the walk ends on any non-zero value
// (complete_unless), not only on 1. StandardSequence and CustomSequence are not cursors: sending back the
// reply's values makes the service leave out data that did not change, so a walk does not copy them.

#include "timrest/core/paging.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct friend_get_request {
    required<user_id> From_Account;
    std::int64_t StartIndex = 0;
    std::optional<std::int64_t> StandardSequence{};
    std::optional<std::int64_t> CustomSequence{};
};
BOOST_DESCRIBE_STRUCT(friend_get_request, (), (From_Account, StartIndex, StandardSequence, CustomSequence))

struct friend_data {
    std::string To_Account;
    std::vector<tag_value> ValueItem;
};
BOOST_DESCRIBE_STRUCT(friend_data, (), (To_Account, ValueItem))

struct friend_get_response {
    std::vector<friend_data> UserDataItem;
    std::int64_t StandardSequence = 0;
    std::int64_t CustomSequence = 0;
    std::int64_t FriendNum = 0;  // all friends, not this page's
    std::int32_t CompleteFlag = 0;
    std::int64_t NextStartIndex = 0;
};
BOOST_DESCRIBE_STRUCT(friend_get_response, (),
                      (UserDataItem, StandardSequence, CustomSequence, FriendNum, CompleteFlag, NextStartIndex))

struct friend_get {
    static constexpr std::string_view path = "v4/sns/friend_get";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = friend_get_request;
    using response = friend_get_response;
    static constexpr auto errors = join_errors(codes::common_rows);
    static constexpr auto paging = timrest::paging(complete_unless(&response::CompleteFlag, 0),
                                                   cursor(&response::NextStartIndex, &request::StartIndex));
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_get)

#endif
