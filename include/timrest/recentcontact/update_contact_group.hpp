#ifndef TIMREST_RECENTCONTACT_UPDATE_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_UPDATE_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/update_contact_group: rename a conversation group, or add and remove its conversations.
// Doc: https://www.tencentcloud.com/zh/document/product/1047/53439 (spec §3.4). UpdateGroupType decides what is
// required: renaming (1) needs OldGroupName and NewGroupName; changing conversations (2) names the group in
// OldGroupName, as the doc's sample does.

#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

/// UpdateGroupType values.
inline constexpr std::int32_t rename_group = 1;
inline constexpr std::int32_t change_conversations = 2;

/// ContactOptType values.
inline constexpr std::int32_t add_to_group = 1;
inline constexpr std::int32_t remove_from_group = 2;

struct contact_update_item {
    required<std::int32_t> ContactOptType;
    required<contact_item> ContactItem;
};
BOOST_DESCRIBE_STRUCT(contact_update_item, (), (ContactOptType, ContactItem))

struct update_group {
    required<std::int32_t> UpdateGroupType;
    std::optional<text<64>> OldGroupName{};  // an existing name; del_contact_group's page allows 64 bytes
    std::optional<text<32>> NewGroupName{};
    std::optional<list<contact_update_item>> ContactUpdateItem{};

    static constexpr auto rules =
        timrest::rules(required_when(&update_group::OldGroupName, &update_group::UpdateGroupType, rename_group),
                       required_when(&update_group::NewGroupName, &update_group::UpdateGroupType, rename_group),
                       required_when(&update_group::OldGroupName, &update_group::UpdateGroupType, change_conversations),
                       required_when(&update_group::ContactUpdateItem, &update_group::UpdateGroupType,
                                     change_conversations));
};
BOOST_DESCRIBE_STRUCT(update_group, (), (UpdateGroupType, OldGroupName, NewGroupName, ContactUpdateItem))

struct update_contact_group_request {
    required<user_id> From_Account;
    required<update_group> UpdateGroup;
    std::int32_t UpdateType = 1;  // the only documented value (update by group); after the required members
};
BOOST_DESCRIBE_STRUCT(update_contact_group_request, (), (From_Account, UpdateGroup, UpdateType))

struct contact_update_result_item {
    contact_item ContactItem;  // first: it holds a required<> member, and members with defaults follow those
    std::int32_t ContactOptType = 0;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(contact_update_result_item, (), (ContactItem, ContactOptType, ResultCode, ResultInfo))

struct update_group_result {
    std::int32_t UpdateGroupType = 0;
    std::string GroupName;
    std::uint32_t GroupId = 0;
    std::optional<std::string> OldGroupName{};
    std::optional<std::vector<contact_update_result_item>> ContactResultItem{};
};
BOOST_DESCRIBE_STRUCT(update_group_result, (), (UpdateGroupType, GroupName, GroupId, OldGroupName, ContactResultItem))

struct update_contact_group_response {
    std::int32_t UpdateType = 0;
    update_group_result UpdateGroupResult;
};
BOOST_DESCRIBE_STRUCT(update_contact_group_response, (), (UpdateType, UpdateGroupResult))

struct update_contact_group {
    static constexpr std::string_view path = "v4/recentcontact/update_contact_group";
    static constexpr unsigned calls_per_second = 200;  // the documented frequency limit
    using request = update_contact_group_request;
    using response = update_contact_group_response;
    static constexpr auto errors = join_errors(codes::common_rows, codes::group_rows);
};

}  // namespace timrest::recentcontact

#endif
