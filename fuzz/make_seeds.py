#!/usr/bin/env python3
"""Writes fuzz/corpus/<target>/ from the golden samples in tests/recentcontact/*.cpp and tests/account/*.cpp
(every `constexpr std::string_view <name> = R"(...)"...;`) and the UserSig known answers in tests/auth/usersig.cpp.
Run from the repository root after changing the golden samples; the corpus is committed."""

import hashlib
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "fuzz" / "corpus"

# The order of timrest::endpoints in include/timrest/registry.hpp: the first byte of an input selects one.
registry = (root / "include/timrest/registry.hpp").read_text()
endpoints = re.findall(r"^\s+(?:account|recentcontact)::(\w+?)_?[,>]", registry, re.M)
paged = ["get_list", "get_contact_group"]  # the endpoints that declare `paging`, in registry order

literal = re.compile(r'R"\((.*?)\)"', re.S)
constant = re.compile(r"constexpr std::string_view (\w+)\s*=\s*((?:\s*R\"\(.*?\)\")+)\s*;", re.S)


def samples(path):
    for name, body in constant.findall(path.read_text()):
        yield name, "".join(literal.findall(body))


def write(target, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


for source in sorted((root / "tests").glob("recentcontact/*.cpp")) + sorted((root / "tests").glob("account/*.cpp")):
    endpoint = source.stem
    index = endpoints.index(endpoint)
    for name, text in samples(source):
        data = text.encode()
        if "request" in name:
            write("cli_request", bytes([index]) + data)
        else:
            write("response_decoder", bytes([index]) + data)
            write("envelope_reader", data)
            write("envelope_reader", b'{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"expired"}\n--\n' + data)
            if endpoint in paged:
                # A two-page walk: the sample as a middle page, then as the last one.
                last = re.sub(rb'"CompleteFlag":\s*0', b'"CompleteFlag":1', data)
                write("page_walk", bytes([paged.index(endpoint)]) + data + b"\n--\n" + last)
                write("page_walk", bytes([paged.index(endpoint)]) + last)

# A UserSig literal may continue on the next line as an adjacent string literal.
for sig in re.findall(r'"eJ[A-Za-z0-9*_-]+"(?:\s*"[A-Za-z0-9*_-]+")*', (root / "tests/auth/usersig.cpp").read_text()):
    write("usersig_verifier", "".join(re.findall(r'"([^"]*)"', sig)).encode())
