#ifndef TIMREST_GROUP_ATTR_DELETE_GROUP_COUNTER_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_DELETE_GROUP_COUNTER_HPP_INCLUDED

// v4/group_open_http_svc/delete_group_counter: removes the named counters of a group, all of them when no key
// is named. Doc: https://www.tencentcloud.com/document/product/1047/53429. 200 calls a second.
// As for get_group_counter, the page bounds neither the list nor a key; the 128-byte key bound is applied.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct delete_group_counter_request {
    required<std::string> GroupId;
    optional_list<counter_key_text> GroupCounterKeys{};
};
BOOST_DESCRIBE_STRUCT(delete_group_counter_request, (), (GroupId, GroupCounterKeys))

struct delete_group_counter {
    static constexpr std::string_view path = "v4/group_open_http_svc/delete_group_counter";
    static constexpr unsigned calls_per_second = 200;
    using request = delete_group_counter_request;
    using response = empty_response;
    static constexpr auto errors = join_errors(codes::counter_rows);
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::delete_group_counter)

#endif
