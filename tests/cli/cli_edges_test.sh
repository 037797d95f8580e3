#!/usr/bin/env bash
# cli_edges_test.sh TIMREST_CLI TIMREST_EMULATOR
# The CLI against servers that misbehave on purpose (timrest-emulator --misbehave): an echoed URL must not put
# the UserSig on stdout or stderr in any spelling, control characters and a 15 MiB ErrorInfo must reach stderr
# escaped and cut, and a voided UserSig must be renewed with a different one. Then the CLI's own edges: help and
# version, malformed base URLs, directories and endless input, and where a JSON syntax error is.
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2
cli_setup "$@"

import=im_open_login_svc/account_import
del=recentcontact/del_contact_group
fail_shows_lines=5  # the hostile replies are large

# `usersig=` as the echo-url emulator spells it in its three forms, each followed by what it quoted.
raw_marker='usersig='
quoted_marker='usersig%3D'
escaped_marker='\u0075\u0073\u0065\u0072\u0073\u0069\u0067\u003D'

# Every occurrence of MARKER in FILE is followed by REDACTED, and there is at least one.
redacted_after() {  # FILE MARKER
  local total redacted
  total=$(grep -oF -- "$2" "$1" | wc -l)
  redacted=$(grep -oF -- "$2REDACTED" "$1" | wc -l)
  [[ $total -gt 0 && $total -eq $redacted ]]
}

# The UserSigs the CLI may have signed in the seconds around a run, raw and with '*' quoted, are in no output.
sigs_before=""
remember_sigs() { sigs_before+="$("$cli" usersig)"$'\n'; }
no_known_sig() {
  remember_sigs
  local sig
  while IFS= read -r sig; do
    [[ -z "$sig" ]] && continue
    if grep -qF -- "$sig" "$out" "$err" || grep -qF -- "${sig//\*/%2A}" "$out" "$err"; then return 1; fi
  done <<<"$sigs_before"
}

# --- a server that echoes the URL raw, percent-encoded and JSON-escaped
start_emulator --misbehave echo-url
echo_url=$started_url

remember_sigs
run TIMREST_BASE_URL="$echo_url" -- call "$import" '{"UserID":"alice"}'
expect "an echoed URL on stdout shows usersig=REDACTED" 0 redacted_after "$out" "$raw_marker"
expect "a percent-encoded echo on stdout shows usersig%3DREDACTED" 0 redacted_after "$out" "$quoted_marker"
expect "a JSON-escaped echo on stdout is scrubbed too" 0 redacted_after "$out" "$escaped_marker"
expect "no UserSig signed around the call is on stdout or stderr" 0 no_known_sig

remember_sigs
run TIMREST_BASE_URL="$echo_url" -- call "$del" '{"From_Account":"nobody","GroupName":["work"]}'
expect "an echoed URL in ErrorInfo shows usersig%3DREDACTED on stderr" 1 redacted_after "$err" "$quoted_marker"
expect "a JSON-escaped echo in ErrorInfo is scrubbed on stderr" 1 redacted_after "$err" "$raw_marker"
expect "no UserSig signed around the failing call is on stdout or stderr" 1 no_known_sig

# --- a server whose ErrorInfo holds CR/LF, ESC and NUL, and runs to 15 MiB
start_emulator --misbehave hostile-info
run TIMREST_BASE_URL="$started_url" -- call "$del" '{"From_Account":"nobody","GroupName":["work"]}'
expect "CR/LF, ESC and NUL in ErrorInfo come out escaped on stderr" 1 \
  stderr_has 'gone\r\nERROR forged line\x1b[2J\x00xxx'
expect "stderr is one line, without ESC, NUL or CR" 1 \
  bash -c "[[ \$(wc -l <'$err') -eq 1 ]] && ! grep -qaP '[\x00\x1b\r]' '$err'"
expect "a 15 MiB ErrorInfo is cut on stderr, saying how much" 1 \
  bash -c "[[ \$(wc -c <'$err') -lt 2048 ]] && grep -qE 'more bytes cut\)' '$err'"

# --- a server that voids the first UserSig it sees: each run signs the same UserSig within a second
start_emulator --misbehave void-first-usersig
run TIMREST_BASE_URL="$started_url" -- call "$import" '{"UserID":"alice"}'
expect "after 70052 the CLI renews the UserSig and succeeds" 0 stdout_has '"ErrorCode":0'
run TIMREST_BASE_URL="$started_url" -- call "$import" '{"UserID":"bob"}'
expect "a second run renews again with a UserSig other than the voided one" 0 stdout_has '"ErrorCode":0'

# --- help and version
for flag in --help -h; do
  run -- "$flag"
  expect "$flag prints the usage on stdout and exits 0" 0 stdout_has 'usage: timrest'
done
run -- --version
expect "--version prints the version and exits 0" 0 bash -c "grep -qE '^timrest [0-9]+\.[0-9]+\.[0-9]+$' '$out'"
run -- call "$del" --help
expect "call <path> --help prints the fields and bounds" 0 stdout_has 'GroupName (required): array, min_items 1, max_items 1 of string, max_bytes 64'
expect "call <path> --help prints the rate" 0 stdout_has 'at most 200 calls per second'
expect "call <path> --help prints the error table" 0 stdout_has '51009  the conversation group was not found'
run -- call recentcontact/no_such --help
expect "call <unknown path> --help is a usage error" 2 stderr_has 'unknown endpoint'

# --- malformed base URLs and inputs exit 2, with nothing sent
for base in 'http://[::1' 'http://exa mple.com' 'http://host:99999' 'http://user@host' 'http://'; do
  run TIMREST_BASE_URL="$base" -- call "$import" '{"UserID":"alice"}'
  expect "the base URL '$base' exits 2" 2 stderr_has 'the base URL'
done
run TIMREST_BASE_URL='http://[::1]:8080' -- call "$import" '{"UserID":"alice"'
expect "a bracketed IPv6 base URL is accepted (the JSON error comes first)" 2 stderr_has 'not valid JSON'

run -- call "$import" "@$work"
expect "@DIR exits 2, naming the directory" 2 stderr_has 'is a directory'
run -- call "$import" @/dev/zero
expect "@/dev/zero exits 2 past 16 MiB" 2 stderr_has 'more than 16 MiB'
head -c $((17 * 1024 * 1024)) /dev/zero | "$cli" call "$import" - >"$out" 2>"$err"
status=$?
expect "more than 16 MiB on stdin exits 2" 2 stderr_has 'standard input holds more than 16 MiB'

run -- call "$import" $'{\n  "UserID": x}'
expect "a JSON syntax error names its line and column" 2 stderr_has 'not valid JSON at line 2, column 13'
run -- call "$import" '{"UserID":"alice"'
expect "truncated JSON names the end of the input" 2 stderr_has 'at line 1, column 18'
run -- call "$import" '{"UserID":"alice","UserID":"mallory"}'
expect "a key given twice is refused by name, and nothing is sent" 2 stderr_has 'duplicate key "UserID"'

summary
