#ifndef TIMREST_ACCOUNT_MULTIACCOUNT_IMPORT_HPP_INCLUDED
#define TIMREST_ACCOUNT_MULTIACCOUNT_IMPORT_HPP_INCLUDED

// v4/im_open_login_svc/multiaccount_import: import up to 100 accounts.
// Doc: https://www.tencentcloud.com/zh/document/product/1047/34954. Two request formats exist: the
// old `Accounts` (UserIDs) and the new `AccountList` (with nick and face URL); a request uses exactly one.
// The call can succeed while some accounts fail: they come back in FailAccounts.

#include "timrest/account/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::account {

struct account_entry {
    required<user_id> UserID;
    std::optional<text<500>> Nick{};
    std::optional<text<500>> FaceUrl{};
};
BOOST_DESCRIBE_STRUCT(account_entry, (), (UserID, Nick, FaceUrl))

struct multiaccount_import_request {
    optional_list<user_id, 1, max_batch> Accounts{};
    optional_list<account_entry, 1, max_batch> AccountList{};

    static constexpr auto rules = timrest::rules(
        exactly_one_of(&multiaccount_import_request::Accounts, &multiaccount_import_request::AccountList));
};
BOOST_DESCRIBE_STRUCT(multiaccount_import_request, (), (Accounts, AccountList))

struct multiaccount_import_response {
    std::vector<std::string> FailAccounts;
};
BOOST_DESCRIBE_STRUCT(multiaccount_import_response, (), (FailAccounts))

struct multiaccount_import {
    static constexpr std::string_view path = "v4/im_open_login_svc/multiaccount_import";
    static constexpr unsigned calls_per_second = 100;  // the documented frequency limit
    static constexpr bool idempotent = true;  // re-importing keeps one internal ID (account_import's page)
    using request = multiaccount_import_request;
    using response = multiaccount_import_response;
    static constexpr auto errors = join_errors(codes::batch_rows, {codes::account_limit, codes::bad_batch_size});
};

}  // namespace timrest::account

TIMREST_COMPILED_ENDPOINT(timrest::account::multiaccount_import)

#endif
