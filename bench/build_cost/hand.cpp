// Build-cost baseline: v4/recentcontact/del_contact_group called by hand with libcurl and Boost.JSON, as a
// careful user would write it without timrest (UserSig passed in; no validation, no error table).
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <curl/curl.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace {
std::size_t append(char* data, std::size_t size, std::size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}
}  // namespace

int del_contact_group(const std::string& base, std::uint32_t app, const std::string& usersig, const std::string& from,
                      const std::string& group) {
    CURL* curl = curl_easy_init();
    if (!curl) throw std::runtime_error("curl_easy_init");
    char* sig = curl_easy_escape(curl, usersig.data(), static_cast<int>(usersig.size()));
    const std::string url = base + "/v4/recentcontact/del_contact_group?sdkappid=" + std::to_string(app) +
                            "&identifier=administrator&usersig=" + sig + "&random=12345&contenttype=json";
    curl_free(sig);
    boost::json::object request{{"From_Account", from}, {"GroupName", boost::json::array{group}}};
    const std::string body = boost::json::serialize(request);
    std::string reply;
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));
    const boost::json::value v = boost::json::parse(reply);
    const auto code = v.at("ErrorCode").to_number<int>();
    if (code != 0) throw std::runtime_error(std::string(v.at("ErrorInfo").as_string()));
    return static_cast<int>(v.at("GroupItem").as_array().size());
}
