#ifndef TIMREST_GROUP_GET_JOINED_GROUP_LIST_HPP_INCLUDED
#define TIMREST_GROUP_GET_JOINED_GROUP_LIST_HPP_INCLUDED

// v4/group_open_http_svc/get_joined_group_list: the groups a user has joined, one page at a time.
// Doc: https://www.tencentcloud.com/document/product/1047/34925. 200 calls a second.
// Paged by Offset and Limit (without Limit every group comes at once): the next page's Offset is this one's plus
// the groups received; the walk ends when TotalCount groups have come, or a page is empty.
// - Limit: the sample text says it "cannot exceed 5,000"; the field table gives no bound. 1..5000 is declared.
// - SupportTopic: the table says GroupType must then be Community, yet the page's own topic sample sends
//   SupportTopic without GroupType; no rule is declared, the service decides.
// - AVChatRoom groups and inactive Private groups come only with WithHugeGroups / WithNoActiveGroups.

#include "timrest/core/paging.hpp"
#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct joined_group_filter {
    base_info_filter GroupBaseInfoFilter{};
    member_info_filter SelfInfoFilter{};
};
BOOST_DESCRIBE_STRUCT(joined_group_filter, (), (GroupBaseInfoFilter, SelfInfoFilter))

struct get_joined_group_list_request {
    required<user_id> Member_Account;
    std::optional<switch_flag> WithHugeGroups{};
    std::optional<switch_flag> WithNoActiveGroups{};
    std::optional<in_range<std::uint32_t, 1, 5000>> Limit{};
    std::optional<std::uint32_t> Offset{};
    std::optional<named<group_type>> GroupType{};
    std::optional<joined_group_filter> ResponseFilter{};
    std::optional<switch_flag> SupportTopic{};
};
BOOST_DESCRIBE_STRUCT(get_joined_group_list_request, (),
                      (Member_Account, WithHugeGroups, WithNoActiveGroups, Limit, Offset, GroupType, ResponseFilter,
                       SupportTopic))

/// The user's own standing in a group (SelfInfoFilter).
struct self_info {
    std::optional<std::int64_t> JoinTime{};
    std::optional<named<member_role>> Role{};
    std::optional<named<msg_flag>> MsgFlag{};
    std::optional<std::uint64_t> MsgSeq{};
    std::optional<std::uint64_t> GrossTopicReadSeq{};  // topic-enabled communities
};
BOOST_DESCRIBE_STRUCT(self_info, (), (JoinTime, Role, MsgFlag, MsgSeq, GrossTopicReadSeq))

struct joined_group {
    std::string GroupId;
    std::optional<named<group_type>> Type{};
    std::optional<std::string> Name{};
    std::optional<std::string> Introduction{};
    std::optional<std::string> Notification{};
    std::optional<std::string> FaceUrl{};
    std::optional<std::int64_t> CreateTime{};
    std::optional<std::string> Owner_Account{};
    std::optional<std::int64_t> LastInfoTime{};
    std::optional<std::int64_t> LastMsgTime{};
    std::optional<std::uint64_t> NextMsgSeq{};
    std::optional<std::uint32_t> MemberNum{};
    std::optional<std::uint32_t> MaxMemberNum{};
    std::optional<named<join_option>> ApplyJoinOption{};
    std::optional<named<mute_all>> MuteAllMember{};
    std::optional<std::int32_t> SupportTopic{};
    std::optional<std::uint64_t> GrossTopicNextMsgSeq{};
    std::optional<self_info> SelfInfo{};
};
BOOST_DESCRIBE_STRUCT(joined_group, (),
                      (GroupId, Type, Name, Introduction, Notification, FaceUrl, CreateTime, Owner_Account,
                       LastInfoTime, LastMsgTime, NextMsgSeq, MemberNum, MaxMemberNum, ApplyJoinOption, MuteAllMember,
                       SupportTopic, GrossTopicNextMsgSeq, SelfInfo))

struct get_joined_group_list_response {
    std::uint32_t TotalCount = 0;  // every group that matches, whatever Limit and Offset
    std::vector<joined_group> GroupIdList;
};
BOOST_DESCRIBE_STRUCT(get_joined_group_list_response, (), (TotalCount, GroupIdList))

struct get_joined_group_list {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_joined_group_list";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_joined_group_list_request;
    using response = get_joined_group_list_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::bad_command, codes::invalid_parameter,
                                               codes::reply_too_large};
    static constexpr auto paging = timrest::paging(
        complete_if([](const response& page, const request& asked) {
            return page.GroupIdList.empty() || asked.Offset.value_or(0) + page.GroupIdList.size() >= page.TotalCount;
        }),
        step([](const response& page, request& next) {
            next.Offset = static_cast<std::uint32_t>(next.Offset.value_or(0) + page.GroupIdList.size());
            return !page.GroupIdList.empty();
        }));
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_joined_group_list)

#endif
