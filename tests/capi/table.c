/* Tables: createtable, get/set (with and without metamethods), raw access, next traversal. */
#include <stdlib.h>

#include "capi_test.h"

/* Collects "key=value" strings of a traversal, sorted, so the output does not depend on the
 * order of the hash part. */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void traverse(lua_State *L, int t, const char *label)
{
    char *items[64];
    int n = 0, i, top = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        char buf[128];
        /* Key at -2, value at -1: convert copies, never the key itself (it is used by next). */
        lua_pushvalue(L, -2);
        lua_pushvalue(L, -2);
        snprintf(buf, sizeof buf, "%s=%s",
                 lua_isstring(L, -2) ? lua_tostring(L, -2) : luaL_typename(L, -2),
                 lua_isstring(L, -1) ? lua_tostring(L, -1) : luaL_typename(L, -1));
        lua_pop(L, 3);  /* copies and value: keep the key */
        if (n < 64) {
            items[n] = malloc(strlen(buf) + 1);
            strcpy(items[n++], buf);
        }
    }
    qsort(items, (size_t)n, sizeof items[0], cmp_str);
    printf("%s (%d):", label, n);
    for (i = 0; i < n; i++) {
        printf(" %s", items[i]);
        free(items[i]);
    }
    printf(" [top %s]\n", lua_gettop(L) == top ? "kept" : "changed");
}

static int index_mm(lua_State *L)
{
    lua_pushfstring(L, "mm(%s)", lua_tostring(L, 2));
    return 1;
}

static int newindex_mm(lua_State *L)
{
    printf("__newindex %s = %s\n", lua_tostring(L, 2), lua_tostring(L, 3));
    return 0;
}

int main(void)
{
    lua_State *L = new_state();
    int i, t;

    lua_createtable(L, 4, 2);
    t = lua_gettop(L);
    for (i = 1; i <= 6; i++) {
        lua_pushinteger(L, i * i);
        lua_rawseti(L, t, i);
    }
    lua_pushstring(L, "v");
    lua_setfield(L, t, "k");
    lua_pushstring(L, "key");
    lua_pushboolean(L, 1);
    lua_settable(L, t);
    lua_pushnumber(L, 2.5);
    lua_pushstring(L, "float key");
    lua_rawset(L, t);
    printf("objlen %d\n", (int)lua_objlen(L, t));
    lua_rawgeti(L, t, 3);
    lua_getfield(L, t, "k");
    lua_pushstring(L, "key");
    lua_gettable(L, t);
    lua_pushnumber(L, 2.5);
    lua_rawget(L, t);
    lua_rawgeti(L, t, 100);
    lua_getfield(L, t, "missing");
    show_stack(L, "gets");
    lua_settop(L, t);
    traverse(L, t, "next");

    /* Integral float keys and integer keys are the same key. */
    lua_pushnumber(L, 2.0);
    lua_pushstring(L, "two");
    lua_settable(L, t);
    lua_rawgeti(L, t, 2);
    printf("t[2.0] then rawgeti 2: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);

    /* Removing entries during a traversal (assigning nil to existing fields) is allowed. */
    lua_pushnil(L);
    while (lua_next(L, t) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && (int)lua_tonumber(L, -1) % 2 == 0) {
            lua_pushvalue(L, -1);
            lua_pushnil(L);
            lua_rawset(L, t);
        }
    }
    traverse(L, t, "after clearing even keys");

    /* Empty table: next returns 0 at once and pops the key. */
    lua_newtable(L);
    lua_pushnil(L);
    i = lua_next(L, -2);
    printf("next on empty: %d, top %d\n", i, lua_gettop(L));
    lua_pop(L, 1);

    /* Key 0 in a table with an array part (slot 0 in Apogee's, a hash key in PUC's): rawgeti
     * and rawseti see one key either way. */
    lua_createtable(L, 4, 0);
    for (i = 0; i <= 4; i++) {
        lua_pushinteger(L, i * 11);
        lua_rawseti(L, -2, i);
    }
    lua_rawgeti(L, -1, 0);
    lua_rawgeti(L, -2, 4);
    printf("key 0: %d, key 4: %d, objlen %d\n", (int)lua_tointeger(L, -2),
           (int)lua_tointeger(L, -1), (int)lua_objlen(L, -3));
    lua_pop(L, 3);

    /* Negative, zero and huge integer keys outside an array part. */
    lua_newtable(L);
    lua_pushstring(L, "zero");
    lua_rawseti(L, -2, 0);
    lua_pushstring(L, "neg");
    lua_rawseti(L, -2, -5);
    lua_pushstring(L, "big");
    lua_rawseti(L, -2, 1000000);
    printf("objlen %d\n", (int)lua_objlen(L, -1));
    traverse(L, lua_gettop(L), "odd keys");
    lua_pop(L, 1);

    /* A table with a metatable: gettable/settable use __index/__newindex, raw access does not. */
    lua_newtable(L);
    lua_newtable(L);
    lua_pushcfunction(L, index_mm);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, newindex_mm);
    lua_setfield(L, -2, "__newindex");
    lua_setmetatable(L, -2);
    lua_getfield(L, -1, "foo");
    printf("getfield: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_pushstring(L, "foo");
    lua_rawget(L, -2);
    printf("rawget: %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);
    lua_pushstring(L, "bar");
    lua_setfield(L, -2, "foo");
    lua_pushstring(L, "raw");
    lua_pushstring(L, "yes");
    lua_rawset(L, -3);
    lua_getfield(L, -1, "raw");
    printf("after rawset: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    traverse(L, lua_gettop(L), "proxy");
    lua_pop(L, 1);

    /* Tables built in C are seen from Lua, and back. */
    lua_pushvalue(L, t);
    lua_setglobal(L, "T");
    run(L, "local n = 0 for k, v in pairs(T) do n = n + 1 end print('pairs from Lua', n, T.k, T[1])\n"
           "U = {} for i = 1, 1000 do U[i] = i * 2 end U.x = 'y'");
    lua_getglobal(L, "U");
    lua_rawgeti(L, -1, 1000);
    lua_getfield(L, -2, "x");
    printf("U: objlen %d, [1000] %d, x %s\n", (int)lua_objlen(L, -3), (int)lua_tointeger(L, -2),
           lua_tostring(L, -1));
    lua_pop(L, 3);
    {
        int count = 0;
        double sum = 0;
        lua_getglobal(L, "U");
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            count++;
            if (lua_type(L, -1) == LUA_TNUMBER)
                sum += lua_tonumber(L, -1);
            lua_pop(L, 1);
        }
        printf("next over U: %d entries, sum %.0f\n", count, sum);
        lua_pop(L, 1);
    }

    /* Large createtable hints, and a table as a key. */
    lua_createtable(L, 10000, 10000);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_pushstring(L, "table key");
    lua_settable(L, -4);
    lua_gettable(L, -2);
    printf("table key: %s\n", lua_tostring(L, -1));
    lua_pop(L, 2);

    show_stack(L, "end");
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: objlen 6
// expect: gets: table 9 "v" true "float key" nil nil
// expect: next (9): 1=1 2.5=float key 2=4 3=9 4=16 5=25 6=36 k=v key=boolean [top kept]
// expect: t[2.0] then rawgeti 2: two
// expect: after clearing even keys (5): 1=1 3=9 5=25 k=v key=boolean [top kept]
// expect: next on empty: 0, top 2
// expect: key 0: 0, key 4: 44, objlen 4
// expect: objlen 0
// expect: odd keys (3): -5=neg 0=zero 1000000=big [top kept]
// expect: getfield: mm(foo)
// expect: rawget: nil
// expect: __newindex foo = bar
// expect: after rawset: yes
// expect: proxy (1): raw=yes [top kept]
// expect: pairs from Lua	5	v	1
// expect: U: objlen 1000, [1000] 2000, x y
// expect: next over U: 1001 entries, sum 1001000
// expect: table key: table key
// expect: end: table
