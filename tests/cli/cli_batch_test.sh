#!/usr/bin/env bash
# cli_batch_test.sh TIMREST_CLI TIMREST_EMULATOR
# `timrest batch` against emulators it starts itself: one result per request line, in input order; invalid lines
# reported in place and never sent; retries under injected faults with nothing lost; --resume after Ctrl-C; the
# progress line in a pseudo-terminal and a single summary line otherwise; the exit statuses (0 all succeeded,
# 1 some failed, 2 usage, 130 interrupted).
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2
cli_setup "$@"

import=im_open_login_svc/account_import

# requests N PREFIX > FILE: N account_import request lines.
requests() {
  local i
  for ((i = 1; i <= $1; i++)); do printf '{"UserID":"%s%d"}\n' "$2" "$i"; done
}

# results_check FILE [N]: FILE holds exactly one result for each of the lines 1..N, in order, each a reply; without
# N, for the lines 1..K it has results for (an interrupted batch's).
results_check() {
  python3 - "$@" <<'EOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
n = int(sys.argv[2]) if len(sys.argv) > 2 else len(lines)
ok = [r["line"] for r in lines] == list(range(1, n + 1)) and all("reply" in r for r in lines)
sys.exit(0 if ok else 1)
EOF
}

# --- output: complete, in order, one object per line
requests 50 order >"$work/order.jsonl"
run -- batch "$import" "@$work/order.jsonl" --in-flight 8 --rate 0
expect "a batch of valid lines exits 0 with one reply per line, in input order" 0 results_check "$out" 50
expect "with stderr not a terminal, only the summary line is printed" 0 \
  bash -c "[[ \$(wc -l <'$err') -eq 1 ]] && grep -q '^timrest batch: 50 done, 0 failed' '$err'"

# --- an invalid line is reported in place, not sent, and the batch goes on
{ echo '{"UserID":"fine1"}'; echo '{"UserID":""}'; echo '{"UserID":"x","Nope":1}'; echo 'not json'; echo; echo '{"UserID":"fine2"}'; } >"$work/mixed.jsonl"
run -- batch "$import" "@$work/mixed.jsonl" --rate 0
expect "invalid lines get their validation error in place (random null), the others their replies; exit 1" 1 \
  python3 -c "
import json, sys
r = [json.loads(l) for l in open('$out')]
assert [x['line'] for x in r] == [1, 2, 3, 4, 6], r
assert 'reply' in r[0] and 'reply' in r[4]
for x in r[1:4]:
    e = x['error']
    assert e['category'] == 'timrest.protocol' and e['random'] is None and e['retryable'] is False, e
assert 'UserID' in r[1]['error']['message'] and 'Nope' in r[2]['error']['message'] and 'line 1, column 1' in r[3]['error']['message']
"

# --- standard input
requests 5 piped | "$cli" batch "$import" - --rate 0 >"$out" 2>"$err"
status=$?
expect "requests are read from standard input with -" 0 results_check "$out" 5

# --- usage errors: exit 2, nothing sent
run -- batch "$import" "@$work/order.jsonl" --resume
expect "--resume without --out is a usage error" 2 stderr_has "--resume needs --out"
run -- batch "$import" "@$work/order.jsonl" --in-flight 0
expect "--in-flight 0 is a usage error" 2 stderr_has "--in-flight takes a whole number"
run -- batch "$import" "@$work"
expect "a directory as input is a usage error" 2 stderr_has "it is a directory"
run -- batch "$import" '{"UserID":"x"}'
expect "a request given inline is a usage error: batch reads @FILE or -" 2 stderr_has "@FILE or -"
run -- batch nosuch/endpoint "@$work/order.jsonl"
expect "an unknown endpoint is a usage error" 2 stderr_has "unknown endpoint"

# --- faults: with retries every line lands; without, the failures are reported per line
start_emulator --faults reset,502,70500 --fault-rate 0.1 --seed 5
faulty=$started_url
requests 200 faulty >"$work/faulty.jsonl"
run TIMREST_BASE_URL="$faulty" -- batch "$import" "@$work/faulty.jsonl" --in-flight 16 --rate 0
expect "under 10% resets, 502s and 70500s every line of an idempotent batch gets its reply (retried)" 0 \
  bash -c "python3 -c \"
import json
r = [json.loads(l) for l in open('$out')]
assert [x['line'] for x in r] == list(range(1, 201)) and all('reply' in x for x in r)
\" && grep -qE 'timrest batch: 200 done, 0 failed, [1-9][0-9]* retried' '$err'"
run TIMREST_BASE_URL="$faulty" -- batch "$import" "@$work/faulty.jsonl" --in-flight 16 --rate 0 --retries 0
expect "with --retries 0 the faults are reported per line, with their random and whether they are retryable; exit 1" 1 \
  python3 -c "
import json
r = [json.loads(l) for l in open('$out')]
assert [x['line'] for x in r] == list(range(1, 201))
errors = [x['error'] for x in r if 'error' in x]
assert errors and all(isinstance(e['random'], int) and e['random'] > 0 for e in errors), errors
assert any(e['retryable'] for e in errors)
"

# --- a fault script: each request in turn gets its step
start_emulator --fault-script 502,ok,70500
requests 4 scripted >"$work/scripted.jsonl"
run TIMREST_BASE_URL="$started_url" -- batch "$import" "@$work/scripted.jsonl" --in-flight 1 --rate 0 --retries 0
expect "with --fault-script 502,ok,70500 the first three requests get those, in order, and the rest are answered" 1 \
  python3 -c "
import json
r = [json.loads(l) for l in open('$out')]
assert [x['line'] for x in r] == [1, 2, 3, 4], r
assert r[0]['error']['category'] == 'timrest.protocol' and 'reply' in r[1] and 'reply' in r[3], r
assert r[2]['error']['code'] == 70500, r
"
"$emulator" --fault-script ok,explode >"$out" 2>"$err"
status=$?
expect "an unknown step of --fault-script is refused, naming it" 1 stderr_has 'unknown fault "explode"; use ok, reset'

# --- --resume after Ctrl-C
# timeout signals the CLI and then its process group: the one interrupt arrives twice, a few microseconds apart, and
# must still stop the batch in order.
start_emulator --latency-ms 100
slow=$started_url
requests 120 resumed >"$work/resume.jsonl"
TIMREST_BASE_URL="$slow" timeout --preserve-status -s INT 1 "$cli" batch "$import" "@$work/resume.jsonl" --in-flight 4 --rate 0 \
  --out "$work/resume.out" >"$out" 2>"$err"
status=$?
first=$(wc -l <"$work/resume.out")
# stopped_in_order FILE: the batch said it was interrupted, and FILE has the replies of lines 1..K, in order.
stopped_in_order() { grep -q 'interrupted' "$err" && results_check "$1"; }
stopped_midway() { [[ $first -gt 0 && $first -lt 120 ]] && stopped_in_order "$work/resume.out"; }
expect "Ctrl-C stops sending, writes the results of the requests in flight, and exits 130" 130 stopped_midway
printf '{"line":999,"rep' >>"$work/resume.out"  # a result cut short, as by a kill mid-write
run TIMREST_BASE_URL="$slow" -- batch "$import" "@$work/resume.jsonl" --in-flight 8 --rate 0 --out "$work/resume.out" --resume
resumed_ok() {
  results_check "$work/resume.out" 120 && grep -q "$first lines skipped" "$err"
}
expect "--resume skips the lines that have a result, drops a cut-off last line, and completes the file" 0 resumed_ok

# in_background ARGS...: runs the CLI with ARGS in the background, SIGINT at its default action (a script's
# background job starts with it ignored), stdout and stderr to $out and $err; sets batch_pid.
in_background() {
  python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
    "$cli" "$@" >"$out" 2>"$err" &
  batch_pid=$!
}
# handling_sigint PID: waits (10 s at most) until the process catches SIGINT: its batch is under way.
handling_sigint() {
  local caught
  for _ in $(seq 1 200); do
    caught=$(awk '/^SigCgt:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 1
    [[ -n "$caught" ]] && (( 0x$caught & 0x2 )) && return 0
    sleep 0.05
  done
  return 1
}

# --- SIGINT sent twice at once is one interrupt; sent again half a second or more later, it kills
TIMREST_BASE_URL="$slow" in_background batch "$import" "@$work/resume.jsonl" --in-flight 4 --rate 0 --out "$work/twice.out"
handling_sigint "$batch_pid"
kill -INT "$batch_pid"
kill -INT "$batch_pid"
wait "$batch_pid"
status=$?
expect "two SIGINTs sent together stop the batch in order, as one Ctrl-C" 130 stopped_in_order "$work/twice.out"

start_emulator --latency-ms 20000  # calls that would hold an orderly stop for 20 s
TIMREST_BASE_URL="$started_url" in_background batch "$import" "@$work/resume.jsonl" --in-flight 4 --rate 0 \
  --out "$work/killed.out"
started=$(date +%s%N)
handling_sigint "$batch_pid"
sleep 0.5  # the calls are in flight
kill -INT "$batch_pid"
sleep 1
kill -INT "$batch_pid"
wait "$batch_pid"
status=$?
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
expect "a second Ctrl-C half a second or more after the first ends the process at once, results in flight unwritten" 130 \
  bash -c "[[ $elapsed_ms -lt 12000 && ! -s '$work/killed.out' ]] && ! grep -q 'timrest batch:' '$err'"

# --- a batch started with SIGINT ignored (a script's background job) keeps it ignored
requests 30 ignoring >"$work/ignoring.jsonl"
TIMREST_BASE_URL="$slow" "$cli" batch "$import" "@$work/ignoring.jsonl" --in-flight 1 --rate 0 --out "$work/ignoring.out" \
  >"$out" 2>"$err" &
batch_pid=$!
for _ in $(seq 1 200); do [[ -s "$work/ignoring.out" ]] && break; sleep 0.05; done  # under way: a result is out
kill -INT "$batch_pid"
sleep 0.6
kill -INT "$batch_pid"
wait "$batch_pid"
status=$?
expect "a batch that starts with SIGINT ignored is not stopped by SIGINT: every line gets its reply" 0 \
  results_check "$work/ignoring.out" 30

# --- the progress line, in a pseudo-terminal
requests 40 tty >"$work/tty.jsonl"
TIMREST_BASE_URL="$slow" script -qfec "'$cli' batch $import @$work/tty.jsonl --in-flight 4 --rate 0 --out $work/tty.out" \
  "$work/typescript" >/dev/null 2>&1
status=$?
expect "on a terminal a live progress line shows done/total, percent, calls/s, ETA, failed, retried and throttled" 0 \
  bash -c "grep -aq \$'\\r' '$work/typescript' && grep -aqE '40/40 100% [0-9]+ calls/s.*failed 0 retried 0 throttled 0' '$work/typescript' && grep -aqE '[0-9]+/40 [0-9]+% [0-9]+ calls/s ETA' '$work/typescript'"

# --- pacing: --rate holds the batch to it (bounded from below only)
requests 21 paced >"$work/paced.jsonl"
started=$(date +%s%N)
run -- batch "$import" "@$work/paced.jsonl" --rate 20
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
paced_ok() { [[ $elapsed_ms -ge 950 ]] && results_check "$out" 21; }
expect "--rate 20 spaces 21 calls over at least a second" 0 paced_ok

summary
