#ifndef TIMREST_GROUP_ATTR_GET_GROUP_COUNTER_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_GET_GROUP_COUNTER_HPP_INCLUDED

// v4/group_open_http_svc/get_group_counter: the values of a group's counters, all of them when no key is named.
// Doc: https://www.tencentcloud.com/document/product/1047/53427. 200 calls a second.
// The page bounds neither GroupCounterKeys' length nor, here, a key's size; the 128-byte key bound of
// update_group_counter is applied, since no longer key can exist. The reply sample separates its two counters
// with a full-width comma (U+FF0C), which is not JSON; the golden test reads it with an ASCII comma.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct get_group_counter_request {
    required<std::string> GroupId;
    optional_list<counter_key_text> GroupCounterKeys{};
};
BOOST_DESCRIBE_STRUCT(get_group_counter_request, (), (GroupId, GroupCounterKeys))

struct get_group_counter_response {
    std::vector<counter> GroupCounter;
};
BOOST_DESCRIBE_STRUCT(get_group_counter_response, (), (GroupCounter))

struct get_group_counter {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_counter";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_group_counter_request;
    using response = get_group_counter_response;
    static constexpr auto errors = join_errors(codes::counter_rows);
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::get_group_counter)

#endif
