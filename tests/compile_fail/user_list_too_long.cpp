// Misuse: three literals for a user-declared list<text<8>, 1, 2>: bounds in one's own declarations are checked
// at compile time too. Twin: twins.cpp, user_list_too_long.
#include "timrest/core/field.hpp"

#include <boost/describe/class.hpp>

namespace mine {
struct tag_request {
    timrest::required<timrest::list<timrest::text<8>, 1, 2>> Tags;
};
BOOST_DESCRIBE_STRUCT(tag_request, (), (Tags))
}  // namespace mine

mine::tag_request make_request() {
    return {.Tags = {"red", "green", "blue"}};
}
