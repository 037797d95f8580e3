#ifndef TIMREST_GROUP_ATTR_COMMON_HPP_INCLUDED
#define TIMREST_GROUP_ATTR_COMMON_HPP_INCLUDED

// What the group attribute and counter endpoints share: the attribute and counter pairs, the counter update
// mode, and the error rows their pages repeat. Declarations only.
//
// Attributes (group_open_http_svc/{modify,set,clear,delete}_group_attr, group_open_attr_http_svc/get_group_attr,
// https://www.tencentcloud.com/document/product/1047/44188 and neighbours): pairs spelt `key` / `value` in lower
// case, unlike every other group object. A key holds at most 32 bytes, a value at most 4,000, a group at most
// 16 keys; the total of the values (16,000 bytes, code 10048) is left to the service.
//
// Counters (get/update/delete_group_counter, .../53427 to 53429): pairs spelt `Key` / `Value`; a key holds at
// most 128 bytes, an update at most 20 of them, a value is a signed 64-bit integer.

#include "timrest/core/bounded_text.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/group/common.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::group_attr {

inline constexpr std::size_t max_attr_key_bytes = 32;
inline constexpr std::size_t max_attr_value_bytes = 4000;
inline constexpr std::size_t max_attrs = 16;
inline constexpr std::size_t max_counter_key_bytes = 128;
inline constexpr std::size_t max_counters_per_update = 20;

using attr_key_text = nonempty_text<max_attr_key_bytes>;
using counter_key_text = nonempty_text<max_counter_key_bytes>;

/// One custom group attribute: `{"key": ..., "value": ...}`.
struct attr {
    required<attr_key_text> key;
    text<max_attr_value_bytes> value;
};
BOOST_DESCRIBE_STRUCT(attr, (), (key, value))

/// An attribute named for deletion: `{"key": ...}`.
struct attr_name {
    required<attr_key_text> key;
};
BOOST_DESCRIBE_STRUCT(attr_name, (), (key))

/// One group counter: `{"Key": ..., "Value": ...}`.
struct counter {
    required<counter_key_text> Key;
    std::int64_t Value = 0;
};
BOOST_DESCRIBE_STRUCT(counter, (), (Key, Value))

/// update_group_counter's Mode. Increase and Decrease start a missing key at 0.
enum class counter_mode { Set, Increase, Decrease };
BOOST_DESCRIBE_ENUM(counter_mode, Set, Increase, Decrease)

/// A reply that is only the envelope.
struct empty_response {};
BOOST_DESCRIBE_STRUCT(empty_response, (), ())

namespace codes {
inline constexpr service_error internal_error{10002, "internal server error; try again", true};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; see ErrorInfo"};
inline constexpr service_error attr_not_allowed{10007, "no permission: this group's type does not support custom attributes"};
inline constexpr service_error counter_not_allowed{10007, "insufficient permission, e.g. the caller is not a group member"};
inline constexpr service_error group_not_found{10010, "the group does not exist or has been deleted"};
inline constexpr service_error bad_group_id{10015, "invalid group ID; check it and that the group exists"};
inline constexpr service_error key_too_long{10045, "a custom attribute key is longer than 32 bytes"};
inline constexpr service_error value_too_long{10046, "a custom attribute value is longer than 4,000 bytes"};
inline constexpr service_error too_many_keys{10047, "more than 16 custom attribute keys"};
inline constexpr service_error values_too_large{10048, "the custom attribute values total more than 16,000 bytes"};
inline constexpr service_error write_too_often{10049, "the group's custom attributes were written more than 5 times in a second"};
inline constexpr service_error attr_not_found{10050, "the custom attribute to delete does not exist"};
inline constexpr service_error edition_required{10059, "group counters need the Ultimate (Premium) edition"};
inline constexpr service_error too_many_counters{10063, "the group counter has more than 20 keys"};

/// The rows every attribute page lists (get_group_attr lists only these).
inline constexpr service_error attr_rows[] = {internal_error, invalid_parameter, attr_not_allowed, group_not_found,
                                              bad_group_id};
/// The rows the modify, set and clear pages add.
inline constexpr service_error attr_write_rows[] = {key_too_long, value_too_long, too_many_keys, values_too_large,
                                                    write_too_often};
/// The rows every counter page lists.
inline constexpr service_error counter_rows[] = {internal_error,  invalid_parameter, counter_not_allowed,
                                                 group_not_found, bad_group_id,      edition_required};
}  // namespace codes

}  // namespace timrest::group_attr

#endif
