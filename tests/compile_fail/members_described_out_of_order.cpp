// Misuse: response members described in another order than declared. Twin: twins.cpp,
// members_described_out_of_order.
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <cstdint>
#include <string>

namespace mine {
struct get_nick_response {
    timrest::required<std::string> Nick;
    std::int64_t UpdateTime = 0;
};
BOOST_DESCRIBE_STRUCT(get_nick_response, (), (UpdateTime, Nick))
}  // namespace mine

mine::get_nick_response make_response() {
    return timrest::blank<mine::get_nick_response>();
}
