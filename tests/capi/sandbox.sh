#!/usr/bin/env bash
# The sandbox example (examples/sandbox): sandbox.c built the way tests/capi/*.c are, run on a
# script that finishes, one that never ends (stopped by the instruction budget, then by the
# deadline), one that wants all the memory, and one that looks for a way out; each time the
# state still runs the script's report() afterwards.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -o "$tmp/sandbox" examples/sandbox/sandbox.c $CAPI_LIBS -lpthread || exit 1
"$tmp/sandbox" examples/sandbox/good.lua
"$tmp/sandbox" examples/sandbox/runaway.lua
"$tmp/sandbox" examples/sandbox/runaway.lua 0 0.1
"$tmp/sandbox" examples/sandbox/hog.lua 0 60   # no budget, a deadline long enough for sanitizers
"$tmp/sandbox" examples/sandbox/escape.lua
# expect: script: finished (8822 instructions)
# expect: numbers with a 7 below 1000: 271
# expect: report: finished (6 instructions)
# expect: memory in use: within the limit
# expect: script: stopped by the instruction budget: script:5: instruction limit exceeded
# expect: rounds before the stop: some
# expect: report: finished (10 instructions)
# expect: memory in use: within the limit
# expect: script: stopped by the deadline: script:5: time limit exceeded
# expect: rounds before the stop: some
# expect: report: finished (10 instructions)
# expect: memory in use: within the limit
# expect: first attempt:	false	not enough memory
# expect: second attempt:	false	not enough memory
# expect: script: finished (0 instructions)
# expect: still alive
# expect: report: finished (4 instructions)
# expect: memory in use: within the limit
# expect: nil	nil	nil	nil	nil	nil
# expect: script: finished (12 instructions)
# expect: true
# expect: report: finished (9 instructions)
# expect: memory in use: within the limit
