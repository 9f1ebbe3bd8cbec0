/* The registry (LUA_REGISTRYINDEX) and references: luaL_ref/luaL_unref (reuse of freed
 * numbers, LUA_REFNIL), the lua_ref/lua_getref/lua_unref compatibility macros, refs in
 * ordinary tables, and light userdata addresses as private registry keys. */
#include "capi_test.h"

static const char key_a = 'a';  /* its address is a unique registry key */

static int get_stash(lua_State *L)
{
    lua_pushlightuserdata(L, (void *)&key_a);
    lua_rawget(L, LUA_REGISTRYINDEX);
    return 1;
}

int main(void)
{
    lua_State *L = new_state();
    int r1, r2, r3, r4, rnil, t;

    /* The registry is a table shared by all functions; the loaded-modules table lives there. */
    printf("registry is a %s\n", luaL_typename(L, LUA_REGISTRYINDEX));
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED");
    lua_getfield(L, -1, "string");
    lua_getglobal(L, "string");
    printf("_LOADED.string is the string table: %d\n", lua_rawequal(L, -1, -2));
    lua_settop(L, 0);
    lua_pushstring(L, "stored value");
    lua_setfield(L, LUA_REGISTRYINDEX, "test.key");
    lua_getfield(L, LUA_REGISTRYINDEX, "test.key");
    printf("registry[\"test.key\"] = %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    run(L, "print(debug.getregistry()['test.key'])");

    /* Light userdata keys: private slots, reachable from C functions. */
    lua_pushlightuserdata(L, (void *)&key_a);
    lua_pushstring(L, "private");
    lua_rawset(L, LUA_REGISTRYINDEX);
    lua_register(L, "get_stash", get_stash);
    run(L, "print(get_stash())");

    /* References: integers, distinct while held, reused after unref. */
    lua_pushstring(L, "one");
    r1 = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_newtable(L);
    r2 = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pushinteger(L, 3);
    r3 = luaL_ref(L, LUA_REGISTRYINDEX);
    printf("refs positive %d, distinct %d, top %d\n", r1 > 0 && r2 > 0 && r3 > 0,
           r1 != r2 && r2 != r3 && r1 != r3, lua_gettop(L));
    lua_rawgeti(L, LUA_REGISTRYINDEX, r1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r3);
    show_stack(L, "deref");
    lua_settop(L, 0);
    luaL_unref(L, LUA_REGISTRYINDEX, r2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r1);
    printf("r1 still valid: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_pushstring(L, "reused");
    r4 = luaL_ref(L, LUA_REGISTRYINDEX);
    printf("freed number reused: %d\n", r4 == r2);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r4);
    printf("deref r4: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);

    /* nil gets LUA_REFNIL, which dereferences to nil; unref of REFNIL/NOREF is harmless. */
    lua_pushnil(L);
    rnil = luaL_ref(L, LUA_REGISTRYINDEX);
    printf("ref(nil) = %d (LUA_REFNIL %d), LUA_NOREF %d, top %d\n", rnil, LUA_REFNIL, LUA_NOREF,
           lua_gettop(L));
    lua_rawgeti(L, LUA_REGISTRYINDEX, rnil);
    printf("deref REFNIL: %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, LUA_REFNIL);
    luaL_unref(L, LUA_REGISTRYINDEX, LUA_NOREF);

    /* A referenced object survives collection even with no other reference. */
    luaL_loadstring(L, "return 'kept alive'");
    r1 = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r1);
    lua_call(L, 0, 1);
    printf("function by ref: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, r1);

    /* Many refs, then free them all and take them again: numbers are recycled. */
    {
        int refs[100], i, max1 = 0, max2 = 0, ok = 1;
        for (i = 0; i < 100; i++) {
            lua_pushinteger(L, i);
            refs[i] = luaL_ref(L, LUA_REGISTRYINDEX);
            if (refs[i] > max1)
                max1 = refs[i];
        }
        for (i = 0; i < 100; i++) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, refs[i]);
            if (lua_tointeger(L, -1) != i)
                ok = 0;
            lua_pop(L, 1);
        }
        for (i = 0; i < 100; i++)
            luaL_unref(L, LUA_REGISTRYINDEX, refs[i]);
        for (i = 0; i < 100; i++) {
            lua_pushinteger(L, -i);
            refs[i] = luaL_ref(L, LUA_REGISTRYINDEX);
            if (refs[i] > max2)
                max2 = refs[i];
        }
        printf("100 refs ok %d, recycled (no growth) %d\n", ok, max2 <= max1);
    }

    /* References into an ordinary table: 1, 2, 3, ... then reuse of freed ones. */
    lua_newtable(L);
    t = lua_gettop(L);
    lua_pushstring(L, "a");
    r1 = luaL_ref(L, t);
    lua_pushstring(L, "b");
    r2 = luaL_ref(L, -2);  /* relative index of the table */
    lua_pushstring(L, "c");
    r3 = luaL_ref(L, t);
    printf("table refs %d %d %d\n", r1, r2, r3);
    luaL_unref(L, t, r1);
    luaL_unref(L, t, r3);
    lua_pushstring(L, "d");
    r4 = luaL_ref(L, t);
    lua_pushstring(L, "e");
    r1 = luaL_ref(L, t);
    lua_pushstring(L, "f");
    r2 = luaL_ref(L, t);
    printf("after freeing 1 and 3: %d %d %d\n", r4, r1, r2);
    lua_settop(L, 0);

    /* The 5.0-style macros. */
    lua_pushstring(L, "old style");
    r1 = lua_ref(L, 1);
    lua_getref(L, r1);
    printf("lua_getref: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_unref(L, r1);
    lua_getregistry(L);
    printf("lua_getregistry: %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: registry is a table
// expect: _LOADED.string is the string table: 1
// expect: registry["test.key"] = stored value
// expect: stored value
// expect: private
// expect: refs positive 1, distinct 1, top 0
// expect: deref: "one" table 3
// expect: r1 still valid: one
// expect: freed number reused: 1
// expect: deref r4: reused
// expect: ref(nil) = -1 (LUA_REFNIL -1), LUA_NOREF -2, top 0
// expect: deref REFNIL: nil
// expect: function by ref: kept alive
// expect: 100 refs ok 1, recycled (no growth) 1
// expect: table refs 1 2 3
// expect: after freeing 1 and 3: 3 1 4
// expect: lua_getref: old style
// expect: lua_getregistry: table
