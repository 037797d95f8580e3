#include "timrest/core/detail/text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

namespace core_text_test {

namespace {

std::string scrubbed(std::string_view text, std::string_view secret) {
    const std::string_view secrets[] = {secret};
    return timrest::detail::scrub(text, secrets);
}

}  // namespace

TEST_CASE("text: scrub replaces a secret raw, percent-encoded in either case, quoted twice and JSON-escaped",
          "[text][secrets]") {
    const std::string_view secret = "eJy*A-b_c";
    CHECK(scrubbed("sig=eJy*A-b_c&x", secret) == "sig=REDACTED&x");
    CHECK(scrubbed("sig=eJy%2AA-b_c&x", secret) == "sig=REDACTED&x");
    CHECK(scrubbed("sig=eJy%2aA-b_c&x", secret) == "sig=REDACTED&x");
    CHECK(scrubbed("sig=%65%4A%79%2A%41%2D%62%5F%63", secret) == "sig=REDACTED");
    CHECK(scrubbed("sig=eJy%252AA-b_c", secret) == "sig=REDACTED");
    CHECK(scrubbed(R"("sig=\u0065Jy\u002aA\u002Db_c")", secret) == R"("sig=REDACTED")");
    CHECK(scrubbed(R"("sig=eJy\u00252AA-b_c")", secret) == R"("sig=REDACTED")");
}

TEST_CASE("text: scrub finds a secret with slashes and spaces in their JSON and form spellings", "[text][secrets]") {
    CHECK(scrubbed(R"(k=a\/b c)", "a/b c") == "k=REDACTED");
    CHECK(scrubbed("k=a%2Fb+c", "a/b c") == "k=REDACTED");
    CHECK(scrubbed("k=a%2Fb%20c", "a/b c") == "k=REDACTED");
    CHECK(scrubbed(R"(k=\"q\\)", R"("q\)") == "k=REDACTED");
}

TEST_CASE("text: scrub keeps text that only resembles a secret, and every secret given is removed", "[text][secrets]") {
    CHECK(scrubbed("eJy*A-b_", "eJy*A-b_c") == "eJy*A-b_");
    CHECK(scrubbed("%2", "*") == "%2");
    CHECK(scrubbed("100% sure", "*") == "100% sure");
    CHECK(scrubbed("", "x") == "");
    CHECK(scrubbed("nothing to hide", "") == "nothing to hide");
    const std::string_view secrets[] = {"first", "", "second"};
    CHECK(timrest::detail::scrub("first, then second; fir%73t", secrets) == "REDACTED, then REDACTED; REDACTED");
}

TEST_CASE("text: printable escapes C0 controls, DEL and bytes that are not UTF-8", "[text]") {
    using timrest::detail::printable;
    CHECK(printable(std::string("a\r\nb\tc\x1b[2J") + '\0' + "\x7f") == "a\\r\\nb\\tc\\x1b[2J\\x00\\x7f");
    CHECK(printable("bad \xff\xfe and cut \xe4\xb8") == "bad \\xff\\xfe and cut \\xe4\\xb8");
    CHECK(printable("overlong \xc0\xaf, surrogate \xed\xa0\x80") == "overlong \\xc0\\xaf, surrogate \\xed\\xa0\\x80");
}

TEST_CASE("text: printable keeps UTF-8 text but escapes code points that steer a display", "[text]") {
    using timrest::detail::printable;
    CHECK(printable("群组 ✓ 😀") == "群组 ✓ 😀");
    CHECK(printable("csi \xc2\x9b"
                    "31m") == "csi \\u009b31m");
    CHECK(printable("line\xe2\x80\xa8sep, \xe2\x80\xae"
                    "evil") == "line\\u2028sep, \\u202eevil");
}

TEST_CASE("text: printable cuts text past its cap and says how many bytes were cut", "[text]") {
    using timrest::detail::printable;
    CHECK(printable(std::string(1024, 'x')) == std::string(1024, 'x'));
    CHECK(printable(std::string(1030, 'x')) == std::string(1024, 'x') + "... (6 more bytes cut)");
    CHECK(printable("abcdef", 3) == "abc... (3 more bytes cut)");
    CHECK(printable("\xe7\xbe\xa4\xe7\xbb\x84", 4) == "\xe7\xbe\xa4\xe7\xbb\x84");  // never splits a character
}

}  // namespace core_text_test
