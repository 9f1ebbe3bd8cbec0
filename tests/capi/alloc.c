/* The allocator contract: lua_newstate with a custom lua_Alloc and user data; every call gets
 * the block's true old size; LUA_GCCOUNT agrees with what the allocator has handed out;
 * lua_close frees everything; lua_getallocf / lua_setallocf. */
#include <stdlib.h>

#include "capi_test.h"

typedef struct {
    long calls, mismatches, in_use, peak;
} Stats;

/* Each block carries a header with its size, so the osize passed in can be checked. */
static void *tracking_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Stats *st = (Stats *)ud;
    size_t *h = ptr ? (size_t *)ptr - 2 : NULL;
    st->calls++;
    if (h != NULL && h[0] != osize)
        st->mismatches++;
    if (nsize == 0) {
        if (h != NULL) {
            st->in_use -= (long)h[0];
            free(h);
        }
        return NULL;
    }
    if (h != NULL)
        st->in_use -= (long)h[0];
    h = (size_t *)realloc(h, nsize + 2 * sizeof(size_t));
    if (h == NULL)
        return NULL;
    h[0] = nsize;
    st->in_use += (long)nsize;
    if (st->in_use > st->peak)
        st->peak = st->in_use;
    return h + 2;
}

static long wrapper_calls = 0;

static void *wrapper_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    wrapper_calls++;
    return tracking_alloc(ud, ptr, osize, nsize);
}

int main(void)
{
    Stats st = {0, 0, 0, 0};
    lua_State *L = lua_newstate(tracking_alloc, &st);
    void *ud = NULL;
    long kb;

    printf("state created: %d, allocator used: %d\n", L != NULL, st.calls > 0);
    luaL_openlibs(L);
    kb = lua_getallocf(L, &ud) == tracking_alloc;
    printf("getallocf: same function %d, same ud %d\n", (int)kb, ud == (void *)&st);

    /* A workload touching most kinds of objects. */
    run(L, "local t = {} for i = 1, 10000 do t[i] = {tostring(i), i, function() return i end} end\n"
           "t = nil collectgarbage()\n"
           "local s = string.rep('x', 100000) .. string.rep('y', 1000)\n"
           "local co = coroutine.create(function(a) local b = coroutine.yield(a) return b end)\n"
           "coroutine.resume(co, 1) coroutine.resume(co, 2)\n"
           "local u = newproxy(true) getmetatable(u).__gc = function() end u = nil\n"
           "local w = setmetatable({}, {__mode = 'k'}) for i = 1, 100 do w[{}] = i end\n"
           "collectgarbage()");
    printf("old sizes all exact: %d\n", st.mismatches == 0);
    kb = lua_gc(L, LUA_GCCOUNT, 0);
    printf("GCCOUNT matches the allocator: %d\n", labs(kb - st.in_use / 1024) <= 1);
    printf("peak well above current: %d\n", st.peak > 2 * st.in_use);

    /* Switching allocators on a live state: old blocks are freed by the new function. */
    lua_setallocf(L, wrapper_alloc, &st);
    run(L, "local t = {} for i = 1, 1000 do t[i] = {} end");
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("new allocator used: %d, getallocf returns it: %d\n", wrapper_calls > 0,
           lua_getallocf(L, NULL) == wrapper_alloc);

    lua_close(L);
    printf("after close: in use %ld, old sizes all exact %d\n", st.in_use, st.mismatches == 0);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: state created: 1, allocator used: 1
// expect: getallocf: same function 1, same ud 1
// expect: old sizes all exact: 1
// expect: GCCOUNT matches the allocator: 1
// expect: peak well above current: 1
// expect: new allocator used: 1, getallocf returns it: 1
// expect: after close: in use 0, old sizes all exact 1
