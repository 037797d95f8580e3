#ifndef TIMREST_SRC_HPP_INCLUDED
#define TIMREST_SRC_HPP_INCLUDED

// The compiled part of timrest, for programs built with TIMREST_SEPARATE_COMPILATION: include this in exactly one
// .cpp file of the program (the CMake target timrest::compiled does it for you). Every other TU then parses the
// client's declarations only and compiles none of its code: signing, the curl transport, reading replies.

#ifndef TIMREST_SEPARATE_COMPILATION
#error "timrest/src.hpp is for programs built with TIMREST_SEPARATE_COMPILATION; without it, every header is complete"
#endif

#include "timrest/core/impl/error.ipp"
#include "timrest/core/impl/text.ipp"
#include "timrest/protocol/impl/client.ipp"

#endif
