#ifndef TIMREST_TRANSPORT_TYPED_FAKE_HPP_INCLUDED
#define TIMREST_TRANSPORT_TYPED_FAKE_HPP_INCLUDED

// A transport for unit tests of code that calls timrest: it answers each endpoint from a queue of typed replies,
// and hands back what was sent as typed requests. No JSON envelope is written by hand.
//
//   auto fake = std::make_shared<timrest::typed_fake>();
//   fake->reply<account::account_import>({});        // success, with this response
//   fake->fail<openim::sendmsg>(60007);              // ErrorCode 60007, throttled
//   fake->fail<openim::sendmsg>(transport_errc::connect_failed);
//   timrest::client chat(config, fake);
//   ... code under test ...
//   CHECK(fake->sent<account::account_import>().at(0).UserID == "alice");

#include "timrest/core/endpoint.hpp"
#include "timrest/core/json_parse.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/transport/error.hpp"
#include "timrest/transport/transport.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace timrest {

class typed_fake final : public transport {
public:
    /// Queues a success for E's next request, with `response` in the body.
    template <class E>
    typed_fake& reply(const typename E::response& response) {
        auto body = to_json(response).as_object();
        body["ActionStatus"] = "OK";
        body["ErrorCode"] = 0;
        body["ErrorInfo"] = "";
        return queue(E::path, {{}, {}, {200, boost::json::serialize(body)}});
    }

    /// Queues the service's refusal `error_code` (with `info` as ErrorInfo) for E's next request.
    template <class E>
    typed_fake& fail(int error_code, std::string_view info = {}) {
        boost::json::object body{{"ActionStatus", "FAIL"}, {"ErrorCode", error_code}, {"ErrorInfo", info}};
        return queue(E::path, {{}, {}, {200, boost::json::serialize(body)}});
    }

    /// Queues a transport failure for E's next request, as if the network had failed it.
    template <class E>
    typed_fake& fail(transport_errc why) {
        return queue(E::path, {why, "typed_fake: injected failure", {}});
    }

    /// What was sent to E so far, oldest first, decoded as E::request.
    template <class E>
    std::vector<typename E::request> sent() const {
        std::vector<typename E::request> out;
        for (const auto& body : bodies_of(E::path)) {
            auto request = blank<typename E::request>();
            auto parsed = parse_json(body);
            if (parsed) (void)from_json(parsed.value, request, {.absent = absent_fields::keep_defaults});
            out.push_back(std::move(request));
        }
        return out;
    }

    /// How many requests went to E.
    template <class E>
    std::size_t calls() const {
        return bodies_of(E::path).size();
    }

    /// Takes the next queued answer for the URL's path; a request that has none fails, naming the path.
    http_outcome post(const std::string& url, std::string_view body, const send_options&) override {
        const std::string path = path_of(url);
        std::lock_guard lock(mutex_);
        sent_[path].emplace_back(body);
        auto& queue = answers_[path];
        if (queue.empty()) return {transport_errc::other, "typed_fake: no reply queued for " + path, {}};
        http_outcome out = std::move(queue.front());
        queue.pop_front();
        return out;
    }

private:
    // "https://host/v4/service/command?sdkappid=..." -> "v4/service/command"
    static std::string path_of(std::string_view url) {
        const auto start = url.find("/v4/");
        if (start == std::string_view::npos) return std::string(url.substr(0, url.find('?')));
        url.remove_prefix(start + 1);
        return std::string(url.substr(0, url.find('?')));
    }

    typed_fake& queue(std::string_view path, http_outcome answer) {
        std::lock_guard lock(mutex_);
        answers_[std::string(path)].push_back(std::move(answer));
        return *this;
    }

    std::vector<std::string> bodies_of(std::string_view path) const {
        std::lock_guard lock(mutex_);
        const auto it = sent_.find(path);
        return it == sent_.end() ? std::vector<std::string>{} : it->second;
    }

    mutable std::mutex mutex_;
    std::map<std::string, std::deque<http_outcome>, std::less<>> answers_;
    std::map<std::string, std::vector<std::string>, std::less<>> sent_;
};

}  // namespace timrest

#endif
