#ifndef TIMREST_CORE_RESULT_HPP_INCLUDED
#define TIMREST_CORE_RESULT_HPP_INCLUDED

// result<T>: std::expected<T, call_error> in shape (C++23's is not available to a C++20 library), plus the
// request's `random`, which Tencent support asks for whether the call worked or not.

#include "timrest/core/detail/config.hpp"
#include "timrest/core/error.hpp"

#include <cstdint>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace timrest {

template <class T>
class result;

namespace detail {
template <class R>
struct is_result : std::false_type {};
template <class T>
struct is_result<result<T>> : std::true_type {};
}  // namespace detail

/// The outcome of a call: the endpoint's response or a call_error, and in both cases the request's `random`.
///
/// Reads like std::expected: `if (r) use(*r); else log(r.error().message());`. `*`, `->` and `error()` have
/// preconditions (a value, an error) that assert in debug builds; `value()` checks and throws timrest::error.
template <class T>
class result {
public:
    using value_type = T;
    using error_type = call_error;
    template <class U>
    using rebind = result<U>;

    result(T value, std::uint32_t random) : state_(std::in_place_index<0>, std::move(value)), random_(random) {}
    /// A response that took several attempts: `earlier_randoms` are the randoms of those before the last.
    result(T value, std::uint32_t random, std::vector<std::uint32_t> earlier_randoms)
        : state_(std::in_place_index<0>, std::move(value)), random_(random), earlier_(std::move(earlier_randoms)) {}
    // In place, so that T (which may hold required<> members) is never default-constructed.
    result(call_error e) : state_(std::in_place_index<1>, std::move(e)), random_(std::get<1>(state_).random) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The response; throws timrest::error when the call failed.
    T& value() & { return check(), *std::get_if<0>(&state_); }
    const T& value() const& { return check(), *std::get_if<0>(&state_); }
    T&& value() && { return check(), std::move(*std::get_if<0>(&state_)); }
    const T&& value() const&& { return check(), std::move(*std::get_if<0>(&state_)); }

    /// The response. Precondition: has_value().
    T& operator*() & noexcept { return *value_ptr(); }
    const T& operator*() const& noexcept { return *value_ptr(); }
    T&& operator*() && noexcept { return std::move(*value_ptr()); }
    const T&& operator*() const&& noexcept { return std::move(*value_ptr()); }
    T* operator->() noexcept { return value_ptr(); }
    const T* operator->() const noexcept { return value_ptr(); }

    /// Why the call failed. Precondition: !has_value().
    call_error& error() & noexcept { return *error_ptr(); }
    const call_error& error() const& noexcept { return *error_ptr(); }
    call_error&& error() && noexcept { return std::move(*error_ptr()); }
    const call_error&& error() const&& noexcept { return std::move(*error_ptr()); }

    /// The response, or `fallback` when the call failed.
    template <class U>
    T value_or(U&& fallback) const& {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U>
    T value_or(U&& fallback) && {
        return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
    }

    /// `f(response)`, which returns a result<U>, or this error. The random stays the one of the call that failed.
    template <class F>
    auto and_then(F&& f) & { return and_then_impl(*this, std::forward<F>(f)); }
    template <class F>
    auto and_then(F&& f) const& { return and_then_impl(*this, std::forward<F>(f)); }
    template <class F>
    auto and_then(F&& f) && { return and_then_impl(std::move(*this), std::forward<F>(f)); }

    /// result<U> holding `f(response)`, with this call's random; or this error.
    template <class F>
    auto transform(F&& f) & { return transform_impl(*this, std::forward<F>(f)); }
    template <class F>
    auto transform(F&& f) const& { return transform_impl(*this, std::forward<F>(f)); }
    template <class F>
    auto transform(F&& f) && { return transform_impl(std::move(*this), std::forward<F>(f)); }

    /// This result when it holds a response, else `f(error)`, which returns a result<T> (e.g. a fallback call).
    template <class F>
    result or_else(F&& f) const& {
        if (has_value()) return *this;
        return std::invoke(std::forward<F>(f), error());
    }
    template <class F>
    result or_else(F&& f) && {
        if (has_value()) return std::move(*this);
        return std::invoke(std::forward<F>(f), std::move(*this).error());
    }

    /// The `random` query parameter the request carried (its last attempt's).
    std::uint32_t random() const noexcept { return random_; }
    /// The `random` of every attempt, oldest first, the last one being random(): more than one after retries
    /// or a UserSig renewal.
    std::vector<std::uint32_t> randoms() const {
        std::vector<std::uint32_t> all = has_value() ? earlier_ : error_ptr()->earlier_randoms;
        if (has_value() || random_ != 0) all.push_back(random_);  // 0: refused or stopped before any request
        return all;
    }

private:
    void check() const {
        if (!has_value()) throw timrest::error(*std::get_if<1>(&state_));
    }
    T* value_ptr() noexcept {
        TIMREST_ASSERT(has_value() && "result: * or -> on a failed call; check has_value() or use value()");
        return std::get_if<0>(&state_);
    }
    const T* value_ptr() const noexcept {
        TIMREST_ASSERT(has_value() && "result: * or -> on a failed call; check has_value() or use value()");
        return std::get_if<0>(&state_);
    }
    call_error* error_ptr() noexcept {
        TIMREST_ASSERT(!has_value() && "result: error() on a call that succeeded; check has_value() first");
        return std::get_if<1>(&state_);
    }
    const call_error* error_ptr() const noexcept {
        TIMREST_ASSERT(!has_value() && "result: error() on a call that succeeded; check has_value() first");
        return std::get_if<1>(&state_);
    }

    template <class Self, class F>
    static auto and_then_impl(Self&& self, F&& f) {
        using R = std::remove_cvref_t<std::invoke_result_t<F, decltype(*std::forward<Self>(self))>>;
        static_assert(detail::is_result<R>::value,
                      "timrest: result::and_then needs a function that returns a timrest::result<U>; use transform "
                      "for a function that returns a plain value");
        if (self.has_value()) return std::invoke(std::forward<F>(f), *std::forward<Self>(self));
        return R(std::forward<Self>(self).error());
    }

    template <class Self, class F>
    static auto transform_impl(Self&& self, F&& f) {
        using U = std::remove_cvref_t<std::invoke_result_t<F, decltype(*std::forward<Self>(self))>>;
        if (self.has_value())
            return result<U>(std::invoke(std::forward<F>(f), *std::forward<Self>(self)), self.random(), self.earlier_);
        return result<U>(std::forward<Self>(self).error());
    }

    std::variant<T, call_error> state_;
    std::uint32_t random_;
    std::vector<std::uint32_t> earlier_;  // of a response; an error keeps its own in call_error
};

}  // namespace timrest

#endif
