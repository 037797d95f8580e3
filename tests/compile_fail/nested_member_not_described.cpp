// Misuse: a member of a nested struct left out of its BOOST_DESCRIBE_STRUCT. Twin: twins.cpp,
// nested_member_not_described.
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <string>
#include <vector>

namespace mine {
struct tag {
    std::string Key;
    std::string Value;
};
BOOST_DESCRIBE_STRUCT(tag, (), (Key))

struct tag_request {
    timrest::required<std::string> From_Account;
    std::vector<tag> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (From_Account, Tags))
}  // namespace mine

boost::json::value encode(const mine::tag_request& request) {
    return timrest::to_json(request);
}
