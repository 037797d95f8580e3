// Misuse: `{}` for a plain (not required<>) list<T, 1, 5>. Twin: twins.cpp, plain_list_given_empty_braces.
#include "timrest/core/field.hpp"

#include <boost/describe/class.hpp>

#include <string>

namespace mine {
struct tag_request {
    timrest::required<std::string> From_Account;
    timrest::list<timrest::text<8>, 1, 5> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (From_Account, Tags))
}  // namespace mine

mine::tag_request make_request() {
    return {.From_Account = "alice", .Tags = {}};
}
