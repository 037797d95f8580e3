#ifndef TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED
#define TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED

// The seam between the call path and the network: one POST of a JSON body. The curl transport is the real
// one; transport/fake.hpp answers in memory for unit tests of the generic path.

#include <string>
#include <string_view>
#include <system_error>

namespace timrest {

/// What came back over HTTP, whatever the status.
struct http_response {
    long status = 0;
    std::string body;
};

/// A response, or why there is none. `detail` is for people and never contains the URL's query.
struct http_outcome {
    std::error_code error;
    std::string detail;
    http_response response;
};

/// Moves one request. Implementations must be safe to call from several threads at once.
class transport {
public:
    virtual ~transport() = default;
    /// POSTs `body` with `Content-Type: application/json` to `url`.
    virtual http_outcome post(const std::string& url, std::string_view body) = 0;
};

}  // namespace timrest

#endif
