/* Calls: lua_call with fixed and multiple results, lua_pcall with and without a message
 * handler, errors inside the handler, lua_cpcall. */
#include "capi_test.h"

static int add(lua_State *L)
{
    lua_pushnumber(L, luaL_checknumber(L, 1) + luaL_checknumber(L, 2));
    return 1;
}

static int three(lua_State *L)
{
    lua_pushinteger(L, 1);
    lua_pushinteger(L, 2);
    lua_pushinteger(L, 3);
    return 3;
}

/* Returns fewer values than it pushed: only the top ones count. */
static int top_two(lua_State *L)
{
    lua_pushstring(L, "dropped");
    lua_pushstring(L, "kept1");
    lua_pushstring(L, "kept2");
    return 2;
}

static int fail_string(lua_State *L)
{
    lua_pushstring(L, "plain failure");
    return lua_error(L);
}

static int fail_table(lua_State *L)
{
    lua_newtable(L);
    lua_pushstring(L, "table payload");
    lua_setfield(L, -2, "msg");
    return lua_error(L);
}

/* Message handler: decorates the message with the level-1 position and a marker. */
static int handler(lua_State *L)
{
    const char *msg = lua_isstring(L, 1) ? lua_tostring(L, 1) : luaL_typename(L, 1);
    lua_pushfstring(L, "handled<%s>", msg);
    return 1;
}

static int bad_handler(lua_State *L)
{
    return luaL_error(L, "handler broke");
}

static int traceback_handler(lua_State *L)
{
    lua_getglobal(L, "debug");
    lua_getfield(L, -1, "traceback");
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 2);
    lua_call(L, 2, 1);
    return 1;
}

static int cp_body(lua_State *L)
{
    int *counter = (int *)lua_touserdata(L, 1);
    printf("cpcall body: %d arg(s), light userdata %d, value %d\n", lua_gettop(L),
           lua_islightuserdata(L, 1), *counter);
    (*counter)++;
    lua_pushstring(L, "results of cpcall are discarded");
    return 1;
}

static int cp_fail(lua_State *L)
{
    const char *what = (const char *)lua_touserdata(L, 1);
    return luaL_error(L, "cpcall failed: %s", what);
}

/* Calls a Lua function from C from Lua from C. */
static int reenter(lua_State *L)
{
    int n = (int)luaL_checkinteger(L, 1);
    if (n == 0) {
        lua_pushstring(L, "bottom");
        return 1;
    }
    lua_getglobal(L, "down");
    lua_pushinteger(L, n - 1);
    lua_call(L, 1, 1);
    lua_pushfstring(L, "%d>%s", n, lua_tostring(L, -1));
    return 1;
}

int main(void)
{
    lua_State *L = new_state();
    int status, x = 5, base;

    lua_register(L, "add", add);
    lua_register(L, "three", three);
    lua_register(L, "reenter", reenter);

    /* lua_call with exact, fewer, more and all results. */
    lua_pushcfunction(L, add);
    lua_pushinteger(L, 2);
    lua_pushnumber(L, 0.5);
    lua_call(L, 2, 1);
    show_stack(L, "add(2, 0.5)");
    lua_settop(L, 0);
    lua_pushcfunction(L, three);
    lua_call(L, 0, 1);
    show_stack(L, "three, 1 result");
    lua_pushcfunction(L, three);
    lua_call(L, 0, 5);
    show_stack(L, "three, 5 results");
    lua_settop(L, 0);
    lua_pushcfunction(L, three);
    lua_call(L, 0, LUA_MULTRET);
    show_stack(L, "three, MULTRET");
    lua_pushcfunction(L, top_two);
    lua_call(L, 0, LUA_MULTRET);
    show_stack(L, "+ top_two");
    lua_settop(L, 0);

    /* Lua functions with varargs, called from C. */
    luaL_loadstring(L, "local a, b = ... return b, a, select('#', ...)");
    lua_pushstring(L, "A");
    lua_pushnil(L);
    lua_pushnil(L);
    lua_call(L, 3, LUA_MULTRET);
    show_stack(L, "vararg chunk");
    lua_settop(L, 0);
    run(L, "function down(n) return reenter(n) end");
    lua_getglobal(L, "down");
    lua_pushinteger(L, 4);
    lua_call(L, 1, 1);
    show_stack(L, "C->Lua->C recursion");
    lua_settop(L, 0);

    /* pcall without a handler: status and message; the stack is back to its level. */
    lua_pushstring(L, "below");
    base = lua_gettop(L);
    lua_pushcfunction(L, add);
    lua_pushstring(L, "x");
    status = lua_pcall(L, 1, 1, 0);
    printf("pcall add('x'): status %d, msg %s, top %d (base %d)\n", status, lua_tostring(L, -1),
           lua_gettop(L), base);
    lua_settop(L, base);
    lua_pushcfunction(L, fail_string);
    status = lua_pcall(L, 0, 0, 0);
    printf("pcall fail_string: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);
    lua_pushcfunction(L, fail_table);
    status = lua_pcall(L, 0, 0, 0);
    lua_getfield(L, -1, "msg");
    printf("pcall fail_table: %d %s %s\n", status, luaL_typename(L, -2), lua_tostring(L, -1));
    lua_settop(L, base);
    luaL_loadstring(L, "local t = nil\nreturn t.x");
    status = lua_pcall(L, 0, 1, 0);
    printf("pcall runtime error: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);
    luaL_loadstring(L, "error()");
    status = lua_pcall(L, 0, 0, 0);
    printf("pcall error(): %d %s\n", status, luaL_typename(L, -1));
    lua_settop(L, base);
    luaL_loadstring(L, "return 1, 2");
    status = lua_pcall(L, 0, LUA_MULTRET, 0);
    printf("pcall success: %d, %d results\n", status, lua_gettop(L) - base);
    lua_settop(L, base);

    /* pcall with a message handler, given by positive and negative index. */
    lua_pushcfunction(L, handler);
    lua_pushcfunction(L, fail_string);
    status = lua_pcall(L, 0, 0, base + 1);
    printf("handler (positive index): %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);
    lua_pushcfunction(L, handler);
    lua_pushcfunction(L, fail_table);
    status = lua_pcall(L, 0, 0, -2);
    printf("handler (negative index): %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);
    lua_pushcfunction(L, handler);
    luaL_loadstring(L, "local a = 1\nlocal b = a + nil");
    status = lua_pcall(L, 0, 0, base + 1);
    printf("handler for runtime error: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);
    lua_pushcfunction(L, handler);
    luaL_loadstring(L, "return 'fine'");
    status = lua_pcall(L, 0, 1, base + 1);
    printf("handler not called on success: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, base);

    /* A handler that fails gives LUA_ERRERR. */
    lua_pushcfunction(L, bad_handler);
    lua_pushcfunction(L, fail_string);
    status = lua_pcall(L, 0, 0, base + 1);
    printf("failing handler: status %d (LUA_ERRERR %d), %s\n", status, LUA_ERRERR,
           lua_tostring(L, -1));
    lua_settop(L, base);

    /* debug.traceback as the handler. */
    lua_pushcfunction(L, traceback_handler);
    {
        static const char code[] = "local function inner() error('deep') end\ninner()";
        luaL_loadbuffer(L, code, strlen(code), "=tb");
    }
    status = lua_pcall(L, 0, 0, base + 1);
    {
        const char *msg = lua_tostring(L, -1);
        printf("traceback handler: %d, starts %.10s, has traceback %d\n", status, msg,
               strstr(msg, "stack traceback:") != NULL);
    }
    lua_settop(L, base);

    /* Nested pcalls: an inner error does not disturb the outer call. */
    run(L, "print(pcall(function() local ok, e = pcall(error, 'inner') return 'outer ok', e end))");

    /* cpcall: the function gets one light userdata; results are discarded. */
    status = lua_cpcall(L, cp_body, &x);
    printf("cpcall: status %d, x %d, top %d\n", status, x, lua_gettop(L));
    status = lua_cpcall(L, cp_fail, (void *)"reason");
    printf("cpcall error: status %d, msg %s, top %d\n", status, lua_tostring(L, -1),
           lua_gettop(L));
    lua_settop(L, 0);

    /* Calling a non-function. */
    lua_pushinteger(L, 3);
    status = lua_pcall(L, 0, 0, 0);
    printf("pcall on a number: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, 0);
    lua_newtable(L);
    lua_pushinteger(L, 1);
    status = lua_pcall(L, 1, 0, 0);
    printf("pcall on a table: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, 0);

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: add(2, 0.5): 2.5
// expect: three, 1 result: 1
// expect: three, 5 results: 1 1 2 3 nil nil
// expect: three, MULTRET: 1 2 3
// expect: + top_two: 1 2 3 "kept1" "kept2"
// expect: vararg chunk: nil "A" 3
// expect: C->Lua->C recursion: "4>3>2>1>bottom"
// expect: pcall add('x'): status 2, msg bad argument #1 to '?' (number expected, got string), top 2 (base 1)
// expect: pcall fail_string: 2 plain failure
// expect: pcall fail_table: 2 table table payload
// expect: pcall runtime error: 2 [string "local t = nil..."]:2: attempt to index local 't' (a nil value)
// expect: pcall error(): 2 nil
// expect: pcall success: 0, 2 results
// expect: handler (positive index): 2 handled<plain failure>
// expect: handler (negative index): 2 handled<table>
// expect: handler for runtime error: 2 handled<[string "local a = 1..."]:2: attempt to perform arithmetic on a nil value>
// expect: handler not called on success: 0 fine
// expect: failing handler: status 5 (LUA_ERRERR 5), error in error handling
// expect: traceback handler: 2, starts tb:1: deep, has traceback 1
// expect: true	outer ok	inner
// expect: cpcall body: 1 arg(s), light userdata 1, value 5
// expect: cpcall: status 0, x 6, top 1
// expect: cpcall error: status 2, msg cpcall failed: reason, top 2
// expect: pcall on a number: 2 attempt to call a number value
// expect: pcall on a table: 2 attempt to call a table value
