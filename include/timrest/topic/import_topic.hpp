#ifndef TIMREST_TOPIC_IMPORT_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_IMPORT_TOPIC_HPP_INCLUDED

// v4/group_open_http_svc/import_topic: imports a topic from another system without callbacks or notifications.
// Doc: the stored page group_open_http_svc.import_topic.b1.md ("Importing Topic Profiles"; its number is not
// known, the inventory marks it unverified). 200 calls a second.
// The service is group_open_http_svc, not million_group_open_http_svc like the other topic calls.
// TopicName is "Yes" (required) in the field table while the samples comment it "(Optional)"; declared required,
// and every sample sends it. Type names the group's type and only Community is supported.
// CreateTime defaults to the time of the request.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/topic/common.hpp"

namespace timrest::topic {

/// import_topic's Type: the only group type with topics.
enum class topic_group_type { Community };
BOOST_DESCRIBE_ENUM(topic_group_type, Community)

struct import_topic_request {
    required<std::string> GroupId;
    required<topic_name> TopicName;
    std::optional<named<topic_group_type>> Type{};
    std::optional<std::string> TopicId{};
    std::optional<user_id> From_Account{};
    std::optional<custom_string> CustomString{};
    std::optional<face_url> FaceUrl{};
    std::optional<notification> Notification{};
    std::optional<introduction> Introduction{};
    std::optional<std::int64_t> CreateTime{};
};
BOOST_DESCRIBE_STRUCT(import_topic_request, (),
                      (GroupId, TopicName, Type, TopicId, From_Account, CustomString, FaceUrl, Notification,
                       Introduction, CreateTime))

struct import_topic {
    static constexpr std::string_view path = "v4/group_open_http_svc/import_topic";
    static constexpr unsigned calls_per_second = 200;
    using request = import_topic_request;
    using response = topic_id_response;
    static constexpr auto errors = join_errors(
        {codes::internal_error, codes::bad_command, codes::invalid_parameter, codes::no_permission,
         codes::group_not_found, codes::bad_group_id, codes::id_in_use, codes::too_many_topics,
         codes::topics_not_supported, codes::security_check, codes::security_timeout});
};

}  // namespace timrest::topic

TIMREST_COMPILED_ENDPOINT(timrest::topic::import_topic)

#endif
