#ifndef TIMREST_GROUP_GET_GROUP_BAN_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_GET_GROUP_BAN_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/get_group_ban_member: one page of an audio-video group's banned members.
// Doc: https://www.tencentcloud.com/document/product/1047/50295. 200 calls a second. Needs the Ultimate edition
// and the console's member-banning switch (10007 otherwise).
// Paged by Offset: 0 first, then the reply's NextOffset, until NextOffset is 0.
// - The page's field table describes GroupId and Limit with the words of the unban page ("to be unbanned"), and
//   its 10005 row speaks of unbanning more than 20 members; the row is kept as the page has it.

#include "timrest/core/paging.hpp"
#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct get_group_ban_member_request {
    required<std::string> GroupId;
    required<std::uint32_t> Offset;
    std::optional<in_range<std::uint32_t, 1, 100>> Limit{};
};
BOOST_DESCRIBE_STRUCT(get_group_ban_member_request, (), (GroupId, Offset, Limit))

struct banned_account {
    std::string Member_Account;
    std::int64_t BannedUntil = 0;  // seconds since the epoch
};
BOOST_DESCRIBE_STRUCT(banned_account, (), (Member_Account, BannedUntil))

struct get_group_ban_member_response {
    std::vector<banned_account> BannedAccountList;
    std::uint32_t NextOffset = 0;  // 0: the last page
};
BOOST_DESCRIBE_STRUCT(get_group_ban_member_response, (), (BannedAccountList, NextOffset))

struct get_group_ban_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_ban_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_ban_member_request;
    using response = get_group_ban_member_response;
    static constexpr auto errors =
        join_errors(codes::ban_rows, {{10005, "more than 20 members to unban in one request"}});
    static constexpr auto paging = timrest::paging(complete_when(&response::NextOffset, std::uint32_t{0}),
                                                   cursor(&response::NextOffset, &request::Offset));
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_group_ban_member)

#endif
