#ifndef MYAPP_QUERY_ONLINE_STATUS_HPP_INCLUDED
#define MYAPP_QUERY_ONLINE_STATUS_HPP_INCLUDED

// An endpoint declared in the application's own namespace and file: this header is all it takes to call
// v4/openim/query_online_status through timrest::client. (The library declares this endpoint too, in
// timrest/openim/query_online_status.hpp, with its whole error table; this is the short form, for the example.)
// Doc: https://www.tencentcloud.com/document/product/1047/35477

#include <timrest/protocol/call.hpp>
#include <timrest/protocol/types.hpp>  // user_id

// tag::declaration[]
namespace myapp {

struct query_online_status_request {
    timrest::required<timrest::list<timrest::user_id, 1, 500>> To_Account;
    std::optional<std::int32_t> IsNeedDetail{};
};
BOOST_DESCRIBE_STRUCT(query_online_status_request, (), (To_Account, IsNeedDetail))

struct query_result {
    std::string To_Account;
    std::string Status;  // "Online", "PushOnline" or "Offline"
};
BOOST_DESCRIBE_STRUCT(query_result, (), (To_Account, Status))

struct query_online_status_response {
    std::vector<query_result> QueryResult;
};
BOOST_DESCRIBE_STRUCT(query_online_status_response, (), (QueryResult))

struct query_online_status {
    static constexpr std::string_view path = "v4/openim/query_online_status";
    using request = query_online_status_request;
    using response = query_online_status_response;
    static constexpr timrest::service_error errors[] = {
        {70402, "invalid parameter"},
        {70500, "internal server error; try again", true},
    };
};

}  // namespace myapp
// end::declaration[]

#endif
