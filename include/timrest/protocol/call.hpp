#ifndef TIMREST_PROTOCOL_CALL_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_HPP_INCLUDED

// The typed call: validate, encode, send, decode, map errors. The only place that turns a declaration into
// a request, for every endpoint.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/result.hpp"
#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/protocol/call_result.hpp"
#include "timrest/protocol/client.hpp"
#include "timrest/protocol/common_errors.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"
#include "timrest/protocol/service_error.hpp"

#include <string>
#include <type_traits>
#include <utility>

namespace timrest {

/// The error for a service reply with ErrorCode != 0, with the meaning from E's table or the common one.
template <class E>
call_error service_failure(const raw_reply& reply) {
    call_error e;
    e.code = {reply.env.ErrorCode, service_category<E>()};
    e.info = reply.env.ErrorInfo;
    e.display = reply.env.ErrorDisplay.value_or(std::string());
    e.random = reply.random;
    e.sent = true;
    e.earlier_randoms = reply.earlier_randoms;
    if (auto row = lookup_error<E>(reply.env.ErrorCode)) {
        e.meaning = row->meaning;
        e.retryable = row->retryable;
    }
    return e;
}

/// E's response from a reply the service accepted (ErrorCode 0), or bad_response naming the path that did not fit.
/// Lenient about what the service leaves out (it adds and omits keys without notice): an absent plain member
/// keeps its default, so an applied change is never reported as failed. A wrong type, an absent required<> or
/// non-optional nested value, an array past its declared bound or a reply past its memory budget is an error.
template <class E>
result<typename E::response> decode_response(const raw_reply& reply) {
    auto response = blank<typename E::response>();
    if (auto bad = from_json(reply.body, response,
                             {.absent = absent_fields::keep_defaults,
                              .max_memory = reply.memory_left,
                              .enforce_array_bounds = true}))
        return call_error{.code = protocol_errc::bad_response,
                          .info = bad->to_string(),
                          .random = reply.random,
                          .sent = true,
                          .earlier_randoms = reply.earlier_randoms};
    return {std::move(response), reply.random, reply.earlier_randoms};
}

namespace detail {
template <class E>
bool retryable_code(int code) noexcept {
    const service_error* row = lookup_error<E>(code);
    return row && row->retryable;
}
}  // namespace detail

/// What the client needs of E's declaration to send it: its rate, whether it is idempotent, its retryable codes.
template <class E>
constexpr endpoint_traits traits_of() noexcept {
    return {.calls_per_second = calls_per_second<E>(),
            .idempotent = is_idempotent<E>(),
            .retryable_code = &detail::retryable_code<E>};
}

/// The request's rule violations as an error, or nothing when it may be sent.
template <class Request>
std::optional<call_error> check_request(const Request& request) {
    auto violations = validate(request);
    if (violations.empty()) return std::nullopt;
    return call_error{.code = protocol_errc::invalid_request, .info = to_string(violations)};
}

/// What a reply means for E: its response, the service's refusal, or why there is neither.
template <class E>
call_result<E> read_result(raw_reply&& reply) {
    if (reply.error) return std::move(*reply.error);
    if (reply.env.ErrorCode != 0) return service_failure<E>(reply);
    std::string().swap(reply.text);  // the response is built from the parsed body: free the text first
    return decode_response<E>(reply);
}

template <class E>
call_result<E> detail::typed_call<E>::run(client& c, const typename E::request& request, const call_options& options) {
    if (auto invalid = check_request(request)) return std::move(*invalid);
    return read_result<E>(c.post(E::path, to_json_string(request), traits_of<E>(), options));
}

/// Calls endpoint E. Never throws for a failure the service, the network or the request can cause: the
/// result holds the response or a call_error, and the request's `random` either way. A request that breaks
/// a rule of the declaration is not sent. `options` may set a retry policy, a time limit, a deadline and a stop
/// token (call_options); by default the call is sent once.
template <class E>
call_result<E> try_call(client& c, const detail::request_t<E>& request, const call_options& options = {}) {
    if constexpr (!detail::check_endpoint<E>()) {
        return call_error{};  // check_endpoint has said what to fix; this keeps it the only error
    } else {
        return detail::typed_call<E>::run(c, request, options);
    }
}

/// Rejects a request struct of another endpoint, with a sentence instead of a conversion error.
template <class E, class R>
    requires(!std::is_same_v<std::remove_cvref_t<R>, typename E::request>)
call_result<E> try_call(client&, const R&, const call_options& = {}) {
    static_assert(detail::dependent_false<R>,
                  "timrest::try_call<E>(client, request): the request must be E::request; this is another type");
    return call_error{};
}

/// Calls endpoint E and returns its response; throws timrest::error (with code, ErrorInfo and random) on
/// failure.
template <class E>
detail::response_t<E> call(client& c, const detail::request_t<E>& request, const call_options& options = {}) {
    return try_call<E>(c, request, options).value();
}

/// Rejects a request struct of another endpoint, as try_call does.
template <class E, class R>
    requires(!std::is_same_v<std::remove_cvref_t<R>, typename E::request>)
detail::response_t<E> call(client&, const R&, const call_options& = {}) {
    static_assert(detail::dependent_false<R>,
                  "timrest::call<E>(client, request): the request must be E::request; this is another type");
    return {};
}

}  // namespace timrest

#endif
