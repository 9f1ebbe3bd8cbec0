/* Metatables: get/setmetatable on tables, userdata and basic types; metamethods reached
 * through the API (gettable, settable, equal, lessthan, concat, call); luaL_getmetafield and
 * luaL_callmeta. */
#include "capi_test.h"

static int mm_eq(lua_State *L)
{
    printf("__eq called\n");
    lua_pushboolean(L, 1);
    return 1;
}

static int mm_lt(lua_State *L)
{
    lua_getfield(L, 1, "v");
    lua_getfield(L, 2, "v");
    lua_pushboolean(L, lua_tonumber(L, -2) < lua_tonumber(L, -1));
    return 1;
}

static int mm_concat(lua_State *L)
{
    lua_pushfstring(L, "<%s..%s>", luaL_typename(L, 1), luaL_typename(L, 2));
    return 1;
}

static int mm_call(lua_State *L)
{
    printf("__call with %d args, first is %s\n", lua_gettop(L), luaL_typename(L, 1));
    lua_pushstring(L, "called");
    return 1;
}

static int mm_tostring(lua_State *L)
{
    lua_pushstring(L, "I am an object");
    return 1;
}

static int mm_len(lua_State *L)
{
    lua_pushinteger(L, 99);
    return 1;
}

static void new_obj(lua_State *L, int mt, double v)
{
    lua_newtable(L);
    lua_pushnumber(L, v);
    lua_setfield(L, -2, "v");
    lua_pushvalue(L, mt);
    lua_setmetatable(L, -2);
}

int main(void)
{
    lua_State *L = new_state();
    int mt, r;

    /* No metatable: getmetatable returns 0 and pushes nothing. */
    lua_newtable(L);
    r = lua_getmetatable(L, -1);
    printf("getmetatable plain table: %d, top %d\n", r, lua_gettop(L));
    lua_pushinteger(L, 1);
    r = lua_getmetatable(L, -1);
    printf("getmetatable number: %d\n", r);
    lua_pushstring(L, "s");
    r = lua_getmetatable(L, -1);
    printf("getmetatable string: %d (string library sets one)\n", r);
    if (r) {
        lua_getfield(L, -1, "__index");
        lua_getglobal(L, "string");
        printf("__index is the string table: %d\n", lua_rawequal(L, -1, -2));
        lua_pop(L, 3);
    }
    lua_settop(L, 0);

    /* A shared metatable for "objects". */
    lua_newtable(L);
    mt = lua_gettop(L);
    lua_pushcfunction(L, mm_eq);
    lua_setfield(L, mt, "__eq");
    lua_pushcfunction(L, mm_lt);
    lua_setfield(L, mt, "__lt");
    lua_pushcfunction(L, mm_concat);
    lua_setfield(L, mt, "__concat");
    lua_pushcfunction(L, mm_call);
    lua_setfield(L, mt, "__call");
    lua_pushcfunction(L, mm_tostring);
    lua_setfield(L, mt, "__tostring");
    lua_pushcfunction(L, mm_len);
    lua_setfield(L, mt, "__len");
    lua_pushstring(L, "objects");
    lua_setfield(L, mt, "__name");

    new_obj(L, mt, 1);  /* 2 */
    new_obj(L, mt, 2);  /* 3 */
    r = lua_setmetatable(L, 2) ;  /* sets obj2's metatable to obj (pops 3): back to 2 values */
    printf("setmetatable returns %d, top %d\n", r, lua_gettop(L));
    new_obj(L, mt, 2);  /* 3 */
    lua_getmetatable(L, 2);
    printf("obj1's metatable is now obj2: %d\n", lua_type(L, -1) == LUA_TTABLE &&
           (lua_getfield(L, -1, "v"), lua_tonumber(L, -1) == 2));
    lua_settop(L, 3);
    /* Restore obj1's metatable. */
    lua_pushvalue(L, mt);
    lua_setmetatable(L, 2);
    lua_getmetatable(L, 2);
    printf("restored: %d\n", lua_rawequal(L, -1, mt));
    lua_pop(L, 1);

    printf("equal(obj1, obj2) = %d\n", lua_equal(L, 2, 3));
    printf("rawequal(obj1, obj2) = %d\n", lua_rawequal(L, 2, 3));
    printf("equal(obj1, obj1) = %d (no __eq for the same object)\n", lua_equal(L, 2, 2));
    printf("lessthan(obj1, obj2) = %d, lessthan(obj2, obj1) = %d\n", lua_lessthan(L, 2, 3),
           lua_lessthan(L, 3, 2));
    lua_pushvalue(L, 2);
    lua_pushstring(L, "str");
    lua_concat(L, 2);
    printf("concat: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_pushvalue(L, 2);
    lua_pushinteger(L, 7);
    lua_pushinteger(L, 8);
    lua_call(L, 2, 1);
    printf("call result: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    printf("objlen ignores __len for tables: %d\n", (int)lua_objlen(L, 2));

    /* luaL_getmetafield and luaL_callmeta. */
    r = luaL_getmetafield(L, 2, "__name");
    printf("getmetafield __name: %d %s\n", r, lua_tostring(L, -1));
    lua_pop(L, 1);
    r = luaL_getmetafield(L, 2, "__nothing");
    printf("getmetafield __nothing: %d, top %d\n", r, lua_gettop(L));
    r = luaL_getmetafield(L, 1, "__index");
    printf("getmetafield on a table without metatable: %d, top %d\n", r, lua_gettop(L));
    r = luaL_callmeta(L, 2, "__tostring");
    printf("callmeta __tostring: %d %s\n", r, lua_tostring(L, -1));
    lua_pop(L, 1);
    r = luaL_callmeta(L, 2, "__missing");
    printf("callmeta __missing: %d, top %d\n", r, lua_gettop(L));
    r = luaL_callmeta(L, -1, "__len");  /* relative index of obj2 */
    printf("callmeta __len (relative index): %d %d\n", r, (int)lua_tointeger(L, -1));
    lua_pop(L, 1);

    /* Objects made in C behave the same from Lua. */
    lua_pushvalue(L, 2);
    lua_setglobal(L, "a");
    lua_pushvalue(L, 3);
    lua_setglobal(L, "b");
    run(L, "print(a == b, a < b, b < a, a .. 1, a(1, 2, 3), tostring(a), #a)");

    /* Metatables for basic types are per type (shared by all numbers). */
    lua_newtable(L);
    lua_pushcfunction(L, mm_tostring);
    lua_setfield(L, -2, "__index");
    lua_pushinteger(L, 5);
    lua_pushvalue(L, -2);
    r = lua_setmetatable(L, -2);
    printf("setmetatable on a number: %d\n", r);
    lua_pushnumber(L, 1.5);
    r = lua_getmetatable(L, -1);
    printf("another number has it too: %d\n", r);
    lua_settop(L, 3);
    run(L, "local n = 10 print(n.anything)");
    lua_pushinteger(L, 0);
    lua_pushnil(L);
    lua_setmetatable(L, -2);
    r = lua_getmetatable(L, -1);
    printf("after setting nil: %d\n", r);
    lua_pop(L, 1);
    run(L, "print(pcall(function() local n = 10 return n.anything end))");

    /* Removing a table's metatable. */
    lua_pushnil(L);
    lua_setmetatable(L, 2);
    printf("obj1 metatable after nil: %d\n", lua_getmetatable(L, 2));
    printf("equal(obj1, obj2) now = %d\n", lua_equal(L, 2, 3));

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: getmetatable plain table: 0, top 1
// expect: getmetatable number: 0
// expect: getmetatable string: 1 (string library sets one)
// expect: __index is the string table: 1
// expect: setmetatable returns 1, top 2
// expect: obj1's metatable is now obj2: 1
// expect: restored: 1
// expect: __eq called
// expect: equal(obj1, obj2) = 1
// expect: rawequal(obj1, obj2) = 0
// expect: equal(obj1, obj1) = 1 (no __eq for the same object)
// expect: lessthan(obj1, obj2) = 1, lessthan(obj2, obj1) = 0
// expect: concat: <table..string>
// expect: __call with 3 args, first is table
// expect: call result: called
// expect: objlen ignores __len for tables: 0
// expect: getmetafield __name: 1 objects
// expect: getmetafield __nothing: 0, top 3
// expect: getmetafield on a table without metatable: 0, top 3
// expect: callmeta __tostring: 1 I am an object
// expect: callmeta __missing: 0, top 3
// expect: callmeta __len (relative index): 1 99
// expect: __eq called
// expect: __call with 4 args, first is table
// expect: true	true	false	<table..number>	called	I am an object	0
// expect: setmetatable on a number: 1
// expect: another number has it too: 1
// expect: I am an object
// expect: after setting nil: 0
// expect: false	code:1: attempt to index local 'n' (a number value)
// expect: obj1 metatable after nil: 0
// expect: equal(obj1, obj2) now = 0
