#ifndef TIMREST_OPERATIONS_GET_COS_SIG_HPP_INCLUDED
#define TIMREST_OPERATIONS_GET_COS_SIG_HPP_INCLUDED

// v4/im_cos_msg/get_cos_sig: signed URLs for chat files, with each file's state; a signed URL downloads the file
// even when it is banned, and is valid for 15 minutes.
// Doc: https://cloud.tencent.com/document/product/269/74777 (Chinese only; not in the shared spec, and the page
// search found none). Fields from the vendor's generated server SDK (TencentCloud/tencentcloud-im-sdk-java,
// docs/GetCosSigRequest.md, GetCosSigResponse.md, GetCosSigResponseAllOfPreSigURLs.md): RawURLs holds
// {ResourceID, RawURL} pairs, the caller's own IDs within the batch, and PreSigURLs answers each ID with a Code,
// Desc, PreSigURL and Status. That SDK marks every reply field optional; Desc and PreSigURL are declared
// optional here (a missing file may have no URL to sign), the rest plain. No rate, batch bound or error code is
// known, so none is declared; RawURLs needs at least one entry.

#include "timrest/operations/common.hpp"
#include "timrest/protocol/compiled_endpoint.hpp"

namespace timrest::operations {

struct cos_url {
    required<std::int32_t> ResourceID;  // the caller's ID for this URL within the call
    required<std::string> RawURL;
};
BOOST_DESCRIBE_STRUCT(cos_url, (), (ResourceID, RawURL))

struct get_cos_sig_request {
    required<list<cos_url, 1>> RawURLs;
};
BOOST_DESCRIBE_STRUCT(get_cos_sig_request, (), (RawURLs))

/// Status: the file's state.
enum class cos_object_status : std::int32_t {
    normal = 0,   ///< the SDKs can download it
    banned = 1,   ///< banned: only the PreSigURL downloads it
    missing = 2,  ///< no such file (it may have expired and been deleted)
};
BOOST_DESCRIBE_ENUM(cos_object_status, normal, banned, missing)

struct pre_sig_url {
    std::int32_t ResourceID = 0;
    std::int32_t Code = 0;  // the outcome for this ID; 0 is success
    std::optional<std::string> Desc{};
    std::optional<std::string> PreSigURL{};  // valid 15 minutes, downloads a banned file too
    one_of<cos_object_status> Status = cos_object_status::normal;
};
BOOST_DESCRIBE_STRUCT(pre_sig_url, (), (ResourceID, Code, Desc, PreSigURL, Status))

struct get_cos_sig_response {
    std::vector<pre_sig_url> PreSigURLs;
};
BOOST_DESCRIBE_STRUCT(get_cos_sig_response, (), (PreSigURLs))

struct get_cos_sig {
    static constexpr std::string_view path = "v4/im_cos_msg/get_cos_sig";
    static constexpr bool idempotent = true;  // a read
    using request = get_cos_sig_request;
    using response = get_cos_sig_response;
};

}  // namespace timrest::operations

TIMREST_COMPILED_ENDPOINT(timrest::operations::get_cos_sig)

#endif
