#ifndef TIMREST_PROTOCOL_PAGES_HPP_INCLUDED
#define TIMREST_PROTOCOL_PAGES_HPP_INCLUDED

// Every page of a paged endpoint (one that declares `paging`), as a callback per page or as a range.

#include "timrest/core/paging.hpp"
#include "timrest/protocol/call.hpp"

#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>

namespace timrest {

template <class E>
concept paged_endpoint = requires { E::paging; };

namespace detail {
template <class E>
constexpr void check_paged() {
    static_assert(paged_endpoint<E>,
                  "timrest: this endpoint declares no paging; add `static constexpr auto paging = "
                  "timrest::paging(complete_when(...), cursor(...)...);` to its declaration");
}

// Moves `request` to the page after `page`; an error when the cursors did not move, which would ask for
// the same page again for ever.
template <class E>
std::optional<call_error> next_page(const typename E::response& page, typename E::request& request,
                                    std::uint32_t random) {
    if (E::paging.advance(page, request)) return std::nullopt;
    return call_error{.code = protocol_errc::bad_response,
                      .info = "the reply is not the last page (CompleteFlag) but its cursors did not move",
                      .random = random,
                      .sent = true};
}
}  // namespace detail

/// Calls `on_page(const E::response&)` for each page, starting from `request` (first-page cursors by
/// default), until the declaration's completion flag says the last page arrived. `on_page` may return
/// false to stop early. Returns the error that ended the walk, if any.
template <class E, class F>
std::optional<call_error> for_each_page(client& c, typename E::request request, F&& on_page) {
    detail::check_paged<E>();
    if constexpr (paged_endpoint<E>) for (;;) {
        auto page = try_call<E>(c, request);
        if (!page) return page.error();
        using returned = std::invoke_result_t<F&, const typename E::response&>;
        static_assert(std::is_same_v<returned, bool> || std::is_void_v<returned>,
                      "timrest::for_each_page: the callback returns void, or bool (false stops the walk)");
        if constexpr (std::is_same_v<returned, bool>) {
            if (!on_page(std::as_const(*page))) return std::nullopt;
        } else {
            on_page(std::as_const(*page));
        }
        if (E::paging.done(*page, request)) return std::nullopt;
        if (auto stuck = detail::next_page<E>(*page, request, page.random())) return stuck;
    }
    return std::nullopt;
}

/// The pages of a paged endpoint as an input range of result<E::response>. Each page is fetched when the
/// iterator reaches it; a failed page is the last element.
template <class E>
class page_range {
public:
    using value_type = result<typename E::response>;

    page_range(client& c, typename E::request first) : client_(&c), next_(std::move(first)) {
        detail::check_paged<E>();
    }

    class iterator {
    public:
        using value_type = page_range::value_type;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        explicit iterator(page_range* r) : range_(r) {}
        const value_type& operator*() const { return *range_->current_; }
        const value_type* operator->() const { return &*range_->current_; }
        iterator& operator++() {
            range_->fetch();
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept { return it.at_end(); }

    private:
        bool at_end() const noexcept { return !range_ || !range_->current_; }
        page_range* range_ = nullptr;
    };

    iterator begin() {
        if (!started_) {
            started_ = true;
            fetch();
        }
        return iterator(this);
    }
    std::default_sentinel_t end() const noexcept { return {}; }

private:
    void fetch() {
        if (pending_error_) {  // the page before was yielded; now the reason the walk stops
            current_.emplace(std::move(*pending_error_));
            pending_error_.reset();
            finished_ = true;
            return;
        }
        if (finished_) {
            current_.reset();
            return;
        }
        current_.emplace(try_call<E>(*client_, next_));
        if constexpr (paged_endpoint<E>) {  // else check_paged has said what to fix
            if (!*current_ || E::paging.done(**current_, next_))
                finished_ = true;
            else
                pending_error_ = detail::next_page<E>(**current_, next_, current_->random());
        }
    }

    client* client_;
    typename E::request next_;
    std::optional<value_type> current_;
    std::optional<call_error> pending_error_;
    bool started_ = false;
    bool finished_ = false;
};

/// `for (const auto& page : timrest::pages<E>(client, request))`: every page, lazily.
template <class E>
page_range<E> pages(client& c, typename E::request first) {
    return page_range<E>(c, std::move(first));
}

}  // namespace timrest

#endif
