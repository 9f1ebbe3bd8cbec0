/* C closures: lua_pushcclosure with upvalues, lua_upvalueindex reads and writes, upvalues
 * beyond the count, lua_getupvalue/lua_setupvalue on C and Lua functions. */
#include "capi_test.h"

/* upvalue 1: the count, upvalue 2: the step. */
static int counter(lua_State *L)
{
    lua_Number n = lua_tonumber(L, lua_upvalueindex(1)) + lua_tonumber(L, lua_upvalueindex(2));
    lua_pushnumber(L, n);
    lua_pushvalue(L, -1);
    lua_replace(L, lua_upvalueindex(1));
    return 1;
}

static int new_counter(lua_State *L)
{
    lua_pushnumber(L, luaL_optnumber(L, 1, 0));
    lua_pushnumber(L, luaL_optnumber(L, 2, 1));
    lua_pushcclosure(L, counter, 2);
    return 1;
}

/* Describes its upvalues 1..4 (3 and 4 do not exist for a closure with 2). */
static int describe(lua_State *L)
{
    int i;
    for (i = 1; i <= 4; i++) {
        printf(" up%d=", i);
        put_value(L, lua_upvalueindex(i));
    }
    printf(" none4=%d\n", lua_isnone(L, lua_upvalueindex(4)));
    return 0;
}

/* A closure whose upvalue is a table shared by several functions. */
static int shared_put(lua_State *L)
{
    lua_settop(L, 2);
    lua_settable(L, lua_upvalueindex(1));
    return 0;
}

static int shared_get(lua_State *L)
{
    lua_settop(L, 1);
    lua_gettable(L, lua_upvalueindex(1));
    return 1;
}

/* Many upvalues. */
static int sum_upvalues(lua_State *L)
{
    int i, n = (int)lua_tointeger(L, lua_upvalueindex(1));
    lua_Number s = 0;
    for (i = 2; i <= n + 1; i++)
        s += lua_tonumber(L, lua_upvalueindex(i));
    lua_pushnumber(L, s);
    return 1;
}

int main(void)
{
    lua_State *L = new_state();
    const char *name;
    int i;

    lua_register(L, "new_counter", new_counter);
    run(L, "local a, b = new_counter(), new_counter(100, 10)\n"
           "print(a(), a(), a(), b(), b(), a())");

    /* Upvalues seen from inside; indices beyond the count are "none". */
    lua_pushstring(L, "first");
    lua_pushinteger(L, 2);
    lua_pushcclosure(L, describe, 2);
    printf("describe:");
    lua_call(L, 0, 0);
    lua_pushcclosure(L, describe, 0);
    printf("no upvalues:");
    lua_call(L, 0, 0);

    /* Shared upvalue table. */
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_pushcclosure(L, shared_put, 1);
    lua_setglobal(L, "put");
    lua_pushcclosure(L, shared_get, 1);
    lua_setglobal(L, "get");
    run(L, "put('k', 'v') put(1, true) print(get('k'), get(1), get('none'))");

    /* 255 upvalues, the maximum in 5.1. */
    lua_checkstack(L, 260);
    lua_pushinteger(L, 254);
    for (i = 1; i <= 254; i++)
        lua_pushinteger(L, i);
    lua_pushcclosure(L, sum_upvalues, 255);
    lua_call(L, 0, 1);
    printf("sum of 254 upvalues: %.0f, top %d\n", lua_tonumber(L, -1), lua_gettop(L));
    lua_pop(L, 1);

    /* lua_getupvalue / lua_setupvalue on a C closure: names are "". */
    lua_pushnumber(L, 10);
    lua_pushnumber(L, 5);
    lua_pushcclosure(L, counter, 2);
    name = lua_getupvalue(L, -1, 1);
    printf("C getupvalue 1: name \"%s\", value %g\n", name, lua_tonumber(L, -1));
    lua_pop(L, 1);
    name = lua_getupvalue(L, -1, 3);
    printf("C getupvalue 3: %s, top %d\n", name ? name : "NULL", lua_gettop(L));
    lua_pushnumber(L, 1000);
    name = lua_setupvalue(L, -2, 1);
    printf("C setupvalue 1: name \"%s\", top %d\n", name, lua_gettop(L));
    lua_pushvalue(L, -1);
    lua_call(L, 0, 1);
    printf("counter after setupvalue: %g\n", lua_tonumber(L, -1));
    lua_pop(L, 1);
    lua_pushnumber(L, 1);
    name = lua_setupvalue(L, -2, 9);
    printf("C setupvalue 9: %s, top %d\n", name ? name : "NULL", lua_gettop(L));
    lua_settop(L, 0);

    /* On Lua functions: upvalue names from the debug information. */
    run(L, "local x, y = 1, 'two' function lf() return x, y end");
    lua_getglobal(L, "lf");
    for (i = 1; i <= 3; i++) {
        name = lua_getupvalue(L, 1, i);
        if (name) {
            printf("Lua getupvalue %d: %s = ", i, name);
            put_value(L, -1);
            printf("\n");
            lua_pop(L, 1);
        } else {
            printf("Lua getupvalue %d: NULL\n", i);
        }
    }
    lua_pushstring(L, "changed");
    name = lua_setupvalue(L, 1, 1);
    printf("Lua setupvalue 1: %s\n", name);
    lua_call(L, 0, 2);
    show_stack(L, "lf()");
    lua_settop(L, 0);
    /* Functions without upvalues and non-functions. */
    lua_pushinteger(L, 1);
    printf("getupvalue on a number: %s\n", lua_getupvalue(L, 1, 1) ? "name" : "NULL");
    lua_pushcfunction(L, new_counter);
    printf("getupvalue on a C function without upvalues: %s\n",
           lua_getupvalue(L, 2, 1) ? "name" : "NULL");
    lua_settop(L, 0);

    /* debug.getupvalue sees C closures' upvalues too. */
    run(L, "local c = new_counter(7, 3) c() print(debug.getupvalue(c, 1), debug.getupvalue(c, 2))\n"
           "print(debug.setupvalue(c, 2, 100), c())");

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: 1	2	3	110	120	4
// expect: describe: up1="first" up2=2 up3=none up4=none none4=1
// expect: no upvalues: up1=none up2=none up3=none up4=none none4=1
// expect: v	true	nil
// expect: sum of 254 upvalues: 32385, top 1
// expect: C getupvalue 1: name "", value 10
// expect: C getupvalue 3: NULL, top 1
// expect: C setupvalue 1: name "", top 1
// expect: counter after setupvalue: 1005
// expect: C setupvalue 9: NULL, top 2
// expect: Lua getupvalue 1: x = 1
// expect: Lua getupvalue 2: y = "two"
// expect: Lua getupvalue 3: NULL
// expect: Lua setupvalue 1: x
// expect: lf(): "changed" "two"
// expect: getupvalue on a number: NULL
// expect: getupvalue on a C function without upvalues: NULL
// expect: nil
// expect: nil	13
