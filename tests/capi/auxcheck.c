/* Auxiliary library, argument checks: luaL_check* and luaL_opt* (values and error messages),
 * luaL_checkoption, luaL_checktype, luaL_checkany, luaL_argcheck, luaL_argerror,
 * luaL_typerror, luaL_checkstack. */
#include "capi_test.h"

static int f_checknumber(lua_State *L)
{
    lua_pushnumber(L, luaL_checknumber(L, 1));
    return 1;
}

static int f_checkinteger(lua_State *L)
{
    lua_pushinteger(L, luaL_checkinteger(L, 1));
    return 1;
}

static int f_checkint(lua_State *L)
{
    lua_pushinteger(L, luaL_checkint(L, 1) + (int)luaL_checklong(L, 2));
    return 1;
}

static int f_checkstring(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_pushfstring(L, "%s/%d/%s", s, (int)len, luaL_typename(L, 1));
    return 1;
}

static int f_opt(lua_State *L)
{
    size_t len;
    const char *s = luaL_optlstring(L, 1, "default", &len);
    lua_Number n = luaL_optnumber(L, 2, 1.5);
    lua_Integer i = luaL_optinteger(L, 3, 7);
    int j = luaL_optint(L, 4, -1);
    long k = luaL_optlong(L, 5, 100);
    lua_pushfstring(L, "%s(%d) %f %d %d %d", s, (int)len, n, (int)i, j, (int)k);
    return 1;
}

static int f_optstring_null(lua_State *L)
{
    const char *s = luaL_optstring(L, 1, NULL);
    lua_pushstring(L, s ? s : "(NULL default)");
    return 1;
}

static int f_option(lua_State *L)
{
    static const char *const modes[] = {"read", "write", "append", NULL};
    int a = luaL_checkoption(L, 1, NULL, modes);
    int b = luaL_checkoption(L, 2, "append", modes);
    lua_pushinteger(L, a);
    lua_pushinteger(L, b);
    return 2;
}

static int f_checktype(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    luaL_checktype(L, 3, LUA_TNIL);
    lua_pushstring(L, "types ok");
    return 1;
}

static int f_checkany(lua_State *L)
{
    luaL_checkany(L, 2);
    lua_pushstring(L, luaL_typename(L, 2));
    return 1;
}

static int f_argcheck(lua_State *L)
{
    lua_Integer n = luaL_checkinteger(L, 1);
    luaL_argcheck(L, n > 0, 1, "must be positive");
    luaL_argcheck(L, n < 100, 1, "too large");
    lua_pushinteger(L, n);
    return 1;
}

static int f_argerror(lua_State *L)
{
    return luaL_argerror(L, (int)luaL_checkinteger(L, 1), "custom message");
}

static int f_typerror(lua_State *L)
{
    return luaL_typerror(L, 1, "widget");
}

static int f_checkstack(lua_State *L)
{
    luaL_checkstack(L, (int)luaL_checkinteger(L, 1), "too many values");
    lua_pushstring(L, "room");
    return 1;
}

static const luaL_Reg funcs[] = {
    {"checknumber", f_checknumber},
    {"checkinteger", f_checkinteger},
    {"checkint", f_checkint},
    {"checkstring", f_checkstring},
    {"opt", f_opt},
    {"optstring_null", f_optstring_null},
    {"option", f_option},
    {"checktype", f_checktype},
    {"checkany", f_checkany},
    {"argcheck", f_argcheck},
    {"argerror", f_argerror},
    {"typerror", f_typerror},
    {"checkstack", f_checkstack},
    {NULL, NULL}
};

int main(void)
{
    lua_State *L = new_state();
    luaL_register(L, "c", funcs);
    lua_pop(L, 1);
    run(L, "function try(f, ...) print(pcall(f, ...)) end\n"
           "function try_named(...) local ok, e = pcall(function(...) return c.checknumber(...) end, ...) print(ok, e) end");

    /* Numbers: accepted as numbers or numeric strings. */
    run(L, "try(c.checknumber, 2.5) try(c.checknumber, '0x10') try(c.checknumber, ' 1e3 ')\n"
           "try(c.checknumber, 'abc') try(c.checknumber) try(c.checknumber, nil) try(c.checknumber, {})\n"
           "try(c.checknumber, 0) try(c.checknumber, '0')");
    run(L, "try(c.checkinteger, 3.9) try(c.checkinteger, -3.9) try(c.checkinteger, '12')\n"
           "try(c.checkinteger, true) try(c.checkint, 1, 2) try(c.checkint, 1)");

    /* Strings: numbers are accepted (and converted). */
    run(L, "try(c.checkstring, 'abc') try(c.checkstring, 12) try(c.checkstring, 1.5)\n"
           "try(c.checkstring, '') try(c.checkstring, true) try(c.checkstring)");

    /* Optional arguments: none and nil take the default; wrong types still fail. */
    run(L, "try(c.opt) try(c.opt, nil, nil, nil, nil, nil) try(c.opt, 'x', 2, 3, 4, 5)\n"
           "try(c.opt, 5, '6') try(c.opt, {}) try(c.opt, nil, 'n') try(c.opt, nil, nil, false)\n"
           "try(c.optstring_null) try(c.optstring_null, 'given')");

    /* Options. */
    run(L, "try(c.option, 'read') try(c.option, 'write', 'read') try(c.option, 'append', nil)\n"
           "try(c.option, 'bad') try(c.option, 'read', 'worse') try(c.option) try(c.option, 1)");

    /* Types. */
    run(L, "try(c.checktype, {}, print) try(c.checktype, {}, print, nil)\n"
           "try(c.checktype, 1) try(c.checktype, {}, {}) try(c.checktype, {}, print, 0)");
    run(L, "try(c.checkany, 1, nil) try(c.checkany, 1, false) try(c.checkany, 1)");

    /* argcheck / argerror / typerror. */
    run(L, "try(c.argcheck, 5) try(c.argcheck, 0) try(c.argcheck, 100) try(c.argcheck, 'x')");
    run(L, "try(c.argerror, 1) try(c.argerror, 3) try(c.typerror, 1)");

    /* The function name in messages depends on how it was called. */
    run(L, "try_named('x')");
    run(L, "local checknumber = c.checknumber print(pcall(function() return checknumber('x') end))");
    run(L, "print(pcall(function() return c.checknumber('x') end))");
    run(L, "local t = {f = c.argcheck} print(pcall(function() return t:f() end))");
    run(L, "local t = {f = c.checkstring} print(pcall(function() return t:f() end))");

    /* checkstack. */
    run(L, "try(c.checkstack, 100) try(c.checkstack, 10000000)");

    /* Called directly from C: no calling function name. */
    lua_pushcfunction(L, f_checknumber);
    lua_pushstring(L, "nan?");
    lua_pcall(L, 1, 1, 0);
    printf("from C: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: true	2.5
// expect: true	16
// expect: true	1000
// expect: false	bad argument #1 to '?' (number expected, got string)
// expect: false	bad argument #1 to '?' (number expected, got no value)
// expect: false	bad argument #1 to '?' (number expected, got nil)
// expect: false	bad argument #1 to '?' (number expected, got table)
// expect: true	0
// expect: true	0
// expect: true	3
// expect: true	-3
// expect: true	12
// expect: false	bad argument #1 to '?' (number expected, got boolean)
// expect: true	3
// expect: false	bad argument #2 to '?' (number expected, got no value)
// expect: true	abc/3/string
// expect: true	12/2/string
// expect: true	1.5/3/string
// expect: true	/0/string
// expect: false	bad argument #1 to '?' (string expected, got boolean)
// expect: false	bad argument #1 to '?' (string expected, got no value)
// expect: true	default(7) 1.5 7 -1 100
// expect: true	default(7) 1.5 7 -1 100
// expect: true	x(1) 2 3 4 5
// expect: true	5(1) 6 7 -1 100
// expect: false	bad argument #1 to '?' (string expected, got table)
// expect: false	bad argument #2 to '?' (number expected, got string)
// expect: false	bad argument #3 to '?' (number expected, got boolean)
// expect: true	(NULL default)
// expect: true	given
// expect: true	0	2
// expect: true	1	0
// expect: true	2	2
// expect: false	bad argument #1 to '?' (invalid option 'bad')
// expect: false	bad argument #2 to '?' (invalid option 'worse')
// expect: false	bad argument #1 to '?' (string expected, got no value)
// expect: false	bad argument #1 to '?' (invalid option '1')
// expect: false	bad argument #3 to '?' (nil expected, got no value)
// expect: true	types ok
// expect: false	bad argument #1 to '?' (table expected, got number)
// expect: false	bad argument #2 to '?' (function expected, got table)
// expect: false	bad argument #3 to '?' (nil expected, got number)
// expect: true	nil
// expect: true	boolean
// expect: false	bad argument #2 to '?' (value expected)
// expect: true	5
// expect: false	bad argument #1 to '?' (must be positive)
// expect: false	bad argument #1 to '?' (too large)
// expect: false	bad argument #1 to '?' (number expected, got string)
// expect: false	bad argument #1 to '?' (custom message)
// expect: false	bad argument #3 to '?' (custom message)
// expect: false	bad argument #1 to '?' (widget expected, got number)
// expect: false	code:2: bad argument #1 to 'checknumber' (number expected, got string)
// expect: false	code:1: bad argument #1 to 'checknumber' (number expected, got string)
// expect: false	code:1: bad argument #1 to 'checknumber' (number expected, got string)
// expect: false	code:1: calling 'f' on bad self (number expected, got table)
// expect: false	code:1: calling 'f' on bad self (string expected, got table)
// expect: true	room
// expect: false	stack overflow (too many values)
// expect: from C: bad argument #1 to '?' (number expected, got string)
