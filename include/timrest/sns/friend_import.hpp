#ifndef TIMREST_SNS_FRIEND_IMPORT_HPP_INCLUDED
#define TIMREST_SNS_FRIEND_IMPORT_HPP_INCLUDED

// v4/sns/friend_import: import one-sided friends in bulk, without verification.
// Doc: https://www.tencentcloud.com/document/product/1047/34903. 200 calls a second.
// The current page on tencentcloud.com says "the number of friends in a single request must not exceed
// 1000"; the copies under docs/ (a1, b2) say nothing: 1000 is declared. AddSource is required here.
// A custom field's Value is a string or an integer (free-form here).

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct custom_item {
    required<std::string> Tag;  // Tag_SNS_Custom_*
    required<boost::json::value> Value;
};
BOOST_DESCRIBE_STRUCT(custom_item, (), (Tag, Value))

struct import_friend_item {
    required<user_id> To_Account;
    required<std::string> AddSource;
    std::optional<remark> Remark{};
    std::optional<std::int64_t> RemarkTime{};
    optional_list<list_name, 0, max_friend_lists> GroupName{};
    std::optional<add_wording> AddWording{};
    std::optional<std::int64_t> AddTime{};
    std::optional<std::vector<custom_item>> CustomItem{};

    static constexpr auto rules = timrest::rules(add_source(&import_friend_item::AddSource));
};
BOOST_DESCRIBE_STRUCT(import_friend_item, (),
                      (To_Account, AddSource, Remark, RemarkTime, GroupName, AddWording, AddTime, CustomItem))

struct friend_import_request {
    required<user_id> From_Account;
    required<list<import_friend_item, 1, max_accounts>> AddFriendItem;
};
BOOST_DESCRIBE_STRUCT(friend_import_request, (), (From_Account, AddFriendItem))

using friend_import_response = account_results;

struct friend_import {
    static constexpr std::string_view path = "v4/sns/friend_import";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_accounts;
    using request = friend_import_request;
    using response = friend_import_response;
    static constexpr auto errors =
        join_errors(codes::common_rows, codes::write_rows, {codes::friend_list_full, codes::too_many_lists});
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::friend_import)

#endif
