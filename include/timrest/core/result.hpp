#ifndef TIMREST_CORE_RESULT_HPP_INCLUDED
#define TIMREST_CORE_RESULT_HPP_INCLUDED

#include "timrest/core/error.hpp"

#include <cstdint>
#include <type_traits>
#include <utility>
#include <variant>

namespace timrest {

/// The outcome of a call: the endpoint's response or a call_error, and in both cases the request's
/// `random`, which Tencent support asks for.
template <class T>
class result {
public:
    using value_type = T;

    result(T value, std::uint32_t random) : state_(std::in_place_index<0>, std::move(value)), random_(random) {}
    // In place, so that T (which may hold required<> members) is never default-constructed.
    result(call_error e) : state_(std::in_place_index<1>, std::move(e)), random_(std::get<1>(state_).random) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    /// The response; throws timrest::error when the call failed.
    T& value() & { return check(), std::get<0>(state_); }
    const T& value() const& { return check(), std::get<0>(state_); }
    T&& value() && { return check(), std::get<0>(std::move(state_)); }

    T& operator*() & noexcept { return *std::get_if<0>(&state_); }
    const T& operator*() const& noexcept { return *std::get_if<0>(&state_); }
    T* operator->() noexcept { return std::get_if<0>(&state_); }
    const T* operator->() const noexcept { return std::get_if<0>(&state_); }

    /// Why the call failed. Precondition: !has_value().
    const call_error& error() const& noexcept { return *std::get_if<1>(&state_); }

    /// The `random` query parameter the request carried.
    std::uint32_t random() const noexcept { return random_; }

private:
    void check() const {
        if (!has_value()) throw timrest::error(error());
    }

    std::variant<T, call_error> state_;
    std::uint32_t random_;
};

}  // namespace timrest

#endif
