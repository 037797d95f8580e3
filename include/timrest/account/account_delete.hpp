#ifndef TIMREST_ACCOUNT_ACCOUNT_DELETE_HPP_INCLUDED
#define TIMREST_ACCOUNT_ACCOUNT_DELETE_HPP_INCLUDED

// v4/im_open_login_svc/account_delete: delete up to 100 accounts, with their profile and relationship data.
// Doc: https://www.tencentcloud.com/document/product/1047/34955. A missing account fails on its own
// (ResultCode 70107) while the call succeeds.

#include "timrest/account/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::account {

struct account_delete_request {
    required<list<account_ref, 1, max_batch>> DeleteItem;
};
BOOST_DESCRIBE_STRUCT(account_delete_request, (), (DeleteItem))

struct account_delete_result_item {
    std::int32_t ResultCode = 0;
    std::string ResultInfo;
    std::string UserID;
};
BOOST_DESCRIBE_STRUCT(account_delete_result_item, (), (ResultCode, ResultInfo, UserID))

struct account_delete_response {
    std::vector<account_delete_result_item> ResultItem;
};
BOOST_DESCRIBE_STRUCT(account_delete_response, (), (ResultItem))

struct account_delete {
    static constexpr std::string_view path = "v4/im_open_login_svc/account_delete";
    static constexpr unsigned calls_per_second = 100;  // the documented frequency limit
    using request = account_delete_request;
    using response = account_delete_response;
    static constexpr auto errors =
        join_errors(codes::batch_rows, {codes::relation_internal_error, codes::relation_timeout, codes::write_conflict,
                                        codes::profile_internal_error, codes::account_not_found,
                                        codes::bad_batch_size, codes::delete_not_allowed});
};

}  // namespace timrest::account

TIMREST_COMPILED_ENDPOINT(timrest::account::account_delete)

#endif
