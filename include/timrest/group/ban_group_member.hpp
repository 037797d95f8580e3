#ifndef TIMREST_GROUP_BAN_GROUP_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_BAN_GROUP_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/ban_group_member: ban up to 20 members of an audio-video group for Duration seconds;
// they neither receive its messages nor rejoin meanwhile. Doc:
// https://www.tencentcloud.com/document/product/1047/50296. 200 calls a second. Needs the Ultimate edition and the
// console's member-banning switch (10007 otherwise).
// - The page's sample is not valid JSON (`["brennanli3", "brennanli12"]` lost two quotes); the golden test
//   uses it with the quotes restored.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_banned_per_call = 20;

struct ban_group_member_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_banned_per_call>> Members_Account;
    required<std::uint32_t> Duration;  // seconds
    std::optional<text<1000>> Description{};
};
BOOST_DESCRIBE_STRUCT(ban_group_member_request, (), (GroupId, Members_Account, Duration, Description))

struct ban_group_member_response {};
BOOST_DESCRIBE_STRUCT(ban_group_member_response, (), ())

struct ban_group_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/ban_group_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_banned_per_call;
    using request = ban_group_member_request;
    using response = ban_group_member_response;
    static constexpr auto errors =
        join_errors(codes::ban_rows, {{10005, "more than 20 members to ban in one request"}});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::ban_group_member)

#endif
