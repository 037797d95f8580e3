#ifndef TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED
#define TIMREST_TRANSPORT_TRANSPORT_HPP_INCLUDED

// The seam between the call path and the network: one POST of a JSON body. The curl transport is the real
// one; transport/fake.hpp answers in memory for unit tests of the generic path.

#include <chrono>
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

/// How one request may be sent.
struct send_options {
    /// Whether sending the request twice does what sending it once does; the endpoint's declaration says. When
    /// false, the transport must not send it a second time on its own once any of it may have reached the server.
    /// libcurl does exactly that when a kept-alive connection dies after the request was written: for a message,
    /// a duplicate nobody sees. The transport fails the request instead (condition::may_have_been_applied).
    bool idempotent = false;
    /// The longest the request may take in all; 0 keeps the transport's own limit. A shorter limit wins.
    std::chrono::milliseconds timeout{0};
};

/// Moves one request. Implementations must be safe to call from several threads at once.
class transport {
public:
    virtual ~transport() = default;
    /// POSTs `body` with `Content-Type: application/json` to `url`, as `how` says.
    virtual http_outcome post(const std::string& url, std::string_view body, const send_options& how) = 0;
};

}  // namespace timrest

#endif
