#!/usr/bin/env bash
# The embedding example (examples/embed): host.c built the way tests/capi/*.c are (against
# libapogee.a, or PUC Lua 5.1 with --vm lua5.1), run on script.lua, then on a failing script.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -o "$tmp/host" examples/embed/host.c $CAPI_LIBS || exit 1
"$tmp/host" examples/embed/script.lua apogee
echo "exit status: $?"
# expect: [host] hello, apogee, from Lua 5.1
# expect: [host] alice has 70.00, bob has 42.50
# expect: Account(alice, 70)	userdata
# expect: false	insufficient funds in alice's account (70 < 1000)
# expect: false	examples/embed/script.lua:18: insufficient funds in bob's account (42.5 < 1000)
# expect: false	examples/embed/script.lua:20: Account has no field 'nosuchfield'
# expect: false	bad argument #2 to '?' (initial balance must not be negative)
# expect: false	bad argument #1 to '?' (embed.Account expected, got table)
# expect: [host] finalizing account of temporary (balance 2.00)
# expect: [host] after collect
# expect: [host] on_exit returned: script finished with status 0, bob has 42.5
# expect: [host] config: name=embed-demo retries=3
# expect: [host] closing the state
# expect: [host] finalizing account of bob (balance 42.50)
# expect: [host] finalizing account of alice (balance 70.00)
# expect: exit status: 0

# An error in the script: reported with a traceback on stderr, exit status 1, and the state
# is still closed (finalizers run).
printf 'local a = Account.new("dave", 5)\nlocal function f() a:withdraw(10) end\nf()\n' > "$tmp/bad.lua"
"$tmp/host" "$tmp/bad.lua" 2> "$tmp/err"
echo "exit status: $?"
sed -e "s|$tmp/||g" "$tmp/err" >&2
# expect: [host] closing the state
# expect: [host] finalizing account of dave (balance 5.00)
# expect: exit status: 1
# expect-stderr: host: bad.lua:2: insufficient funds in dave's account (5 < 10)
# expect-stderr: stack traceback:
# expect-stderr: in function 'f'

# A script that does not exist.
"$tmp/host" "$tmp/missing.lua" 2> "$tmp/err"
echo "exit status: $?"
sed -e "s|$tmp/||g" "$tmp/err" >&2
# expect: exit status: 1
# expect-stderr: host: cannot open missing.lua
