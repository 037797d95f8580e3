#ifndef TIMREST_AVCHATROOM_GET_MEMBERS_HPP_INCLUDED
#define TIMREST_AVCHATROOM_GET_MEMBERS_HPP_INCLUDED

// v4/group_open_avchatroom_http_svc/get_members: one page of a live group's online members.
// Doc: https://www.tencentcloud.com/document/product/1047/50293. 200 calls a second.
// Paging: Timestamp is 0 on the first page; a reply whose NextTimestamp is 0 is the last, any other value is the
// next request's Timestamp (a flag and a copied cursor say it). Mark filters by member mark: it is in the
// page's second sample but not in its field table; declared optional. The page calls MemberList an Object;
// its sample is an array of members, as declared. Without the Premium edition the service returns at most the
// 30 latest members; at most 1,000 are ever returned.

#include "timrest/avchatroom/common.hpp"
#include "timrest/core/paging.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::avchatroom {

struct get_members_request {
    required<std::string> GroupId;
    std::int64_t Timestamp = 0;
    std::optional<std::uint32_t> Mark{};
};
BOOST_DESCRIBE_STRUCT(get_members_request, (), (GroupId, Timestamp, Mark))

struct online_member {
    std::string Member_Account;
    std::int64_t JoinTime = 0;
    std::optional<std::string> NickName{};
    std::optional<std::string> Avatar{};
};
BOOST_DESCRIBE_STRUCT(online_member, (), (Member_Account, JoinTime, NickName, Avatar))

struct get_members_response {
    std::vector<online_member> MemberList;
    std::int64_t NextTimestamp = 0;
};
BOOST_DESCRIBE_STRUCT(get_members_response, (), (MemberList, NextTimestamp))

struct get_members {
    static constexpr std::string_view path = "v4/group_open_avchatroom_http_svc/get_members";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_members_request;
    using response = get_members_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::not_live_group});
    static constexpr auto paging = timrest::paging(complete_when(&response::NextTimestamp, std::int64_t{0}),
                                                   cursor(&response::NextTimestamp, &request::Timestamp));
};

}  // namespace timrest::avchatroom

TIMREST_COMPILED_ENDPOINT(timrest::avchatroom::get_members)

#endif
