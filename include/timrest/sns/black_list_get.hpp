#ifndef TIMREST_SNS_BLACK_LIST_GET_HPP_INCLUDED
#define TIMREST_SNS_BLACK_LIST_GET_HPP_INCLUDED

// v4/sns/black_list_get: one page of a user's blocklist.
// Doc: https://www.tencentcloud.com/document/product/1047/34914. 200 calls a second.
// Paging: StartIndex is 0 on the first page and the reply's StartIndex after; a reply's StartIndex of 0 means
// the whole blocklist has been pulled. LastSequence is 0 for REST callers (the page says so); the reply's
// sequence is spelt CurruentSequence, as the service sends it. MaxLimited has no documented bound.

#include "timrest/core/paging.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/sns/common.hpp"

namespace timrest::sns {

struct black_list_get_request {
    required<user_id> From_Account;
    required<std::uint32_t> MaxLimited;  // entries per page
    std::int64_t StartIndex = 0;
    std::int64_t LastSequence = 0;
};
BOOST_DESCRIBE_STRUCT(black_list_get_request, (), (From_Account, MaxLimited, StartIndex, LastSequence))

struct black_list_entry {
    std::string To_Account;
    std::int64_t AddBlackTimeStamp = 0;
};
BOOST_DESCRIBE_STRUCT(black_list_entry, (), (To_Account, AddBlackTimeStamp))

struct black_list_get_response {
    std::vector<black_list_entry> BlackListItem;
    std::int64_t StartIndex = 0;  // where the next page starts; 0 when this is the last page
    std::int64_t CurruentSequence = 0;
};
BOOST_DESCRIBE_STRUCT(black_list_get_response, (), (BlackListItem, StartIndex, CurruentSequence))

struct black_list_get {
    static constexpr std::string_view path = "v4/sns/black_list_get";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = black_list_get_request;
    using response = black_list_get_response;
    static constexpr auto errors = join_errors(codes::common_rows);
    static constexpr auto paging = timrest::paging(complete_when(&response::StartIndex, 0),
                                                   cursor(&response::StartIndex, &request::StartIndex));
};

}  // namespace timrest::sns

TIMREST_COMPILED_ENDPOINT(timrest::sns::black_list_get)

#endif
