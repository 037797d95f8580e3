#ifndef TIMREST_PROTOCOL_CALL_RESULT_HPP_INCLUDED
#define TIMREST_PROTOCOL_CALL_RESULT_HPP_INCLUDED

// call_result<E>: what try_call<E> returns. A result<E::response> that also names its endpoint, so that what
// reads a result (item_failures(r)) can find E's error table without being told E a second time.

#include "timrest/core/endpoint.hpp"
#include "timrest/core/result.hpp"

#include <utility>

namespace timrest {

/// result<E::response>, tagged with E. Converts to a plain result<E::response> by slicing: the tag is a type.
template <class E>
class call_result : public result<detail::response_t<E>> {
public:
    using endpoint = E;
    using result<detail::response_t<E>>::result;
    call_result(result<detail::response_t<E>>&& r) : result<detail::response_t<E>>(std::move(r)) {}
};

}  // namespace timrest

#endif
