/*
 * Out of memory at every allocation point: a limiting allocator makes the n-th and every later
 * allocation fail, for n = 1, 2, ... while a state is created, its libraries opened and a
 * program run. Each run must end in success or in an error ("not enough memory" or any other
 * message), never a crash; afterwards, with allocation allowed again, the same state must still
 * run code correctly. Runs under ASan in `make test-asan`.
 */
#include <stdlib.h>

#include "capi_test.h"

static long allowed;    /* allocations left before failures start; < 0: unlimited */

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    if (allowed == 0 && nsize > osize)
        return NULL;
    if (allowed > 0)
        allowed--;
    return realloc(ptr, nsize);
}

static const char *program =
    "local t = {}\n"
    "for i = 1, 200 do t[i] = {i, tostring(i) .. 'x', function() return i end} end\n"
    "local s = {} for i = 1, 100 do s[#s + 1] = string.rep('ab', i % 7) end\n"
    "local joined = table.concat(s, ',')\n"
    "local co = coroutine.wrap(function(a) for i = 1, 10 do a = coroutine.yield(a + i) end end)\n"
    "local acc = 0 for i = 1, 10 do acc = acc + co(i) end\n"
    "local m = setmetatable({}, {__index = function(_, k) return k * 2 end})\n"
    "local g = string.gsub('hello world from lua', '(%w+)', '<%1>')\n"
    "assert(loadstring('return ' .. acc))() \n"
    "return #joined + acc + m[21] + #g\n";

static int open_libs(lua_State *L)
{
    (void)L;
    luaL_openlibs(L);
    return 0;
}

int main(void)
{
    long n;
    int errors = 0, successes = 0, nostate = 0, broken = 0;
    for (n = 1; n <= 6000; n += (n < 2000 ? 1 : 7)) {
        lua_State *L;
        allowed = n;
        L = lua_newstate(limited_alloc, NULL);
        if (L == NULL) {
            nostate++;
            continue;
        }
        if (lua_cpcall(L, open_libs, NULL) != 0 ||
            luaL_loadstring(L, program) != 0 ||
            lua_pcall(L, 0, 1, 0) != 0)
            errors++;
        else
            successes++;
        lua_settop(L, 0);
        /* With memory available again the state must work normally. */
        allowed = -1;
        if (luaL_loadstring(L, "local t = {} for i = 1, 100 do t[i] = i * 2 end return t[50] + #'0123456789'") != 0 ||
            lua_pcall(L, 0, 1, 0) != 0 || lua_tonumber(L, -1) != 110)
            broken++;
        lua_close(L);
    }
    printf("broken states: %d\n", broken);
    printf("some runs failed: %s\n", errors > 0 ? "yes" : "no");
    printf("some runs succeeded: %s\n", successes > 0 ? "yes" : "no");
    printf("some states not created: %s\n", nostate > 0 ? "yes" : "no");
    return 0;
}
// expect: broken states: 0
// expect: some runs failed: yes
// expect: some runs succeeded: yes
// expect: some states not created: yes
