#ifndef TIMREST_TESTS_ALL_MEMBER_PUSH_ROUND_TRIP_HPP_INCLUDED
#define TIMREST_TESTS_ALL_MEMBER_PUSH_ROUND_TRIP_HPP_INCLUDED

// The two checks every all_member_push golden test makes on its page's samples. (A candidate for golden.hpp.)

#include "golden.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"

#include <initializer_list>
#include <string_view>

namespace timrest_test {

/// Each sample request decodes with unknown keys refused, validates, and re-encodes to the same JSON.
template <class Request>
void check_page_requests(std::initializer_list<std::string_view> texts) {
    for (auto text : texts) {
        const auto request = decode_request<Request>(text);
        CHECK(timrest::validate(request).empty());
        CHECK(timrest::to_json(request) == sample(text));
    }
}

/// The sample reply decodes and re-encodes to the same JSON, less the envelope.
template <class Response>
void check_page_reply(std::string_view text) {
    CHECK(timrest::to_json(decode_response<Response>(text)) == without_envelope(text));
}

}  // namespace timrest_test

#endif
