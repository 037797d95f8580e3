#ifndef TIMREST_OPERATIONS_GETIPLIST_HPP_INCLUDED
#define TIMREST_OPERATIONS_GETIPLIST_HPP_INCLUDED

// v4/ConfigSvc/GetIPList: the IP addresses and ranges of the Chat servers and webhook senders, for allowlists.
// Doc: https://www.tencentcloud.com/document/product/1047/36742. 200 calls a second.
// The service and command names are mixed case, as the page writes them (the path check accepts that); the
// declaration is named get_ip_list, in the library's case.
// Only addresses of the Chinese mainland come back unless the vendor enables more for the app.
// Left out: the page's `nettype` (0 all, 1-6 one kind of address) is a query parameter of the URL, not a body
// field, and a declaration cannot add query parameters; without it the call sends the same URL as the page
// minus nettype. The request body is the page's `{}`. The page lists no error codes of its own.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct get_ip_list_request {};
BOOST_DESCRIBE_STRUCT(get_ip_list_request, (), ())

struct get_ip_list_response {
    std::vector<std::string> IPList;  // addresses ("127.0.0.2") and CIDR ranges ("183.192.202.0/25")
};
BOOST_DESCRIBE_STRUCT(get_ip_list_response, (), (IPList))

struct get_ip_list {
    static constexpr std::string_view path = "v4/ConfigSvc/GetIPList";
    static constexpr unsigned calls_per_second = 200;
    static constexpr bool idempotent = true;  // a read
    using request = get_ip_list_request;
    using response = get_ip_list_response;
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::get_ip_list)

#endif
