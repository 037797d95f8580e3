#ifndef TIMREST_MESSAGE_ELEMENTS_HPP_INCLUDED
#define TIMREST_MESSAGE_ELEMENTS_HPP_INCLUDED

// Message elements: what a MsgBody holds, for one-to-one and group messages alike.
// Doc: https://www.tencentcloud.com/document/product/1047/33527 (Message Formats).
//
//   .MsgBody = {msg::text_elem{.Text = "hi"}, msg::custom_elem{.Data = R"({"kind":"order"})"}}
//
// Declared from the page's 2022+ version, which says every type below but TIMRelayElem can be sent through
// REST (a 2020 version said sound, image, file and video could not). Rules of the page kept in the types:
// "a combined message can contain only one TIMCustomElem", and a body of at most 12 KB (sendmsg's 93000,
// send_group_msg's 80002; an older Use Limits page said 8,000 bytes). The fields the page says "you need to
// enter" for media are plain members here, not required<>: history replies carry messages in the legacy
// shapes the page also shows (no Url, no Download_Flag), and one such message must not lose a whole page of
// history. `Download_Flag` "must be 2" and is checked when sent.
//
// A TIMRelayElem (a combined, forwarded message) arrives in history; its inner messages hold the other
// elements, and a relay inside a relay decodes as a raw_alternative. A tag this file does not know decodes as
// a raw_alternative too, and goes back out as it came.

#include "timrest/core/field.hpp"
#include "timrest/core/tagged.hpp"
#include "timrest/core/value_set.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timrest::msg {

struct text_elem {
    static constexpr std::string_view tag = "TIMTextElem";
    required<std::string> Text;  // also the offline push text
};
BOOST_DESCRIBE_STRUCT(text_elem, (), (Text))

struct location_elem {
    static constexpr std::string_view tag = "TIMLocationElem";
    std::string Desc;
    double Latitude = 0;
    double Longitude = 0;
};
BOOST_DESCRIBE_STRUCT(location_elem, (), (Desc, Latitude, Longitude))

struct face_elem {
    static constexpr std::string_view tag = "TIMFaceElem";
    std::int32_t Index = 0;  // the app's own emoji index
    std::optional<std::string> Data{};
};
BOOST_DESCRIBE_STRUCT(face_elem, (), (Index, Data))

/// At most one per message. Desc is the offline push text (unless OfflinePushInfo.Desc is set); Ext and Sound go
/// to APNs, where the page advises Desc and Ext of at most 3 KB together.
struct custom_elem {
    static constexpr std::string_view tag = "TIMCustomElem";
    std::string Data;
    std::optional<std::string> Desc{};
    std::optional<std::string> Ext{};
    std::optional<std::string> Sound{};
};
BOOST_DESCRIBE_STRUCT(custom_elem, (), (Data, Desc, Ext, Sound))

/// "Currently, the value of Download_Flag must be 2" (for sound, file and the two video flags).
using download_flag = in_range<std::int32_t, 2, 2>;

struct sound_elem {
    static constexpr std::string_view tag = "TIMSoundElem";
    std::string Url;
    std::string UUID;  // globally unique, usually the file's MD5
    std::uint32_t Size = 0;    // bytes
    std::uint32_t Second = 0;  // duration
    download_flag Download_Flag = 2;
};
BOOST_DESCRIBE_STRUCT(sound_elem, (), (Url, UUID, Size, Second, Download_Flag))

enum class image_format : std::int32_t { jpg = 1, gif = 2, png = 3, bmp = 4, other = 255 };
BOOST_DESCRIBE_ENUM(image_format, jpg, gif, png, bmp, other)

enum class image_type : std::int32_t { original = 1, large = 2, thumbnail = 3 };
BOOST_DESCRIBE_ENUM(image_type, original, large, thumbnail)

struct image_info {
    one_of<image_type> Type = image_type::original;
    std::uint32_t Size = 0;  // bytes
    std::uint32_t Width = 0;   // pixels
    std::uint32_t Height = 0;  // pixels
    std::string URL;           // upper-case here, `Url` elsewhere: as the page spells it
};
BOOST_DESCRIBE_STRUCT(image_info, (), (Type, Size, Width, Height, URL))

struct image_elem {
    static constexpr std::string_view tag = "TIMImageElem";
    std::string UUID;
    one_of<image_format> ImageFormat = image_format::jpg;
    list<image_info, 0, 3> ImageInfoArray{};  // original, large, thumbnail
};
BOOST_DESCRIBE_STRUCT(image_elem, (), (UUID, ImageFormat, ImageInfoArray))

/// The page's table spells the name `fileName`; its sample, the Korean copy and every SDK send `FileName`.
struct file_elem {
    static constexpr std::string_view tag = "TIMFileElem";
    std::string Url;
    std::string UUID;
    std::uint32_t FileSize = 0;  // bytes
    std::string FileName;
    download_flag Download_Flag = 2;
};
BOOST_DESCRIBE_STRUCT(file_elem, (), (Url, UUID, FileSize, FileName, Download_Flag))

struct video_file_elem {
    static constexpr std::string_view tag = "TIMVideoFileElem";
    std::string VideoUrl;
    std::string VideoUUID;
    std::uint32_t VideoSize = 0;    // bytes
    std::uint32_t VideoSecond = 0;  // duration; 0 from web clients
    std::string VideoFormat;        // e.g. "mp4"
    download_flag VideoDownloadFlag = 2;
    std::string ThumbUrl;
    std::string ThumbUUID;
    std::uint32_t ThumbSize = 0;
    std::uint32_t ThumbWidth = 0;
    std::uint32_t ThumbHeight = 0;
    std::string ThumbFormat;  // e.g. "JPG"
    download_flag ThumbDownloadFlag = 2;
};
BOOST_DESCRIBE_STRUCT(video_file_elem, (),
                      (VideoUrl, VideoUUID, VideoSize, VideoSecond, VideoFormat, VideoDownloadFlag, ThumbUrl,
                       ThumbUUID, ThumbSize, ThumbWidth, ThumbHeight, ThumbFormat, ThumbDownloadFlag))

/// The keys of an element and the page's rules over a whole MsgBody.
struct element_shape {
    static constexpr std::string_view tag_key = "MsgType";
    static constexpr std::string_view content_key = "MsgContent";
    using limits = boost::mp11::mp_list<at_most<custom_elem, 1>>;
    static constexpr std::size_t max_list_json_bytes = 12 * 1024;
};

/// An element of a forwarded message inside a TIMRelayElem: any but another relay.
using inner_element = tagged<element_shape, text_elem, location_elem, face_elem, custom_elem, sound_elem, image_elem,
                             file_elem, video_file_elem>;

/// One message inside a TIMRelayElem.
struct relayed_message {
    std::string From_Account;
    std::optional<std::string> To_Account{};  // one-to-one messages
    std::optional<std::string> GroupId{};     // group messages
    std::uint32_t MsgSeq = 0;
    std::uint32_t MsgRandom = 0;
    std::int64_t MsgTimeStamp = 0;
    std::vector<inner_element> MsgBody{};
    std::optional<std::string> CloudCustomData{};
};
BOOST_DESCRIBE_STRUCT(relayed_message, (),
                      (From_Account, To_Account, GroupId, MsgSeq, MsgRandom, MsgTimeStamp, MsgBody, CloudCustomData))

/// A combined, forwarded message, as history returns it. MsgList holds the messages when they total at most
/// 12 KB; past that, JsonMsgKey names them instead.
struct relay_elem {
    static constexpr std::string_view tag = "TIMRelayElem";
    std::string Title;
    std::uint32_t MsgNum = 0;
    std::string CompatibleText;  // what SDKs without combined messages show
    std::vector<std::string> AbstractList{};
    std::vector<relayed_message> MsgList{};
    std::optional<std::string> JsonMsgKey{};
};
BOOST_DESCRIBE_STRUCT(relay_elem, (), (Title, MsgNum, CompatibleText, AbstractList, MsgList, JsonMsgKey))

/// One element of a MsgBody.
using element = tagged<element_shape, text_elem, location_elem, face_elem, custom_elem, sound_elem, image_elem,
                       file_elem, video_file_elem, relay_elem>;

/// A message body to send: at least one element, at most one TIMCustomElem, at most 12 KB of JSON.
using body = list<element, 1>;

}  // namespace timrest::msg

#endif
