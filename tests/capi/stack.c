/* Stack manipulation: gettop, settop, pushvalue, insert, remove, replace, checkstack, xmove. */
#include "capi_test.h"

static int sum_top(lua_State *L)
{
    /* A C function sees only its own arguments. */
    lua_pushinteger(L, lua_gettop(L));
    return 1;
}

/* Uses more than LUA_MINSTACK slots after lua_checkstack. */
static int deep(lua_State *L)
{
    int i, n = (int)luaL_checkinteger(L, 1);
    if (!lua_checkstack(L, n))
        return luaL_error(L, "checkstack refused %d", n);
    for (i = 1; i <= n; i++)
        lua_pushinteger(L, i);
    return n;
}

int main(void)
{
    lua_State *L = new_state(), *L1;
    int i;

    printf("top %d\n", lua_gettop(L));
    for (i = 1; i <= 5; i++)
        lua_pushinteger(L, i * 10);
    show_stack(L, "pushed");
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    show_stack(L, "pushvalue 2, -2");
    lua_settop(L, 5);
    lua_insert(L, 1);
    show_stack(L, "insert 1");
    lua_insert(L, -2);
    show_stack(L, "insert -2");
    lua_insert(L, -1);
    show_stack(L, "insert -1");
    lua_remove(L, 1);
    show_stack(L, "remove 1");
    lua_remove(L, -2);
    show_stack(L, "remove -2");
    lua_remove(L, -1);
    show_stack(L, "remove -1");
    lua_pushstring(L, "x");
    lua_replace(L, 1);
    show_stack(L, "replace 1");
    lua_pushboolean(L, 0);
    lua_replace(L, -2);
    show_stack(L, "replace -2");
    lua_settop(L, 5);
    show_stack(L, "settop 5");
    lua_settop(L, -3);
    show_stack(L, "settop -3");
    lua_pop(L, 1);
    show_stack(L, "pop 1");
    lua_settop(L, 0);
    printf("top %d\n", lua_gettop(L));

    /* Indices above the top but within the stack are "none". */
    lua_pushnil(L);
    printf("type(1) %s, type(2) %s, type(-1) %s\n", luaL_typename(L, 1),
           luaL_typename(L, 2), luaL_typename(L, -1));
    lua_settop(L, 0);

    /* A called C function has its own frame. */
    lua_pushcfunction(L, sum_top);
    lua_pushstring(L, "a");
    lua_pushstring(L, "b");
    lua_pushstring(L, "c");
    lua_call(L, 3, 1);
    show_stack(L, "after call");
    lua_settop(L, 0);

    /* checkstack: grow far beyond LUA_MINSTACK, from the host and inside a C function. */
    printf("checkstack 5000: %d\n", lua_checkstack(L, 5000));
    for (i = 0; i < 5000; i++)
        lua_pushinteger(L, i);
    printf("top %d, [5000] = %d\n", lua_gettop(L), (int)lua_tointeger(L, 5000));
    lua_settop(L, 0);
    lua_pushcfunction(L, deep);
    lua_pushinteger(L, 300);
    lua_call(L, 1, LUA_MULTRET);
    printf("deep returned %d values, last %d\n", lua_gettop(L), (int)lua_tointeger(L, -1));
    lua_settop(L, 0);
    lua_pushcfunction(L, deep);
    lua_setglobal(L, "deep");
    run(L, "print(select('#', deep(1000)))");
    printf("checkstack huge: %d\n", lua_checkstack(L, 1000000));

    /* xmove between two threads of the same state. */
    L1 = lua_newthread(L);
    lua_pushinteger(L, 1);
    lua_pushstring(L, "two");
    lua_newtable(L);
    lua_xmove(L, L1, 2);
    show_stack(L, "L after xmove");
    show_stack(L1, "L1 after xmove");
    lua_pushstring(L1, "back");
    lua_xmove(L1, L, 1);
    show_stack(L, "L after xmove back");
    show_stack(L1, "L1 after xmove back");
    lua_xmove(L1, L, 0);
    lua_xmove(L, L, 1);
    show_stack(L, "xmove 0 / to itself");

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: top 0
// expect: pushed: 10 20 30 40 50
// expect: pushvalue 2, -2: 10 20 30 40 50 20 50
// expect: insert 1: 50 10 20 30 40
// expect: insert -2: 50 10 20 40 30
// expect: insert -1: 50 10 20 40 30
// expect: remove 1: 10 20 40 30
// expect: remove -2: 10 20 30
// expect: remove -1: 10 20
// expect: replace 1: "x" 20
// expect: replace -2: "x" false
// expect: settop 5: "x" false nil nil nil
// expect: settop -3: "x" false nil
// expect: pop 1: "x" false
// expect: top 0
// expect: type(1) nil, type(2) no value, type(-1) nil
// expect: after call: 3
// expect: checkstack 5000: 1
// expect: top 5000, [5000] = 4999
// expect: deep returned 300 values, last 300
// expect: 1000
// expect: checkstack huge: 0
// expect: L after xmove: thread 1
// expect: L1 after xmove: "two" table
// expect: L after xmove back: thread 1 "back"
// expect: L1 after xmove back: "two" table
// expect: xmove 0 / to itself: thread 1 "back"
