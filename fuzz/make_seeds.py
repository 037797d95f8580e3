#!/usr/bin/env python3
"""Writes fuzz/corpus/<target>/ from the golden samples of every registered endpoint (tests/<family>/<command>.cpp,
every `constexpr std::string_view <name> = R"(...)"...;`, as tests/cli/samples_test.py reads them) and the UserSig
known answers in tests/auth/usersig.cpp. Run from the repository root after changing the golden samples or the
registry; the corpus is committed. Existing seeds stay: new families are appended to the registry, so an
endpoint's index never changes."""

import hashlib
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "tests" / "cli"))
import samples_test  # noqa: E402  the one reader of the golden samples (comments and trailing commas removed)
corpus = root / "fuzz" / "corpus"

# The order of timrest::endpoints in include/timrest/registry.hpp (the families' lists joined, each in its
# umbrella header's order): the first byte of an input selects one.
registry = (root / "include/timrest/registry.hpp").read_text()
families = re.findall(r"(\w+)::endpoints", registry.split("mp_append<", 1)[1].split(">;", 1)[0])
declaring = re.compile(r"struct (\w+) \{\s*static constexpr std::string_view path")
endpoints = []  # (family, header stem), the header declaring the endpoint type the list names
for family in families:
    headers = {}
    for header in (root / "include/timrest" / family).glob("*.hpp"):
        for name in declaring.findall(header.read_text()):
            headers[name] = header
    umbrella = (root / "include/timrest" / (family + ".hpp")).read_text()
    names = umbrella.split("mp_list<", 1)[1].split(">;", 1)[0]
    endpoints += [(family, headers[n.strip()].stem) for n in names.split(",")]
# The endpoints that declare `paging`, in registry order: page_walk's own list.
paged = [e for e in endpoints
         if "static constexpr auto paging" in (root / "include/timrest" / e[0] / (e[1] + ".hpp")).read_text()]



def samples(path):
    """(name, strict JSON text) of each golden sample in `path`."""
    for name, value in samples_test.samples(path):
        yield name, json.dumps(value)


def write(target, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def is_reply(name, text):
    return samples_test.is_reply(name, json.loads(text))


first_requests = {}  # a paged endpoint's first sample request, the first request of its page_walk seeds
for endpoint in endpoints:
    source = root / "tests" / endpoint[0] / (endpoint[1] + ".cpp")
    if endpoint in paged and source.exists():
        requests = [text for name, text in samples(source) if not is_reply(name, text)]
        if requests:
            first_requests[endpoint] = requests[0].encode()

for endpoint in endpoints:
    source = root / "tests" / endpoint[0] / (endpoint[1] + ".cpp")
    if not source.exists():
        continue
    index = endpoints.index(endpoint)
    for name, text in samples(source):
        data = text.encode()
        if not is_reply(name, text):
            write("cli_request", bytes([index]) + data)
        else:
            write("response_decoder", bytes([index]) + data)
            write("envelope_reader", data)
            write("envelope_reader", b'{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"expired"}\n--\n' + data)
            if endpoint in paged and first_requests.get(endpoint):
                # The endpoint's first sample request, then a two-page walk: the sample as a middle page, then as
                # the last one; and a walk of the sample alone.
                head = bytes([paged.index(endpoint)]) + first_requests[endpoint] + b"\n--\n"
                last = re.sub(rb'"CompleteFlag":\s*0', b'"CompleteFlag":1', data)
                write("page_walk", head + data + b"\n--\n" + last)
                write("page_walk", head + data)

# A UserSig literal may continue on the next line as an adjacent string literal.
for sig in re.findall(r'"eJ[A-Za-z0-9*_-]+"(?:\s*"[A-Za-z0-9*_-]+")*', (root / "tests/auth/usersig.cpp").read_text()):
    write("usersig_verifier", "".join(re.findall(r'"([^"]*)"', sig)).encode())
