// Builds, validates and encodes a request through the installed headers; exits non-zero on any mismatch.

#include <timrest.hpp>  // the umbrella: every installed header must be there

#include <cstdio>
#include <string>

int main() {
    using timrest::recentcontact::del_contact_group_request;

    const del_contact_group_request request{.From_Account = "alice", .GroupName = {"work"}};
    if (const auto violations = timrest::validate(request); !violations.empty()) {
        std::fprintf(stderr, "validate: unexpected violations: %s\n", timrest::to_string(violations).c_str());
        return 1;
    }

    const std::string json = timrest::to_json_string(request);
    const std::string expected = R"({"From_Account":"alice","GroupName":["work"]})";
    if (json != expected) {
        std::fprintf(stderr, "to_json_string: got %s, expected %s\n", json.c_str(), expected.c_str());
        return 1;
    }

    // A name known only at run time is checked by validate, not by the compiler.
    const del_contact_group_request too_long{.From_Account = "alice", .GroupName = {std::string(65, 'a')}};
    const std::string violations = timrest::to_string(timrest::validate(too_long));
    if (violations != "GroupName[0]: at most 64 bytes, got 65") {
        std::fprintf(stderr, "validate: got \"%s\" for a 65-byte group name\n", violations.c_str());
        return 1;
    }

    std::printf("%s\n", json.c_str());
    return 0;
}
