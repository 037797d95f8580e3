// Misuse: a request member left out of BOOST_DESCRIBE_STRUCT, so it would never be sent. Twin: twins.cpp,
// request_member_not_described.
#include "timrest/protocol/call.hpp"

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>

namespace mine {
struct set_nick_request {
    timrest::required<std::string> From_Account;
    std::string Nick;
};
BOOST_DESCRIBE_STRUCT(set_nick_request, (), (From_Account))

struct set_nick_response {};
BOOST_DESCRIBE_STRUCT(set_nick_response, (), ())

struct set_nick {
    static constexpr std::string_view path = "v4/profile/set_nick";
    using request = set_nick_request;
    using response = set_nick_response;
};
}  // namespace mine

void use(timrest::client& c) {
    (void)timrest::try_call<mine::set_nick>(c, {.From_Account = "alice", .Nick = "Al"});
}
