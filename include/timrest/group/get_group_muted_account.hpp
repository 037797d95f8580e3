#ifndef TIMREST_GROUP_GET_GROUP_MUTED_ACCOUNT_HPP_INCLUDED
#define TIMREST_GROUP_GET_GROUP_MUTED_ACCOUNT_HPP_INCLUDED

// v4/group_open_http_svc/get_group_muted_account: a group's muted members and when each mute ends.
// Doc: https://www.tencentcloud.com/document/product/1047/34964. 200 calls a second. (The older path was
// get_group_shutted_uin.) Note the reply says MutedUntil where member profiles say MuteUntil.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct get_group_muted_account_request {
    required<std::string> GroupId;
    std::optional<std::string> TopicId{};  // topic-enabled communities
};
BOOST_DESCRIBE_STRUCT(get_group_muted_account_request, (), (GroupId, TopicId))

struct muted_account {
    std::string Member_Account;
    std::int64_t MutedUntil = 0;  // seconds since the epoch
};
BOOST_DESCRIBE_STRUCT(muted_account, (), (Member_Account, MutedUntil))

struct get_group_muted_account_response {
    std::string GroupId;
    std::vector<muted_account> MutedAccountList;
};
BOOST_DESCRIBE_STRUCT(get_group_muted_account_response, (), (GroupId, MutedAccountList))

struct get_group_muted_account {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_muted_account";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_muted_account_request;
    using response = get_group_muted_account_response;
    static constexpr auto errors = join_errors(codes::group_rows);
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_group_muted_account)

#endif
