#ifndef TIMREST_TOPIC_MODIFY_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_MODIFY_TOPIC_HPP_INCLUDED

// v4/million_group_open_http_svc/modify_topic: changes a topic's profile; fields left out keep their values.
// Doc: https://www.tencentcloud.com/document/product/1047/49468. 200 calls a second.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/topic/common.hpp"

namespace timrest::topic {

struct modify_topic_request {
    required<std::string> GroupId;
    required<std::string> TopicId;
    std::optional<user_id> From_Account{};
    std::optional<topic_name> TopicName{};
    std::optional<face_url> FaceUrl{};
    std::optional<notification> Notification{};
    std::optional<introduction> Introduction{};
    std::optional<named<mute_all>> MuteAllMember{};
    std::optional<custom_string> CustomString{};
};
BOOST_DESCRIBE_STRUCT(modify_topic_request, (),
                      (GroupId, TopicId, From_Account, TopicName, FaceUrl, Notification, Introduction, MuteAllMember,
                       CustomString))

struct modify_topic_response {};
BOOST_DESCRIBE_STRUCT(modify_topic_response, (), ())

struct modify_topic {
    static constexpr std::string_view path = "v4/million_group_open_http_svc/modify_topic";
    static constexpr unsigned calls_per_second = 200;
    using request = modify_topic_request;
    using response = modify_topic_response;
    static constexpr auto errors = join_errors(
        codes::rows, {codes::group_not_found, codes::bad_group_id, codes::refused_by_callback, codes::security_check});
};

}  // namespace timrest::topic

TIMREST_COMPILED_ENDPOINT(timrest::topic::modify_topic)

#endif
