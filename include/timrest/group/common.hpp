#ifndef TIMREST_GROUP_COMMON_HPP_INCLUDED
#define TIMREST_GROUP_COMMON_HPP_INCLUDED

// What the group families share (group, group_msg, group_attr, avchatroom, topic): the value sets of group
// types, join options, member roles and message priority, and the app-defined key-value lists. Declarations
// only; each endpoint's header adds its own fields and error rows.
//
// App-defined data (AppDefinedData, AppMemberDefinedData) is a list of {"Key", "Value"} pairs whose keys the app
// configures in the console. It is kept as the list it is on the wire, so no key is ever lost, and read and
// written by key:
//
//   .AppDefinedData = {{"Level", "3"}, {"Color", "red"}}
//   group::value_of(info.AppDefinedData, "Level")      // std::optional<std::string_view>
//   group::set_value(request.AppDefinedData, "Level", "4")  // replaces the pair, or appends one
//
// Bounds: a key holds at most 16 bytes (Custom Fields, https://www.tencentcloud.com/document/product/1047/33529);
// value sizes are set per key in the console (group level up to 4,000 bytes, member level up to 64), so the
// service checks them.

#include "timrest/core/bounded_text.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest::group {

/// Type: the group's kind. Private is the console's "Work", ChatRoom its "Meeting"; Community groups may have
/// topics. The pages give the legacy names on the wire.
enum class group_type { Private, Public, ChatRoom, AVChatRoom, Community };
BOOST_DESCRIBE_ENUM(group_type, Private, Public, ChatRoom, AVChatRoom, Community)

/// ApplyJoinOption (and InviteJoinOption): how users join.
enum class join_option { FreeAccess, NeedPermission, DisableApply };
BOOST_DESCRIBE_ENUM(join_option, FreeAccess, NeedPermission, DisableApply)

/// A member's Role. Requests set Admin or Member; replies also say Owner.
enum class member_role { Owner, Admin, Member };
BOOST_DESCRIBE_ENUM(member_role, Owner, Admin, Member)

/// MsgPriority of a group message: what the service drops first when a group is flooded.
enum class msg_priority { High, Normal, Low, Lowest };
BOOST_DESCRIBE_ENUM(msg_priority, High, Normal, Low, Lowest)

/// One app-defined field of a group or of a member.
struct app_field {
    required<nonempty_text<16>> Key;
    std::string Value;
};
BOOST_DESCRIBE_STRUCT(app_field, (), (Key, Value))

/// AppDefinedData / AppMemberDefinedData: every key the app sent or the service returned, in order.
using app_data = std::vector<app_field>;

/// The value of `key`, if the list has it.
inline std::optional<std::string_view> value_of(const app_data& data, std::string_view key) {
    for (const auto& f : data)
        if (*f.Key == key) return std::string_view(f.Value);
    return std::nullopt;
}

/// Sets `key` to `value`: replaces its pair (keeping its place) or appends one.
inline void set_value(app_data& data, std::string_view key, std::string value) {
    for (auto& f : data)
        if (*f.Key == key) {
            f.Value = std::move(value);
            return;
        }
    data.push_back(app_field{.Key = nonempty_text<16>(std::string(key)), .Value = std::move(value)});
}

}  // namespace timrest::group

#endif
