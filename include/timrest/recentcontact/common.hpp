#ifndef TIMREST_RECENTCONTACT_COMMON_HPP_INCLUDED
#define TIMREST_RECENTCONTACT_COMMON_HPP_INCLUDED

// Objects and error rows shared by the v4/recentcontact family. Declarations only.
// Doc pages: https://www.tencentcloud.com/document/product/1047/53437 to .../53442.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace timrest::recentcontact {

/// Conversation types (`Type`).
enum class conversation_type : std::int32_t {
    c2c = 1,    ///< one-to-one, addressed by To_Account
    group = 2,  ///< group, addressed by ToGroupId (ToGroupid in delete, GroupId in get_list)
};
BOOST_DESCRIBE_ENUM(conversation_type, c2c, group)

/// A conversation, as the contact-group and mark calls name it in requests and echo it in results.
/// `c2c("bob")` and `group_conversation("@TGS#1")` below build one.
struct contact_item {
    required<one_of<conversation_type>> Type;
    std::optional<user_id> To_Account{};  // when Type is c2c
    std::optional<std::string> ToGroupId{};  // when Type is group; capital I and d, unlike delete's ToGroupid

    static constexpr auto rules = timrest::rules(
        required_when(&contact_item::To_Account, &contact_item::Type, conversation_type::c2c),
        required_when(&contact_item::ToGroupId, &contact_item::Type, conversation_type::group));
};
BOOST_DESCRIBE_STRUCT(contact_item, (), (Type, To_Account, ToGroupId))

/// The one-to-one conversation with `peer`.
inline contact_item c2c(user_id peer) { return {.Type = conversation_type::c2c, .To_Account = std::move(peer)}; }

/// The conversation of group `group_id`.
inline contact_item group_conversation(std::string group_id) {
    return {.Type = conversation_type::group, .ToGroupId = std::move(group_id)};
}

/// A conversation group of a user.
struct group_item {
    std::string GroupName;
    std::uint32_t GroupId = 0;
};
BOOST_DESCRIBE_STRUCT(group_item, (), (GroupName, GroupId))

/// A conversation with its group and mark data, as search_contact_group and get_contact_group return it.
struct contact_info {
    one_of<conversation_type> Type{};
    std::optional<std::string> To_Account{};
    std::optional<std::string> ToGroupId{};
    std::optional<std::string> StandardMark{};  // a string of '0'/'1' characters, not a number
    std::optional<std::string> CustomMark{};
    std::optional<std::vector<std::uint32_t>> ContactGroupId{};
    std::optional<std::int64_t> Timestamp{};
};
BOOST_DESCRIBE_STRUCT(contact_info, (), (Type, To_Account, ToGroupId, StandardMark, CustomMark, ContactGroupId, Timestamp))

/// The outcome for one conversation of a batch; the call as a whole can succeed while some of these fail.
struct contact_result_item {
    contact_item ContactItem;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(contact_result_item, (), (ContactItem, ResultCode, ResultInfo))

/// Error rows of the family. Endpoints list the ones that apply and may override a meaning.
namespace codes {
inline constexpr service_error user_not_imported{50001, "the UserID has not been imported; import it first"};
inline constexpr service_error invalid_parameter{50002, "invalid request parameter; see ErrorInfo"};
inline constexpr service_error admin_required{50003, "the request needs app admin permission", false, true};
inline constexpr service_error internal_error{50004, "internal server error; try again", true};
inline constexpr service_error network_timeout{50005, "network timeout; try again later", true};
inline constexpr service_error bad_mark_batch{51006, "the set of conversations to mark is empty or exceeds 100"};
inline constexpr service_error group_id_conversion{51007, "converting the group ID failed (internal error, or the group was dismissed)"};
inline constexpr service_error too_many_grouped{51008, "more than 1000 conversations in conversation groups or marks"};
inline constexpr service_error group_not_found{51009, "the conversation group does not exist; check the group name"};
inline constexpr service_error too_many_groups{51010, "a user may have at most 20 conversation groups"};
inline constexpr service_error group_name_too_long{51011, "the conversation group name is longer than 32 bytes"};
inline constexpr service_error too_many_pinned{51012, "the pinned-conversation limit is exceeded"};
inline constexpr service_error edition_required{51013, "the app's edition does not support conversation groups or standard marks; upgrade to Pro, Pro Plus or Enterprise"};
/// The rows every recentcontact endpoint shares (50001-50005).
inline constexpr service_error common_rows[] = {user_not_imported, invalid_parameter, admin_required, internal_error,
                                                network_timeout};
/// The conversation-group and mark rows (51006-51013), confirmed on the del_contact_group page.
inline constexpr service_error group_rows[] = {bad_mark_batch,      group_id_conversion, too_many_grouped,
                                               group_not_found,     too_many_groups,     group_name_too_long,
                                               too_many_pinned,     edition_required};
}  // namespace codes

}  // namespace timrest::recentcontact

#endif
