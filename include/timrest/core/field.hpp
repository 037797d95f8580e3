#ifndef TIMREST_CORE_FIELD_HPP_INCLUDED
#define TIMREST_CORE_FIELD_HPP_INCLUDED

// Field types that carry a declaration's rules in the type itself, so the rule is checked where a value is
// written: required<T> cannot be left out of an aggregate, a text<N> literal cannot exceed N bytes, a list
// literal cannot exceed its bound. Values known only at run time are checked by core/validate.hpp, which
// reads the same bounds.

#include "timrest/core/detail/config.hpp"

#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace timrest {

namespace detail {
template <class Self, class... A>
concept not_copy_of = !(sizeof...(A) == 1 && (std::same_as<std::remove_cvref_t<A>, Self> && ...));

// Builds a field in the state it has before a decoder fills it: a list that needs elements cannot be built
// empty otherwise. Only blank<T> and required<T>'s refusing constructor use it.
struct unset_t {
    explicit unset_t() = default;
};
inline constexpr unset_t unset{};

template <class T>
struct nonempty_list : std::false_type {};

template <class T>
T unset_value() {
    if constexpr (nonempty_list<T>::value)
        return T(unset);
    else
        return T();
}

constexpr std::size_t length_before_first_nul(const char* s, std::size_t n) noexcept {
    std::size_t i = 0;
    while (i < n && s[i] != '\0') ++i;
    return i;
}

constexpr std::size_t length_before_trailing_nuls(const char* s, std::size_t n) noexcept {
    while (n > 0 && s[n - 1] == '\0') --n;
    return n;
}
}  // namespace detail

/// No upper bound on a list's size.
inline constexpr std::size_t unbounded = std::numeric_limits<std::size_t>::max();

/// A field that must be given a value wherever the request is built. Leaving it out of a designated
/// initializer does not compile. On the wire it is always present.
template <class T>
class required {
public:
    using value_type = T;

    // A template so that the static_assert fires only when someone omits the field.
    // C++ tells the constructor neither the member's name nor whether `{}` was written or the member left out
    // (both value-initialize it), so the sentence names both and points at the compiler's notes.
    template <class Omitted = void>
    required() : value_(detail::unset_value<T>()) {
        if constexpr (detail::nonempty_list<T>::value)
            static_assert(detail::dependent_false<Omitted>,
                          "timrest: a required field was left out, or given {}, and it is a list that needs at least "
                          "MinSize elements (list<T, MinSize, MaxSize> in the note above): write them, as in "
                          "`.GroupName = {\"work\"}` (the note above shows the line that builds the struct).");
        else
            static_assert(detail::dependent_false<Omitted>,
                          "timrest: a required field was left out. Give every required<...> member of the request a "
                          "value where you build it (the note above shows the member's type and the line that builds "
                          "the struct; the member is the first required<...> of that type not given a value).");
    }

    template <class... A>
        requires(sizeof...(A) > 0) && detail::not_copy_of<required, A...> && std::constructible_from<T, A...>
    required(A&&... args) : value_(std::forward<A>(args)...) {}

    required(const required&) = default;
    required(required&&) noexcept(std::is_nothrow_move_constructible_v<T>) = default;
    required& operator=(const required&) = default;
    required& operator=(required&&) noexcept(std::is_nothrow_move_assignable_v<T>) = default;

    T& value() & noexcept { return value_; }
    const T& value() const& noexcept { return value_; }
    T& operator*() & noexcept { return value_; }
    const T& operator*() const& noexcept { return value_; }
    T* operator->() noexcept { return &value_; }
    const T* operator->() const noexcept { return &value_; }

    friend bool operator==(const required&, const required&) = default;

private:
    T value_;
};

/// A UTF-8 string of at most MaxBytes bytes. A longer literal does not compile; a longer run-time value is
/// rejected before the request is sent.
template <std::size_t MaxBytes>
class text {
public:
    static constexpr std::size_t max_bytes = MaxBytes;

    text() = default;

    // An array of char is read within its bounds, never up to a NUL that may lie beyond them. C++ gives a
    // literal and a `const char[N]` buffer the same type, so an array of const char is taken as a literal:
    // its size is checked at compile time, and its value is its bytes up to the last non-NUL one (the
    // terminator and any zero padding go; an embedded NUL stays, and validation refuses it rather than cut
    // the string). No const char* overload: it would win over this template for literals and skip the check.
    template <class C, std::size_t N>
        requires std::same_as<C, const char>
    text(C (&literal)[N]) : value_(literal, detail::length_before_trailing_nuls(literal, N)) {
        static_assert(N - 1 <= MaxBytes,
                      "timrest: this string literal is longer than its field allows. text<MaxBytes> counts bytes of "
                      "UTF-8: shorten the literal. A const char buffer larger than the field but holding a shorter "
                      "string cannot be told from a literal here: pass std::string(buffer), checked at run time.");
    }

    /// A char buffer filled at run time, as a C string that ends at its first NUL or at the end of the array.
    template <std::size_t N>
    text(char (&buffer)[N]) : value_(buffer, detail::length_before_first_nul(buffer, N)) {}

    text(std::string value) : value_(std::move(value)) {}

    template <class S>
        requires std::same_as<S, std::string_view>
    explicit text(S value) : value_(value) {}

    const std::string& str() const& noexcept { return value_; }
    std::string&& str() && noexcept { return std::move(value_); }
    std::size_t size() const noexcept { return value_.size(); }
    bool empty() const noexcept { return value_.empty(); }
    operator std::string_view() const noexcept { return value_; }

    // One comparison, with anything that views as a string: a defaulted text == text would make
    // `t == "literal"` ambiguous.
    friend bool operator==(const text& a, std::string_view b) noexcept { return a.value_ == b; }

private:
    std::string value_;
};

/// A JSON array of T with MinSize..MaxSize elements. A braced list of literals outside the bounds does not
/// compile; a run-time sequence is checked before the request is sent.
template <class T, std::size_t MinSize = 0, std::size_t MaxSize = unbounded>
class list {
    static_assert(MinSize <= MaxSize, "timrest: list<T, MinSize, MaxSize> needs MinSize <= MaxSize");

public:
    using value_type = T;
    using iterator = typename std::vector<T>::iterator;
    using const_iterator = typename std::vector<T>::const_iterator;
    static constexpr std::size_t min_size = MinSize;
    static constexpr std::size_t max_size = MaxSize;

    list()
        requires(MinSize == 0)
    = default;

    // `{}`, or leaving the member out (the same thing to C++), gives no elements.
    template <class Omitted = void>
        requires(MinSize > 0)
    list() {
        static_assert(detail::dependent_false<Omitted>,
                      "timrest: this list was given {} or left out, but it needs at least MinSize elements "
                      "(list<T, MinSize, MaxSize> in the note above): write its elements, or pass a std::vector "
                      "built at run time, which is checked before sending.");
    }

    explicit list(detail::unset_t) {}

    /// Elements written out, as in `{"work"}`: their count is checked at compile time.
    template <class... A>
        requires(sizeof...(A) > 0) && detail::not_copy_of<list, A...> && (std::constructible_from<T, A> && ...)
    list(A&&... elements) {
        static_assert(sizeof...(A) <= MaxSize,
                      "timrest: this list has more elements than its field allows (list<T, MinSize, MaxSize>); "
                      "remove elements or split the call.");
        static_assert(sizeof...(A) >= MinSize,
                      "timrest: this list has fewer elements than its field needs (list<T, MinSize, MaxSize>).");
        if constexpr (requires { T::template check_literal_list<std::remove_cvref_t<A>...>(); })
            T::template check_literal_list<std::remove_cvref_t<A>...>();  // rules over the elements (tagged<>)
        items_.reserve(sizeof...(A));
        // Each element is built here rather than by emplace_back, so that a bad literal's error points at
        // this line and not into the standard library.
        (items_.push_back(T(std::forward<A>(elements))), ...);
    }

    /// A sequence known only at run time: its size is checked before sending.
    list(std::vector<T> items) : items_(std::move(items)) {}

    template <std::ranges::input_range R>
        requires(!std::same_as<std::remove_cvref_t<R>, std::vector<T>>) &&
                (!std::same_as<std::remove_cvref_t<R>, list>) &&
                (!std::constructible_from<T, R>) && std::constructible_from<T, std::ranges::range_reference_t<R>>
    list(R&& range) {
        for (auto&& e : range) items_.emplace_back(std::forward<decltype(e)>(e));
    }

    std::vector<T>& items() & noexcept { return items_; }
    const std::vector<T>& items() const& noexcept { return items_; }
    std::size_t size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }
    T& operator[](std::size_t i) noexcept { return items_[i]; }
    const T& operator[](std::size_t i) const noexcept { return items_[i]; }
    iterator begin() noexcept { return items_.begin(); }
    iterator end() noexcept { return items_.end(); }
    const_iterator begin() const noexcept { return items_.begin(); }
    const_iterator end() const noexcept { return items_.end(); }
    template <class... A>
    T& emplace_back(A&&... a) {
        return items_.emplace_back(std::forward<A>(a)...);
    }

    friend bool operator==(const list&, const list&)
        requires std::equality_comparable<T>
    = default;

private:
    std::vector<T> items_;
};

namespace detail {
template <class T, std::size_t MinSize, std::size_t MaxSize>
struct nonempty_list<list<T, MinSize, MaxSize>> : std::bool_constant<(MinSize > 0)> {};
}  // namespace detail

/// A list that must hold exactly N elements.
template <class T, std::size_t N>
using exactly = list<T, N, N>;

/// A list that may be absent, written as `.Accounts = {"alice", "bob"}`. A std::optional<list<...>> takes
/// one argument, so it accepts `{"alice"}` but needs double braces for two elements; this takes the elements
/// themselves, with the same compile-time count check. `{}` leaves it absent.
template <class T, std::size_t MinSize = 0, std::size_t MaxSize = unbounded>
class optional_list : public std::optional<list<T, MinSize, MaxSize>> {
    using base = std::optional<list<T, MinSize, MaxSize>>;

public:
    using base::base;
    using base::operator=;

    template <class... A>
        requires(sizeof...(A) > 1) && std::constructible_from<list<T, MinSize, MaxSize>, A...>
    optional_list(A&&... elements) : base(std::in_place, std::forward<A>(elements)...) {}
};

}  // namespace timrest

#endif
