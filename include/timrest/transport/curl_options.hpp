#ifndef TIMREST_TRANSPORT_CURL_OPTIONS_HPP_INCLUDED
#define TIMREST_TRANSPORT_CURL_OPTIONS_HPP_INCLUDED

// The curl transport's settings, apart from the transport itself: a client's config holds them, and a TU that
// only makes calls should not parse libcurl.

#include "timrest/core/detail/chrono.hpp"
#include "timrest/core/detail/config.hpp"

#include <optional>
#include <string>

namespace timrest {

/// Settings of the curl transport. Defaults are safe on a real network.
struct curl_options {
    /// Time allowed to establish the connection (TCP and TLS).
    std::chrono::milliseconds connect_timeout = std::chrono::seconds(5);
    /// Time allowed for the whole exchange. The service itself gives up after 3 s.
    std::chrono::milliseconds timeout = std::chrono::seconds(10);
    /// Verify the server's certificate and that it names the host. Turn off only for a test server.
    bool verify_tls = true;
    /// A CA bundle to verify against instead of the system's.
    std::optional<std::string> ca_file;
    /// A proxy URL, e.g. "http://proxy:3128"; empty for none (curl then honours the *_proxy variables).
    std::string proxy;
    /// Sent as the User-Agent header.
    std::string user_agent = "timrest/" TIMREST_VERSION_STRING;
};

}  // namespace timrest

#endif
