#ifndef TIMREST_TRANSPORT_FAKE_HPP_INCLUDED
#define TIMREST_TRANSPORT_FAKE_HPP_INCLUDED

// An in-memory transport for unit tests of the generic call path: it records every request and answers
// with a function of the test's choosing.

#include "timrest/transport/transport.hpp"

#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace timrest {

class fake_transport final : public transport {
public:
    struct request {
        std::string url;
        std::string body;
        send_options how{};
    };
    using handler = std::function<http_outcome(const request&)>;

    explicit fake_transport(handler h) : handler_(std::move(h)) {}

    /// Answers every request with HTTP 200 and `body`.
    static handler always(std::string body) {
        return [body = std::move(body)](const request&) { return http_outcome{{}, {}, {200, body}}; };
    }

    http_outcome post(const std::string& url, std::string_view body, const send_options& how) override {
        request r{url, std::string(body), how};
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(r);
        }
        return handler_(r);
    }

    /// Every request so far, oldest first.
    std::vector<request> requests() const {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    handler handler_;
    mutable std::mutex mutex_;
    std::vector<request> requests_;
};

}  // namespace timrest

#endif
