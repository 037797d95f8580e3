// Builds, validates and encodes a request through timrest built as a subproject; exits non-zero on any
// mismatch.

#include "timrest/core/validate.hpp"
#include "timrest/core/wire.hpp"
#include "timrest/recentcontact/del_contact_group.hpp"

#include <cstdio>
#include <string>

int main() {
    const timrest::recentcontact::del_contact_group_request request{.From_Account = "alice", .GroupName = {"work"}};
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

    std::printf("%s\n", json.c_str());
    return 0;
}
