#ifndef TIMREST_GROUP_ATTR_UPDATE_GROUP_COUNTER_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_UPDATE_GROUP_COUNTER_HPP_INCLUDED

// v4/group_open_http_svc/update_group_counter: sets, increases or decreases a group's counters and returns
// their new values. Doc: https://www.tencentcloud.com/document/product/1047/53428. 200 calls a second.
// 1 to 20 counters a call (10063 when the group would hold more than 20 keys), keys of at most 128 bytes.
// Mode is optional and the page names no default; the emulator treats a missing Mode as Set. Its samples
// separate the two counters with a full-width comma (U+FF0C), which is not JSON; the golden test reads them
// with an ASCII comma.

#include "timrest/group_attr/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_attr {

struct update_group_counter_request {
    required<std::string> GroupId;
    required<list<counter, 1, max_counters_per_update>> GroupCounter;
    std::optional<named<counter_mode>> Mode{};
};
BOOST_DESCRIBE_STRUCT(update_group_counter_request, (), (GroupId, GroupCounter, Mode))

struct update_group_counter_response {
    std::vector<counter> GroupCounter;
};
BOOST_DESCRIBE_STRUCT(update_group_counter_response, (), (GroupCounter))

struct update_group_counter {
    static constexpr std::string_view path = "v4/group_open_http_svc/update_group_counter";
    static constexpr unsigned calls_per_second = 200;
    static constexpr std::size_t max_batch = max_counters_per_update;
    using request = update_group_counter_request;
    using response = update_group_counter_response;
    static constexpr auto errors = join_errors(codes::counter_rows, {codes::too_many_counters});
};

}  // namespace timrest::group_attr

TIMREST_COMPILED_ENDPOINT(timrest::group_attr::update_group_counter)

#endif
