# shellcheck shell=bash
# lib.sh: what the CLI test scripts share; sourced, not run. A script sources it and calls
#   cli_setup "$@"
# which checks the arguments (TIMREST_CLI TIMREST_EMULATOR), starts the emulator on port 0 in a scratch folder
# removed on exit (start_emulator starts more, e.g. misbehaving ones), and exports the CLI's configuration for it. The script then drives the CLI with run and checks
# each result with expect, and ends with summary, which prints "N passed, M failed" and fails on any failure.
# Variables the script may read: cli, emulator, work, url (the emulator's base URL), dead (a URL nothing answers),
# status, out and err (files holding the last run's stdout and stderr), passed, failed.

# cli_setup TIMREST_CLI TIMREST_EMULATOR
cli_setup() {
  if [[ $# -ne 2 ]]; then
    echo "usage: $0 TIMREST_CLI TIMREST_EMULATOR" >&2
    exit 2
  fi
  cli=$1
  emulator=$2

  # Only what the script sets reaches the CLI.
  unset TIMREST_SDKAPPID TIMREST_SECRET_KEY TIMREST_ADMIN TIMREST_REGION TIMREST_BASE_URL

  work=$(mktemp -d)
  emulator_pids=()
  trap cleanup EXIT

  start_emulator
  url=$started_url

  export TIMREST_SDKAPPID=1400000000
  export TIMREST_SECRET_KEY=5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e
  export TIMREST_BASE_URL=$url
  # shellcheck disable=SC2034  # for the scripts
  dead=http://127.0.0.1:1

  passed=0
  failed=0
  out=$work/stdout
  err=$work/stderr
  status=0
}

# start_emulator [ARGS...]: starts another emulator on port 0 with ARGS (e.g. --misbehave echo-url), stopped on
# exit, and sets started_url to its base URL.
start_emulator() {
  local n=${#emulator_pids[@]}
  "$emulator" --port 0 "$@" >"$work/emulator.$n.out" 2>"$work/emulator.$n.err" &
  local pid=$!
  emulator_pids+=("$pid")
  started_url=""
  local first
  for _ in $(seq 1 100); do
    first=$(head -n 1 "$work/emulator.$n.out" 2>/dev/null || true)
    if [[ "$first" =~ ^timrest-emulator\ listening\ on\ (http://127\.0\.0\.1:[0-9]+)\  ]]; then
      started_url=${BASH_REMATCH[1]}
      return
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "FATAL: the emulator did not print its address" >&2
  cat "$work/emulator.$n.out" "$work/emulator.$n.err" >&2
  exit 1
}

cleanup() {
  local pid
  for pid in ${emulator_pids[@]+"${emulator_pids[@]}"}; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}

# Lines of the captured stdout and stderr a failure shows, each; empty shows them whole.
fail_shows_lines=""

pass() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  echo "       status: $status"
  show_captured stdout "$out"
  show_captured stderr "$err"
}
show_captured() {  # LABEL FILE
  if [[ -n "$fail_shows_lines" ]]; then
    sed "s/^/       $1: /" "$2" | head -n "$fail_shows_lines"
  else
    sed "s/^/       $1: /" "$2"
  fi
}

# run [VAR=value ...] -- ARGS...: runs the CLI with extra environment, capturing status, stdout and stderr.
# A variable given as VAR= (empty) is removed from the environment.
run() {
  local -a envs=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do envs+=("$1"); shift; done
  shift
  local -a unsets=()
  local -a sets=()
  for e in ${envs[@]+"${envs[@]}"}; do
    if [[ "$e" == *= ]]; then unsets+=(-u "${e%=}"); else sets+=("$e"); fi
  done
  env ${unsets[@]+"${unsets[@]}"} ${sets[@]+"${sets[@]}"} "$cli" "$@" >"$out" 2>"$err" </dev/null
  status=$?
}

expect() {  # NAME EXPECTED_STATUS then a command that must succeed
  local name=$1 expected=$2
  shift 2
  if [[ "$status" -eq "$expected" ]] && "$@"; then pass "$name"; else fail "$name (expected exit $expected and: $*)"; fi
}

stdout_has() { grep -qF -- "$1" "$out"; }
stderr_has() { grep -qF -- "$1" "$err"; }
stdout_empty() { [[ ! -s "$out" ]]; }

# summary: prints "N passed, M failed" after a blank line, followed by ", K skipped" when the script counts skips in
# its own variable `skipped`; fails when any check failed, so a script that ends with it exits non-zero then.
summary() {
  echo
  # shellcheck disable=SC2154  # skipped belongs to the script, when it has one
  echo "$passed passed, $failed failed${skipped+, $skipped skipped}"
  [[ $failed -eq 0 ]]
}
