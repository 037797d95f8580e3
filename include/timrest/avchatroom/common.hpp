#ifndef TIMREST_AVCHATROOM_COMMON_HPP_INCLUDED
#define TIMREST_AVCHATROOM_COMMON_HPP_INCLUDED

// What the live-group (AVChatRoom) endpoints of v4/group_open_avchatroom_http_svc share: member marks, the
// set/remove command, and the error rows their pages repeat. Declarations only. Every call needs the Premium
// (Ultimate) edition with the online member list enabled in the console.

#include "timrest/core/detail/own_wire.hpp"
#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/group/common.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::avchatroom {

/// CommandType of modify_user_info and modify_admin: 1 sets, 2 removes.
enum class command_type : std::int32_t { set = 1, remove = 2 };
BOOST_DESCRIBE_ENUM(command_type, set, remove)

/// A member mark: a number of at least 1,000, or one of the marks the service presets, 500 (always online for
/// up to three days) and 600 (hidden from member lists not asked for by mark).
class mark {
public:
    static constexpr std::uint32_t always_online = 500;
    static constexpr std::uint32_t hidden = 600;
    static constexpr std::uint32_t first_custom = 1000;

    constexpr mark() noexcept = default;
    constexpr mark(std::uint32_t v) noexcept : value_(v) {}
    constexpr std::uint32_t value() const noexcept { return value_; }
    constexpr operator std::uint32_t() const noexcept { return value_; }
    constexpr bool valid() const noexcept { return value_ == always_online || value_ == hidden || value_ >= first_custom; }

private:
    std::uint32_t value_ = first_custom;
};

/// How many different marks a live group may use.
inline constexpr std::size_t max_marks = 10;

namespace codes {
inline constexpr service_error not_logged_in{10001, "the admin is not logged in; check the admin account and UserSig",
                                             false, true};
inline constexpr service_error system_error{10002, "system error; try again or contact support", true};
inline constexpr service_error bad_command{10003, "invalid request command; try again or contact support", true};
inline constexpr service_error invalid_parameter{10004, "invalid parameter; see ErrorInfo"};
inline constexpr service_error not_live_group{10007, "no permission: the call works on live groups (AVChatRoom) only"};
inline constexpr service_error not_owner{10007, "insufficient permission: only the app admin or the group owner may call this"};
inline constexpr service_error group_not_found{10010, "the group does not exist or has been deleted"};
inline constexpr service_error bad_group_id{10015, "invalid group ID"};

/// The rows every live-group page lists but 10007, whose meaning differs.
inline constexpr service_error rows[] = {not_logged_in, system_error, bad_command, invalid_parameter, group_not_found,
                                         bad_group_id};
}  // namespace codes

}  // namespace timrest::avchatroom

namespace timrest::detail {

template <>
struct has_own_wire<avchatroom::mark> : std::true_type {};

template <>
struct wire<avchatroom::mark, own_kind> {
    using T = avchatroom::mark;
    using number = wire<std::uint32_t>;

    static bool present(const T&) noexcept { return true; }
    static void write(const T& v, json::value& out) { number::write(v.value(), out); }
    static bool read(const json::value& in, T& v, reader& r) {
        std::uint32_t n = 0;
        if (!number::read(in, n, r)) return false;
        v = T(n);
        return true;
    }
    static void validate(const T& v, validator& c) {
        if (!v.valid()) c.violate("500, 600 or at least 1000, got " + std::to_string(v.value()));
    }
    static void schema(json::object& out) {
        number::schema(out);
        out["description"] = "500 (always online), 600 (hidden) or a custom mark of at least 1000";
    }
};

}  // namespace timrest::detail

#endif
