#ifndef TIMREST_MESSAGE_OFFLINE_PUSH_HPP_INCLUDED
#define TIMREST_MESSAGE_OFFLINE_PUSH_HPP_INCLUDED

// OfflinePushInfo: how a message shows as a notification on a device that is offline.
// Doc: https://www.tencentcloud.com/document/product/1047/33527 (Message Formats, "OfflinePushInfo").
//
// The fields of that page. A newer page ("Common Parameters", trtc.io/document/77715) adds many vendor fields,
// badges, templates and HarmonyOS; they are not declared here yet, and a request that needs one can carry it
// in an endpoint's own declaration. Where the two pages disagree: PushFlag 1 is "disable offline push" here and
// "online messages only" there, and BadgeMode defaults to 0 here and to 0 or 1 by scenario there.

#include "timrest/core/value_set.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace timrest::msg {

enum class push_flag : std::int32_t { push = 0, no_offline_push = 1 };
BOOST_DESCRIBE_ENUM(push_flag, push, no_offline_push)

enum class badge_mode : std::int32_t { counted = 0, not_counted = 1 };
BOOST_DESCRIBE_ENUM(badge_mode, counted, not_counted)

struct android_info {
    std::optional<std::string> Sound{};  // path to the sound file
    std::optional<std::string> HuaWeiChannelID{};
    std::optional<std::string> XiaoMiChannelID{};
    std::optional<std::string> OPPOChannelID{};
    std::optional<std::string> GoogleChannelID{};
    std::optional<in_range<std::int32_t, 0, 1>> VIVOClassification{};  // 0 operation, 1 system (default)
    std::optional<std::string> HuaWeiImportance{};                       // "LOW" or "NORMAL" (default)
    std::optional<in_range<std::int32_t, 0, 1>> ExtAsHuaweiIntentParam{};
    std::optional<std::string> HuaWeiCategory{};
};
BOOST_DESCRIBE_STRUCT(android_info, (),
                      (Sound, HuaWeiChannelID, XiaoMiChannelID, OPPOChannelID, GoogleChannelID, VIVOClassification,
                       HuaWeiImportance, ExtAsHuaweiIntentParam, HuaWeiCategory))

struct apns_info {
    std::optional<std::string> Sound{};
    std::optional<one_of<badge_mode>> BadgeMode{};
    std::optional<std::string> Title{};  // replaces the top-level Title on iOS
    std::optional<std::string> SubTitle{};
    std::optional<std::string> Image{};
    std::optional<in_range<std::int32_t, 0, 1>> MutableContent{};  // 1: the iOS 10+ push extension
};
BOOST_DESCRIBE_STRUCT(apns_info, (), (Sound, BadgeMode, Title, SubTitle, Image, MutableContent))

struct offline_push_info {
    std::optional<one_of<push_flag>> PushFlag{};
    std::optional<std::string> Title{};
    std::optional<std::string> Desc{};  // the notification text; wins over the elements' own
    std::optional<std::string> Ext{};   // passed through; JSON, for every Android vendor to accept it
    std::optional<android_info> AndroidInfo{};
    std::optional<apns_info> ApnsInfo{};
};
BOOST_DESCRIBE_STRUCT(offline_push_info, (), (PushFlag, Title, Desc, Ext, AndroidInfo, ApnsInfo))

}  // namespace timrest::msg

#endif
