#!/usr/bin/env bash
# cli_test.sh TIMREST_CLI TIMREST_EMULATOR
# Runs the `timrest` CLI against a freshly started emulator (port 0) and checks exit statuses and output
# against the README's contract: 0 success, 1 service error, 2 usage or validation error (nothing sent),
# 3 transport or protocol error.
set -uo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || exit 2
cli_setup "$@"

# run_stdin INPUT [VAR=value ...] -- ARGS...: as run, with INPUT on stdin.
run_stdin() {
  local input=$1
  shift
  local -a envs=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do envs+=("$1"); shift; done
  shift
  printf '%s' "$input" | env ${envs[@]+"${envs[@]}"} "$cli" "$@" >"$out" 2>"$err"
  status=$?
}

expect_status() {  # NAME EXPECTED
  if [[ "$status" -eq "$2" ]]; then pass "$1"; else fail "$1 (expected exit $2)"; fi
}

stderr_matches() { [[ $(wc -l <"$err") -eq 1 ]] && grep -qE -- "$1" "$err"; }

del=recentcontact/del_contact_group
create=recentcontact/create_contact_group
import=im_open_login_svc/account_import
long_name=$(printf 'g%.0s' $(seq 1 65))
name64=$(printf 'h%.0s' $(seq 1 64))

# --- endpoints
run -- endpoints
expect "endpoints lists the three declared paths" 0 \
  bash -c "grep -qx 'v4/im_open_login_svc/account_import' '$out' && grep -qx 'v4/recentcontact/create_contact_group' '$out' && grep -qx 'v4/recentcontact/del_contact_group' '$out'"

# --- the happy path
run -- call "$import" '{"UserID":"alice"}'
expect "account_import exits 0 and prints the reply" 0 stdout_has '"ErrorCode":0'

run -- call "$create" '{"From_Account":"alice","GroupContactItem":[{"GroupName":"work","ContactItem":[]}]}'
expect "create_contact_group exits 0" 0 stdout_has '"GroupName":"work"'

run -- call "$del" '{"From_Account":"alice","GroupName":["work"]}'
expect "del_contact_group exits 0 with the deleted group" 0 stdout_has '"GroupItem":[{"GroupName":"work"'

run -- call "$del" '{"From_Account":"alice","GroupName":["work"]}'
expect "a second del exits 1 with the reply on stdout" 1 stdout_has '"ErrorCode":51009'
expect "a second del prints 'error 51009: <meaning> (<info>) random=<n>' on stderr" 1 \
  stderr_matches '^error 51009: .* \(.*\) random=[0-9]+$'

run -- call "v4/$del" '{"From_Account":"alice","GroupName":["work"]}'
expect "the path may be given with its v4/ prefix" 1 stdout_has '"ErrorCode":51009'

run -- call "$del" '{"From_Account":"nobody","GroupName":["work"]}'
expect "del for a user never imported exits 1 with 50001" 1 stderr_matches '^error 50001: '

# --- validation refuses before sending: exit 2 with a reachable emulator and with a dead port alike
for base in "$url" "$dead"; do
  where="(base URL ${base})"
  run TIMREST_BASE_URL="$base" -- call "$del" "{\"From_Account\":\"alice\",\"GroupName\":[\"$long_name\"]}"
  expect "a 65-byte group name exits 2 $where" 2 stderr_has 'GroupName[0]'

  run TIMREST_BASE_URL="$base" -- call "$del" '{"From_Account":"alice","GroupName":["a","b"]}'
  expect "two group names exit 2 $where" 2 stderr_has 'GroupName'

  run TIMREST_BASE_URL="$base" -- call "$del" '{"From_Account":"alice","Group_Name":["work"]}'
  expect "a misspelt key exits 2 $where" 2 stderr_has 'nothing was sent'

  run TIMREST_BASE_URL="$base" -- call "$del" '{"From_Account":"alice","GroupName":["work"],"Group_Name":["x"]}'
  expect "an unknown key exits 2 $where" 2 stderr_has 'Group_Name'

  run TIMREST_BASE_URL="$base" -- call "$del" '{"From_Account":"alice",'
  expect "invalid JSON exits 2 $where" 2 stdout_empty

  run TIMREST_BASE_URL="$base" -- call "$create" \
    "{\"From_Account\":\"alice\",\"GroupContactItem\":[{\"GroupName\":\"$name64\",\"ContactItem\":[]}]}"
  expect "a 64-byte name on create (limit 32) exits 2 $where" 2 stderr_has 'at most 32 bytes'
done

# A 64-byte name is valid for del: it is sent (and the emulator does not find the group).
run -- call "$del" "{\"From_Account\":\"alice\",\"GroupName\":[\"$name64\"]}"
expect "a 64-byte group name is sent" 1 stdout_has '"ErrorCode":51009'

# --- inputs
echo '{"UserID":"bob"}' >"$work/bob.json"
run -- call "$import" "@$work/bob.json"
expect "@FILE input works" 0 stdout_has '"ErrorCode":0'

run -- call "$import" "@$work/missing.json"
expect "an unreadable @FILE exits 2" 2 stdout_empty

run_stdin '{"UserID":"carol"}' -- call "$import" -
expect "- reads the request from stdin" 0 stdout_has '"ErrorCode":0'

run_stdin '{"From_Account":"carol","GroupContactItem":[{"GroupName":"from-stdin","ContactItem":[{"Type":1,"To_Account":"bob"}]}]}' \
  -- call "$create" -
expect "a stdin request creates a group with a conversation" 0 stdout_has '"ResultCode":0'

# --- configuration
run TIMREST_SDKAPPID= -- call "$import" '{"UserID":"alice"}'
expect "a missing TIMREST_SDKAPPID exits 2" 2 stderr_has 'TIMREST_SDKAPPID'

run TIMREST_BASE_URL="$dead" -- call "$import" '{"UserID":"alice"}'
expect "an unreachable base URL exits 3" 3 stderr_has 'timrest.transport'
expect "a transport error shows no UserSig" 3 bash -c "! grep -q 'usersig=' '$err' && ! grep -qF '$TIMREST_SECRET_KEY' '$err'"

run TIMREST_BASE_URL="$dead" -- --base-url "$url" call "$import" '{"UserID":"alice"}'
expect "--base-url overrides TIMREST_BASE_URL" 0 stdout_has '"ErrorCode":0'

run -- --secret-key 0000000000000000000000000000000000000000000000000000000000000000 call "$import" '{"UserID":"alice"}'
expect "--secret-key overrides TIMREST_SECRET_KEY (a wrong key is refused with 70009)" 1 stderr_matches '^error 70009: '

run -- call nope/nope '{}'
expect "an unknown endpoint exits 2, saying so in one line and where the usage is" 2 \
  bash -c "[[ \$(wc -l <'$err') -eq 2 ]] && grep -q 'unknown endpoint' '$err' && grep -qx 'timrest --help shows the usage' '$err'"
run --
expect "with no command, the whole usage goes to stderr; exit 2" 2 stderr_has 'usage: timrest'

# --- usersig
run -- usersig --identifier bob --expire 600
expect "usersig prints one line of UserSig base64" 0 \
  bash -c "[[ \$(wc -l <'$out') -eq 1 ]] && grep -qxE '[A-Za-z0-9*_-]+' '$out'"

run TIMREST_SECRET_KEY= -- usersig --identifier bob --expire 600
expect "usersig without a key exits 2" 2 stdout_empty

run -- usersig --identifier bob --expire 0
expect "usersig with a non-positive expiry exits 2" 2 stdout_empty

run -- usersig --secret-key "" --identifier bob
expect "an empty --secret-key is a usage error" 2 stdout_empty

run -- call "$import" '{"UserID":"alice"}' --base-url ftp://127.0.0.1:1
expect "a base URL that is not http(s) is a usage error" 2 stdout_empty

run -- call "$import" '{"UserID":"alice"}' --admin ""
expect "an empty --admin is a usage error" 2 stdout_empty

summary
