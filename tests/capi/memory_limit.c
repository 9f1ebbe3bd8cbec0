/*
 * Huge results under a memory limit: a state whose allocator refuses to hold more than 16 MiB
 * runs programs that build strings and tables far beyond it (string.rep, table.concat,
 * repeated concatenation, string.format, gsub, table growth, huge string.rep counts).  Each must
 * end in a catchable "not enough memory" error, an uncaught one must make lua_pcall return
 * LUA_ERRMEM, and afterwards the state must still compute correctly, its byte count
 * (collectgarbage "count") equal to what the allocator holds.  Runs under ASan in
 * `make test-asan`.
 * Against PUC 5.1 (`tests/run --vm lua5.1`) two lines differ, deliberately: 5.1 truncates the
 * count of string.rep to an int (2^40 repeats nothing), and its lua_gc after the "threads"
 * case fails an allocation outside any protected call and exits through the panic function.
 */
#include <stdlib.h>

#include "capi_test.h"

#define LIMIT ((size_t)16 << 20)

static size_t used, peak;

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    if (ptr == NULL)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        used -= osize;
        return NULL;
    }
    if (nsize > osize && nsize - osize > LIMIT - used)
        return NULL;
    ptr = realloc(ptr, nsize);
    if (ptr != NULL) {
        used = used - osize + nsize;
        if (used > peak)
            peak = used;
    }
    return ptr;
}

/* Each program is run with pcall inside Lua: it prints the error message of the failing part. */
static const char *const programs[] = {
    /* string.rep of a result bigger than the limit, and of an impossible size */
    "print('rep', pcall(string.rep, 'x', 2^30))",
    "print('rep40', pcall(string.rep, 'abc', 2^40))",
    /* table.concat of a huge result */
    "local s = string.rep('y', 2^20) local t = {} for i = 1, 64 do t[i] = s end\n"
    "print('concat', pcall(table.concat, t))",
    "local s = string.rep('y', 2^20) local t = {} for i = 1, 64 do t[i] = s end\n"
    "print('concatsep', pcall(table.concat, t, 'sep'))",
    /* repeated doubling with .. */
    "print('dup', pcall(function() local s = 'z' while true do s = s .. s end end))",
    /* string.format and gsub building big results */
    "local s = string.rep('w', 2^20)\n"
    "print('format', pcall(function() local r = s for i = 1, 10 do r = string.format('%s%s', r, r) end end))",
    "local s = string.rep('v', 2^22)\n"
    "print('gsub', pcall(string.gsub, s, '.', '%0%0%0%0%0%0%0%0'))",
    /* growing a table without bound */
    "print('table', pcall(function() local t = {} local i = 1 while true do t[i] = i i = i + 1 end end))",
    "print('hash', pcall(function() local t = {} local i = 1 while true do t['k' .. i] = i i = i + 1 end end))",
    /* many coroutines and closures kept alive */
    "print('threads', pcall(function() local t = {} while true do t[#t + 1] = coroutine.create(function() end) end end))",
    /* closures, each with an upvalue of its own, made by compiled code (jit_fnew's allocations
     * that fail without an error, then its protected retry) */
    "if jit then jit.opt.start('hotloop=1') end\n"
    "print('closures', pcall(function() local f while true do local g = f"
    " f = function() return g end end end))",
    NULL
};

static const char check[] =
    "local t = {} for i = 1, 1000 do t[i] = tostring(i) end\n"
    "return table.concat(t, ',', 998) .. #string.rep('ab', 1000)";

static int drift;   /* runs after which the state's byte count differed from the allocator's */

static void check_state(lua_State *L, const char *after)
{
    if ((size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0) != used)
        drift++;
    if (luaL_loadstring(L, check) != 0 || lua_pcall(L, 0, 1, 0) != 0)
        printf("after %s: broken: %s\n", after, lua_tostring(L, -1));
    else if (strcmp(lua_tostring(L, -1), "998,999,10002000") != 0)
        printf("after %s: wrong result %s\n", after, lua_tostring(L, -1));
    lua_settop(L, 0);
}

int main(void)
{
    int i, status;
    lua_State *L = lua_newstate(limited_alloc, NULL);
    luaL_openlibs(L);
    for (i = 0; programs[i] != NULL; i++) {
        run(L, programs[i]);
        lua_gc(L, LUA_GCCOLLECT, 0);
        check_state(L, programs[i]);
    }
    /* uncaught: lua_pcall itself reports LUA_ERRMEM with the preallocated message */
    luaL_loadstring(L, "local s = 'z' while true do s = s .. s end");
    status = lua_pcall(L, 0, 0, 0);
    printf("uncaught: %s %s\n", status == LUA_ERRMEM ? "LUA_ERRMEM" : "other",
           lua_tostring(L, -1));
    lua_settop(L, 0);
    lua_gc(L, LUA_GCCOLLECT, 0);
    check_state(L, "uncaught");
    printf("peak within limit: %s\n", peak <= LIMIT ? "yes" : "no");
    printf("count matches the allocator: %s\n", drift == 0 ? "yes" : "no");
    lua_close(L);
    printf("all freed: %s\n", used == 0 ? "yes" : "no");
    return 0;
}
// expect: rep	false	not enough memory
// expect: rep40	false	not enough memory
// expect: concat	false	not enough memory
// expect: concatsep	false	not enough memory
// expect: dup	false	not enough memory
// expect: format	false	not enough memory
// expect: gsub	false	not enough memory
// expect: table	false	not enough memory
// expect: hash	false	not enough memory
// expect: threads	false	not enough memory
// expect: closures	false	not enough memory
// expect: uncaught: LUA_ERRMEM not enough memory
// expect: peak within limit: yes
// expect: count matches the allocator: yes
// expect: all freed: yes
