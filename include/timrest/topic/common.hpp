#ifndef TIMREST_TOPIC_COMMON_HPP_INCLUDED
#define TIMREST_TOPIC_COMMON_HPP_INCLUDED

// What the community topic endpoints share (v4/million_group_open_http_svc/{create,get,modify,destroy}_topic and
// v4/group_open_http_svc/import_topic): the topic profile's bounded fields, the mute-all switch, and the error rows
// their pages repeat. Declarations only. Topics need a Community group created with topics enabled, and the
// Ultimate (Premium) edition (11000).
//
// Bounds, from the create, modify and import pages alike: TopicName at most 30 bytes, CustomString 3,000,
// FaceUrl 100, Notification 300, Introduction 240 (UTF-8 bytes). From_Account is typed "uint64" on every page
// while every sample sends it as a string ("1400187352"); it is declared a UserID, sent as a string.
// A custom TopicId has the form GroupId + "@TOPIC#_" + a custom part; the service checks it.

#include "timrest/core/bounded_text.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/group/common.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::topic {

using topic_name = nonempty_text<30>;
using custom_string = text<3000>;
using face_url = text<100>;
using notification = text<300>;
using introduction = text<240>;

/// MuteAllMember: whether only the owner, admins and the app admin may speak in the topic.
enum class mute_all { On, Off };
BOOST_DESCRIBE_ENUM(mute_all, On, Off)

/// What a topic call returns when it creates one.
struct topic_id_response {
    std::string TopicId;
};
BOOST_DESCRIBE_STRUCT(topic_id_response, (), (TopicId))

namespace codes {
inline constexpr service_error internal_error{10002, "internal server error; try again", true};
inline constexpr service_error bad_command{10003, "invalid command word"};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; see ErrorInfo"};
inline constexpr service_error too_frequent{10006, "the operation exceeds the frequency limit; reduce the call rate"};
inline constexpr service_error no_permission{10007, "insufficient permission; see ErrorInfo"};
inline constexpr service_error bad_signature{10008, "invalid request: verifying its signing information failed; try again", true};
inline constexpr service_error group_not_found{10010, "the group or the topic does not exist or has been deleted"};
inline constexpr service_error bad_group_id{10015, "invalid group ID"};
inline constexpr service_error refused_by_callback{10016, "the app's webhook refused the operation"};
inline constexpr service_error id_in_use{10021, "the topic ID is already in use"};
inline constexpr service_error id_used_before{10025, "this ID is already used; dismiss the existing one or choose another"};
inline constexpr service_error too_many_av_groups{10036, "the number of audio-video groups created exceeds the limit"};
inline constexpr service_error too_many_topics{10037, "the number of prepaid topics exceeds the limit"};
inline constexpr service_error topics_not_supported{11000, "the group does not support topics (Ultimate edition, enabled in the console)"};
inline constexpr service_error security_check{80001, "the content failed the security check"};
inline constexpr service_error security_timeout{80005, "the security check timed out"};
inline constexpr service_error delete_failed{110002, "deleting the topic failed; see ErrorInfo"};
inline constexpr service_error topic_deleted{110003, "the topic has been deleted"};

/// The rows every million_group topic page lists.
inline constexpr service_error rows[] = {internal_error, bad_command,   invalid_parameter, too_frequent,
                                         no_permission,  bad_signature, topics_not_supported};
}  // namespace codes

}  // namespace timrest::topic

#endif
