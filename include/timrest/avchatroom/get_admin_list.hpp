#ifndef TIMREST_AVCHATROOM_GET_ADMIN_LIST_HPP_INCLUDED
#define TIMREST_AVCHATROOM_GET_ADMIN_LIST_HPP_INCLUDED

// v4/group_open_avchatroom_http_svc/get_admin_list: a live group's administrators.
// Doc: https://www.tencentcloud.com/document/product/1047/60524 (not among the stored pages; read through the
// search index). 200 calls a second. The page calls Admin_List an Object; its sample is an array, as declared.
// The index's copies cut the error table after 10004; the rest is taken as the other live-group pages give it.

#include "timrest/avchatroom/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::avchatroom {

struct get_admin_list_request {
    required<std::string> GroupId;
};
BOOST_DESCRIBE_STRUCT(get_admin_list_request, (), (GroupId))

struct live_admin {
    std::string Admin_Account;
    std::optional<std::string> Avatar{};
    std::optional<std::string> NickName{};
};
BOOST_DESCRIBE_STRUCT(live_admin, (), (Admin_Account, Avatar, NickName))

struct get_admin_list_response {
    std::vector<live_admin> Admin_List;
};
BOOST_DESCRIBE_STRUCT(get_admin_list_response, (), (Admin_List))

struct get_admin_list {
    static constexpr std::string_view path = "v4/group_open_avchatroom_http_svc/get_admin_list";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_admin_list_request;
    using response = get_admin_list_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::not_live_group});
};

}  // namespace timrest::avchatroom

TIMREST_COMPILED_ENDPOINT(timrest::avchatroom::get_admin_list)

#endif
