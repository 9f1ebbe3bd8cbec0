/* Auxiliary library: luaL_register (global, nested and NULL library names, reuse of
 * package.loaded), luaI_openlib-style upvalues via luaL_openlib, luaL_newmetatable and
 * luaL_checkudata, luaL_gsub, luaL_findtable, luaL_typename, luaL_newstate + lua_close. */
#include "capi_test.h"

static int f_one(lua_State *L)
{
    lua_pushinteger(L, 1);
    return 1;
}

static int f_two(lua_State *L)
{
    lua_pushinteger(L, 2);
    return 1;
}

static int f_upvalue(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    return 1;
}

static const luaL_Reg lib1[] = {{"one", f_one}, {"two", f_two}, {NULL, NULL}};
static const luaL_Reg lib2[] = {{"three", f_one}, {NULL, NULL}};
static const luaL_Reg lib_up[] = {{"up", f_upvalue}, {"up2", f_upvalue}, {NULL, NULL}};

static int register_taken(lua_State *L)
{
    luaL_register(L, "taken", lib1);
    return 0;
}

static int new_box(lua_State *L)
{
    int *p = (int *)lua_newuserdata(L, sizeof(int));
    *p = (int)luaL_optinteger(L, 1, 0);
    luaL_getmetatable(L, "aux.Box");
    lua_setmetatable(L, -2);
    return 1;
}

static int box_get(lua_State *L)
{
    int *p = (int *)luaL_checkudata(L, 1, "aux.Box");
    lua_pushinteger(L, *p);
    return 1;
}

static void gsub_show(lua_State *L, const char *s, const char *p, const char *r)
{
    const char *res = luaL_gsub(L, s, p, r);
    printf("gsub(\"%s\", \"%s\", \"%s\") = \"%s\" (on stack: %d)\n", s, p, r, res,
           lua_tostring(L, -1) == res);
    lua_pop(L, 1);
}

static void findtable_show(lua_State *L, int idx, const char *name, int hint)
{
    int top = lua_gettop(L);
    const char *bad = luaL_findtable(L, idx, name, hint);
    if (bad) {
        printf("findtable(\"%s\") conflict at \"%s\", pushed %d\n", name, bad, lua_gettop(L) - top);
    } else {
        printf("findtable(\"%s\") -> %s, pushed %d\n", name, luaL_typename(L, -1),
               lua_gettop(L) - top);
        lua_pop(L, 1);
    }
}

int main(void)
{
    lua_State *L = new_state();
    int r;

    /* luaL_register with a name: creates the global table and package.loaded entry,
     * leaves the table on the stack. */
    luaL_register(L, "mylib", lib1);
    printf("register: top %d, %s\n", lua_gettop(L), luaL_typename(L, -1));
    lua_pop(L, 1);
    run(L, "print(mylib.one(), mylib.two(), package.loaded.mylib == mylib, require('mylib') == mylib)");
    /* Registering again into the same name adds to the same table. */
    luaL_register(L, "mylib", lib2);
    lua_pop(L, 1);
    run(L, "print(mylib.one(), mylib.three())");
    /* Dotted names create nested tables. */
    luaL_register(L, "a.b.c", lib1);
    lua_pop(L, 1);
    run(L, "print(a.b.c.one(), package.loaded['a.b.c'] == a.b.c, type(a.b))");
    /* A NULL name registers into the table on the top of the stack. */
    lua_newtable(L);
    luaL_register(L, NULL, lib1);
    lua_getfield(L, -1, "two");
    lua_call(L, 0, 1);
    printf("register into a table: %d, top %d\n", (int)lua_tointeger(L, -1), lua_gettop(L));
    lua_settop(L, 0);
    /* A name already taken by a non-table is an error. */
    run(L, "taken = 5");
    r = lua_cpcall(L, register_taken, NULL);
    printf("register over a number: %d %s\n", r, lua_tostring(L, -1));
    lua_settop(L, 0);
    /* luaL_openlib with upvalues: each function gets the shared upvalues. */
    lua_pushstring(L, "shared upvalue");
    luaL_openlib(L, "uplib", lib_up, 1);
    printf("openlib with upvalue: top %d\n", lua_gettop(L));
    lua_pop(L, 1);
    run(L, "print(uplib.up(), uplib.up2())");

    /* luaL_newmetatable: 1 and a new table the first time, 0 and the existing one after. */
    r = luaL_newmetatable(L, "aux.Box");
    printf("newmetatable: %d %s\n", r, luaL_typename(L, -1));
    lua_pushcfunction(L, box_get);
    lua_setfield(L, -2, "get");
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
    r = luaL_newmetatable(L, "aux.Box");
    printf("newmetatable again: %d, same table %d\n", r, lua_rawequal(L, -1, -2));
    lua_settop(L, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, "aux.Box");
    printf("stored in the registry: %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);
    lua_register(L, "Box", new_box);
    lua_register(L, "box_get", box_get);
    run(L, "local b = Box(12) print(b:get(), box_get(b))\n"
           "print(pcall(box_get, 1))\n"
           "print(pcall(box_get, io.stdout))\n"
           "print(pcall(box_get, newproxy()))\n"
           "print(pcall(box_get))");

    /* luaL_gsub: plain (non-pattern) replacement of every occurrence. */
    gsub_show(L, "hello world", "o", "0");
    gsub_show(L, "a.b.c", ".", "/");
    gsub_show(L, "aaa", "a", "aa");
    gsub_show(L, "%s%d", "%", "%%");
    gsub_show(L, "nothing here", "xyz", "!");
    gsub_show(L, "", "a", "b");
    gsub_show(L, "abcabc", "abc", "");
    gsub_show(L, "./?.lua;./?/init.lua", "?", "mod");

    /* luaL_findtable: finds or creates nested tables, reports the first non-table part. */
    findtable_show(L, LUA_GLOBALSINDEX, "x.y.z", 0);
    run(L, "print(type(x), type(x.y), type(x.y.z))");
    findtable_show(L, LUA_GLOBALSINDEX, "x.y", 4);
    run(L, "t = {n = 5, s = {}}");
    findtable_show(L, LUA_GLOBALSINDEX, "t.n.deeper", 0);
    findtable_show(L, LUA_GLOBALSINDEX, "t.s.deeper", 0);
    findtable_show(L, LUA_GLOBALSINDEX, "taken", 0);
    findtable_show(L, LUA_REGISTRYINDEX, "_LOADED", 0);
    lua_newtable(L);
    findtable_show(L, -1, "inner", 0);
    findtable_show(L, 1, "inner.more", 0);
    lua_getfield(L, 1, "inner");
    lua_getfield(L, -1, "more");
    printf("created under the given table: %s\n", luaL_typename(L, -1));
    lua_settop(L, 0);

    /* luaL_typename on every kind of value. */
    lua_pushnil(L);
    lua_pushboolean(L, 0);
    lua_pushlightuserdata(L, NULL);
    lua_pushnumber(L, 1);
    lua_pushstring(L, "s");
    lua_newtable(L);
    lua_pushcfunction(L, f_one);
    lua_newuserdata(L, 1);
    lua_pushthread(L);
    for (r = 1; r <= 10; r++)
        printf("%s%s", luaL_typename(L, r), r < 10 ? " " : "\n");
    lua_close(L);

    /* A bare state: no libraries until opened. */
    L = luaL_newstate();
    lua_getglobal(L, "print");
    printf("bare state: print is %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);
    lua_pushcfunction(L, luaopen_string);
    lua_pushstring(L, LUA_STRLIBNAME);
    lua_call(L, 1, 0);
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "rep");
    lua_pushstring(L, "ab");
    lua_pushinteger(L, 3);
    lua_call(L, 2, 1);
    printf("after luaopen_string: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: register: top 1, table
// expect: 1	2	true	true
// expect: 1	1
// expect: 1	true	table
// expect: register into a table: 2, top 2
// expect: register over a number: 2 name conflict for module 'taken'
// expect: openlib with upvalue: top 1
// expect: shared upvalue	shared upvalue
// expect: newmetatable: 1 table
// expect: newmetatable again: 0, same table 1
// expect: stored in the registry: table
// expect: 12	12
// expect: false	bad argument #1 to '?' (aux.Box expected, got number)
// expect: false	bad argument #1 to '?' (aux.Box expected, got userdata)
// expect: false	bad argument #1 to '?' (aux.Box expected, got userdata)
// expect: false	bad argument #1 to '?' (aux.Box expected, got no value)
// expect: gsub("hello world", "o", "0") = "hell0 w0rld" (on stack: 1)
// expect: gsub("a.b.c", ".", "/") = "a/b/c" (on stack: 1)
// expect: gsub("aaa", "a", "aa") = "aaaaaa" (on stack: 1)
// expect: gsub("%s%d", "%", "%%") = "%%s%%d" (on stack: 1)
// expect: gsub("nothing here", "xyz", "!") = "nothing here" (on stack: 1)
// expect: gsub("", "a", "b") = "" (on stack: 1)
// expect: gsub("abcabc", "abc", "") = "" (on stack: 1)
// expect: gsub("./?.lua;./?/init.lua", "?", "mod") = "./mod.lua;./mod/init.lua" (on stack: 1)
// expect: findtable("x.y.z") -> table, pushed 1
// expect: table	table	table
// expect: findtable("x.y") -> table, pushed 1
// expect: findtable("t.n.deeper") conflict at "n.deeper", pushed 0
// expect: findtable("t.s.deeper") -> table, pushed 1
// expect: findtable("taken") conflict at "taken", pushed 0
// expect: findtable("_LOADED") -> table, pushed 1
// expect: findtable("inner") -> table, pushed 1
// expect: findtable("inner.more") -> table, pushed 1
// expect: created under the given table: table
// expect: nil boolean userdata number string table function userdata thread no value
// expect: bare state: print is nil
// expect: after luaopen_string: ababab
