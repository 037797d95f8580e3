#ifndef TIMREST_AVCHATROOM_CHECK_MEMBERS_HPP_INCLUDED
#define TIMREST_AVCHATROOM_CHECK_MEMBERS_HPP_INCLUDED

// v4/group_open_avchatroom_http_svc/check_members: which of the named users are in a live group.
// Doc: https://www.tencentcloud.com/document/product/1047/60523 (not among the stored pages; read through the
// search index, whose copies of the page show no call frequency, no bound on Member_Account, and an error table
// cut after 10007). The table is taken as the other live-group pages give it (10001-10004, 10007, 10010,
// 10015); no frequency is declared. Online members are refreshed every 40 seconds; users beyond the 1,000
// latest members can be checked too.

#include "timrest/avchatroom/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::avchatroom {

struct check_members_request {
    required<std::string> GroupId;
    required<list<user_id, 1>> Member_Account;
};
BOOST_DESCRIBE_STRUCT(check_members_request, (), (GroupId, Member_Account))

struct check_members_response {
    std::vector<std::string> Member_Account;  // the named users who are in the group
};
BOOST_DESCRIBE_STRUCT(check_members_response, (), (Member_Account))

struct check_members {
    static constexpr std::string_view path = "v4/group_open_avchatroom_http_svc/check_members";
    static constexpr bool idempotent = true;  // a read
    using request = check_members_request;
    using response = check_members_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::not_live_group});
};

}  // namespace timrest::avchatroom

TIMREST_COMPILED_ENDPOINT(timrest::avchatroom::check_members)

#endif
