// Misuse: a wire struct derived from a base that is not described at all. Twin: twins.cpp,
// undescribed_base_class.
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <string>

namespace mine {
struct account_base {
    std::string From_Account;
};

struct set_nick_request : account_base {
    std::string Nick;
};
BOOST_DESCRIBE_STRUCT(set_nick_request, (), (Nick))
}  // namespace mine

boost::json::value encode(const mine::set_nick_request& request) {
    return timrest::to_json(request);
}
