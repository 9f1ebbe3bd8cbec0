/*
 * Out of memory at every allocation point, in the parts alloc_fail.c does not reach: the
 * compiler on good and bad source, string.format, table.concat and sort, gsub with callbacks,
 * string.dump and loading binary chunks, error values and tracebacks, xpcall, finalizers,
 * coroutines that fail, varargs.  The n-th allocation and every later one fail, for every n up
 * to past the end of the program; each run must end in success or an error, never a crash, and
 * afterwards (allocation allowed again) the state must compute correctly and collect cleanly.
 * Runs under ASan in `make test-asan`.  (Against PUC 5.1, `tests/run --vm lua5.1`, the
 * output stops after the first line: one of these runs leaves its C stdout closed.)
 */
#include <stdlib.h>

#include "capi_test.h"

static long allowed;    /* allocations left before failures start; < 0: unlimited */
static long count;      /* allocations made in the current run */

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    count++;
    if (allowed == 0 && nsize > osize)
        return NULL;
    if (allowed > 0)
        allowed--;
    return realloc(ptr, nsize);
}

static const char *program =
    "local src = 'local a, b = ... return function(x, ...) return a + x * b, {x, [a] = b}, ... end'\n"
    "local f = assert(loadstring(src, '=src'))\n"
    "local g = f(2, 3)\n"
    "local r1 = g(4)\n"
    "assert(not loadstring('local x = = 1', '=bad'))\n"
    "assert(not loadstring('x = \"unfinished', '=bad2'))\n"
    "local d = string.dump(function(a, b) local t = {a, b, 'k'} return #t, t[3] .. a end)\n"
    "local h = assert(loadstring(d))\n"
    "local n1, s1 = h(1, 2)\n"
    "local fmt = string.format('%d %5.2f %s %q %x %g %c|%-8s|', 42, 3.14159, 'str', 'a\\0b\\n', 255, 1e300, 65, 'pad')\n"
    "local t = {} for i = 1, 60 do t[i] = (i * 7919) % 61 end\n"
    "table.sort(t, function(x, y) return x > y end)\n"
    "local joined = table.concat(t, ',')\n"
    "local parts = {} for w in string.gmatch('alpha beta gamma delta', '%a+') do parts[#parts + 1] = w:upper() end\n"
    "local sub = string.gsub('hello world', '(%w+)', function(w) return '<' .. w .. '>' end)\n"
    "local sub2 = string.gsub('a-b-c', '%a', {a = 'A', c = false})\n"
    "local ok, e = pcall(error, {code = 1})\n"
    "local ok2, e2 = pcall(function() local x = nil; return x.field end)\n"
    "local ok3, tb = xpcall(function() error('deep') end, debug.traceback)\n"
    "local p = newproxy(true) getmetatable(p).__gc = function() local junk = {1, 2, 3} end p = nil\n"
    "local co = coroutine.create(function(...) local a = coroutine.yield(select('#', ...)) error('in co ' .. a) end)\n"
    "local okc, nc = coroutine.resume(co, 1, 2, 3)\n"
    "local okc2, ec = coroutine.resume(co, 'x')\n"
    "local w = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)\n"
    "local ws = w() + w() + w()\n"
    "local packed = {select(2, unpack({1, 2, 3, 4, 5}))}\n"
    "local s = '' for i = 1, 30 do s = s .. tostring(i / 3) end\n"
    "local mt = setmetatable({}, {__index = function(_, k) return k .. '!' end, __concat = function(a, b) return 'cat' end})\n"
    "local m = mt.key .. (mt .. 'x')\n"
    "collectgarbage()\n"
    "return r1 + n1 + #s1 + #fmt + #joined + #parts + #sub + #sub2 + (ok and 1 or 0) + #tostring(e2)\n"
    "  + #tb + nc + #ec + ws + #packed + #s + #m\n";

static int open_libs(lua_State *L)
{
    luaL_openlibs(L);
    return 0;
}

static const char check[] =
    "local t = {} for i = 1, 100 do t[i] = {i, tostring(i)} end\n"
    "local f = loadstring('return ...') collectgarbage()\n"
    "return t[50][1] + #t[100][2] + f(7) + #string.format('%5d', 1)";

int main(void)
{
    long n, total;
    int errors = 0, successes = 0, broken = 0;
    double expected;
    lua_State *L;

    /* A run without failures gives the result, and the number of allocations to cover. */
    allowed = -1;
    count = 0;
    L = lua_newstate(limited_alloc, NULL);
    if (lua_cpcall(L, open_libs, NULL) != 0 || luaL_loadstring(L, program) != 0 ||
        lua_pcall(L, 0, 1, 0) != 0) {
        printf("reference run failed: %s\n", lua_tostring(L, -1));
        return 1;
    }
    expected = lua_tonumber(L, -1);
    lua_close(L);
    total = count;
    printf("reference run allocates: %s\n", total > 500 ? "over 500 times" : "few times");

    for (n = 1; n <= total + 10; n += (n < 4000 ? 1 : 3)) {
        allowed = n;
        L = lua_newstate(limited_alloc, NULL);
        if (L == NULL)
            continue;
        if (lua_cpcall(L, open_libs, NULL) != 0 || luaL_loadstring(L, program) != 0 ||
            lua_pcall(L, 0, 1, 0) != 0) {
            errors++;
        } else if (lua_tonumber(L, -1) == expected) {
            successes++;
        } else {
            printf("n = %ld: wrong result %.14g\n", n, lua_tonumber(L, -1));
        }
        lua_settop(L, 0);
        allowed = -1;
        /* the libraries may be missing if opening them failed: open them (again) */
        if (lua_cpcall(L, open_libs, NULL) != 0 || luaL_loadstring(L, check) != 0 || lua_pcall(L, 0, 1, 0) != 0 ||
            lua_tonumber(L, -1) != 50 + 3 + 7 + 5)
            broken++;
        lua_close(L);
    }
    printf("broken states: %d\n", broken);
    printf("some runs failed: %s\n", errors > 0 ? "yes" : "no");
    printf("some runs succeeded: %s\n", successes > 0 ? "yes" : "no");
    return 0;
}
// expect: reference run allocates: over 500 times
// expect: broken states: 0
// expect: some runs failed: yes
// expect: some runs succeeded: yes
