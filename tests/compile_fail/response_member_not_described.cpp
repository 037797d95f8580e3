// Misuse: a response member left out of BOOST_DESCRIBE_STRUCT, so it would never be decoded. Twin: twins.cpp,
// response_member_not_described.
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

namespace mine {
struct get_nick_response {
    std::string Nick;
    std::int64_t UpdateTime = 0;
};
BOOST_DESCRIBE_STRUCT(get_nick_response, (), (Nick))
}  // namespace mine

mine::get_nick_response decode(const boost::json::value& reply) {
    auto response = timrest::blank<mine::get_nick_response>();
    (void)timrest::from_json(reply, response);
    return response;
}
