#!/usr/bin/env python3
"""samples_test.py TIMREST_CLI: every endpoint's samples from its vendor page, through `timrest call`, against a
plain HTTP server that answers with the page's sample response.

The samples are the golden tests' (tests/<family>/<command>.cpp, each R"(...)" string constant; the endpoint is the
header include/timrest/<family>/<command>.hpp). A sample that carries the envelope (ErrorCode or ActionStatus), or
whose name says response, reply or result, is a response; any other object is a request. Each request sample is
sent to a server answering with the first success response sample (or, where the page has none, with the bare
envelope), and:
  - the CLI accepts it and exits 0 (it validated the request and decoded the reply);
  - the body on the wire carries every key and value of the sample (the CLI may add defaults, never drop or change);
  - the request went to the endpoint's path, with the query the service requires.
The server is this script's, not the project's emulator: it knows nothing of the declarations.
Prints one line per failure ("FAIL - ...") and ends with "N passed, M failed".
"""

import http.server
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import urllib.parse

root = pathlib.Path(__file__).resolve().parents[2]
raw_literal = re.compile(r'R"(\w*)\((.*?)\)\1"', re.S)
constant = re.compile(r'(?:constexpr|const)\s+(?:std::string_view|char\s*\w*\s*\[\]|auto|const char\s*\*)\s*(\w+)'
                      r'(?:\[\])?\s*=\s*((?:\s*R"\w*\(.*?\)\w*")+)\s*;', re.S)


def strip_comments(text):
    """The vendor pages' JSON with `//` comments and trailing commas, as strict JSON."""
    out, i, in_string = [], 0, False
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def samples(path):
    for name, body in constant.findall(path.read_text()):
        text = "".join(m[1] for m in raw_literal.findall(body))
        try:
            value = json.loads(strip_comments(text))
        except ValueError:
            continue  # not JSON: a fragment or a deliberately broken input
        if isinstance(value, dict):
            yield name, value


def endpoints():
    """(family, command, path) of every declared endpoint with a golden test file."""
    for header in sorted((root / "include/timrest").glob("*/*.hpp")):
        m = re.search(r'static constexpr std::string_view path = "(v4/[^"]+)"', header.read_text())
        test = root / "tests" / header.parent.name / (header.stem + ".cpp")
        if m and test.exists():
            yield header.parent.name, header.stem, m.group(1), test


def carries(wire, sample, where="$"):
    """Why `wire` does not carry every key and value of `sample`, or None."""
    if isinstance(sample, dict):
        if not isinstance(wire, dict):
            return f"{where}: expected an object, sent {json.dumps(wire)[:80]}"
        for k, v in sample.items():
            if k not in wire:
                return f"{where}.{k}: missing on the wire"
            why = carries(wire[k], v, f"{where}.{k}")
            if why:
                return why
        return None
    if isinstance(sample, list):
        if not isinstance(wire, list) or len(wire) != len(sample):
            return f"{where}: expected {len(sample)} elements, sent {json.dumps(wire)[:80]}"
        for i, (w, s) in enumerate(zip(wire, sample)):
            why = carries(w, s, f"{where}[{i}]")
            if why:
                return why
        return None
    if wire != sample or isinstance(wire, bool) != isinstance(sample, bool):
        return f"{where}: expected {json.dumps(sample)}, sent {json.dumps(wire)}"
    return None


class Server(http.server.ThreadingHTTPServer):
    answer = b"{}"
    received = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.received.append((self.path, body))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.server.answer)))
        self.end_headers()
        self.wfile.write(self.server.answer)

    def log_message(self, *args):
        pass


# Samples the declarations refuse on purpose, each with the reason its header gives.
refused_on_purpose = {
    ("importmsg", "old_page_request_realtime"):
        "the 2020 page's SyncFromOldSystem 1 is outside the current page's set {2, 5}",
}


def is_reply(name, value):
    return "ErrorCode" in value or "ActionStatus" in value or re.search(r"response|reply|result", name) is not None


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMREST_")}
    env.update(TIMREST_SDKAPPID="1400000000", TIMREST_SECRET_KEY="sample-server-key",
               TIMREST_BASE_URL=f"http://127.0.0.1:{server.server_address[1]}")
    passed = failed = skipped = 0
    covered = set()
    with tempfile.TemporaryDirectory() as work:
        for family, command, path, test in endpoints():
            found = list(samples(test))
            requests = [(n, v) for n, v in found if not is_reply(n, v) and (command, n) not in refused_on_purpose]
            replies = [v for n, v in found if is_reply(n, v) and v.get("ErrorCode", None) == 0]
            if not requests:
                skipped += 1
                print(f"skip - {path}: no request sample in {test.parent.name}/{test.name}")
                continue
            if not replies:
                print(f"note - {path}: no success reply sample; the server answers the bare envelope")
            reply = replies[0] if replies else {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""}
            server.answer = json.dumps(reply).encode()
            for name, request in requests:
                server.received.clear()
                file = pathlib.Path(work) / "request.json"
                file.write_text(json.dumps(request))
                service_command = path[len("v4/"):]
                run = subprocess.run([cli, "call", service_command, f"@{file}"], env=env, capture_output=True,
                                     text=True, timeout=30)
                label = f"{path} ({test.parent.name}/{test.name}: {name})"
                why = None
                if run.returncode != 0:
                    why = f"exit {run.returncode}: {run.stderr.strip()[:300]}"
                elif len(server.received) != 1:
                    why = f"{len(server.received)} requests arrived"
                else:
                    target, body = server.received[0]
                    url = urllib.parse.urlsplit(target)
                    query = urllib.parse.parse_qs(url.query)
                    if url.path != "/" + path:
                        why = f"sent to {url.path}"
                    elif sorted(query) != ["contenttype", "identifier", "random", "sdkappid", "usersig"]:
                        why = f"query keys {sorted(query)}"
                    else:
                        why = carries(json.loads(body), request)
                if why:
                    failed += 1
                    print(f"FAIL - {label}: {why}")
                else:
                    passed += 1
                    covered.add(path)
    print(f"{len(covered)} endpoints sent their page's samples; {skipped} without a request sample")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
