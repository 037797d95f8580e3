#ifndef TIMREST_CORE_DETAIL_CHRONO_HPP_INCLUDED
#define TIMREST_CORE_DETAIL_CHRONO_HPP_INCLUDED

// The durations, clocks and time points of <chrono>, which is all timrest uses of it. With libstdc++ they are in
// <bits/chrono.h>; the rest of C++20's <chrono> (the calendar, time zones, formatting, and <sstream> with them)
// was about 0.15 s of the 1.9 s that one call to one endpoint takes to compile (tools/build-cost). Elsewhere,
// all of <chrono>. Code that uses more of it includes <chrono> itself, as it would anyway.

#if defined(__GLIBCXX__) && __has_include(<bits/chrono.h>)
#include <bits/chrono.h>
#else
#include <chrono>
#endif

#endif
