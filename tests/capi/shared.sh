#!/usr/bin/env bash
# The shared library (build/libapogee.so, soname libapogee.so.0): a host linked with it runs
# scripts, and a C module loaded by require resolves the lua_* API from it.  (With
# --vm lua5.1 the same is checked against PUC's liblua5.1.so.)
# requires-shared-lib
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -o "$tmp/host" examples/embed/host.c $CAPI_SHARED_LIBS || exit 1
# The host is linked dynamically: the library is a DT_NEEDED entry, found through its soname.
ldd "$tmp/host" | grep -c -E 'libapogee\.so\.0 => /|liblua5\.1\.so\.0 => /'
# expect: 1

# A minimal C module, built without linking any Lua library.
cat > "$tmp/tinymod.c" <<'EOF'
#include "lua.h"
#include "lauxlib.h"
static int twice(lua_State *L)
{
    lua_pushnumber(L, 2 * luaL_checknumber(L, 1));
    return 1;
}
int luaopen_tinymod(lua_State *L)
{
    lua_newtable(L);
    lua_pushcfunction(L, twice);
    lua_setfield(L, -2, "twice");
    return 1;
}
EOF
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -shared -fPIC -o "$tmp/tinymod.so" "$tmp/tinymod.c" || exit 1
cat > "$tmp/script.lua" <<EOF
package.cpath = "$tmp/?.so;" .. package.cpath
local tiny = require "tinymod"
print("tinymod", tiny.twice(21), pcall(tiny.twice, "x"))
EOF
"$tmp/host" "$tmp/script.lua"
echo "exit status: $?"
# expect: tinymod	42	false	bad argument #1 to '?' (number expected, got string)
# expect: [host] closing the state
# expect: exit status: 0
