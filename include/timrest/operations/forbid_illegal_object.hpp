#ifndef TIMREST_OPERATIONS_FORBID_ILLEGAL_OBJECT_HPP_INCLUDED
#define TIMREST_OPERATIONS_FORBID_ILLEGAL_OBJECT_HPP_INCLUDED

// v4/im_cos_msg/forbid_illegal_object: ban a chat file (image, audio, video, file) so that the SDKs can no
// longer download it. Doc: https://cloud.tencent.com/document/product/269/74775 (Chinese only; there is no copy
// in the shared spec and the page search found none). The fields come from the vendor's own generated server
// SDK (TencentCloud/tencentcloud-im-sdk-java, docs/ForbidIllegalObjectRequest.md): one RawURL, the URL field
// of the rich-media message; the reply is the envelope. No rate, bound or error code of its own is known, so
// none is declared. get_cos_sig still signs a banned file's URL for the admin; allow_banned_object lifts a ban.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct forbid_illegal_object_request {
    required<std::string> RawURL;  // the URL field of an image, sound, video or file element
};
BOOST_DESCRIBE_STRUCT(forbid_illegal_object_request, (), (RawURL))

struct forbid_illegal_object_response {};  // the envelope only
BOOST_DESCRIBE_STRUCT(forbid_illegal_object_response, (), ())

struct forbid_illegal_object {
    static constexpr std::string_view path = "v4/im_cos_msg/forbid_illegal_object";
    using request = forbid_illegal_object_request;
    using response = forbid_illegal_object_response;
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::forbid_illegal_object)

#endif
