#ifndef TIMREST_TOOLS_EMULATOR_SERVE_FAMILY_HPP_INCLUDED
#define TIMREST_TOOLS_EMULATOR_SERVE_FAMILY_HPP_INCLUDED

// Serves every endpoint of a family's list: the service's own checks (precheck), then the declaration's, then
// the family's behaviour. Included by each generated family TU after its behaviour header, so that the
// overloads it calls are all declared here.

#include "emulator.hpp"
#include "world.hpp"

#include "timrest/core/wire.hpp"

#include <boost/mp11/algorithm.hpp>

namespace timrest::emulator {

template <class L>
void serve_all(server& s, world& w) {
    boost::mp11::mp_for_each<L>([&](auto e) {
        using E = decltype(e);
        s.serve<E>(
            [&w](const typename E::request& request) -> answer<typename E::response> {
                if constexpr (requires { behave(w, request); })
                    return behave(w, request);
                else
                    return blank<typename E::response>();  // a well-formed reply, for endpoints that keep no state
            },
            [](const typename E::request& request) { return precheck(request); });
    });
}

}  // namespace timrest::emulator

#endif
