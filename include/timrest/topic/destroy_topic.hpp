#ifndef TIMREST_TOPIC_DESTROY_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_DESTROY_TOPIC_HPP_INCLUDED

// v4/million_group_open_http_svc/destroy_topic: deletes topics of a community group, for good.
// Doc: https://www.tencentcloud.com/document/product/1047/49470 (the number import_topic's page links to; the
// inventory had it unverified). 200 calls a second.
// Each topic has its own result (DestroyResultItem, ErrorCode/ErrorInfo per item, found by item_failures()).
// The page bounds neither TopicIdList nor a topic ID; at least one ID is required. Its table has no 10010;
// the emulator answers an unknown group with 10015 (invalid group ID), which it has.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/topic/common.hpp"

namespace timrest::topic {

struct destroy_topic_request {
    required<std::string> GroupId;
    required<list<std::string, 1>> TopicIdList;
};
BOOST_DESCRIBE_STRUCT(destroy_topic_request, (), (GroupId, TopicIdList))

struct destroy_result {
    std::int32_t ErrorCode = 0;
    std::string ErrorInfo;
    std::string TopicId;
};
BOOST_DESCRIBE_STRUCT(destroy_result, (), (ErrorCode, ErrorInfo, TopicId))

struct destroy_topic_response {
    std::vector<destroy_result> DestroyResultItem;
};
BOOST_DESCRIBE_STRUCT(destroy_topic_response, (), (DestroyResultItem))

struct destroy_topic {
    static constexpr std::string_view path = "v4/million_group_open_http_svc/destroy_topic";
    static constexpr unsigned calls_per_second = 200;
    using request = destroy_topic_request;
    using response = destroy_topic_response;
    static constexpr auto errors =
        join_errors(codes::rows, {codes::bad_group_id, codes::id_in_use, codes::id_used_before,
                                  codes::delete_failed, codes::topic_deleted});
};

}  // namespace timrest::topic

TIMREST_COMPILED_ENDPOINT(timrest::topic::destroy_topic)

#endif
