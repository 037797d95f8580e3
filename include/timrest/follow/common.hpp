#ifndef TIMREST_FOLLOW_COMMON_HPP_INCLUDED
#define TIMREST_FOLLOW_COMMON_HPP_INCLUDED

// What the v4/follow endpoints (following and fans) share: the per-account result item and the error rows.
// Declarations only. The follow feature needs the Pro, Pro Plus or Enterprise edition, enabled in the
// console; without it every call answers 30005. The pages are not in docs/: read at
// https://www.tencentcloud.com/document/product/1047/70345 to .../70350 (and their trtc.io copies).

#include "timrest/core/endpoint.hpp"
#include "timrest/core/field.hpp"
#include "timrest/core/value_set.hpp"
#include "timrest/protocol/types.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace timrest::follow {

/// follow_add, follow_delete and follow_get_info take at most 20 accounts a call; follow_check 100.
inline constexpr std::size_t max_accounts = 20;

/// The outcome for one account of a batch (item_failures() reports the failed ones).
struct account_result {
    std::string To_Account;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
};
BOOST_DESCRIBE_STRUCT(account_result, (), (To_Account, ResultCode, ResultInfo))

/// The reply of follow_add and follow_delete.
struct account_results {
    std::vector<account_result> ResultItem;
};
BOOST_DESCRIBE_STRUCT(account_results, (), (ResultItem))

namespace codes {
inline constexpr service_error invalid_parameter{30001, "incorrect request parameter; see ErrorInfo"};
inline constexpr service_error sdkappid_mismatch{30002, "the SDKAppID does not match"};
inline constexpr service_error account_not_found{30003, "the requested account does not exist (not imported)"};
inline constexpr service_error admin_required{30004, "the request needs app admin permission"};
inline constexpr service_error feature_disabled{30005, "the follow feature is not enabled: it needs the Pro, Pro Plus or Enterprise edition, enabled in the console"};
inline constexpr service_error internal_error{30006, "internal server error; try again", true};
inline constexpr service_error timeout{30007, "network timeout; try again later", true};
inline constexpr service_error following_limit{32100, "From_Account follows the most users the system allows"};
inline constexpr service_error follower_limit{32101, "To_Account has the most followers the system allows"};
inline constexpr service_error mutual_limit_from{32102, "From_Account has the most mutual follows the system allows"};
inline constexpr service_error mutual_limit_to{32103, "To_Account has the most mutual follows the system allows"};

/// The rows every follow page lists (30001-30007).
inline constexpr service_error common_rows[] = {invalid_parameter, sdkappid_mismatch, account_not_found, admin_required,
                                                feature_disabled,  internal_error,    timeout};
}  // namespace codes

}  // namespace timrest::follow

#endif
