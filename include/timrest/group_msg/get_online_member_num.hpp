#ifndef TIMREST_GROUP_MSG_GET_ONLINE_MEMBER_NUM_HPP_INCLUDED
#define TIMREST_GROUP_MSG_GET_ONLINE_MEMBER_NUM_HPP_INCLUDED

// v4/group_open_http_svc/get_online_member_num: how many members of an AVChatRoom group are online.
// Doc: https://www.tencentcloud.com/document/product/1047/38521. 200 calls a second.
// Only live-stream groups (10007 for others). The count is refreshed every 10 seconds (10 to 20 with web users;
// at once below 300 members without web users), so the page advises asking every 10 seconds.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

struct get_online_member_num_request {
    required<std::string> GroupId;
};
BOOST_DESCRIBE_STRUCT(get_online_member_num_request, (), (GroupId))

struct get_online_member_num_response {
    std::uint64_t OnlineMemberNum = 0;
};
BOOST_DESCRIBE_STRUCT(get_online_member_num_response, (), (OnlineMemberNum))

struct get_online_member_num {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_online_member_num";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_online_member_num_request;
    using response = get_online_member_num_response;
    static constexpr auto errors = join_errors(codes::common_rows);
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::get_online_member_num)

#endif
