#ifndef TIMREST_RECENTCONTACT_UPDATE_CONTACT_GROUP_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_UPDATE_CONTACT_GROUP_HPP_INCLUDED

// v4/recentcontact/update_contact_group: rename a conversation group, or add and remove its conversations.
// Doc: https://www.tencentcloud.com/zh/document/product/1047/53439. UpdateGroupType decides what is
// required: renaming (1) needs OldGroupName and NewGroupName; changing conversations (2) names the group in
// OldGroupName, as the doc's sample does.

#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/recentcontact/common.hpp"

namespace timrest::recentcontact {

/// UpdateGroupType values.
enum class update_group_type : std::int32_t { rename_group = 1, change_conversations = 2 };
BOOST_DESCRIBE_ENUM(update_group_type, rename_group, change_conversations)

/// ContactOptType values.
enum class contact_opt_type : std::int32_t { add_to_group = 1, remove_from_group = 2 };
BOOST_DESCRIBE_ENUM(contact_opt_type, add_to_group, remove_from_group)

/// UpdateType values: the doc names only 1, updating by group.
enum class update_type : std::int32_t { by_group = 1 };
BOOST_DESCRIBE_ENUM(update_type, by_group)

struct contact_update_item {
    required<one_of<contact_opt_type>> ContactOptType;
    required<contact_item> ContactItem;
};
BOOST_DESCRIBE_STRUCT(contact_update_item, (), (ContactOptType, ContactItem))

struct update_group {
    required<one_of<update_group_type>> UpdateGroupType;
    std::optional<nonempty_text<64>> OldGroupName{};  // an existing name; del_contact_group's page allows 64 bytes
    std::optional<nonempty_text<32>> NewGroupName{};
    std::optional<list<contact_update_item>> ContactUpdateItem{};

    static constexpr auto rules =
        timrest::rules(required_when(&update_group::OldGroupName, &update_group::UpdateGroupType,
                                     update_group_type::rename_group),
                       required_when(&update_group::NewGroupName, &update_group::UpdateGroupType,
                                     update_group_type::rename_group),
                       required_when(&update_group::OldGroupName, &update_group::UpdateGroupType,
                                     update_group_type::change_conversations),
                       required_when(&update_group::ContactUpdateItem, &update_group::UpdateGroupType,
                                     update_group_type::change_conversations));
};
BOOST_DESCRIBE_STRUCT(update_group, (), (UpdateGroupType, OldGroupName, NewGroupName, ContactUpdateItem))

struct update_contact_group_request {
    required<user_id> From_Account;
    required<update_group> UpdateGroup;
    one_of<update_type> UpdateType = update_type::by_group;  // after the required members
};
BOOST_DESCRIBE_STRUCT(update_contact_group_request, (), (From_Account, UpdateGroup, UpdateType))

struct contact_update_result_item {
    contact_item ContactItem;  // first: it holds a required<> member, and members with defaults follow those
    one_of<contact_opt_type> ContactOptType{};
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(contact_update_result_item, (), (ContactItem, ContactOptType, ResultCode, ResultInfo))

struct update_group_result {
    one_of<update_group_type> UpdateGroupType{};
    std::string GroupName;
    std::uint32_t GroupId = 0;
    std::optional<std::string> OldGroupName{};
    std::optional<std::vector<contact_update_result_item>> ContactResultItem{};
};
BOOST_DESCRIBE_STRUCT(update_group_result, (), (UpdateGroupType, GroupName, GroupId, OldGroupName, ContactResultItem))

struct update_contact_group_response {
    one_of<update_type> UpdateType{};
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

TIMREST_COMPILED_ENDPOINT(timrest::recentcontact::update_contact_group)

#endif
