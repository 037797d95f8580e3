#ifndef TIMREST_OPERATIONS_COMMON_HPP_INCLUDED
#define TIMREST_OPERATIONS_COMMON_HPP_INCLUDED

// What the operations endpoints share: the global mute periods of v4/openconfigsvr, the error rows the
// openconfigsvr pages repeat, and two rules over a request's fields that core/rules.hpp does not have (at least
// one of two fields; an hour written as YYYYMMDDHH). Declarations only.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/core/detail/own_wire.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timrest::operations {

/// A global mute period in seconds (C2CmsgNospeakingTime, GroupmsgNospeakingTime): "a non-negative integer, and
/// the maximum value is 4294967295". Held in 64 bits so that a decoded value past either end is reported by
/// validate() with the bounds, rather than wrapped.
using nospeaking_time = in_range<std::int64_t, 0, 4294967295>;

/// The special mute periods the pages name.
namespace nospeaking {
inline constexpr std::int64_t unmute = 0;           ///< "0: the account is unmuted"
inline constexpr std::int64_t forever = 4294967295;  ///< "4294967295: the account is permanently muted"
}  // namespace nospeaking

/// At least one of two optional fields must be present (setnospeaking answers 130008 when neither is).
template <class T, class A, class B>
struct at_least_one_of_rule {
    A T::*first;
    B T::*second;

    void check(const T& v, detail::validator& c) const {
        if (detail::is_present(v.*first) || detail::is_present(v.*second)) return;
        c.violate("give at least one of " + std::string(detail::member_name(first)) + " and " +
                  std::string(detail::member_name(second)));
    }

    boost::json::object describe() const {
        return {{"rule", "at_least_one_of"}, {"fields", {detail::member_name(first), detail::member_name(second)}}};
    }
};

template <class T, class A, class B>
constexpr at_least_one_of_rule<T, A, B> at_least_one_of(A T::*first, B T::*second) {
    return {first, second};
}

/// Whether `s` is an hour written as YYYYMMDDHH: ten digits, a real calendar day, an hour 00-23.
constexpr bool is_hour_stamp(std::string_view s) noexcept {
    if (s.size() != 10) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    auto number = [&](std::size_t at, std::size_t digits) {
        int n = 0;
        for (std::size_t i = at; i < at + digits; ++i) n = n * 10 + (s[i] - '0');
        return n;
    };
    const int year = number(0, 4), month = number(4, 2), day = number(6, 2), hour = number(8, 2);
    if (month < 1 || month > 12 || day < 1 || hour > 23) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

/// A string field that holds an hour as YYYYMMDDHH (get_history's MsgTime, e.g. "2015120121").
template <class T, class F>
struct hour_stamp_rule {
    F T::*field;

    void check(const T& v, detail::validator& c) const {
        const std::string& s = detail::unwrap(v.*field);
        if (is_hour_stamp(s)) return;
        detail::json_path::scope at(c.path, detail::member_name(field));
        c.violate("an hour as YYYYMMDDHH (e.g. 2015120121 for 21:00-21:59 on 1 December 2015), got " +
                  detail::quoted(s));
    }

    boost::json::object describe() const {
        return {{"rule", "format"}, {"field", detail::member_name(field)}, {"format", "YYYYMMDDHH"}};
    }
};

template <class T, class F>
constexpr hour_stamp_rule<T, F> hour_stamp(F T::*field) {
    return {field};
}

namespace codes {
inline constexpr service_error bad_json{130001, "the request is not valid JSON"};
inline constexpr service_error missing_get_account{130002, "the request has no Get_Account"};
inline constexpr service_error bad_get_account{130003, "Get_Account is invalid"};
inline constexpr service_error missing_set_account{130004, "the request has no Set_Account"};
inline constexpr service_error bad_set_account{130005, "Set_Account is invalid"};
inline constexpr service_error no_mute_time{130008, "neither C2CmsgNospeakingTime nor GroupmsgNospeakingTime is given"};
inline constexpr service_error sql_open{130009, "the statistics database could not be opened"};
inline constexpr service_error sql_ping{130010, "the statistics database did not answer"};
inline constexpr service_error sql_query{130011, "the statistics query failed"};
inline constexpr service_error sql_result{130012, "the statistics result could not be parsed"};
inline constexpr service_error system_error{130014, "system error; try again", true};
}  // namespace codes

}  // namespace timrest::operations

#endif
