#ifndef TIMREST_ALL_MEMBER_PUSH_IM_ADD_TAG_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_ADD_TAG_HPP_INCLUDED

// v4/all_member_push/im_add_tag: add tags to up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37173. 100 calls a second.
// At most 10 tags per user per request, each 1 to 50 bytes; a user holds at most 100 tags, and the page says
// to remove old ones first past that, without naming the code the service answers.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

/// At most this many tags a user holds.
inline constexpr std::size_t max_tags_per_user = 100;

struct add_tags_item {
    required<user_id> To_Account;
    required<list<tag, 1, 10>> Tags;
};
BOOST_DESCRIBE_STRUCT(add_tags_item, (), (To_Account, Tags))

struct im_add_tag_request {
    required<list<add_tags_item, 1, max_users>> UserTags;
};
BOOST_DESCRIBE_STRUCT(im_add_tag_request, (), (UserTags))

struct im_add_tag_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_add_tag_response, (), ())

struct im_add_tag {
    static constexpr std::string_view path = "v4/all_member_push/im_add_tag";
    static constexpr unsigned calls_per_second = 100;
    static constexpr std::size_t max_batch = max_users;
    using request = im_add_tag_request;
    using response = im_add_tag_response;
    static constexpr auto errors = join_errors(codes::batch_rows);
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_add_tag)

#endif
