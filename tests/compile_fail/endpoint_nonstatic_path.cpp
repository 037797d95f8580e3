// Misuse: the path is a non-static member. Twin: twins.cpp, endpoint_bad_path.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string_view>

namespace mine {
struct del_group {
    std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
