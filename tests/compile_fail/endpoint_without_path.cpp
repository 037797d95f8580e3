// Misuse: a user's endpoint declaration with no path. Twin: twins.cpp, endpoint_without_path.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

namespace mine {
struct del_group {
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
