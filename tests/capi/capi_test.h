/*
 * capi_test.h -- helpers shared by the C API tests in tests/capi/.
 *
 * Each tests/capi/<area>.c is a standalone program compiled against include/ (or PUC Lua 5.1's
 * headers, with `tests/run --vm lua5.1`) and checked by `// expect:` lines.  Only the public API
 * is used, so the same program prints the same thing on both.
 */
#ifndef CAPI_TEST_H
#define CAPI_TEST_H

#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* A new state with the standard libraries. */
static inline lua_State *new_state(void)
{
    lua_State *L = luaL_newstate();
    if (L == NULL) {
        printf("cannot create state\n");
        return NULL;
    }
    luaL_openlibs(L);
    return L;
}

/* Writes a short description of the value at idx (without side effects on it). */
static inline void put_value(lua_State *L, int idx)
{
    switch (lua_type(L, idx)) {
    case LUA_TNONE: printf("none"); break;
    case LUA_TNIL: printf("nil"); break;
    case LUA_TBOOLEAN: printf(lua_toboolean(L, idx) ? "true" : "false"); break;
    case LUA_TNUMBER: printf("%.14g", lua_tonumber(L, idx)); break;
    case LUA_TSTRING: {
        size_t len, i;
        const char *s = lua_tolstring(L, idx, &len);
        putchar('"');
        for (i = 0; i < len; i++) {  /* control bytes as \ddd */
            unsigned char c = (unsigned char)s[i];
            if (c < 32 || c == 127)
                printf("\\%d", c);
            else
                putchar(c);
        }
        putchar('"');
        break;
    }
    default: printf("%s", luaL_typename(L, idx)); break;
    }
}

/* Prints "label: v1 v2 ..." for the whole stack of L. */
static inline void show_stack(lua_State *L, const char *label)
{
    int i, n = lua_gettop(L);
    printf("%s:", label);
    for (i = 1; i <= n; i++) {
        printf(" ");
        put_value(L, i);
    }
    printf("\n");
}

/* Runs a chunk; prints the error message if it fails.  Returns the status. */
static inline int run(lua_State *L, const char *code)
{
    int status = luaL_loadbuffer(L, code, strlen(code), "=code");
    if (status == 0)
        status = lua_pcall(L, 0, 0, 0);
    if (status != 0) {
        printf("error %d: %s\n", status,
               lua_isstring(L, -1) ? lua_tostring(L, -1) : luaL_typename(L, -1));
        lua_pop(L, 1);
    }
    return status;
}

#endif
