#ifndef TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_ALL_TAGS_HPP_INCLUDED
#define TIMREST_ALL_MEMBER_PUSH_IM_REMOVE_ALL_TAGS_HPP_INCLUDED

// v4/all_member_push/im_remove_all_tags: remove every tag of up to 100 users.
// Doc: https://www.tencentcloud.com/document/product/1047/37175. 100 calls a second.

#include "timrest/all_member_push/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::all_member_push {

struct im_remove_all_tags_request {
    required<list<user_id, 1, max_users>> To_Account;
};
BOOST_DESCRIBE_STRUCT(im_remove_all_tags_request, (), (To_Account))

struct im_remove_all_tags_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(im_remove_all_tags_response, (), ())

struct im_remove_all_tags {
    static constexpr std::string_view path = "v4/all_member_push/im_remove_all_tags";
    static constexpr unsigned calls_per_second = 100;
    static constexpr std::size_t max_batch = max_users;
    using request = im_remove_all_tags_request;
    using response = im_remove_all_tags_response;
    static constexpr auto errors = join_errors(codes::batch_rows);
};

}  // namespace timrest::all_member_push

TIMREST_COMPILED_ENDPOINT(timrest::all_member_push::im_remove_all_tags)

#endif
