#ifndef TIMREST_CORE_DETAIL_CONFIG_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_CONFIG_HPP_INCLUDED

// The one place for feature detection.

#if __cplusplus < 202002L && !(defined(_MSVC_LANG) && _MSVC_LANG >= 202002L)
#error "timrest needs C++20: compile with -std=c++20 or link timrest::timrest, which requests it"
#endif

#include <boost/version.hpp>
#if BOOST_VERSION < 108100
#error "timrest needs Boost 1.81 or newer (Debian 12: libboost1.81-dev, libboost-json1.81-dev)"
#endif

#define TIMREST_VERSION_MAJOR 0
#define TIMREST_VERSION_MINOR 1
#define TIMREST_VERSION_PATCH 0
#define TIMREST_VERSION_STRING "0.1.0"

// Preconditions of the library's own types (result<T>'s * and error(), ...). Active unless NDEBUG, like assert;
// define TIMREST_ASSERT before including timrest to route them elsewhere.
#ifndef TIMREST_ASSERT
#include <cassert>
#define TIMREST_ASSERT(expr) assert(expr)
#endif

// Header-only by default. A program that defines TIMREST_SEPARATE_COMPILATION (the CMake target
// timrest::compiled does) gets the client, the curl transport and the UserSig code from one TU that includes
// <timrest/src.hpp>, instead of compiling them into every TU that makes a call. TIMREST_DECL marks their
// definitions: inline in headers, out of line in that TU.
#ifdef TIMREST_SEPARATE_COMPILATION
#define TIMREST_DECL
#else
#define TIMREST_DECL inline
#endif

namespace timrest::detail {
// Makes a static_assert depend on a template parameter, so it fires only when instantiated.
template <class...>
inline constexpr bool dependent_false = false;
}  // namespace timrest::detail

#endif
