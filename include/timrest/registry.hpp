#ifndef TIMREST_REGISTRY_HPP_INCLUDED
#define TIMREST_REGISTRY_HPP_INCLUDED

// Every endpoint the library declares, for code that iterates them all (the fuzzers, the tests of the
// registry): the families' lists joined. Each family's umbrella header (timrest/<family>.hpp) lists its own;
// the CLI and the emulator take one family per translation unit (tools/CMakeLists.txt), so that none of them
// instantiates every endpoint.

#include "timrest/account.hpp"
#include "timrest/all_member_push.hpp"
#include "timrest/avchatroom.hpp"
#include "timrest/core/endpoint.hpp"
#include "timrest/follow.hpp"
#include "timrest/group.hpp"
#include "timrest/group_attr.hpp"
#include "timrest/group_msg.hpp"
#include "timrest/msg_ext.hpp"
#include "timrest/openim.hpp"
#include "timrest/operations.hpp"
#include "timrest/profile.hpp"
#include "timrest/recentcontact.hpp"
#include "timrest/sns.hpp"
#include "timrest/topic.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <string_view>

namespace timrest {

using endpoints = boost::mp11::mp_append<account::endpoints, recentcontact::endpoints, openim::endpoints,
                                         msg_ext::endpoints, all_member_push::endpoints, profile::endpoints,
                                         sns::endpoints, follow::endpoints, operations::endpoints,
                                         group_attr::endpoints, avchatroom::endpoints, topic::endpoints,
                                         group_msg::endpoints, group::endpoints>;

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
