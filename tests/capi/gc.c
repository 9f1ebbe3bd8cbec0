/* lua_gc: COUNT/COUNTB, COLLECT, STOP/RESTART, STEP, SETPAUSE/SETSTEPMUL; finalizers and weak
 * tables observed through the API.  Memory figures differ between implementations, so only
 * their relations are printed. */
#include <stdlib.h>

#include "capi_test.h"

static int finalized = 0;

static int on_gc(lua_State *L)
{
    (void)L;
    finalized++;
    return 0;
}

/* Finalizers that succeed or fail, to see what an error in __gc does. */
static int gc_ok_count = 0;

static int gc_ok(lua_State *L)
{
    (void)L;
    gc_ok_count++;
    return 0;
}

static int gc_fail(lua_State *L)
{
    return luaL_error(L, "error in finalizer");
}

static void new_finalized(lua_State *L, lua_CFunction gc)
{
    lua_newuserdata(L, 4);
    lua_newtable(L);
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
}

static int kbytes(lua_State *L)
{
    return lua_gc(L, LUA_GCCOUNT, 0);
}

static long bytes(lua_State *L)
{
    return (long)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + lua_gc(L, LUA_GCCOUNTB, 0);
}

/* Makes n tables of garbage. */
static void make_garbage(lua_State *L, int n)
{
    int i;
    for (i = 0; i < n; i++) {
        lua_createtable(L, 10, 0);
        lua_pop(L, 1);
    }
}

/* Counts the allocator's calls, to see that a stopped collector frees nothing. */
static long frees = 0;

static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        if (ptr != NULL)
            frees++;
        free(ptr);
        return NULL;
    }
    return realloc(ptr, nsize);
}

int main(void)
{
    lua_State *L = new_state();
    long before, after, f0;
    int k, b, i, r, steps;

    /* COUNT is in Kbytes, COUNTB the remainder in bytes. */
    lua_gc(L, LUA_GCCOLLECT, 0);
    k = kbytes(L);
    b = lua_gc(L, LUA_GCCOUNTB, 0);
    printf("count > 0: %d, 0 <= countb < 1024: %d, gcinfo agrees: %d\n", k > 0, b >= 0 && b < 1024,
           lua_getgccount(L) == k);
    run(L, "local k = collectgarbage('count') print(type(k), k > 0)");

    /* Garbage raises the count; a collection brings it back. */
    lua_gc(L, LUA_GCSTOP, 0);
    before = bytes(L);
    make_garbage(L, 10000);
    after = bytes(L);
    printf("stopped collector: count grew by more than 100K: %d\n", after - before > 100000);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("after collect: back near the start: %d\n", bytes(L) < before + 10000);
    lua_gc(L, LUA_GCRESTART, 0);

    /* With the collector running, garbage does not accumulate. */
    before = bytes(L);
    make_garbage(L, 100000);
    after = bytes(L);
    printf("running collector keeps memory bounded: %d\n", after - before < 4000000);

    /* STEP: returns 1 when a cycle finished; enough steps always finish one. */
    make_garbage(L, 1000);
    r = 0;
    for (steps = 0; steps < 10000 && !r; steps++)
        r = lua_gc(L, LUA_GCSTEP, 0);
    printf("step eventually finishes a cycle: %d\n", r);
    r = lua_gc(L, LUA_GCSTEP, 100000);
    printf("a huge step finishes a cycle: %d\n", r);

    /* SETPAUSE / SETSTEPMUL return the previous values (200 and 200 by default). */
    k = lua_gc(L, LUA_GCSETPAUSE, 150);
    b = lua_gc(L, LUA_GCSETPAUSE, 200);
    printf("setpause: %d, then %d\n", k, b);
    k = lua_gc(L, LUA_GCSETSTEPMUL, 400);
    b = lua_gc(L, LUA_GCSETSTEPMUL, 200);
    printf("setstepmul: %d, then %d\n", k, b);
    run(L, "print(collectgarbage('setpause', 100), collectgarbage('setpause', 200))");
    run(L, "print(collectgarbage('setstepmul', 300), collectgarbage('setstepmul', 200))");
    printf("unknown option: %d\n", lua_gc(L, 99, 0));

    /* Finalizers run on collection, not while stopped... */
    luaL_newmetatable(L, "gc.test");
    lua_pushcfunction(L, on_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    lua_gc(L, LUA_GCSTOP, 0);
    for (i = 0; i < 10; i++) {
        lua_newuserdata(L, 16);
        luaL_getmetatable(L, "gc.test");
        lua_setmetatable(L, -2);
        lua_pop(L, 1);
    }
    make_garbage(L, 20000);
    printf("finalized while stopped: %d\n", finalized);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("finalized after collect: %d\n", finalized);
    lua_gc(L, LUA_GCRESTART, 0);

    /* Weak tables lose collected entries. */
    run(L, "weak = setmetatable({}, {__mode = 'v'})\n"
           "keys = setmetatable({}, {__mode = 'k'})\n"
           "strong = {}\n"
           "for i = 1, 10 do local t = {} weak[i] = t keys[t] = i if i % 2 == 0 then strong[i] = t end end");
    lua_gc(L, LUA_GCCOLLECT, 0);
    run(L, "local n, m = 0, 0 for _ in pairs(weak) do n = n + 1 end for _ in pairs(keys) do m = m + 1 end\n"
           "print('weak values left', n, 'weak keys left', m)");
    lua_close(L);

    /* An error in a finalizer propagates out of the collection that ran it (here a protected
     * call); the remaining finalizers run at the next collection. */
    L = new_state();
    lua_gc(L, LUA_GCSTOP, 0);  /* only the explicit collections below run finalizers */
    new_finalized(L, gc_ok);
    new_finalized(L, gc_fail);
    new_finalized(L, gc_ok);
    luaL_loadstring(L, "collectgarbage()");
    r = lua_pcall(L, 0, 0, 0);
    printf("collect with a failing finalizer: %d %s, ok finalizers %d\n", r, lua_tostring(L, -1),
           gc_ok_count);
    lua_settop(L, 0);
    luaL_loadstring(L, "collectgarbage()");
    r = lua_pcall(L, 0, 0, 0);
    printf("next collect: %d, ok finalizers %d\n", r, gc_ok_count);
    lua_close(L);

    /* At lua_close, failing finalizers do not stop the others. */
    gc_ok_count = 0;
    L = new_state();
    lua_gc(L, LUA_GCSTOP, 0);
    for (i = 0; i < 3; i++) {
        new_finalized(L, gc_ok);
        new_finalized(L, gc_fail);
    }
    lua_close(L);
    printf("close with failing finalizers: ok finalizers %d\n", gc_ok_count);

    /* A stopped collector frees nothing until asked. */
    L = lua_newstate(counting_alloc, NULL);
    luaL_openlibs(L);
    lua_gc(L, LUA_GCSTOP, 0);
    f0 = frees;
    make_garbage(L, 5000);
    printf("frees while stopped: %ld\n", frees - f0);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("collect frees the garbage: %d\n", frees - f0 >= 5000);
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: count > 0: 1, 0 <= countb < 1024: 1, gcinfo agrees: 1
// expect: number	true
// expect: stopped collector: count grew by more than 100K: 1
// expect: after collect: back near the start: 1
// expect: running collector keeps memory bounded: 1
// expect: step eventually finishes a cycle: 1
// expect: a huge step finishes a cycle: 1
// expect: setpause: 200, then 150
// expect: setstepmul: 200, then 400
// expect: 200	100
// expect: 200	300
// expect: unknown option: -1
// expect: finalized while stopped: 0
// expect: finalized after collect: 10
// expect: weak values left	5	weak keys left	5
// expect: collect with a failing finalizer: 2 error in finalizer, ok finalizers 1
// expect: next collect: 0, ok finalizers 2
// expect: close with failing finalizers: ok finalizers 3
// expect: frees while stopped: 0
// expect: collect frees the garbage: 1
