#ifndef TIMREST_REGISTRY_HPP_INCLUDED
#define TIMREST_REGISTRY_HPP_INCLUDED

// Every endpoint the library declares, for tools that iterate them (the emulator serves each, the CLI finds
// one by path). The one place besides its own header that names an endpoint.

#include "timrest/account.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/recentcontact.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <string_view>

namespace timrest {

using endpoints = boost::mp11::mp_list<
    account::account_import,
    account::multiaccount_import,
    account::account_check,
    account::account_delete,
    recentcontact::get_list,
    recentcontact::delete_,
    recentcontact::create_contact_group,
    recentcontact::update_contact_group,
    recentcontact::del_contact_group,
    recentcontact::mark_contact,
    recentcontact::search_contact_group,
    recentcontact::get_contact_group>;

/// Calls `f(E{})` for the endpoint E of list L whose path is `path`; returns false when there is none.
/// `path` may omit the leading "v4/".
template <class L = endpoints, class F>
bool visit_endpoint(std::string_view path, F&& f) {
    bool found = false;
    boost::mp11::mp_for_each<L>([&](auto e) {
        constexpr std::string_view full = decltype(e)::path;
        if (!found && (full == path || full.substr(3) == path)) {
            found = true;
            f(e);
        }
    });
    return found;
}

}  // namespace timrest

#endif
