#ifndef TIMREST_GROUP_GET_GROUP_INFO_HPP_INCLUDED
#define TIMREST_GROUP_GET_GROUP_INFO_HPP_INCLUDED

// v4/group_open_http_svc/get_group_info: the profiles of up to 50 groups, with their members.
// Doc: https://www.tencentcloud.com/document/product/1047/34961. 200 calls a second.
// The call succeeds as a whole while single groups fail: each GroupInfo item carries its own ErrorCode and
// ErrorInfo (10010 for a group that does not exist), and item_failures() reports them.
// - The page says ResponseFilter "contains three filters" and then lists four; all four are declared.
// - Which fields an item has depends on the filters, so every field past GroupId and the item's result is
//   optional. "Appid" is in the page's first sample only.

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

inline constexpr std::size_t max_groups_per_info = 50;

struct group_info_filter {
    base_info_filter GroupBaseInfoFilter{};
    member_info_filter MemberInfoFilter{};
    key_filter AppDefinedDataFilter_Group{};
    key_filter AppDefinedDataFilter_GroupMember{};
};
BOOST_DESCRIBE_STRUCT(group_info_filter, (),
                      (GroupBaseInfoFilter, MemberInfoFilter, AppDefinedDataFilter_Group,
                       AppDefinedDataFilter_GroupMember))

struct get_group_info_request {
    required<list<std::string, 1, max_groups_per_info>> GroupIdList;
    std::optional<group_info_filter> ResponseFilter{};
};
BOOST_DESCRIBE_STRUCT(get_group_info_request, (), (GroupIdList, ResponseFilter))

struct group_info {
    std::string GroupId;
    std::int32_t ErrorCode = 0;  // this group's result
    std::string ErrorInfo;
    std::optional<named<group_type>> Type{};
    std::optional<std::string> Name{};
    std::optional<std::uint64_t> Appid{};
    std::optional<std::string> Introduction{};
    std::optional<std::string> Notification{};
    std::optional<std::string> FaceUrl{};
    std::optional<std::string> Owner_Account{};
    std::optional<std::int64_t> CreateTime{};
    std::optional<std::int64_t> LastInfoTime{};
    std::optional<std::int64_t> LastMsgTime{};
    std::optional<std::uint64_t> NextMsgSeq{};
    std::optional<std::uint32_t> MemberNum{};
    std::optional<std::uint32_t> MaxMemberNum{};
    std::optional<named<join_option>> ApplyJoinOption{};
    std::optional<named<mute_all>> MuteAllMember{};
    std::optional<app_data> AppDefinedData{};
    std::optional<std::vector<member_info>> MemberList{};
};
BOOST_DESCRIBE_STRUCT(group_info, (),
                      (GroupId, ErrorCode, ErrorInfo, Type, Name, Appid, Introduction, Notification, FaceUrl,
                       Owner_Account, CreateTime, LastInfoTime, LastMsgTime, NextMsgSeq, MemberNum, MaxMemberNum,
                       ApplyJoinOption, MuteAllMember, AppDefinedData, MemberList))

struct get_group_info_response {
    std::vector<group_info> GroupInfo;
};
BOOST_DESCRIBE_STRUCT(get_group_info_response, (), (GroupInfo))

struct get_group_info {
    static constexpr std::string_view path = "v4/group_open_http_svc/get_group_info";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_groups_per_info;
    using request = get_group_info_request;
    using response = get_group_info_response;
    static constexpr auto errors = join_errors(codes::group_rows, {codes::reply_too_large});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::get_group_info)

#endif
