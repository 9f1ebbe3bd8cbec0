#!/usr/bin/env bash
# The limits API (apogee_*) is exported from libapogee.so: the sandbox example linked with the
# shared library stops a runaway script.
# requires-shared-lib
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -o "$tmp/sandbox" examples/sandbox/sandbox.c $CAPI_SHARED_LIBS -lpthread || exit 1
"$tmp/sandbox" examples/sandbox/runaway.lua 100000
# expect: script: stopped by the instruction budget: script:5: instruction limit exceeded
# expect: rounds before the stop: some
# expect: report: finished (10 instructions)
# expect: memory in use: within the limit
