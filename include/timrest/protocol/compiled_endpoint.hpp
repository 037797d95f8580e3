#ifndef TIMREST_PROTOCOL_COMPILED_ENDPOINT_HPP_INCLUDED
#define TIMREST_PROTOCOL_COMPILED_ENDPOINT_HPP_INCLUDED

// TIMREST_COMPILED_ENDPOINT(E): the last line of each of the library's endpoint headers.
//
// A program built with TIMREST_SEPARATE_COMPILATION (timrest::compiled) gets the typed call of every endpoint
// of the library (the code behind try_call<E> and call<E>) from that library: there the line is an explicit
// instantiation definition (src/endpoints.cpp.in, one TU per family), and in every other TU an explicit
// instantiation declaration, so a TU that makes a call only parses the endpoint and compiles none of its
// encoding, validation and decoding. That was most of what one call cost to compile (tools/build-cost, -O2:
// 2.99 s before, 1.78 s after, against 1.14 s for the call written by hand). Header-only, the line is empty and
// each TU instantiates what it calls.
//
// An endpoint declared in a user's own header leaves the line out: its call is compiled where it is made.
// The compile-time checks of a call's request (required fields, bounds of literals) are in the caller's TU
// either way; those of the declaration itself ran when the library was built.

#include "timrest/core/detail/config.hpp"

namespace timrest {

class client;
struct call_options;
template <class E>
class call_result;

namespace detail {
// What try_call<E> does once E's declaration has passed its checks: validate, encode, send, decode. A class, so
// that one explicit instantiation names it without naming E::request through request_t (which would run
// check_endpoint<E> for every endpoint of a TU that includes them all); run is defined out of line in
// protocol/call.hpp, so that an explicit instantiation declaration keeps it out of the TU.
template <class E>
struct typed_call {
    static call_result<E> run(client& c, const typename E::request& request, const call_options& options);
};
}  // namespace detail

}  // namespace timrest

#if defined(TIMREST_INSTANTIATE_ENDPOINTS)
#define TIMREST_COMPILED_ENDPOINT(E) template struct timrest::detail::typed_call<E>;
#elif defined(TIMREST_SEPARATE_COMPILATION)
#define TIMREST_COMPILED_ENDPOINT(E) extern template struct timrest::detail::typed_call<E>;
#else
#define TIMREST_COMPILED_ENDPOINT(E)
#endif

#endif
