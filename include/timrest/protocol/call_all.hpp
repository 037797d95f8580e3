#ifndef TIMREST_PROTOCOL_CALL_ALL_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_ALL_HPP_INCLUDED

// Many calls of one endpoint from one thread: up to batch_options::in_flight requests on the wire at once (over
// libcurl's multi interface), each paced, retried and renewed as a single call is.
//
//   std::vector<account::account_import_request> accounts = ...;
//   auto results = timrest::call_all<account::account_import>(chat, accounts, {.in_flight = 32});
//
//   timrest::for_each_result<openim::sendmsg>(chat, messages, [](std::size_t i, auto result) { ... });
//
// call_all holds every result, in input order. for_each_result hands each one over as it completes and reads its
// input as it goes, for inputs too large to hold.

#include "timrest/protocol/call.hpp"

#include <concepts>
#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

namespace timrest {

namespace detail {

template <class E, class R>
concept requests_of = std::ranges::input_range<R> &&
                      std::convertible_to<std::ranges::range_reference_t<R>, const request_t<E>&>;

// The batch over [it, end): validated and encoded as each request is taken, so that an input range is read once,
// as the batch goes. `it` is left where the batch stopped taking input.
template <class E, class I, class S, class F>
void each_result(client& c, I& it, const S& end, F& on_result, const batch_options& options) {
    std::size_t index = 0;
    const std::function<std::optional<raw_call>()> next = [&]() -> std::optional<raw_call> {
        if (it == end) return std::nullopt;
        raw_call call;
        call.index = index++;
        {
            const request_t<E>& request = *it;  // a prvalue of a view lives to the end of this block
            if (auto invalid = check_request(request)) call.invalid = std::move(invalid);
            else call.body = to_json_string(request);
        }
        ++it;
        return call;
    };
    const std::function<bool(std::size_t, raw_reply&&)> done = [&](std::size_t i, raw_reply&& reply) {
        call_result<E> result = read_result<E>(std::move(reply));
        const bool succeeded = result.has_value();
        on_result(i, std::move(result));
        return succeeded;
    };
    c.post_each(E::path, traits_of<E>(), options, next, done);
}

}  // namespace detail

/// Calls E once for each request of `requests` (an input range, read as the batch goes) and calls
/// `on_result(index, call_result<E>)` for each as it completes: in completion order, on this thread. A request
/// that breaks a rule of the declaration is not sent; its result says why. Retries are on by default
/// (batch_options::retry). When `options.stop` is triggered or the deadline passes, nothing more is sent or read
/// from `requests`: the requests in flight finish, the calls that were waiting fail with cancelled or
/// deadline_exceeded, and the requests not read yet get no result.
template <class E, class R, class F>
    requires detail::requests_of<E, R> && std::invocable<F&, std::size_t, call_result<E>&&>
void for_each_result(client& c, R&& requests, F&& on_result, const batch_options& options = {}) {
    static_assert(detail::check_endpoint<E>(), "timrest::for_each_result<E>: E is not a valid endpoint declaration");
    auto it = std::ranges::begin(requests);
    detail::each_result<E>(c, it, std::ranges::end(requests), on_result, options);
}

/// Calls E once for each request of `requests`, as for_each_result does, and returns every result in input
/// order. A call that was never sent because the batch was stopped or ran past its deadline has the error
/// protocol_errc::cancelled or deadline_exceeded.
template <class E, class R>
    requires detail::requests_of<E, R>
std::vector<call_result<E>> call_all(client& c, R&& requests, const batch_options& options = {}) {
    static_assert(detail::check_endpoint<E>(), "timrest::call_all<E>: E is not a valid endpoint declaration");
    std::vector<std::optional<call_result<E>>> slots;
    if constexpr (std::ranges::sized_range<R>) slots.reserve(std::ranges::size(requests));
    auto keep = [&](std::size_t i, call_result<E>&& r) {
        if (slots.size() <= i) slots.resize(i + 1);
        slots[i].emplace(std::move(r));
    };
    auto it = std::ranges::begin(requests);
    const auto end = std::ranges::end(requests);
    detail::each_result<E>(c, it, end, keep, options);
    for (; it != end; ++it) slots.emplace_back();  // never read: the batch stopped first
    const auto why = options.stop.stop_requested() ? protocol_errc::cancelled : protocol_errc::deadline_exceeded;
    std::vector<call_result<E>> results;
    results.reserve(slots.size());
    for (auto& slot : slots)
        results.push_back(slot ? std::move(*slot) : call_result<E>(call_error{.code = why}));
    return results;
}

}  // namespace timrest

#endif
