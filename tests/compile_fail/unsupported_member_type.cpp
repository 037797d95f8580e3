// Misuse: a std::map member, which the wire format has no encoding for. Twin: twins.cpp, unsupported_member_type.
#include "timrest/core/field.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>
#include <boost/json/value.hpp>

#include <map>
#include <string>

namespace mine {
struct set_score_request {
    timrest::required<std::string> From_Account;
    std::map<std::string, int> Scores;
};
BOOST_DESCRIBE_STRUCT(set_score_request, (), (From_Account, Scores))
}  // namespace mine

boost::json::value encode(const mine::set_score_request& request) {
    return timrest::to_json(request);
}
