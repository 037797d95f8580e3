#ifndef TIMREST_ACCOUNT_ACCOUNT_CHECK_HPP_INCLUDED
#define TIMREST_ACCOUNT_ACCOUNT_CHECK_HPP_INCLUDED

// v4/im_open_login_svc/account_check: whether up to 100 accounts are imported.
// Doc: https://www.tencentcloud.com/jp/document/product/1047/34956.

#include "timrest/account/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::account {

struct account_check_request {
    required<list<account_ref, 1, max_batch>> CheckItem;
};
BOOST_DESCRIBE_STRUCT(account_check_request, (), (CheckItem))

/// AccountStatus values, sent by name.
enum class account_status { Imported, NotImported };
BOOST_DESCRIBE_ENUM(account_status, Imported, NotImported)

struct account_check_result_item {
    std::string UserID;
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
    named<account_status> AccountStatus;
};
BOOST_DESCRIBE_STRUCT(account_check_result_item, (), (UserID, ResultCode, ResultInfo, AccountStatus))

struct account_check_response {
    std::vector<account_check_result_item> ResultItem;
};
BOOST_DESCRIBE_STRUCT(account_check_response, (), (ResultItem))

struct account_check {
    static constexpr std::string_view path = "v4/im_open_login_svc/account_check";
    static constexpr unsigned calls_per_second = 100;  // the documented frequency limit
    static constexpr bool idempotent = true;  // a read
    using request = account_check_request;
    using response = account_check_response;
    static constexpr auto errors = join_errors(codes::batch_rows, {codes::bad_batch_size});
};

}  // namespace timrest::account

TIMREST_COMPILED_ENDPOINT(timrest::account::account_check)

#endif
