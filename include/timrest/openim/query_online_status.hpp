#ifndef TIMREST_OPENIM_QUERY_ONLINE_STATUS_HPP_INCLUDED
#define TIMREST_OPENIM_QUERY_ONLINE_STATUS_HPP_INCLUDED

// v4/openim/query_online_status: the login state of up to 500 users.
// Doc: https://www.tencentcloud.com/document/product/1047/35477. 200 calls a second.
// Users that do not exist are listed in ErrorList (70107) and item_failures() reports each; the call fails only
// when every account fails.
// Pages disagree: the older page named the endpoint v4/openim/querystate and the per-user field `State`; the
// current page's field table says `Status` while its samples still print `State`, and the peer SDKs read `Status`.
// Declared: the current path and `Status`; `State` is kept as an optional member so that a reply in the samples'
// shape is not lost (state() reads whichever came). The current page's samples also lack the comma after
// `"ErrorCode": 0` and carry a trailing comma; the tests add the one and accept the other. PushOnline is kept for
// 7 days. Platform names are free text ("IPhone" in the samples, "iPhone" in the table).

#include "timrest/openim/batchsendmsg.hpp"  // max_recipients, recipient_error
#include "timrest/openim/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

#include <vector>

namespace timrest::openim {

enum class online_status { Online, PushOnline, Offline };
BOOST_DESCRIBE_ENUM(online_status, Online, PushOnline, Offline)

struct query_online_status_request {
    required<list<user_id, 1, max_recipients>> To_Account;  // 90011 beyond 500
    std::optional<switch_flag> IsNeedDetail{};              // 1 = list each platform's state
};
BOOST_DESCRIBE_STRUCT(query_online_status_request, (), (To_Account, IsNeedDetail))

struct platform_status {
    std::string Platform;  // "iPhone", "Android", "Web", "PC", "iPad", "Mac"
    named<online_status> Status{};
};
BOOST_DESCRIBE_STRUCT(platform_status, (), (Platform, Status))

struct online_state {
    std::string To_Account;
    std::optional<named<online_status>> Status{};  // the current table's name
    std::optional<named<online_status>> State{};   // the samples' and the older page's name
    std::optional<std::vector<platform_status>> Detail{};  // with IsNeedDetail 1

    /// The user's state, under whichever key the reply used.
    std::optional<named<online_status>> state() const { return Status ? Status : State; }
};
BOOST_DESCRIBE_STRUCT(online_state, (), (To_Account, Status, State, Detail))

struct query_online_status_response {
    std::vector<online_state> QueryResult{};
    std::vector<recipient_error> ErrorList{};  // {To_Account, ErrorCode}: 70107 for a user that does not exist
};
BOOST_DESCRIBE_STRUCT(query_online_status_response, (), (QueryResult, ErrorList))

struct query_online_status {
    static constexpr std::string_view path = "v4/openim/query_online_status";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    static constexpr std::size_t max_batch = max_recipients;
    using request = query_online_status_request;
    using response = query_online_status_response;
    static constexpr service_error errors[] = {
        codes::account_not_found, codes::server_timeout,       codes::bad_json,
        codes::bad_to_account,    codes::admin_required,       codes::too_many_recipients,
        codes::callback_or_internal, codes::internal_error_90994, codes::internal_error_90995,
        codes::internal_error,
    };
};

}  // namespace timrest::openim

TIMREST_COMPILED_ENDPOINT(timrest::openim::query_online_status)

#endif
