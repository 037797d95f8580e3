#ifndef TIMREST_GROUP_GET_GROUP_MEMBER_INFO_HPP_INCLUDED
#define TIMREST_GROUP_GET_GROUP_MEMBER_INFO_HPP_INCLUDED

// v4/group_open_http_svc/get_group_member_info: one page of a group's member profiles.
// Doc: https://www.tencentcloud.com/document/product/1047/34948. 200 calls a second.
// Two ways to page: Offset and Limit (every group type but Community), or Next (Community only: "" first, then
// the reply's Next, until a reply's Next is ""). A walk that starts with Next set follows Next; otherwise the
// next Offset is this one's plus the members received, and the walk ends once MemberNum members have come (or a
// page is empty). Without Limit every member comes at once.
// - Limit: the table says at most 6000; the paging text says 200 for Offset paging and 100 for Next paging.
//   1..6000 is declared; the service applies the smaller bounds.
// - The page's samples answer "Role": "Member " (a trailing space); a decoded role keeps what was sent.
// - The reply's field table lists AppMemberDefinedData beside MemberList; the samples carry it inside each member,
//   where it is declared (group::member_info).

#include "timrest/core/paging.hpp"
#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct get_group_member_info_request {
    required<std::string> GroupId;
    member_info_filter MemberInfoFilter{};
    role_filter MemberRoleFilter{};
    key_filter AppDefinedDataFilter_GroupMember{};
    std::optional<in_range<std::uint32_t, 1, 6000>> Limit{};
    std::optional<std::uint32_t> Offset{};
    std::optional<std::string> Next{};
};
BOOST_DESCRIBE_STRUCT(get_group_member_info_request, (),
                      (GroupId, MemberInfoFilter, MemberRoleFilter, AppDefinedDataFilter_GroupMember, Limit, Offset,
                       Next))

struct get_group_member_info_response {
    std::optional<std::string> Next{};  // Community groups only; "" on the last page
    std::uint32_t MemberNum = 0;        // the group's members, whatever the page
    std::vector<member_info> MemberList;
};
BOOST_DESCRIBE_STRUCT(get_group_member_info_response, (), (Next, MemberNum, MemberList))

struct get_group_member_info {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_member_info";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_member_info_request;
    using response = get_group_member_info_response;
    static constexpr auto errors = join_errors(codes::group_rows, {codes::reply_too_large});
    static constexpr auto paging = timrest::paging(
        complete_if([](const response& page, const request& asked) {
            if (asked.Next) return page.Next.value_or(std::string()).empty();
            return page.MemberList.empty() || asked.Offset.value_or(0) + page.MemberList.size() >= page.MemberNum;
        }),
        step([](const response& page, request& next) {
            if (next.Next) {
                const bool moved = next.Next != page.Next;
                next.Next = page.Next.value_or(std::string());
                return moved;
            }
            next.Offset = static_cast<std::uint32_t>(next.Offset.value_or(0) + page.MemberList.size());
            return !page.MemberList.empty();
        }));
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_group_member_info)

#endif
