#ifndef TIMREST_SNS_COMMON_HPP_INCLUDED
#define TIMREST_SNS_COMMON_HPP_INCLUDED

// What the v4/sns relationship-chain endpoints share: value sets, the friend fields' bounds, the per-account
// result item, and the error rows their pages repeat. Declarations only.
// Field bounds are those of the Relationship Chain Management page
// (https://www.tencentcloud.com/document/product/1047/33521): a remark is at most 96 bytes, a friend-list name
// 1 to 30 bytes (a user has at most 32 lists), a request wording at most 256 bytes, and an AddSource is
// "AddSource_Type_" followed by a keyword of at most 8 letters.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/rules.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timrest::sns {

/// At most this many UserIDs per call (friend_delete, friend_check, friend_import, the blocklist calls).
inline constexpr std::size_t max_accounts = 1000;
/// A user has at most this many friend lists (Tag_SNS_IM_Group).
inline constexpr std::size_t max_friend_lists = 32;

using remark = text<96>;
using add_wording = text<256>;
/// A friend list's name (Tag_SNS_IM_Group entry): not empty, at most 30 bytes.
using list_name = nonempty_text<30>;

/// AddType: one-sided or mutual (the default).
enum class add_type { Add_Type_Single, Add_Type_Both };
BOOST_DESCRIBE_ENUM(add_type, Add_Type_Single, Add_Type_Both)

/// DeleteType: one-sided (the default) or both ways.
enum class delete_type { Delete_Type_Single, Delete_Type_Both };
BOOST_DESCRIBE_ENUM(delete_type, Delete_Type_Single, Delete_Type_Both)

/// friend_check's CheckType: whether To_Account is in From_Account's list only, or both ways.
enum class check_type { CheckResult_Type_Single, CheckResult_Type_Both };
BOOST_DESCRIBE_ENUM(check_type, CheckResult_Type_Single, CheckResult_Type_Both)

/// friend_check's Relation: A is From_Account, B is To_Account; "AWithB" means B is in A's list.
enum class relation { CheckResult_Type_BothWay, CheckResult_Type_AWithB, CheckResult_Type_BWithA, CheckResult_Type_NoRelation };
BOOST_DESCRIBE_ENUM(relation, CheckResult_Type_BothWay, CheckResult_Type_AWithB, CheckResult_Type_BWithA,
                    CheckResult_Type_NoRelation)

/// black_list_check's CheckType.
enum class black_check_type { BlackCheckResult_Type_Single, BlackCheckResult_Type_Both };
BOOST_DESCRIBE_ENUM(black_check_type, BlackCheckResult_Type_Single, BlackCheckResult_Type_Both)

/// black_list_check's Relation: "AWithB" means B is on A's blocklist.
enum class black_relation {
    BlackCheckResult_Type_BothWay,
    BlackCheckResult_Type_AWithB,
    BlackCheckResult_Type_BWithA,
    BlackCheckResult_Type_NO
};
BOOST_DESCRIBE_ENUM(black_relation, BlackCheckResult_Type_BothWay, BlackCheckResult_Type_AWithB,
                    BlackCheckResult_Type_BWithA, BlackCheckResult_Type_NO)

/// A 0/1 switch (ForceAddFlags).
using switch_flag = in_range<std::int32_t, 0, 1>;

/// The rule for an AddSource field: "AddSource_Type_" and a keyword of 1 to 8 ASCII letters.
template <class T, class F>
struct add_source_rule {
    F T::*field;

    static constexpr std::string_view prefix = "AddSource_Type_";
    static constexpr std::size_t max_keyword = 8;

    static bool well_formed(std::string_view s) noexcept {
        if (!s.starts_with(prefix)) return false;
        const auto keyword = s.substr(prefix.size());
        if (keyword.empty() || keyword.size() > max_keyword) return false;
        for (char ch : keyword)
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))) return false;
        return true;
    }

    template <class M>
    static std::string_view text_of(const M& m) noexcept {
        if constexpr (detail::is_optional<M>::value || detail::is_required<M>::value)
            return std::string_view(*m);
        else
            return std::string_view(m);
    }

    void check(const T& v, detail::validator& c) const {
        if (!detail::is_present(v.*field)) return;
        const std::string_view s = text_of(v.*field);
        if (well_formed(s)) return;
        detail::json_path::scope at(c.path, detail::member_name(field));
        c.violate("\"AddSource_Type_\" followed by 1 to 8 letters (e.g. \"AddSource_Type_Android\"), got " +
                  detail::quoted(s));
    }

    boost::json::object describe() const {
        return {{"rule", "add_source"}, {"field", detail::member_name(field)}, {"prefix", prefix},
                {"keyword", "1 to 8 ASCII letters"}};
    }
};

template <class T, class F>
constexpr add_source_rule<T, F> add_source(F T::*field) {
    return {field};
}

/// A tagged friend field, as friend_update sends and friend_get returns them (Tag_SNS_IM_Remark,
/// Tag_SNS_IM_Group, Tag_SNS_Custom_*, profile tags in friend_get_list). Value is a string, a number or an
/// array of strings, depending on the tag.
struct tag_value {
    std::string Tag;
    boost::json::value Value;
};
BOOST_DESCRIBE_STRUCT(tag_value, (), (Tag, Value))

/// The outcome for one account of a batch; the call as a whole can succeed while some of these fail
/// (item_failures() reports them).
struct account_result {
    std::string To_Account;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(account_result, (), (To_Account, ResultCode, ResultInfo))

/// The reply of the batch calls that answer one result per account (friend_add, friend_import,
/// friend_update, friend_delete, black_list_add, black_list_delete). Fail_Account repeats the failed
/// accounts and is present only when one failed.
struct account_results {
    std::vector<account_result> ResultItem;
    std::optional<std::vector<std::string>> Fail_Account{};
};
BOOST_DESCRIBE_STRUCT(account_results, (), (ResultItem, Fail_Account))

/// Error rows of the family. Endpoints list the ones their page lists.
namespace codes {
inline constexpr service_error invalid_parameter{30001, "incorrect request parameter (or, per item, a friend or entry that does not exist / already exists); see ErrorInfo"};
inline constexpr service_error sdkappid_mismatch{30002, "the SDKAppID does not match"};
inline constexpr service_error account_not_found{30003, "the requested account does not exist (not imported)"};
inline constexpr service_error admin_required{30004, "the request needs app admin permission"};
inline constexpr service_error sensitive_words{30005, "a relationship-chain field contains sensitive words"};
inline constexpr service_error internal_error{30006, "internal server error; try again", true};
inline constexpr service_error timeout{30007, "network timeout; try again later", true};
inline constexpr service_error write_conflict{30008, "write conflict from concurrent writes; batch the changes of one user"};
inline constexpr service_error add_forbidden{30009, "From_Account is prohibited from adding friends"};
inline constexpr service_error friend_list_full{30010, "the friend list is full"};
inline constexpr service_error too_many_lists{30011, "the maximum number of friend lists (32) is reached"};
inline constexpr service_error too_many_pending{30012, "too many pending friend requests"};
inline constexpr service_error blocklist_full{30013, "the maximum number of blocked users is reached"};
inline constexpr service_error peer_list_full{30014, "the user to add has too many friends"};
inline constexpr service_error peer_blocked{30515, "the user to add is on From_Account's blocklist"};
inline constexpr service_error peer_refuses{30516, "the user to add has disabled friend requests"};
inline constexpr service_error blocked_by_peer{30525, "From_Account is on the blocklist of the user to add"};
inline constexpr service_error pending_confirmation{30539, "the request awaits the other user's confirmation (AllowType_Type_NeedConfirm); not added yet"};
inline constexpr service_error too_many_requests{30540, "too many friend requests in a short time; filtered for security"};
inline constexpr service_error not_friend{31704, "the account to delete is not a friend"};
inline constexpr service_error delete_filtered{31707, "friend deletion filtered by the security policy; do not delete so often"};
inline constexpr service_error group_member_not_friend{32216, "the account to put in the friend list is not a friend"};

/// The rows every sns page lists (30001, 30003, 30004, 30006, 30007).
inline constexpr service_error common_rows[] = {invalid_parameter, account_not_found, admin_required, internal_error,
                                                timeout};
/// The rows of the calls that write (30002, 30008).
inline constexpr service_error write_rows[] = {sdkappid_mismatch, write_conflict};
}  // namespace codes

}  // namespace timrest::sns

#endif
