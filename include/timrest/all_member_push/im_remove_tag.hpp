#ifndef TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_TAG_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_TAG_HPP_INCLUDED

// v4/all_member_push/im_remove_tag: remove given tags from up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37174. 100 calls a second.
// The page bounds the users, not the tags per user.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct remove_tags_item {
    required<user_id> To_Account;
    required<list<tag, 1>> Tags;
};
BOOST_DESCRIBE_STRUCT(remove_tags_item, (), (To_Account, Tags))

struct im_remove_tag_request {
    required<list<remove_tags_item, 1, max_users>> UserTags;
};
BOOST_DESCRIBE_STRUCT(im_remove_tag_request, (), (UserTags))

struct im_remove_tag_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_remove_tag_response, (), ())

struct im_remove_tag {
    static constexpr std::string_view path = "v4/all_member_push/im_remove_tag";
    static constexpr unsigned calls_per_second = 100;
    static constexpr std::size_t max_batch = max_users;
    using request = im_remove_tag_request;
    using response = im_remove_tag_response;
    static constexpr auto errors = join_errors(codes::batch_rows);
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_remove_tag)

#endif
