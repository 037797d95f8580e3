#ifndef TIMREST_OPERATIONS_ALLOW_BANNED_OBJECT_HPP_INCLUDED
#define TIMREST_OPERATIONS_ALLOW_BANNED_OBJECT_HPP_INCLUDED

// v4/im_cos_msg/allow_banned_object: lift the ban forbid_illegal_object put on a chat file.
// Doc: https://cloud.tencent.com/document/product/269/74776 (Chinese only; not in the shared spec, and the page
// search found none). Fields from the vendor's generated server SDK (TencentCloud/tencentcloud-im-sdk-java,
// docs/AllowBannedObjectRequest.md): the same single RawURL as forbid_illegal_object, in a request type of its
// own so that the emulator tells the two calls apart. No rate, bound or error code of its own is known, so
// none is declared.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct allow_banned_object_request {
    required<std::string> RawURL;  // the URL forbid_illegal_object banned
};
BOOST_DESCRIBE_STRUCT(allow_banned_object_request, (), (RawURL))

struct allow_banned_object_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(allow_banned_object_response, (), ())

struct allow_banned_object {
    static constexpr std::string_view path = "v4/im_cos_msg/allow_banned_object";
    using request = allow_banned_object_request;
    using response = allow_banned_object_response;
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::allow_banned_object)

#endif
