#ifndef TIMREST_TESTS_SNS_PAGE_SAMPLES_HPP_INCLUDED
#define TIMREST_TESTS_SNS_PAGE_SAMPLES_HPP_INCLUDED

// The two checks every golden test of the sns and follow families makes of a page's samples: a request decodes
// with unknown keys refused, validates and re-encodes to the same JSON; a reply decodes and re-encodes to its
// JSON without the envelope. Include after golden.hpp.

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <string_view>

namespace timrest_test {

template <class Request>
Request page_request(std::string_view text) {
    auto request = decode_request<Request>(text);
    CHECK(rendered(timrest::validate(request)).empty());
    CHECK(timrest::to_json(request) == sample(text));
    return request;
}

template <class Response>
Response page_response(std::string_view text) {
    auto response = decode_response<Response>(text);
    CHECK(timrest::to_json(response) == without_envelope(text));
    return response;
}

/// `n` distinct UserIDs, for list bounds.
inline std::vector<timrest::user_id> user_ids(std::size_t n) {
    std::vector<timrest::user_id> out;
    for (std::size_t i = 0; i < n; ++i) out.emplace_back("u" + std::to_string(i));
    return out;
}

}  // namespace timrest_test

#endif
