#ifndef TIMREST_CORE_PAGING_HPP_INCLUDED
#define TIMREST_CORE_PAGING_HPP_INCLUDED

// How a paged endpoint continues, stated in its declaration:
//
//   static constexpr auto paging = timrest::paging(complete_when(&response::CompleteFlag, 1),
//                                                  cursor(&response::NextStartIndex, &request::StartIndex));
//
// protocol/pages.hpp walks every page of any endpoint that declares this.

#include <tuple>

namespace timrest {

/// The last page is the one whose `flag` equals `value`.
template <class R, class F, class V>
struct complete_rule {
    F R::*flag;
    V value;
    constexpr bool done(const R& page) const { return page.*flag == value; }
};

template <class R, class F, class V>
constexpr complete_rule<R, F, V> complete_when(F R::*flag, V value) {
    return {flag, value};
}

/// The last page is the one whose `flag` differs from `value`: for pages that say "a non-zero value means
/// the last page" (v4/sns/friend_get's CompleteFlag), where complete_when(flag, 1) would miss a 2.
template <class R, class F, class V>
struct incomplete_rule {
    F R::*flag;
    V value;
    constexpr bool done(const R& page) const { return !(page.*flag == value); }
};

template <class R, class F, class V>
constexpr incomplete_rule<R, F, V> complete_unless(F R::*flag, V value) {
    return {flag, value};
}

/// The next request's `to` is the previous reply's `from`.
template <class R, class Q, class T, class U>
struct cursor_rule {
    T R::*from;
    U Q::*to;
    /// Copies the cursor; true when it changed.
    constexpr bool advance(const R& page, Q& next) const {
        const bool changed = !(next.*to == page.*from);
        next.*to = page.*from;
        return changed;
    }
};

template <class R, class Q, class T, class U>
constexpr cursor_rule<R, Q, T, U> cursor(T R::*from, U Q::*to) {
    return {from, to};
}

/// The last page is the one for which `pred(page)` or `pred(page, request)` holds, where no flag says it: paging
/// by offset ends on a page shorter than the request's Limit, paging back by sequence on the first message.
/// `pred` is a captureless lambda: `complete_if([](const response& r, const request& q) { ... })`.
template <class P>
struct predicate_rule {
    P pred;
    template <class R, class Q>
    constexpr bool done(const R& page, const Q& request) const {
        if constexpr (requires { pred(page, request); })
            return pred(page, request);
        else
            return pred(page);
    }
};

template <class P>
constexpr predicate_rule<P> complete_if(P pred) {
    return {pred};
}

/// A cursor computed from the page: `fn(page, next_request)` sets the next request's cursor and says whether it
/// moved (paging back by `ReqMsgSeq` = the oldest MsgSeq received - 1; `Offset` += the items received).
template <class F>
struct step_rule {
    F fn;
    template <class R, class Q>
    constexpr bool advance(const R& page, Q& next) const {
        return fn(page, next);
    }
};

template <class F>
constexpr step_rule<F> step(F fn) {
    return {fn};
}

template <class Complete, class... Cursors>
struct paging_rule {
    Complete complete;
    std::tuple<Cursors...> cursors;

    template <class R>
    constexpr bool done(const R& page) const {
        return complete.done(page);
    }
    /// The same, for rules that read the request the page answered (complete_if with two parameters).
    template <class R, class Q>
    constexpr bool done(const R& page, const Q& request) const {
        if constexpr (requires { complete.done(page, request); })
            return complete.done(page, request);
        else
            return complete.done(page);
    }
    /// Moves every cursor; true when at least one changed, so the next request differs from the last.
    template <class R, class Q>
    constexpr bool advance(const R& page, Q& next) const {
        return std::apply([&](const auto&... c) { return (c.advance(page, next) | ... | false); }, cursors);
    }
};

template <class Complete, class... Cursors>
constexpr paging_rule<Complete, Cursors...> paging(Complete complete, Cursors... cursors) {
    return {complete, std::tuple<Cursors...>(cursors...)};
}

}  // namespace timrest

#endif
