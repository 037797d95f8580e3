#ifndef TIMREST_GROUP_MODIFY_GROUP_BASE_INFO_HPP_INCLUDED
#define TIMREST_GROUP_MODIFY_GROUP_BASE_INFO_HPP_INCLUDED

// v4/group_open_http_svc/modify_group_base_info: change a group's name, introduction, notice, photo, size,
// join option, mute-all switch or app-defined data. Doc: https://www.tencentcloud.com/document/product/1047/34962.
// 200 calls a second. An AppDefinedData pair with an empty Value deletes that key. MaxMemberNum means nothing to
// an AVChatRoom; Community groups take no ApplyJoinOption (the service checks both).

#include "timrest/group/shared.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::group {

struct modify_group_base_info_request {
    required<std::string> GroupId;
    std::optional<nonempty_text<30>> Name{};
    std::optional<text<240>> Introduction{};
    std::optional<text<300>> Notification{};
    std::optional<text<100>> FaceUrl{};
    std::optional<std::uint32_t> MaxMemberNum{};
    std::optional<named<join_option>> ApplyJoinOption{};
    std::optional<named<mute_all>> MuteAllMember{};
    std::optional<app_data> AppDefinedData{};
};
BOOST_DESCRIBE_STRUCT(modify_group_base_info_request, (),
                      (GroupId, Name, Introduction, Notification, FaceUrl, MaxMemberNum, ApplyJoinOption, MuteAllMember,
                       AppDefinedData))

struct modify_group_base_info_response {};
BOOST_DESCRIBE_STRUCT(modify_group_base_info_response, (), ())

struct modify_group_base_info {
    static constexpr std::string_view path = "v4/group_open_http_svc/modify_group_base_info";
    static constexpr unsigned calls_per_second = 200;
    using request = modify_group_base_info_request;
    using response = modify_group_base_info_response;
    static constexpr auto errors = join_errors(codes::group_rows, {codes::command_disabled});
};

}  // namespace timrest::group

TIMREST_COMPILED_ENDPOINT(timrest::group::modify_group_base_info)

#endif
