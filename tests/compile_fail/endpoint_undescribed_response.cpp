// Misuse: the response struct has no BOOST_DESCRIBE_STRUCT. Twin: twins.cpp, endpoint_undescribed_response.
#include "timrest/protocol/call.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <string_view>
#include <vector>

namespace mine {
struct del_group_response {
    std::vector<timrest::recentcontact::group_item> GroupItem;
};

struct del_group {
    static constexpr std::string_view path = "v4/recentcontact/del_contact_group";
    using request = timrest::recentcontact::del_contact_group_request;
    using response = del_group_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::del_group>(c, {.From_Account = "alice", .GroupName = {"work"}});
}
