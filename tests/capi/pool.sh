#!/usr/bin/env bash
# The pooled allocator of luaL_newstate (src/api/lalloc.c), compiled into a test program that
# drives it directly (tests/capi/pool/pool_unit.c); it does not use the Lua API.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$CAPI_CC" -std=c11 -O2 -D_DEFAULT_SOURCE -Wall -Wextra -Werror \
  -o "$tmp/pool" tests/capi/pool/pool_unit.c || exit 1
"$tmp/pool"
echo "exit status: $?"
# expect: fresh blocks in 15 chunks
# expect: reused blocks in 15 chunks
# expect: kept blocks intact: 1
# expect: region used up: 1
# expect: new class without memory: NULL
# expect: adopted: 1, content kept: 1
# expect: after trimming: block
# expect: done
# expect: exit status: 0
