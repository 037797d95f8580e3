// timrest: call the Chat REST API from a shell, through the same declarations as the library.
//
//   timrest call <service>/<command> [JSON | @FILE | -]
//   timrest call <service>/<command> --help
//   timrest batch <service>/<command> [@FILE | -] [--in-flight N] [--rate N] [--retries N] [--out FILE] [--resume]
//   timrest usersig [--identifier ID] [--expire SECONDS]
//   timrest endpoints
//   timrest --help | -h | --version
//
// Configuration: TIMREST_SDKAPPID, TIMREST_SECRET_KEY, TIMREST_ADMIN (default "administrator"), and
// TIMREST_REGION (a preset) or TIMREST_BASE_URL; the flags --sdkappid, --secret-key, --admin, --region and
// --base-url override them.
//
// Exit status: 0 success; 1 service error (ErrorCode != 0); 2 usage or validation error, nothing sent;
// 3 transport or protocol error. `batch` (batch.cpp): 0 every line succeeded, 1 some line failed, 2 usage error,
// 130 interrupted.
//
// Text from the server or curl reaches stderr only through the library's messages or printable(): control
// characters escaped, cut at 1 KiB, secrets scrubbed. The reply on stdout is the client's scrubbed raw_reply::text.

#include "cli.hpp"

#include "timrest/auth/usersig.hpp"
#include "timrest/core/json_parse.hpp"
#include "timrest/core/detail/text.hpp"
#include "timrest/protocol/region.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace timrest_cli {

constexpr std::string_view usage_text =
    "usage: timrest [options] call <service>/<command> [JSON | @FILE | -]\n"
    "       timrest call <service>/<command> --help   fields, bounds, rate and errors of one endpoint\n"
    "       timrest [options] batch <service>/<command> [@FILE | -] [--in-flight N] [--rate N] [--retries N]\n"
    "               [--out FILE] [--resume]   one request per line (JSON Lines), one result per line, in order\n"
    "       timrest [options] usersig [--identifier ID] [--expire SECONDS]\n"
    "       timrest endpoints [--json]\n"
    "       timrest --help | -h | --version\n"
    "options (override the environment):\n"
    "  --sdkappid N        TIMREST_SDKAPPID\n"
    "  --secret-key KEY    TIMREST_SECRET_KEY\n"
    "  --admin ID          TIMREST_ADMIN (default: administrator)\n"
    "  --region NAME       TIMREST_REGION: china singapore seoul tokyo frankfurt mumbai silicon-valley jakarta\n"
    "  --base-url URL      TIMREST_BASE_URL, e.g. http://127.0.0.1:8080\n";

constexpr std::string_view no_command = "no command given";

// Request input beyond this is refused: `@/dev/zero` or an endless pipe must not grow memory without limit.
constexpr std::size_t max_input_bytes = 16u << 20;

// Every line on stderr that quotes outside text (the input, a file name, curl, the server) goes through this.
std::string printable(std::string_view text) {
    return timrest::detail::printable(text);
}

// A usage error: the problem in one line, and where the usage is. The whole text would bury the line that says
// what was wrong; it comes only when nothing was asked.
int usage(std::string_view problem) {
    std::cerr << "timrest: " << printable(problem) << "\n";
    if (problem == no_command) std::cerr << usage_text;
    else std::cerr << "timrest --help shows the usage\n";
    return usage_failed;
}

// A request the declaration refuses: the reason is the whole message.
int refuse(std::string_view path, std::string_view reason) {
    std::cerr << "timrest: invalid request for " << path << ": " << printable(reason) << " (nothing was sent)\n";
    return usage_failed;
}

std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::optional<std::string>(v) : std::nullopt;
}

// Every option but the switches takes a value; an unknown one is a usage error.
std::optional<arguments> parse(int argc, char** argv, std::string& problem) {
    static constexpr std::string_view known[] = {"--sdkappid", "--secret-key", "--admin",     "--region",
                                                 "--base-url", "--identifier", "--expire",    "--in-flight",
                                                 "--rate",     "--retries",    "--out"};
    static constexpr std::string_view switches[] = {"--json", "--help", "--version", "--resume"};
    arguments a;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "-h") arg = "--help";
        if (std::find(std::begin(switches), std::end(switches), arg) != std::end(switches)) {
            a.options[std::string(arg)] = "1";
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

// What is wrong with a base URL, if anything: scheme, then a host (a name, an IPv4 address or a bracketed IPv6
// one), an optional port and an optional path, with nothing curl would refuse or read differently.
std::optional<std::string> base_url_problem(std::string_view url) {
    std::string_view rest;
    if (url.starts_with("http://"))
        rest = url.substr(7);
    else if (url.starts_with("https://"))
        rest = url.substr(8);
    else
        return "must start with http:// or https://";
    for (const char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7F) return "must not contain spaces, control characters or non-ASCII bytes";
        if (c == '?' || c == '#' || c == '@' || c == '\\')
            return std::string("must not contain '") + ch + "' (only scheme, host, port and path)";
    }
    const std::string_view authority = rest.substr(0, rest.find('/'));
    std::string_view port;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) return "has an IPv6 address without its closing ']'";
        const auto address = authority.substr(1, close - 1);
        if (address.empty() || address.find_first_not_of("0123456789abcdefABCDEF:.") != std::string_view::npos)
            return "has a malformed IPv6 address";
        const auto after = authority.substr(close + 1);
        if (!after.empty()) {
            if (!after.starts_with(':')) return "has text after the IPv6 address";
            port = after.substr(1);
            if (port.empty()) return "has an empty port";
        }
    } else {
        const auto colon = authority.find(':');
        const auto host = authority.substr(0, colon);
        if (host.empty()) return "has no host";
        if (host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_") !=
            std::string_view::npos)
            return "has a malformed host";
        if (colon != std::string_view::npos) {
            port = authority.substr(colon + 1);
            if (port.empty()) return "has an empty port";
        }
    }
    if (!port.empty()) {
        unsigned number = 0;
        auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
        if (ec != std::errc() || end != port.data() + port.size() || number == 0 || number > 65535)
            return "has a port that is not a number from 1 to 65535";
    }
    return std::nullopt;
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
    if (base_url)
        if (auto bad = base_url_problem(*base_url)) return problem = "the base URL " + *bad, std::nullopt;
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

// All of `in`, unless it fails or holds more than max_input_bytes.
std::optional<std::string> read_capped(std::istream& in, const std::string& what, std::string& problem) {
    std::string text;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_input_bytes)
            return problem = what + " holds more than " + std::to_string(max_input_bytes >> 20) + " MiB", std::nullopt;
    }
    if (in.bad()) return problem = "cannot read " + what, std::nullopt;
    return text;
}

std::optional<std::string> read_input(const std::vector<std::string>& positional, std::string& problem) {
    if (positional.size() < 3) return std::string("{}");
    if (positional.size() > 3) return problem = "call takes one JSON argument", std::nullopt;
    const std::string& arg = positional[2];
    if (arg == "-") return read_capped(std::cin, "standard input", problem);
    if (arg.starts_with('@')) {
        const std::string name = arg.substr(1);
        std::error_code ec;
        if (std::filesystem::is_directory(name, ec))
            return problem = "cannot read " + name + ": it is a directory", std::nullopt;
        std::ifstream file(name, std::ios::binary);
        if (!file) return problem = "cannot read " + name, std::nullopt;
        return read_capped(file, name, problem);
    }
    return arg;
}

// The one place the CLI parses JSON input. A syntax error names its line and column (bytes, from 1).
// Input JSON, parsed as the library parses replies: a key given twice is refused by name (it would otherwise
// be merged, the last one winning), and errors say where.
std::optional<boost::json::value> parse_json_input(std::string_view text, std::string& problem) {
    auto parsed = timrest::parse_json(text);
    if (parsed) return std::move(parsed.value);
    problem = "not valid JSON at " + parsed.error->to_string();
    return std::nullopt;
}


// The families' TUs (generated from family.cpp.in) add their endpoints.
#define TIMREST_FAMILY(name) void add_##name(std::vector<endpoint_entry>& out);
#include "cli_families.inc"
#undef TIMREST_FAMILY

const std::vector<endpoint_entry>& endpoint_table() {
    static const std::vector<endpoint_entry> table = [] {
        std::vector<endpoint_entry> out;
#define TIMREST_FAMILY(name) add_##name(out);
#include "cli_families.inc"
#undef TIMREST_FAMILY
        return out;
    }();
    return table;
}

const endpoint_entry* find_endpoint(std::string_view path) {
    for (const auto& e : endpoint_table())
        if (e.path == path || e.path.substr(3) == path) return &e;
    return nullptr;
}

// A JSON value as it reads in a sentence: strings without quotes.
std::string plain(const boost::json::value& v) {
    if (auto s = v.if_string()) return std::string(s->data(), s->size());
    return boost::json::serialize(v);
}

// "array, min_items 1, max_items 1 of string, max_bytes 64": a field's schema in one line. Generic over the
// schema's keys, so a new kind of bound shows up here without a change.
std::string schema_line(const boost::json::object& schema) {
    std::string out = schema.contains("type") ? plain(schema.at("type")) : "any";
    for (const auto& [key, value] : schema) {
        if (key == "name" || key == "required" || key == "type" || key == "fields" || key == "items" || key == "rules" ||
            key == "alternatives")
            continue;
        out += ", " + std::string(key) + " " + plain(value);
    }
    if (auto items = schema.if_contains("items"); items && items->is_object())
        out += " of " + schema_line(items->as_object());
    return out;
}

// The object or tagged schema a field holds, directly or as the items of (nested) arrays; null when none.
const boost::json::object* object_schema(const boost::json::object& schema) {
    if (schema.contains("fields") || schema.contains("alternatives")) return &schema;
    if (auto items = schema.if_contains("items"); items && items->is_object()) return object_schema(items->as_object());
    return nullptr;
}

void print_fields(std::ostream& os, const boost::json::object& schema, std::size_t indent) {
    const std::string pad(indent, ' ');
    if (auto fields = schema.if_contains("fields"); fields && fields->is_array()) {
        for (const auto& f : fields->as_array()) {
            const auto& field = f.as_object();
            const bool required = field.contains("required") && field.at("required") == true;
            os << pad << plain(field.at("name")) << (required ? " (required): " : ": ") << schema_line(field) << "\n";
            if (auto nested = object_schema(field)) print_fields(os, *nested, indent + 2);
        }
    }
    if (auto alternatives = schema.if_contains("alternatives"); alternatives && alternatives->is_array()) {
        for (const auto& a : alternatives->as_array()) {  // a tagged field: each tag and the content it takes
            os << pad << plain(a.at("tag")) << ":\n";
            print_fields(os, a.at("content").as_object(), indent + 2);
        }
    }
    if (auto rules = schema.if_contains("rules")) os << pad << "rules: " << plain(*rules) << "\n";
}

// `timrest call <path> --help`: what the endpoint's declaration says, for a person.
int endpoint_help(const endpoint_entry& e) {
    const auto d = e.describe();
    std::cout << e.path << "\n\nrequest:\n";
    print_fields(std::cout, d.at("request").as_object(), 2);
    std::cout << "\nresponse:\n";
    print_fields(std::cout, d.at("response").as_object(), 2);
    std::cout << "\nrate: ";
    if (const auto rate = d.at("calls_per_second").to_number<unsigned>(); rate != 0)
        std::cout << "at most " << rate << " calls per second\n";
    else
        std::cout << "no documented limit\n";
    std::cout << (d.at("idempotent").as_bool() ? "idempotent: yes, safe to send again\n"
                                                : "idempotent: no, a resend may apply it twice\n");
    std::cout << "\nerrors:\n";
    for (const auto& row : d.at("errors").as_array())
        std::cout << "  " << row.at("code").as_int64() << "  " << plain(row.at("meaning"))
                  << (row.at("retryable").as_bool() ? " (retryable)" : "") << "\n";
    std::cout << "  (and the codes common to every endpoint)\n";
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
        for (const auto& e : endpoint_table()) std::cout << e.path << "\n";
        return ok;
    }
    boost::json::array all;
    for (const auto& e : endpoint_table()) all.push_back(e.describe());
    std::cout << boost::json::serialize(all) << "\n";
    return ok;
}

}  // namespace timrest_cli

using namespace timrest_cli;

int main(int argc, char** argv) try {
    std::string problem;
    auto args = parse(argc, argv, problem);
    if (!args) return usage(problem);
    if (args->options.contains("--version")) {
        std::cout << "timrest " << TIMREST_VERSION_STRING << "\n";
        return ok;
    }
    const bool help = args->options.contains("--help");
    if (help && !(args->positional.size() >= 2 && args->positional[0] == "call")) {
        std::cout << usage_text;
        return ok;
    }
    if (args->positional.empty()) return usage(no_command);
    const std::string& command = args->positional[0];
    if (command == "endpoints") return endpoints(*args);
    if (command == "usersig") return usersig(*args);
    if (command == "call") {
        if (args->positional.size() < 2) return usage("call needs <service>/<command>");
        const endpoint_entry* e = find_endpoint(args->positional[1]);
        if (!e) return usage("unknown endpoint \"" + args->positional[1] + "\"; `timrest endpoints` lists them");
        return help ? endpoint_help(*e) : e->call(*args);
    }
    if (command == "batch") {
        if (args->positional.size() < 2) return usage("batch needs <service>/<command>");
        const endpoint_entry* e = find_endpoint(args->positional[1]);
        if (!e) return usage("unknown endpoint \"" + args->positional[1] + "\"; `timrest endpoints` lists them");
        return batch(*e, *args);
    }
    return usage("unknown command \"" + command + "\"");
} catch (const std::exception& e) {
    std::cerr << "timrest: " << printable(e.what()) << "\n";
    return transport_failed;
}
