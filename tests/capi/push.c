/* Push, is* and to* functions: conversions between Lua values and C. */
#include <math.h>

#include "capi_test.h"

static int cfunc(lua_State *L)
{
    (void)L;
    return 0;
}

static void is_row(lua_State *L, int idx)
{
    printf("%-14s type=%-13s number=%d string=%d cfunction=%d userdata=%d function=%d "
           "nil=%d none=%d noneornil=%d\n",
           luaL_typename(L, idx), lua_typename(L, lua_type(L, idx)), lua_isnumber(L, idx),
           lua_isstring(L, idx), lua_iscfunction(L, idx), lua_isuserdata(L, idx),
           lua_isfunction(L, idx), lua_isnil(L, idx), lua_isnone(L, idx),
           lua_isnoneornil(L, idx));
}

int main(void)
{
    lua_State *L = new_state();
    size_t len;
    const char *s;
    int i, n;
    static const char bin[] = "a\0b\0c";
    static const double nums[] = {
        0, 1, -1, 0.5, -0.5, 3.7, -3.7, 1e15, 1e16, 123456789012.0, 1e100, -1e-5,
        2147483647.0, 4294967296.0, 1.0 / 3
    };

    /* Type names of every tag. */
    for (i = LUA_TNONE; i <= LUA_TTHREAD; i++)
        printf("typename(%d) = %s\n", i, lua_typename(L, i));

    /* is* over one value of each kind. */
    lua_pushnil(L);
    lua_pushboolean(L, 1);
    lua_pushlightuserdata(L, &n);
    lua_pushnumber(L, 42);
    lua_pushstring(L, "42");
    lua_pushstring(L, "0x10");
    lua_pushstring(L, "  12  ");
    lua_pushstring(L, "12a");
    lua_newtable(L);
    lua_pushcfunction(L, cfunc);
    luaL_loadstring(L, "return 1");
    lua_newuserdata(L, 4);
    lua_pushthread(L);
    n = lua_gettop(L);
    for (i = 1; i <= n + 1; i++)
        is_row(L, i);
    lua_settop(L, 0);

    /* tonumber / tointeger / toboolean over the same kind of values. */
    lua_pushnil(L);
    lua_pushboolean(L, 0);
    lua_pushboolean(L, 1);
    lua_pushnumber(L, 3.7);
    lua_pushnumber(L, -3.7);
    lua_pushstring(L, "10");
    lua_pushstring(L, " 0x1F ");
    lua_pushstring(L, "1e2");
    lua_pushstring(L, "-7.9");
    lua_pushstring(L, "abc");
    lua_pushstring(L, "");
    lua_pushinteger(L, 0);
    lua_newtable(L);
    n = lua_gettop(L);
    for (i = 1; i <= n; i++) {
        put_value(L, i);
        printf(": tonumber=%.14g tointeger=%ld toboolean=%d\n", lua_tonumber(L, i),
               (long)lua_tointeger(L, i), lua_toboolean(L, i));
    }
    printf("none: tonumber=%g tointeger=%ld toboolean=%d\n", lua_tonumber(L, n + 1),
           (long)lua_tointeger(L, n + 1), lua_toboolean(L, n + 1));
    lua_settop(L, 0);

    /* tolstring on numbers converts the stack slot in place. */
    for (i = 0; i < (int)(sizeof nums / sizeof nums[0]); i++) {
        lua_pushnumber(L, nums[i]);
        s = lua_tolstring(L, -1, &len);
        printf("tolstring(%.17g) = %s (len %d, now a %s)\n", nums[i], s, (int)len,
               luaL_typename(L, -1));
        lua_pop(L, 1);
    }
    lua_pushinteger(L, -123);
    printf("tostring(pushinteger(-123)) = %s\n", lua_tostring(L, -1));
    lua_pushnumber(L, HUGE_VAL);
    printf("tostring(inf) = %s\n", lua_tostring(L, -1));
    lua_pushnumber(L, -HUGE_VAL);
    printf("tostring(-inf) = %s\n", lua_tostring(L, -1));
    lua_settop(L, 0);
    lua_pushboolean(L, 1);
    lua_pushnil(L);
    lua_newtable(L);
    s = lua_tolstring(L, 1, &len);
    printf("tolstring(true) = %s, len %d\n", s ? s : "NULL", (int)len);
    printf("tostring(nil) = %s, tostring(table) = %s\n", lua_tostring(L, 2) ? "?" : "NULL",
           lua_tostring(L, 3) ? "?" : "NULL");
    lua_settop(L, 0);

    /* Strings with embedded zeros; pushlstring copies; pushstring(NULL) pushes nil. */
    lua_pushlstring(L, bin, 5);
    s = lua_tolstring(L, -1, &len);
    printf("len %d, objlen %d, bytes %d %d %d %d %d\n", (int)len, (int)lua_objlen(L, -1), s[0],
           s[1], s[2], s[3], s[4]);
    {
        char buf[8] = "temp";
        lua_pushstring(L, buf);
        strcpy(buf, "XXXX");
        printf("copied: %s\n", lua_tostring(L, -1));
    }
    lua_pushstring(L, NULL);
    printf("pushstring(NULL): %s\n", luaL_typename(L, -1));
    lua_pushliteral(L, "lit\0eral");
    printf("pushliteral len %d\n", (int)lua_objlen(L, -1));
    lua_pushlstring(L, "", 0);
    printf("empty: len %d, toboolean %d\n", (int)lua_objlen(L, -1), lua_toboolean(L, -1));
    lua_settop(L, 0);

    /* objlen: strings, tables (border), userdata size, numbers (as strings), others 0. */
    lua_pushstring(L, "hello");
    printf("objlen string %d\n", (int)lua_objlen(L, -1));
    (void)luaL_dostring(L, "return {10, 20, 30}");
    printf("objlen table %d\n", (int)lua_objlen(L, -1));
    lua_newuserdata(L, 17);
    printf("objlen userdata %d\n", (int)lua_objlen(L, -1));
    lua_pushnumber(L, 12.5);
    len = lua_objlen(L, -1);
    printf("objlen number %d (now a %s)\n", (int)len, luaL_typename(L, -1));
    lua_pushboolean(L, 1);
    printf("objlen boolean %d\n", (int)lua_objlen(L, -1));
    lua_pushnil(L);
    printf("objlen nil %d\n", (int)lua_objlen(L, -1));
    lua_settop(L, 0);

    /* pushfstring formats. */
    lua_pushfstring(L, "%s|%d|%f|%c|%%|%s", "str", -42, 2.5, 'Z', "end");
    printf("fstring: %s\n", lua_tostring(L, -1));
    lua_pushfstring(L, "%d%%", 100);
    printf("fstring: %s\n", lua_tostring(L, -1));
    s = lua_pushfstring(L, "%p", (void *)0);
    printf("fstring %%p non-empty: %d\n", s[0] != '\0');
    lua_settop(L, 0);

    /* concat: numbers are converted, 0 pushes "", 1 is a no-op. */
    lua_pushstring(L, "a");
    lua_pushinteger(L, 1);
    lua_pushnumber(L, 2.5);
    lua_pushstring(L, "z");
    lua_concat(L, 4);
    show_stack(L, "concat 4");
    lua_concat(L, 0);
    show_stack(L, "concat 0");
    lua_concat(L, 1);
    show_stack(L, "concat 1");
    lua_settop(L, 0);

    /* equal / rawequal / lessthan, including invalid indices. */
    lua_pushinteger(L, 1);
    lua_pushstring(L, "1");
    lua_pushnumber(L, 1.0);
    lua_pushstring(L, "a");
    lua_pushstring(L, "b");
    printf("equal(1,'1')=%d equal(1,1.0)=%d rawequal(1,1.0)=%d equal(1,none)=%d\n",
           lua_equal(L, 1, 2), lua_equal(L, 1, 3), lua_rawequal(L, 1, 3), lua_equal(L, 1, 9));
    printf("lessthan('a','b')=%d lessthan('b','a')=%d lessthan(1,none)=%d\n",
           lua_lessthan(L, 4, 5), lua_lessthan(L, 5, 4), lua_lessthan(L, 1, 9));
    lua_settop(L, 0);

    /* tocfunction, touserdata, tothread, topointer. */
    lua_pushcfunction(L, cfunc);
    luaL_loadstring(L, "return 1");
    lua_pushlightuserdata(L, &n);
    lua_newtable(L);
    lua_pushinteger(L, 5);
    printf("tocfunction: C %d, Lua %d\n", lua_tocfunction(L, 1) == cfunc,
           lua_tocfunction(L, 2) == NULL);
    printf("touserdata light ok %d, table NULL %d\n", lua_touserdata(L, 3) == (void *)&n,
           lua_touserdata(L, 4) == NULL);
    printf("topointer table non-NULL %d, number NULL %d, light %d\n",
           lua_topointer(L, 4) != NULL, lua_topointer(L, 5) == NULL,
           lua_topointer(L, 3) == (void *)&n);
    lua_pushthread(L);
    printf("tothread main %d, pushthread in main returns %d\n", lua_tothread(L, -1) == L,
           lua_pushthread(L));
    printf("tothread number NULL %d\n", lua_tothread(L, 5) == NULL);

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: typename(-1) = no value
// expect: typename(0) = nil
// expect: typename(1) = boolean
// expect: typename(2) = userdata
// expect: typename(3) = number
// expect: typename(4) = string
// expect: typename(5) = table
// expect: typename(6) = function
// expect: typename(7) = userdata
// expect: typename(8) = thread
// expect: nil            type=nil           number=0 string=0 cfunction=0 userdata=0 function=0 nil=1 none=0 noneornil=1
// expect: boolean        type=boolean       number=0 string=0 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: userdata       type=userdata      number=0 string=0 cfunction=0 userdata=1 function=0 nil=0 none=0 noneornil=0
// expect: number         type=number        number=1 string=1 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: string         type=string        number=1 string=1 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: string         type=string        number=1 string=1 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: string         type=string        number=1 string=1 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: string         type=string        number=0 string=1 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: table          type=table         number=0 string=0 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: function       type=function      number=0 string=0 cfunction=1 userdata=0 function=1 nil=0 none=0 noneornil=0
// expect: function       type=function      number=0 string=0 cfunction=0 userdata=0 function=1 nil=0 none=0 noneornil=0
// expect: userdata       type=userdata      number=0 string=0 cfunction=0 userdata=1 function=0 nil=0 none=0 noneornil=0
// expect: thread         type=thread        number=0 string=0 cfunction=0 userdata=0 function=0 nil=0 none=0 noneornil=0
// expect: no value       type=no value      number=0 string=0 cfunction=0 userdata=0 function=0 nil=0 none=1 noneornil=1
// expect: nil: tonumber=0 tointeger=0 toboolean=0
// expect: false: tonumber=0 tointeger=0 toboolean=0
// expect: true: tonumber=0 tointeger=0 toboolean=1
// expect: 3.7: tonumber=3.7 tointeger=3 toboolean=1
// expect: -3.7: tonumber=-3.7 tointeger=-3 toboolean=1
// expect: "10": tonumber=10 tointeger=10 toboolean=1
// expect: " 0x1F ": tonumber=31 tointeger=31 toboolean=1
// expect: "1e2": tonumber=100 tointeger=100 toboolean=1
// expect: "-7.9": tonumber=-7.9 tointeger=-7 toboolean=1
// expect: "abc": tonumber=0 tointeger=0 toboolean=1
// expect: "": tonumber=0 tointeger=0 toboolean=1
// expect: 0: tonumber=0 tointeger=0 toboolean=1
// expect: table: tonumber=0 tointeger=0 toboolean=1
// expect: none: tonumber=0 tointeger=0 toboolean=0
// expect: tolstring(0) = 0 (len 1, now a string)
// expect: tolstring(1) = 1 (len 1, now a string)
// expect: tolstring(-1) = -1 (len 2, now a string)
// expect: tolstring(0.5) = 0.5 (len 3, now a string)
// expect: tolstring(-0.5) = -0.5 (len 4, now a string)
// expect: tolstring(3.7000000000000002) = 3.7 (len 3, now a string)
// expect: tolstring(-3.7000000000000002) = -3.7 (len 4, now a string)
// expect: tolstring(1000000000000000) = 1e+15 (len 5, now a string)
// expect: tolstring(10000000000000000) = 1e+16 (len 5, now a string)
// expect: tolstring(123456789012) = 123456789012 (len 12, now a string)
// expect: tolstring(1e+100) = 1e+100 (len 6, now a string)
// expect: tolstring(-1.0000000000000001e-05) = -1e-05 (len 6, now a string)
// expect: tolstring(2147483647) = 2147483647 (len 10, now a string)
// expect: tolstring(4294967296) = 4294967296 (len 10, now a string)
// expect: tolstring(0.33333333333333331) = 0.33333333333333 (len 16, now a string)
// expect: tostring(pushinteger(-123)) = -123
// expect: tostring(inf) = inf
// expect: tostring(-inf) = -inf
// expect: tolstring(true) = NULL, len 0
// expect: tostring(nil) = NULL, tostring(table) = NULL
// expect: len 5, objlen 5, bytes 97 0 98 0 99
// expect: copied: temp
// expect: pushstring(NULL): nil
// expect: pushliteral len 8
// expect: empty: len 0, toboolean 1
// expect: objlen string 5
// expect: objlen table 3
// expect: objlen userdata 17
// expect: objlen number 4 (now a string)
// expect: objlen boolean 0
// expect: objlen nil 0
// expect: fstring: str|-42|2.5|Z|%|end
// expect: fstring: 100%
// expect: fstring %p non-empty: 1
// expect: concat 4: "a12.5z"
// expect: concat 0: "a12.5z" ""
// expect: concat 1: "a12.5z" ""
// expect: equal(1,'1')=0 equal(1,1.0)=1 rawequal(1,1.0)=1 equal(1,none)=0
// expect: lessthan('a','b')=1 lessthan('b','a')=0 lessthan(1,none)=0
// expect: tocfunction: C 1, Lua 1
// expect: touserdata light ok 1, table NULL 1
// expect: topointer table non-NULL 1, number NULL 1, light 1
// expect: tothread main 1, pushthread in main returns 1
// expect: tothread number NULL 1
