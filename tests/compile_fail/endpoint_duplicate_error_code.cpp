// Misuse: 51009 appears twice in the error table. Twin: twins.cpp, endpoint_duplicate_error_code.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string_view>

namespace mine {
struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = timrest::recentcontact::del_contact_group_response;
    static constexpr timrest::service_error errors[] = {
        {51009, "the conversation group was not found"},
        {51010, "a user may have at most 20 conversation groups"},
        {51009, "no such conversation group"},
    };
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
