#!/usr/bin/env bash
# API misuse is caught by api_check in a debug build (make debug compiles with -DAPOGEE_APICHECK):
# here src/api/lapi.c is compiled that way and linked ahead of libapogee.a. (Apogee only: PUC's
# library is built without its api_check.)
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/misuse.c" <<'CEOF'
#include <stdio.h>
#include "lua.h"
#include "lauxlib.h"
int main(int argc, char **argv)
{
    lua_State *L = luaL_newstate();
    (void)argv;
    lua_pushinteger(L, 1);
    printf("pushed %d\n", lua_gettop(L));
    fflush(stdout);
    if (argc > 1)
        lua_settop(L, -5);   /* pops more values than there are */
    else
        lua_call(L, 3, 0);   /* calls with more arguments than on the stack */
    printf("not reached\n");
    return 0;
}
CEOF
# shellcheck disable=SC2086
cc -std=c11 -D_GNU_SOURCE -DAPOGEE_APICHECK -Iinclude -Isrc/core -Isrc/vm -Isrc/front -Isrc/jit -c \
   -o "$tmp/lapi.o" src/api/lapi.c || exit 1
# shellcheck disable=SC2086
"$CAPI_CC" $CAPI_CFLAGS -o "$tmp/misuse" "$tmp/misuse.c" "$tmp/lapi.o" $CAPI_LIBS || exit 1
"$tmp/misuse" 2>"$tmp/err1"; echo "exit $?"
grep -c "API check failed" "$tmp/err1"
"$tmp/misuse" x 2>"$tmp/err2"; echo "exit $?"
grep -c "API check failed" "$tmp/err2"
# expect: pushed 1
# expect: exit 134
# expect: 1
# expect: pushed 1
# expect: exit 134
# expect: 1
