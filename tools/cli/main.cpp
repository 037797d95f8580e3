// timrest: call the Chat REST API from a shell, through the same declarations as the library.
//
//   timrest call <service>/<command> [JSON | @FILE | -]
//   timrest usersig [--identifier ID] [--expire SECONDS]
//   timrest endpoints
//
// Configuration: TIMREST_SDKAPPID, TIMREST_SECRET_KEY, TIMREST_ADMIN (default "administrator"), and
// TIMREST_REGION (a preset) or TIMREST_BASE_URL; the flags --sdkappid, --secret-key, --admin, --region and
// --base-url override them.
//
// Exit status: 0 success; 1 service error (ErrorCode != 0); 2 usage or validation error, nothing sent;
// 3 transport or protocol error.

#include "timrest.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

enum exit_code { ok = 0, service_failed = 1, usage_failed = 2, transport_failed = 3 };

constexpr std::string_view usage_text =
    "usage: timrest [options] call <service>/<command> [JSON | @FILE | -]\n"
    "       timrest [options] usersig [--identifier ID] [--expire SECONDS]\n"
    "       timrest endpoints [--json]\n"
    "options (override the environment):\n"
    "  --sdkappid N        TIMREST_SDKAPPID\n"
    "  --secret-key KEY    TIMREST_SECRET_KEY\n"
    "  --admin ID          TIMREST_ADMIN (default: administrator)\n"
    "  --region NAME       TIMREST_REGION: china singapore seoul tokyo frankfurt mumbai silicon-valley jakarta\n"
    "  --base-url URL      TIMREST_BASE_URL, e.g. http://127.0.0.1:8080\n";

int usage(std::string_view problem) {
    std::cerr << "timrest: " << problem << "\n" << usage_text;
    return usage_failed;
}

// A request the declaration refuses: the reason is the whole message.
int refuse(std::string_view path, std::string_view reason) {
    std::cerr << "timrest: invalid request for " << path << ": " << reason << " (nothing was sent)\n";
    return usage_failed;
}

std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::optional<std::string>(v) : std::nullopt;
}

struct arguments {
    std::map<std::string, std::string, std::less<>> options;  // --name value
    std::vector<std::string> positional;
};

// Every option takes a value; an unknown one is a usage error.
std::optional<arguments> parse(int argc, char** argv, std::string& problem) {
    static constexpr std::string_view known[] = {"--sdkappid", "--secret-key", "--admin", "--region",
                                                 "--base-url", "--identifier", "--expire"};
    arguments a;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--json") {  // the one switch without a value
            a.options["--json"] = "1";
        } else if (arg.starts_with("--")) {
            std::string name(arg), value;
            if (auto eq = arg.find('='); eq != std::string_view::npos) {
                name = arg.substr(0, eq);
                value = arg.substr(eq + 1);
            } else if (i + 1 < argc) {
                value = argv[++i];
            } else {
                problem = "option " + name + " needs a value";
                return std::nullopt;
            }
            if (std::find(std::begin(known), std::end(known), name) == std::end(known)) {
                problem = "unknown option " + name;
                return std::nullopt;
            }
            if (value.empty()) {
                problem = "option " + name + " needs a non-empty value";
                return std::nullopt;
            }
            a.options[name] = value;
        } else {
            a.positional.emplace_back(arg);
        }
    }
    return a;
}

// A flag's value (never empty), else the variable's (an empty variable counts as unset).
std::optional<std::string> setting(const arguments& a, std::string_view flag, const char* variable) {
    if (auto it = a.options.find(flag); it != a.options.end()) return it->second;
    return env(variable);
}

// The client configuration from flags and environment, or a usage problem.
std::optional<timrest::config> make_config(const arguments& a, bool need_url, std::string& problem) {
    timrest::config c;
    auto sdkappid = setting(a, "--sdkappid", "TIMREST_SDKAPPID");
    if (!sdkappid) return problem = "set TIMREST_SDKAPPID or --sdkappid", std::nullopt;
    auto [end, ec] = std::from_chars(sdkappid->data(), sdkappid->data() + sdkappid->size(), c.sdkappid);
    if (ec != std::errc() || end != sdkappid->data() + sdkappid->size() || c.sdkappid == 0)
        return problem = "the SDKAppID must be a positive 32-bit number", std::nullopt;
    auto key = setting(a, "--secret-key", "TIMREST_SECRET_KEY");
    if (!key) return problem = "set TIMREST_SECRET_KEY or --secret-key", std::nullopt;
    c.secret_key = *key;
    c.admin = setting(a, "--admin", "TIMREST_ADMIN").value_or("administrator");
    if (!need_url) return c;

    // A flag beats the environment; of two settings from the same place, the base URL wins.
    auto base_flag = a.options.find("--base-url");
    auto region_flag = a.options.find("--region");
    std::optional<std::string> base_url, region_name;
    if (base_flag != a.options.end() || region_flag != a.options.end()) {
        if (base_flag != a.options.end()) base_url = base_flag->second;
        if (region_flag != a.options.end()) region_name = region_flag->second;
    } else {
        base_url = env("TIMREST_BASE_URL");
        region_name = env("TIMREST_REGION");
    }
    if (base_url && !base_url->starts_with("http://") && !base_url->starts_with("https://"))
        return problem = "the base URL must start with http:// or https://", std::nullopt;
    if (base_url) {
        c.base_url = *base_url;
    } else if (region_name) {
        auto r = timrest::find_region(*region_name);
        if (!r) return problem = "unknown region \"" + *region_name + "\"", std::nullopt;
        c = timrest::config::for_region(*r, c.sdkappid, std::move(c.secret_key), std::move(c.admin));
    } else {
        return problem = "set TIMREST_REGION or TIMREST_BASE_URL (or --region / --base-url)", std::nullopt;
    }
    return c;
}

std::optional<std::string> read_input(const std::vector<std::string>& positional, std::string& problem) {
    if (positional.size() < 3) return std::string("{}");
    if (positional.size() > 3) return problem = "call takes one JSON argument", std::nullopt;
    const std::string& arg = positional[2];
    if (arg == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    if (arg.starts_with('@')) {
        std::ifstream file(arg.substr(1), std::ios::binary);
        if (!file) return problem = "cannot read " + arg.substr(1), std::nullopt;
        return std::string(std::istreambuf_iterator<char>(file), {});
    }
    return arg;
}

template <class E>
int call(const arguments& a) {
    std::string problem;
    auto input = read_input(a.positional, problem);
    if (!input) return usage(problem);
    boost::system::error_code ec;
    auto json = boost::json::parse(*input, ec);
    if (ec) return refuse(E::path, "not valid JSON: " + ec.message());

    // The same decoding and validation as the library, so the CLI refuses exactly what the library refuses.
    // A key the declaration does not know is refused (likely a typo); a plain field left out keeps its default.
    auto request = timrest::blank<typename E::request>();
    if (auto bad = timrest::from_json(json, request, timrest::unknown_keys::reject, timrest::absent_fields::keep_defaults))
        return refuse(E::path, bad->to_string());
    if (auto invalid = timrest::check_request(request)) return refuse(E::path, invalid->info);

    auto config = make_config(a, true, problem);
    if (!config) return usage(problem);
    timrest::client client(std::move(*config));
    auto reply = client.post(E::path, timrest::to_json_string(request), timrest::calls_per_second<E>());
    if (reply.error) {
        std::cerr << reply.error->message() << "\n";
        return transport_failed;
    }
    std::cout << reply.text << std::endl;
    if (reply.env.ErrorCode != 0) {
        std::cerr << timrest::service_failure<E>(reply).message() << "\n";
        return service_failed;
    }
    auto response = timrest::blank<typename E::response>();
    if (auto bad = timrest::from_json(reply.body, response, timrest::unknown_keys::ignore,
                                      timrest::absent_fields::keep_defaults)) {  // as try_call decodes
        std::cerr << "timrest.protocol error: the reply does not match " << E::path << ": " << bad->to_string()
                  << " random=" << reply.random << "\n";
        return transport_failed;
    }
    return ok;
}

int usersig(const arguments& a) {
    std::string problem;
    auto config = make_config(a, false, problem);
    if (!config) return usage(problem);
    std::string identifier = config->admin;
    if (auto it = a.options.find("--identifier"); it != a.options.end()) identifier = it->second;
    long long expire = 86400;
    if (auto it = a.options.find("--expire"); it != a.options.end()) {
        auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), expire);
        if (ec != std::errc() || end != it->second.data() + it->second.size() || expire <= 0)
            return usage("--expire takes a positive number of seconds");
    }
    std::cout << timrest::make_usersig(config->sdkappid, config->secret_key, identifier, std::chrono::seconds(expire))
              << "\n";
    return ok;
}

int endpoints(const arguments& a) {
    if (!a.options.contains("--json")) {
        boost::mp11::mp_for_each<timrest::endpoints>([](auto e) { std::cout << decltype(e)::path << "\n"; });
        return ok;
    }
    boost::json::array all;
    boost::mp11::mp_for_each<timrest::endpoints>(
        [&](auto e) { all.push_back(timrest::describe_endpoint<decltype(e)>()); });
    std::cout << boost::json::serialize(all) << "\n";
    return ok;
}

}  // namespace

int main(int argc, char** argv) try {
    std::string problem;
    auto args = parse(argc, argv, problem);
    if (!args) return usage(problem);
    if (args->positional.empty()) return usage("no command given");
    const std::string& command = args->positional[0];
    if (command == "endpoints") return endpoints(*args);
    if (command == "usersig") return usersig(*args);
    if (command == "call") {
        if (args->positional.size() < 2) return usage("call needs <service>/<command>");
        int status = usage_failed;
        if (!timrest::visit_endpoint(args->positional[1], [&](auto e) { status = call<decltype(e)>(*args); }))
            return usage("unknown endpoint \"" + args->positional[1] + "\"; `timrest endpoints` lists them");
        return status;
    }
    return usage("unknown command \"" + command + "\"");
} catch (const std::exception& e) {
    std::cerr << "timrest: " << e.what() << "\n";
    return transport_failed;
}
