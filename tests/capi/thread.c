/* Threads: lua_newthread, lua_resume of Lua functions and of C functions, a C function that
 * yields with `return lua_yield(L, n)`, values in and out of resume, lua_status, errors
 * inside coroutines, yields across C calls, and coroutines driven from Lua. */
#include "capi_test.h"

/* Yields its arguments doubled, then when resumed returns what it was resumed with, tagged. */
static int yield_doubled(lua_State *L)
{
    int i, n = lua_gettop(L);
    for (i = 1; i <= n; i++)
        lua_pushnumber(L, 2 * lua_tonumber(L, i));
    return lua_yield(L, n);
}

/* Yields only the last of its values (the others stay behind on its stack). */
static int yield_last(lua_State *L)
{
    lua_pushstring(L, "hidden");
    lua_pushstring(L, "yielded");
    return lua_yield(L, 1);
}

static int yield_none(lua_State *L)
{
    return lua_yield(L, 0);
}

/* Calls a Lua function with lua_call: a yield inside it must fail. */
static int call_through(lua_State *L)
{
    lua_settop(L, 1);
    lua_call(L, 0, 1);
    return 1;
}

static int fail(lua_State *L)
{
    return luaL_error(L, "error inside coroutine");
}

static void resume_show(lua_State *co, int nargs, const char *label)
{
    int status = lua_resume(co, nargs), n = lua_gettop(co), i;
    printf("%s: status %d, lua_status %d, %d value(s):", label, status, lua_status(co), n);
    for (i = 1; i <= n; i++) {
        printf(" ");
        put_value(co, i);
    }
    printf("\n");
    lua_settop(co, 0);
}

int main(void)
{
    lua_State *L = new_state(), *co;
    int status;

    lua_register(L, "yield_doubled", yield_doubled);
    lua_register(L, "yield_last", yield_last);
    lua_register(L, "yield_none", yield_none);
    lua_register(L, "call_through", call_through);

    /* A Lua function yielding through coroutine.yield and through C functions. */
    run(L, "function body(a, b)\n"
           "  print('started with', a, b)\n"
           "  local x, y = coroutine.yield(a + b)\n"
           "  print('resumed with', x, y)\n"
           "  local r = {yield_doubled(x, y)}\n"
           "  print('yield_doubled returned', unpack(r))\n"
           "  print('yield_last returned', yield_last())\n"
           "  print('yield_none returned', select('#', yield_none()))\n"
           "  return 'done', a\n"
           "end");
    co = lua_newthread(L);
    printf("new thread: type %s, status %d, top %d\n", luaL_typename(L, -1), lua_status(co),
           lua_gettop(co));
    lua_getglobal(co, "body");
    lua_pushinteger(co, 1);
    lua_pushinteger(co, 2);
    resume_show(co, 2, "first resume");
    lua_pushstring(co, "x");
    lua_pushstring(co, "y");
    resume_show(co, 2, "second resume");  /* yield_doubled('x', 'y') -> 0 0 */
    lua_pushstring(co, "back from C yield");
    resume_show(co, 1, "third resume");
    lua_pushinteger(co, 99);
    resume_show(co, 1, "fourth resume");
    lua_pushinteger(co, 5);
    lua_pushinteger(co, 6);
    resume_show(co, 2, "fifth resume");
    lua_pop(L, 1);

    /* The body is a C function that yields directly. */
    co = lua_newthread(L);
    lua_pushcfunction(co, yield_doubled);
    lua_pushinteger(co, 10);
    lua_pushinteger(co, 20);
    resume_show(co, 2, "C body");
    /* (Resuming it again is not supported by PUC Lua 5.1: it crashes.) */
    lua_pop(L, 1);

    /* Errors: the status is returned and the message is on the thread's stack. */
    co = lua_newthread(L);
    lua_pushcfunction(co, fail);
    resume_show(co, 0, "C error");
    lua_pop(L, 1);
    co = lua_newthread(L);
    {
        static const char code[] = "coroutine.yield(1)\nerror('later')";
        luaL_loadbuffer(co, code, strlen(code), "=co");
    }
    resume_show(co, 0, "before error");
    resume_show(co, 0, "Lua error");
    resume_show(co, 0, "resume after error");
    lua_pop(L, 1);

    /* A yield across lua_call is an error. */
    co = lua_newthread(L);
    luaL_loadstring(co, "return call_through(function() coroutine.yield('no') end)");
    resume_show(co, 0, "yield across C call");
    lua_pop(L, 1);

    /* Resuming the running (main) thread is refused. */
    run(L, "print(coroutine.resume(coroutine.running() or coroutine.create(print)))");

    /* The same C functions drive Lua-created coroutines. */
    run(L, "local co = coroutine.create(function(...) return yield_doubled(...) end)\n"
           "print(coroutine.resume(co, 1, 2, 3))\n"
           "print(coroutine.resume(co, 'r1', 'r2'))\n"
           "print(coroutine.status(co), coroutine.resume(co))");
    run(L, "local gen = coroutine.wrap(function() for i = 1, 3 do yield_doubled(i) end end)\n"
           "print(gen(), gen(), gen(), gen())");

    /* A thread is collected once unreferenced; a referenced suspended one stays usable. */
    co = lua_newthread(L);
    lua_setglobal(L, "kept_thread");
    luaL_loadstring(co, "local n = 0 while true do n = n + 1 coroutine.yield(n) end");
    resume_show(co, 0, "kept 1");
    lua_gc(L, LUA_GCCOLLECT, 0);
    resume_show(co, 0, "kept 2");
    lua_getglobal(L, "kept_thread");
    printf("tothread finds it: %d\n", lua_tothread(L, -1) == co);
    lua_pop(L, 1);

    /* lua_xmove carries values in and out of a suspended coroutine. */
    lua_pushinteger(L, 1000);
    lua_xmove(L, co, 1);
    status = lua_resume(co, 1);
    lua_xmove(co, L, 1);
    printf("xmove resume: status %d, got %s, main top %d\n", status, lua_tostring(L, -1),
           lua_gettop(L));
    lua_pop(L, 1);

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: new thread: type thread, status 0, top 0
// expect: started with	1	2
// expect: first resume: status 1, lua_status 1, 1 value(s): 3
// expect: resumed with	x	y
// expect: second resume: status 1, lua_status 1, 2 value(s): 0 0
// expect: yield_doubled returned	back from C yield
// expect: third resume: status 1, lua_status 1, 1 value(s): "yielded"
// expect: yield_last returned	99
// expect: fourth resume: status 1, lua_status 1, 0 value(s):
// expect: yield_none returned	2
// expect: fifth resume: status 0, lua_status 0, 2 value(s): "done" 1
// expect: C body: status 1, lua_status 1, 2 value(s): 20 40
// expect: C error: status 2, lua_status 2, 2 value(s): "error inside coroutine" "error inside coroutine"
// expect: before error: status 1, lua_status 1, 1 value(s): 1
// expect: Lua error: status 2, lua_status 2, 3 value(s): "later" "co:2: later" "co:2: later"
// expect: resume after error: status 2, lua_status 2, 1 value(s): "cannot resume non-suspended coroutine"
// expect: yield across C call: status 2, lua_status 2, 3 value(s): "no" "attempt to yield across metamethod/C-call boundary" "attempt to yield across metamethod/C-call boundary"
// expect: error 2: code:1: bad argument #1 to 'create' (Lua function expected)
// expect: true	2	4	6
// expect: true	r1	r2
// expect: dead	false	cannot resume dead coroutine
// expect: 2	4	6
// expect: kept 1: status 1, lua_status 1, 1 value(s): 1
// expect: kept 2: status 1, lua_status 1, 1 value(s): 2
// expect: tothread finds it: 1
// expect: xmove resume: status 1, got 3, main top 1
