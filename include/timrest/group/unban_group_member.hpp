#ifndef TIMREST_GROUP_UNBAN_GROUP_MEMBER_HPP_INCLUDED
#define TIMREST_GROUP_UNBAN_GROUP_MEMBER_HPP_INCLUDED

// v4/group_open_http_svc/unban_group_member: lift the ban of up to 20 members of an audio-video group.
// Doc: https://www.tencentcloud.com/document/product/1047/50297. 200 calls a second. Needs the Ultimate edition.
// - The page's sample is not valid JSON (two quotes lost, a trailing comma); the golden test restores the quotes.

#include "timrest/group/ban_group_member.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct unban_group_member_request {
    required<std::string> GroupId;
    required<list<user_id, 1, max_banned_per_call>> Members_Account;
};
BOOST_DESCRIBE_STRUCT(unban_group_member_request, (), (GroupId, Members_Account))

struct unban_group_member_response {};
BOOST_DESCRIBE_STRUCT(unban_group_member_response, (), ())

struct unban_group_member {
    static constexpr std::string_view path = "v4/group_open_http_svc/unban_group_member";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_banned_per_call;
    using request = unban_group_member_request;
    using response = unban_group_member_response;
    static constexpr auto errors =
        join_errors(codes::ban_rows, {{10005, "more than 20 members to unban in one request"}});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::unban_group_member)

#endif
