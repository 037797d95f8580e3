// Misuse: an alternative of a tagged<> whose tag is not a string. Twin: twins.cpp, alternative_without_tag.
#include "timrest/core/tagged.hpp"
#include "timrest/core/wire.hpp"

#include <boost/describe/class.hpp>

#include <string>
#include <string_view>

namespace mine {
struct sticker_elem {
    static constexpr int tag = 7;  // a number, where the wire needs the MsgType string
    std::string Id;
};
BOOST_DESCRIBE_STRUCT(sticker_elem, (), (Id))

struct shape {
    static constexpr std::string_view tag_key = "MsgType";
    static constexpr std::string_view content_key = "MsgContent";
};
}  // namespace mine

boost::json::value encode(const timrest::tagged<mine::shape, mine::sticker_elem>& e) {
    return timrest::to_json(e);
}
