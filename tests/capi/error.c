/* Raising errors from C: lua_error with any value, luaL_error with the position of the Lua
 * code that called the C function, luaL_where, argument errors, errors crossing C and Lua
 * frames, and the panic function for unprotected errors. */
#include <setjmp.h>
#include <stdlib.h>

#include "capi_test.h"

static int raise_value(lua_State *L)
{
    lua_settop(L, 1);
    return lua_error(L);
}

static int raise_fmt(lua_State *L)
{
    return luaL_error(L, "failed with %s and %d", luaL_optstring(L, 1, "nothing"), 42);
}

static int where(lua_State *L)
{
    luaL_where(L, (int)luaL_checkinteger(L, 1));
    return 1;
}

static int check_args(lua_State *L)
{
    luaL_checknumber(L, 1);
    luaL_checkstring(L, 2);
    return 0;
}

static int call_lua(lua_State *L)
{
    /* Calls its argument unprotected: errors go through this C frame. */
    lua_settop(L, 1);
    lua_call(L, 0, 0);
    return 0;
}

static int load_named(lua_State *L, const char *code, const char *name)
{
    return luaL_loadbuffer(L, code, strlen(code), name);
}

static jmp_buf panic_jmp;

static int panic(lua_State *L)
{
    printf("panic: %s\n", lua_tostring(L, -1));
    fflush(stdout);
    longjmp(panic_jmp, 1);
}

int main(void)
{
    lua_State *L = new_state();
    int status;

    lua_register(L, "raise", raise_value);
    lua_register(L, "raisef", raise_fmt);
    lua_register(L, "where", where);
    lua_register(L, "check", check_args);
    lua_register(L, "call_lua", call_lua);

    /* lua_error raises the value as it is: no position is added. */
    run(L, "print(pcall(raise, 'msg'))");
    run(L, "print(pcall(raise, 12))");
    run(L, "local t = {} local ok, e = pcall(raise, t) print(ok, e == t)");
    run(L, "print(pcall(raise))");
    run(L, "print(select('#', pcall(raise, nil)))");

    /* luaL_error: "chunk:line:" of the Lua function that called the C function. */
    load_named(L, "local x = 1\n\nraisef('arg')\n", "@script.lua");
    status = lua_pcall(L, 0, 0, 0);
    printf("%d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);
    load_named(L, "\nraisef()", "=(custom)");
    status = lua_pcall(L, 0, 0, 0);
    printf("%d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);
    load_named(L, "local f = function()\n  raisef('in f')\nend\nf()", "chunk text");
    status = lua_pcall(L, 0, 0, 0);
    printf("%d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);
    run(L, "print(pcall(raisef, 'direct'))");

    /* Called straight from C (no Lua caller): no position. */
    lua_pushcfunction(L, raise_fmt);
    lua_pushstring(L, "from C");
    status = lua_pcall(L, 1, 0, 0);
    printf("%d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);

    /* luaL_where at several levels. */
    run(L, "local function f()\n  return where(1), where(2), where(0)\nend\n"
           "print(string.format('%q %q %q', f()))\nprint(string.format('%q', where(1)))");

    /* Argument errors name the function as it was called. */
    run(L, "print(pcall(check))");
    run(L, "print(pcall(function() check(1) end))");
    run(L, "print(pcall(function() check('x', 'y') end))");
    run(L, "print(pcall(function() local t = {m = check} t.m(1, {}) end))");
    run(L, "print(pcall(function() local t = {m = check} t:m() end))");
    run(L, "print(pcall(function() local c = check c(nil, 'x') end))");
    run(L, "print(pcall(function() check(1, nil) end))");

    /* Errors pass through C frames and are caught by Lua or C. */
    run(L, "print(pcall(call_lua, function() error('through C') end))");
    run(L, "local ok, e = pcall(call_lua, function() error({code = 7}) end) print(ok, e.code)");
    run(L, "print(pcall(call_lua, function() call_lua(function() raisef('two levels') end) end))");
    run(L, "print(pcall(error, 'level 1', 1))");
    run(L, "local function f() error('level 2', 2) end\nprint(pcall(function()\n  f()\nend))");
    run(L, "print(pcall(error, setmetatable({}, {__tostring = function() return 'obj' end})))");

    /* Syntax errors from loading are returned, not raised. */
    status = luaL_loadstring(L, "x = = 1");
    printf("syntax: %d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);
    status = load_named(L, "for", "=named");
    printf("syntax: %d %s\n", status, lua_tostring(L, -1));
    lua_pop(L, 1);

    /* An error outside any protected call calls the panic function. */
    lua_atpanic(L, panic);
    if (setjmp(panic_jmp) == 0) {
        lua_pushstring(L, "unprotected");
        lua_error(L);
        printf("not reached\n");
    } else {
        printf("recovered from panic\n");
    }
    /* The state is not usable after a panic, but it can be closed. */
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: false	msg
// expect: false	12
// expect: false	true
// expect: false	nil
// expect: 2
// expect: 2 script.lua:3: failed with arg and 42
// expect: 2 (custom):2: failed with nothing and 42
// expect: 2 [string "chunk text"]:2: failed with in f and 42
// expect: false	failed with direct and 42
// expect: 2 failed with from C and 42
// expect: "code:2: " "code:4: " ""
// expect: "code:5: "
// expect: false	bad argument #1 to '?' (number expected, got no value)
// expect: false	code:1: bad argument #2 to 'check' (string expected, got no value)
// expect: false	code:1: bad argument #1 to 'check' (number expected, got string)
// expect: false	code:1: bad argument #2 to 'm' (string expected, got table)
// expect: false	code:1: calling 'm' on bad self (number expected, got table)
// expect: false	code:1: bad argument #1 to 'c' (number expected, got nil)
// expect: false	code:1: bad argument #2 to 'check' (string expected, got nil)
// expect: false	code:1: through C
// expect: false	7
// expect: false	code:1: failed with two levels and 42
// expect: false	level 1
// expect: false	code:3: level 2
// expect: false	obj
// expect: syntax: 3 [string "x = = 1"]:1: unexpected symbol near '='
// expect: syntax: 3 named:1: '<name>' expected near '<eof>'
// expect: panic: unprotected
// expect: recovered from panic
