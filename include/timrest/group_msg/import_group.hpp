#ifndef TIMREST_GROUP_MSG_IMPORT_GROUP_HPP_INCLUDED
#define TIMREST_GROUP_MSG_IMPORT_GROUP_HPP_INCLUDED

// v4/group_open_http_svc/import_group: import a group's profile, for migration; no callback, no notification.
// Doc: https://www.tencentcloud.com/document/product/1047/34967. 200 calls a second.
// Not for AVChatRoom groups (10007): create them with create_group instead. The owner, when given, becomes a
// member; without one the group has no owner. CreateTime defaults to the time of the request.
// Bounds from the page: Name at most 30 bytes, Introduction 240, Notification 300, FaceUrl 100. MaxMemberCount:
// "6,000 at the maximum, 2,000 by default; a community group supports up to 100,000" -- the larger bound is
// declared and the service checks the smaller one per type. ApplyJoinOption is not for Community groups and
// SupportTopic only for them; the service checks both.

#include "timrest/group_msg/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group_msg {

inline constexpr std::uint32_t max_group_members = 100000;

struct import_group_request {
    required<named<group::group_type>> Type;  // Private, Public, ChatRoom or Community
    required<nonempty_text<30>> Name;
    std::optional<user_id> Owner_Account{};
    std::optional<std::string> GroupId{};  // a custom ID; the service assigns one when absent
    std::optional<text<240>> Introduction{};
    std::optional<text<300>> Notification{};
    std::optional<text<100>> FaceUrl{};
    std::optional<in_range<std::uint32_t, 1, max_group_members>> MaxMemberCount{};
    std::optional<named<group::join_option>> ApplyJoinOption{};
    std::optional<group::app_data> AppDefinedData{};
    std::optional<std::int64_t> CreateTime{};  // Unix seconds
    std::optional<switch_flag> SupportTopic{};
};
BOOST_DESCRIBE_STRUCT(import_group_request, (),
                      (Type, Name, Owner_Account, GroupId, Introduction, Notification, FaceUrl, MaxMemberCount,
                       ApplyJoinOption, AppDefinedData, CreateTime, SupportTopic))

struct import_group_response {
    std::string GroupId;  // assigned or the one given
};
BOOST_DESCRIBE_STRUCT(import_group_response, (), (GroupId))

struct import_group {
    static constexpr std::string_view path = "v4/group_open_http_svc/import_group";
    static constexpr unsigned calls_per_second = 200;
    using request = import_group_request;
    using response = import_group_response;
    static constexpr service_error errors[] = {codes::internal_error, codes::bad_command, codes::invalid_parameter,
                                               codes::no_permission, codes::group_id_taken};
};

}  // namespace timrest::group_msg

TIMREST_COMPILED_ENDPOINT(timrest::group_msg::import_group)

#endif
