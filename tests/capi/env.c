/* Environments: lua_getfenv/lua_setfenv on Lua functions, C functions, userdata and threads;
 * LUA_ENVIRONINDEX inside C functions; LUA_GLOBALSINDEX. */
#include "capi_test.h"

/* Reads and writes its environment through LUA_ENVIRONINDEX. */
static int env_counter(lua_State *L)
{
    lua_getfield(L, LUA_ENVIRONINDEX, "count");
    lua_pushinteger(L, lua_tointeger(L, -1) + 1);
    lua_setfield(L, LUA_ENVIRONINDEX, "count");
    lua_getfield(L, LUA_ENVIRONINDEX, "count");
    return 1;
}

/* Replaces the running function's environment. */
static int env_replace(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, 1);
    lua_replace(L, LUA_ENVIRONINDEX);
    return 0;
}

static int env_is_globals(lua_State *L)
{
    lua_pushboolean(L, lua_rawequal(L, LUA_ENVIRONINDEX, LUA_GLOBALSINDEX));
    return 1;
}

/* C functions created inside a C function inherit its environment. */
static int make_child(lua_State *L)
{
    lua_pushcfunction(L, env_counter);
    return 1;
}

int main(void)
{
    lua_State *L = new_state(), *L1;
    int r;

    /* LUA_GLOBALSINDEX is the table of globals. */
    lua_pushinteger(L, 42);
    lua_setfield(L, LUA_GLOBALSINDEX, "answer");
    lua_getglobal(L, "answer");
    lua_getfield(L, LUA_GLOBALSINDEX, "_G");
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    printf("answer %d, _G is globals %d\n", (int)lua_tointeger(L, 1), lua_rawequal(L, 2, 3));
    lua_settop(L, 0);

    /* A C function's environment defaults to the globals (of the creating thread). */
    lua_pushcfunction(L, env_is_globals);
    lua_call(L, 0, 1);
    printf("default C env is globals: %d\n", lua_toboolean(L, -1));
    lua_pop(L, 1);

    /* A private environment for a C function. */
    lua_pushcfunction(L, env_counter);
    lua_newtable(L);
    lua_pushinteger(L, 100);
    lua_setfield(L, -2, "count");
    r = lua_setfenv(L, -2);
    printf("setfenv on C function: %d\n", r);
    lua_pushvalue(L, -1);
    lua_setglobal(L, "counter");
    run(L, "print(counter(), counter(), count)");
    lua_getfenv(L, -1);
    lua_getfield(L, -1, "count");
    printf("count in the function's env: %d\n", (int)lua_tointeger(L, -1));
    lua_settop(L, 0);

    /* lua_replace(L, LUA_ENVIRONINDEX) changes the running function's environment. */
    lua_pushcfunction(L, env_replace);
    lua_setglobal(L, "replace_env");
    lua_pushcfunction(L, env_counter);
    lua_setglobal(L, "counter2");
    run(L, "local e = {count = 5} replace_env(e) print(counter2())");
    run(L, "print(pcall(counter2))");
    lua_getglobal(L, "replace_env");
    lua_getfenv(L, -1);
    lua_getfield(L, -1, "count");
    printf("replace_env's own env now has count %d\n", (int)lua_tointeger(L, -1));
    lua_settop(L, 0);

    /* Functions created by a C function get its environment. */
    lua_pushcfunction(L, make_child);
    lua_newtable(L);
    lua_pushinteger(L, 7);
    lua_setfield(L, -2, "count");
    lua_setfenv(L, -2);
    lua_call(L, 0, 1);
    lua_call(L, 0, 1);
    printf("child counter: %d\n", (int)lua_tointeger(L, -1));
    lua_settop(L, 0);

    /* Lua functions: setfenv changes how globals resolve. */
    luaL_loadstring(L, "x = (x or 0) + 1 return x, print");
    lua_newtable(L);
    lua_pushinteger(L, 10);
    lua_setfield(L, -2, "x");
    lua_pushvalue(L, -1);
    lua_setglobal(L, "sandbox");
    lua_setfenv(L, -2);
    lua_call(L, 0, 2);
    printf("sandboxed chunk returned %d and print is %s\n", (int)lua_tointeger(L, -2),
           luaL_typename(L, -1));
    lua_settop(L, 0);
    run(L, "print(sandbox.x, x)");
    run(L, "local f = function() return y end setfenv(f, {y = 'from env'}) print(f())");
    lua_getglobal(L, "print");
    lua_getfenv(L, -1);
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    printf("getfenv(print) is globals: %d\n", lua_rawequal(L, -1, -2));
    lua_settop(L, 0);

    /* Userdata environments: default and set; visible via debug.getfenv. */
    lua_newuserdata(L, 8);
    lua_getfenv(L, -1);
    printf("default userdata env is a %s, globals %d\n", luaL_typename(L, -1),
           lua_rawequal(L, -1, LUA_GLOBALSINDEX));
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushstring(L, "udata env");
    lua_setfield(L, -2, "tag");
    r = lua_setfenv(L, -2);
    lua_getfenv(L, -1);
    lua_getfield(L, -1, "tag");
    printf("setfenv on userdata: %d, tag %s\n", r, lua_tostring(L, -1));
    lua_pop(L, 2);
    lua_setglobal(L, "ud");
    run(L, "print(debug.getfenv(ud).tag)");

    /* Threads: the environment is the thread's table of globals. */
    L1 = lua_newthread(L);
    lua_getfenv(L, -1);
    printf("new thread shares globals: %d\n", lua_rawequal(L, -1, LUA_GLOBALSINDEX));
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushstring(L, "thread global");
    lua_setfield(L, -2, "answer");
    r = lua_setfenv(L, -2);
    lua_getglobal(L1, "answer");
    printf("setfenv on thread: %d, answer in L1: %s\n", r, lua_tostring(L1, -1));
    lua_pop(L1, 1);
    luaL_loadstring(L1, "return answer");
    lua_call(L1, 0, 1);
    printf("chunk loaded in L1 sees: %s\n", lua_tostring(L1, -1));
    lua_getglobal(L, "answer");
    printf("main thread still sees: %s\n", lua_tostring(L, -1));
    lua_settop(L, 0);

    /* Values without environments. */
    lua_pushinteger(L, 1);
    lua_getfenv(L, -1);
    printf("getfenv(number): %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);
    lua_newtable(L);
    r = lua_setfenv(L, -2);
    printf("setfenv(number): %d, top %d\n", r, lua_gettop(L));
    lua_newtable(L);
    lua_newtable(L);
    r = lua_setfenv(L, -2);
    printf("setfenv(table): %d, top %d\n", r, lua_gettop(L));

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: answer 42, _G is globals 1
// expect: default C env is globals: 1
// expect: setfenv on C function: 1
// expect: 101	102	nil
// expect: count in the function's env: 102
// expect: 1
// expect: true	2
// expect: replace_env's own env now has count 5
// expect: child counter: 8
// expect: sandboxed chunk returned 11 and print is nil
// expect: 11	nil
// expect: from env
// expect: getfenv(print) is globals: 1
// expect: default userdata env is a table, globals 1
// expect: setfenv on userdata: 1, tag udata env
// expect: udata env
// expect: new thread shares globals: 1
// expect: setfenv on thread: 1, answer in L1: thread global
// expect: chunk loaded in L1 sees: thread global
// expect: main thread still sees: 42
// expect: getfenv(number): nil
// expect: setfenv(number): 0, top 1
// expect: setfenv(table): 0, top 2
