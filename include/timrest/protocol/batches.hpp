#ifndef TIMREST_PROTOCOL_BATCHES_HPP_INCLUDED
#define TIMREST_PROTOCOL_BATCHES_HPP_INCLUDED

// More items than one request may carry: for_each_batch<E> cuts them into requests of the size E declares,
// calls E once per batch, and gathers what failed, whole calls and single items alike.
//
//   auto report = timrest::for_each_batch<account::multiaccount_import>(chat, ids, [](auto batch) {
//       return account::multiaccount_import_request{.Accounts = batch};
//   });

#include "timrest/core/detail/wire_traits.hpp"
#include "timrest/protocol/call.hpp"
#include "timrest/protocol/item_failures.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <ranges>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace timrest {

namespace detail {

template <class T>
constexpr std::size_t list_bound() {
    if constexpr (is_required<T>::value || is_optional<T>::value)
        return list_bound<typename T::value_type>();
    else if constexpr (is_sequence<T>::value)
        return sequence_bounds<T>::max_size;
    else
        return unbounded;
}

template <class Request>
constexpr std::size_t smallest_list_bound() {
    std::size_t bound = unbounded;
    boost::mp11::mp_for_each<boost::describe::describe_members<Request, boost::describe::mod_public>>(
        [&](auto D) { bound = std::min(bound, list_bound<member_type<Request, decltype(D)>>()); });
    return bound;
}

}  // namespace detail

/// How many items one request of E carries at most: `E::max_batch` when the declaration states it, else the
/// smallest upper bound among the request's lists (multiaccount_import: 100).
template <class E>
constexpr std::size_t batch_limit() {
    if constexpr (requires { E::max_batch; })
        return E::max_batch;
    else
        return detail::smallest_list_bound<typename E::request>();
}

/// What for_each_batch did.
struct batch_report {
    /// A batch whose call failed as a whole: none of its items may have been applied.
    struct failed_batch {
        std::size_t first = 0;  ///< index of its first item in the input
        std::size_t size = 0;   ///< how many items it held
        call_error error;
    };
    /// An item that failed inside a call that succeeded.
    struct failed_item {
        std::size_t batch_first = 0;  ///< index in the input of the first item of its batch
        item_failure failure;         ///< the item as the response reported it (its UserID, ...)
    };

    std::size_t items = 0;  ///< items taken from the input
    std::size_t calls = 0;  ///< requests sent
    std::vector<failed_batch> failed_batches;
    std::vector<failed_item> failed_items;

    /// Every item went through.
    bool ok() const noexcept { return failed_batches.empty() && failed_items.empty(); }
};

/// Calls E once for every `batch_limit<E>()` items of `items`, with the request `make_request(batch)` builds
/// from a std::span of them, in order. A failed call does not stop the others (unless `stop_on_failure`); the
/// report lists it with the span of input it covered, and every per-item failure of the calls that succeeded.
template <class E, std::ranges::input_range R, class MakeRequest>
batch_report for_each_batch(client& c, R&& items, MakeRequest&& make_request, bool stop_on_failure = false) {
    using item = std::ranges::range_value_t<R>;
    static_assert(std::is_invocable_r_v<typename E::request, MakeRequest&, std::span<const item>>,
                  "timrest::for_each_batch<E>: make_request must take a std::span<const Item> of the items and "
                  "return E::request");
    constexpr std::size_t limit = batch_limit<E>();
    static_assert(limit != unbounded && limit > 0,
                  "timrest::for_each_batch<E>: E's request has no bounded list to cut batches by; declare "
                  "`static constexpr std::size_t max_batch = N;` in E");

    batch_report report;
    std::vector<item> batch;
    batch.reserve(limit);
    auto flush = [&] {
        if (batch.empty()) return true;
        const std::size_t first = report.items;
        report.items += batch.size();
        ++report.calls;
        auto r = try_call<E>(c, make_request(std::span<const item>(batch)));
        const bool ok = r.has_value();
        if (ok) {
            for (auto& f : item_failures<E>(*r)) report.failed_items.push_back({first, std::move(f)});
        } else {
            report.failed_batches.push_back({first, batch.size(), std::move(r).error()});
        }
        batch.clear();
        return ok || !stop_on_failure;
    };
    for (auto&& x : items) {
        batch.push_back(std::forward<decltype(x)>(x));
        if (batch.size() == limit && !flush()) return report;
    }
    flush();
    return report;
}

}  // namespace timrest

#endif
