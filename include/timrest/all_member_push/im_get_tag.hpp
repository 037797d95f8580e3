#ifndef TIMREST_ALL_MEMBER_PUSH_IM_GET_TAG_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_GET_TAG_HPP_INCLUDED

// v4/all_member_push/im_get_tag: the tags of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37172. 100 calls a second.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct im_get_tag_request {
    required<list<user_id, 1, max_users>> To_Account;
};
BOOST_DESCRIBE_STRUCT(im_get_tag_request, (), (To_Account))

struct user_tags {
    std::string To_Account;
    std::vector<std::string> Tags;
};
BOOST_DESCRIBE_STRUCT(user_tags, (), (To_Account, Tags))

struct im_get_tag_response {
    std::vector<user_tags> UserTags;
};
BOOST_DESCRIBE_STRUCT(im_get_tag_response, (), (UserTags))

struct im_get_tag {
    static constexpr std::string_view path = "v4/all_member_push/im_get_tag";
    static constexpr unsigned calls_per_second = 100;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_users;
    using request = im_get_tag_request;
    using response = im_get_tag_response;
    static constexpr auto errors = join_errors(codes::batch_rows);
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_get_tag)

#endif
