// Misuse: the path is a run-time std::string. Twin: twins.cpp, endpoint_bad_path.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string>

namespace mine {
struct del_group {
    static inline const std::string path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
