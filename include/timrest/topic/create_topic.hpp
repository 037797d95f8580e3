#ifndef TIMREST_TOPIC_CREATE_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_CREATE_TOPIC_HPP_INCLUDED

// v4/million_group_open_http_svc/create_topic: creates a topic in a community group, with an ID of the app's
// choosing or the service's. Doc: https://www.tencentcloud.com/document/product/1047/49471. 200 calls a second.
// The page answers a taken TopicId with 10025 ("already used this group ID"); import_topic's page has 10021.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/topic/common.hpp"

namespace timrest::topic {

struct create_topic_request {
    required<std::string> GroupId;
    required<topic_name> TopicName;
    std::optional<std::string> TopicId{};
    std::optional<user_id> From_Account{};
    std::optional<custom_string> CustomString{};
    std::optional<face_url> FaceUrl{};
    std::optional<notification> Notification{};
    std::optional<introduction> Introduction{};
};
BOOST_DESCRIBE_STRUCT(create_topic_request, (),
                      (GroupId, TopicName, TopicId, From_Account, CustomString, FaceUrl, Notification, Introduction))

struct create_topic {
    static constexpr std::string_view path = "v4/million_group_open_http_svc/create_topic";
    static constexpr unsigned calls_per_second = 200;
    using request = create_topic_request;
    using response = topic_id_response;
    static constexpr auto errors =
        join_errors(codes::rows, {codes::group_not_found, codes::bad_group_id, codes::refused_by_callback,
                                  codes::id_used_before, codes::too_many_av_groups, codes::too_many_topics,
                                  codes::security_check});
};

}  // namespace timrest::topic

TIMREST_COMPILED_ENDPOINT(timrest::topic::create_topic)

#endif
