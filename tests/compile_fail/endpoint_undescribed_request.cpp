// Misuse: the request struct has no BOOST_DESCRIBE_STRUCT. Twin: twins.cpp, endpoint_undescribed_request.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string>
#include <string_view>

namespace mine {
struct del_group_request {
    std::string From_Account;
    std::string GroupName;
};

struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = del_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = "work"});
}
