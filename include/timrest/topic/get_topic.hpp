#ifndef TIMREST_TOPIC_GET_TOPIC_HPP_INCLUDED
#define TIMREST_TOPIC_GET_TOPIC_HPP_INCLUDED

// v4/million_group_open_http_svc/get_topic: the profiles of a community's topics (all, or those named), with a
// member's own state in each. Doc: https://www.tencentcloud.com/document/product/1047/49469. 200 calls a second.
// The reply's top-level ErrorCode/ErrorInfo are "meaningless" per the page: each topic carries its own, which
// item_failures() reports. ResponseFilter names TopicInfo fields to return; the page shows four (TopicName,
// FaceUrl, Notification, Introduction) without saying they are the only ones, so it is a list of strings. Every
// TopicInfo field is optional, since a filter leaves the others out. TopicInfo's group key is spelt GroupID here.
// SelfInfo.MsgFlag is not enumerated on the page (the sample shows AcceptAndNotify): a string.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/topic/common.hpp"

namespace timrest::topic {

struct get_topic_request {
    required<std::string> GroupId;
    required<user_id> From_Account;
    optional_list<std::string> TopicIdList{};
    optional_list<std::string> ResponseFilter{};
};
BOOST_DESCRIBE_STRUCT(get_topic_request, (), (GroupId, From_Account, TopicIdList, ResponseFilter))

struct self_info {
    std::int64_t ShutUpTime = 0;  // the member's muting period
    std::uint64_t MsgSeq = 0;     // the sequence number of the member's last read message
    std::string MsgFlag;
};
BOOST_DESCRIBE_STRUCT(self_info, (), (ShutUpTime, MsgSeq, MsgFlag))

struct topic_info {
    std::optional<std::string> TopicName{};
    std::optional<std::string> GroupID{};
    std::optional<std::string> FaceUrl{};
    std::optional<std::string> TopicId{};
    std::optional<std::uint64_t> NextMsgSeq{};
    std::optional<std::string> Notification{};
    std::optional<std::string> Introduction{};
    std::optional<std::int64_t> CreateTime{};
    std::optional<std::int64_t> LastMsgTime{};
    std::optional<named<mute_all>> MuteAllMember{};
    std::optional<std::string> CustomString{};
};
BOOST_DESCRIBE_STRUCT(topic_info, (),
                      (TopicName, GroupID, FaceUrl, TopicId, NextMsgSeq, Notification, Introduction, CreateTime,
                       LastMsgTime, MuteAllMember, CustomString))

struct topic_and_self_info {
    std::int32_t ErrorCode = 0;
    std::string ErrorInfo;
    std::optional<self_info> SelfInfo{};
    std::optional<topic_info> TopicInfo{};
};
BOOST_DESCRIBE_STRUCT(topic_and_self_info, (), (ErrorCode, ErrorInfo, SelfInfo, TopicInfo))

struct get_topic_response {
    std::vector<topic_and_self_info> TopicAndSelfInfo;
};
BOOST_DESCRIBE_STRUCT(get_topic_response, (), (TopicAndSelfInfo))

struct get_topic {
    static constexpr std::string_view path = "v4/million_group_open_http_svc/get_topic";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_topic_request;
    using response = get_topic_response;
    static constexpr auto errors = join_errors(codes::rows, {codes::group_not_found, codes::topic_deleted});
};

}  // namespace timrest::topic

TIMREST_COMPILED_ENDPOINT(timrest::topic::get_topic)

#endif
