#ifndef TIMREST_SNS_FRIEND_UPDATE_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_UPDATE_HPP_INCLUDED

// v4/sns/friend_update: update the remark, friend lists or custom fields of several friends of one user.
// Doc: https://www.tencentcloud.com/document/product/1047/34904. 200 calls a second.
// Only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and Tag_SNS_Custom_* may be updated; the page bounds neither list.
// The older page has an Invalid_Account list in the reply and a 30005 row; the newer folds Invalid_Account
// into Fail_Account and drops 30005. Declared: the newer reply, both rows kept.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct update_item {
    required<user_id> To_Account;
    required<list<tag_value, 1>> SnsItem;
};
BOOST_DESCRIBE_STRUCT(update_item, (), (To_Account, SnsItem))

struct friend_update_request {
    required<user_id> From_Account;
    required<list<update_item, 1>> UpdateItem;
};
BOOST_DESCRIBE_STRUCT(friend_update_request, (), (From_Account, UpdateItem))

using friend_update_response = account_results;

struct friend_update {
    static constexpr std::string_view path = "v4/sns/friend_update";
    static constexpr unsigned calls_per_second = 200;
    using request = friend_update_request;
    using response = friend_update_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, codes::write_rows, {codes::sensitive_words, codes::too_many_lists});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_update)

#endif
