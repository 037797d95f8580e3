// Misuse: a plain member with a default declared before a required<> member, then decoded: building the blank
// value to decode into would have to overwrite that default. Twin: twins.cpp, plain_member_before_required.
#include "timrest/core/field.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

namespace mine {
struct page_request {
    std::int32_t PageSize = 20;
    timrest::required<std::string> From_Account;
};
BOOST_DESCRIBE_STRUCT(page_request, (), (PageSize, From_Account))
}  // namespace mine

mine::page_request make_request() {
    return timrest::blank<mine::page_request>();
}
