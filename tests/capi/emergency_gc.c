/*
 * Emergency collections: when an allocation fails, the VM collects garbage and tries once more
 * before raising "not enough memory" (as Lua 5.2 and later do; PUC Lua 5.1 raises at once, so
 * against `tests/run --vm lua5.1` every line but the last two differs).
 *
 * 1. An allocator that fails the first attempt of every allocation: an emergency collection
 *    runs at every allocation point of a program that touches most of the VM (constructors,
 *    closures, varargs, strings, patterns, metamethods, coroutines, errors, the compiler,
 *    string.dump, table.sort, weak tables, finalizers). Freed blocks are poisoned, so an object
 *    freed while the running code still held it shows up (and ASan reports it in
 *    `make test-asan`). The results must equal those of a normal state, and no finalizer may
 *    run inside an emergency collection.
 * 2. An allocator with a hard limit and the collector stopped: garbage far beyond the limit is
 *    made, which works only if failed allocations collect it; a memory error is caught by the
 *    innermost pcall (also inside a coroutine); the byte count of the state equals what the
 *    allocator holds, after successes and failures alike.
 */
#include <stdlib.h>

#include "capi_test.h"

/* --- 1: every first attempt fails --- */

static int armed;           /* failing attempts (from after lua_newstate on) */
static int fail_first;      /* fail the next growing request (then let its retry through) */
static int in_emergency;    /* an allocation failed and has not been retried yet */
static long failures;

static void *fail_once_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    if (ptr == NULL)
        osize = 0;
    if (nsize == 0) {
        if (ptr != NULL)
            memset(ptr, 0xdb, osize);  /* poison: a freed object in use shows up */
        free(ptr);
        return NULL;
    }
    /* The collector's own request (a smaller string table, made at the end of a cycle and
     * given up on failure: no retry follows) is let through, so that in_emergency is exact. */
    if (nsize > osize && armed && !(ptr == NULL && nsize >= 512 && (nsize & (nsize - 1)) == 0)) {
        if (fail_first) {
            fail_first = 0;
            in_emergency = 1;
            failures++;
            return NULL;
        }
        fail_first = 1;
        in_emergency = 0;
    }
    if (nsize < osize) {
        /* shrinking: poison the tail, which the VM gave up */
        memset((char *)ptr + nsize, 0xdb, osize - nsize);
    }
    return realloc(ptr, nsize);
}

static int finalizers_in_emergency;

static int on_gc(lua_State *L)
{
    (void)L;
    if (in_emergency)
        finalizers_in_emergency++;
    return 0;
}

static const char *program =
    "local out = {}\n"
    "local function add(x) out[#out + 1] = tostring(x) end\n"
    "local t = {} for i = 1, 300 do t[i] = {i, tostring(i), x = i * 2, [i .. 'k'] = i} end\n"
    "add(#t) add(t[150][2]) add(t[299].x) add(t[7]['7k'])\n"
    "local h = {} for i = 1, 300 do h['key' .. i] = i end add(h.key123)\n"
    "local fs = {} for i = 1, 100 do local j = i fs[i] = function() j = j + 1 return j end end\n"
    "add(fs[10]() + fs[10]())\n"
    "local function va(...) local a = {...} return select('#', ...), a[3] end\n"
    "add(select(2, va(1, 2, 'three', 4)))\n"
    "local function old(...) return arg.n, arg[2] end add(select(2, old(5, 6, 7)))\n"
    "local s = string.rep('ab', 50) .. table.concat({1, 2, 3}, ',')\n"
    "add(#s) add(s:upper():sub(1, 5))\n"
    "add(string.format('%5.2f|%d|%s|%q', 3.14159, 42, 'x', 'a\\nb'))\n"
    "add((string.gsub('hello world from lua', '(%w+)', '<%1>')))\n"
    "add((string.gsub('abc', '%w', function(c) return c:byte() end)))\n"
    "add((string.gsub('a-b-c', '%a', {a = 'A', c = false})))\n"
    "for w in string.gmatch('one two three', '%a+') do add(w:reverse()) end\n"
    "local mt = {__index = function(_, k) return k .. '!' end,\n"
    "  __add = function() return 'sum' end, __concat = function() return 'cat' end}\n"
    "local obj = setmetatable({}, mt)\n"
    "add(obj.foo) add(obj + 1) add(obj .. 'x') add('x' .. obj)\n"
    "local co = coroutine.wrap(function(a) for i = 1, 10 do a = coroutine.yield(a + i) end end)\n"
    "local acc = 0 for i = 1, 10 do acc = acc + co(i) end add(acc)\n"
    "add(select(2, pcall(error, {code = 7})).code)\n"
    "add(select(2, pcall(function() local x = nil; return x.y end)))\n"
    "local f = assert(loadstring('local a, b = ... return function(x) return a + x * b, {x, [a] = b} end'))\n"
    "local r1, r2 = f(2, 3)(4) add(r1) add(r2[2])\n"
    "add(select(2, loadstring('x = = 1')))\n"
    "local d = string.dump(function(a, b) local r = {a, b, 'k'} return #r .. r[3] .. a end)\n"
    "add(loadstring(d)(1, 2))\n"
    "local arr = {} for i = 1, 200 do arr[i] = (i * 7919) % 211 end\n"
    "table.sort(arr, function(a, b) return a > b end)\n"
    "add(arr[1] .. ',' .. arr[200]) add(#table.concat(arr, ','))\n"
    "table.insert(arr, 1, 'first') add(table.remove(arr, 1))\n"
    "local weak = setmetatable({}, {__mode = 'k'})\n"
    "for i = 1, 50 do weak[{}] = i end\n"
    "for i = 1, 20 do local p = newproxy(true) getmetatable(p).__gc = on_gc end\n"
    "local parts = '' for i = 1, 100 do parts = parts .. i .. ',' end add(#parts)\n"
    "local big = {} for i = 1, 2000 do big[#big + 1] = {tostring(i)} end add(big[1999][1])\n"
    "return table.concat(out, ' ')\n";

static char *run_program(lua_State *L)
{
    char *res = NULL;
    lua_pushcfunction(L, on_gc);
    lua_setglobal(L, "on_gc");
    if (luaL_loadstring(L, program) != 0 || lua_pcall(L, 0, 1, 0) != 0) {
        printf("error: %s\n", lua_tostring(L, -1));
    } else {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        res = (char *)malloc(len + 1);
        memcpy(res, s, len + 1);
    }
    lua_pop(L, 1);
    return res;
}

static void every_allocation(void)
{
    lua_State *L = luaL_newstate();
    char *expected, *got;
    luaL_openlibs(L);
    expected = run_program(L);
    lua_close(L);

    L = lua_newstate(fail_once_alloc, NULL);
    armed = fail_first = 1;
    luaL_openlibs(L);
    got = run_program(L);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("same results: %s\n", expected && got && strcmp(expected, got) == 0 ? "yes" : "no");
    if (got && expected && strcmp(expected, got) != 0)
        printf("  expected %s\n  got      %s\n", expected, got);
    printf("emergency collections: %s\n", failures > 1000 ? "many" : "few");
    printf("finalizers inside them: %d\n", finalizers_in_emergency);
    armed = 0;
    lua_close(L);
    free(expected);
    free(got);
}

/* --- 2: a hard limit --- */

#define LIMIT ((size_t)4 << 20)

static size_t used;

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
    if (ptr != NULL)
        used = used - osize + nsize;
    return ptr;
}

static int count_ok(lua_State *L)
{
    size_t n = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
    return n == used;
}

static void hard_limit(void)
{
    lua_State *L = lua_newstate(limited_alloc, NULL);
    int drift = 0;
    luaL_openlibs(L);
    drift += !count_ok(L);
    /* 40 MB of garbage with the collector stopped: only emergency collections free it */
    run(L, "collectgarbage('stop')\n"
           "local n = 0 for i = 1, 100000 do local t = {i, i, i, i, i} n = n + #t end\n"
           "for i = 1, 20000 do local s = string.rep('x', 100) .. i end\n"
           "print('garbage reclaimed', n)");
    drift += !count_ok(L);
    run(L, "print('innermost', pcall(function() local t = {} while true do t[#t + 1] = {} end end))");
    drift += !count_ok(L);
    run(L, "print('in coroutine', coroutine.wrap(function()\n"
           "  return pcall(string.rep, 'x', 8 * 2^20) end)())");
    drift += !count_ok(L);
    run(L, "local ok, e = pcall(function() local s = 'z' while true do s = s .. s end end)\n"
           "print('doubling', ok, e)");
    drift += !count_ok(L);
    run(L, "collectgarbage('restart') collectgarbage()\n"
           "local t = {} for i = 1, 1000 do t[i] = tostring(i) end\n"
           "print('after', table.concat(t, ',', 998))");
    drift += !count_ok(L);
    printf("count matches the allocator: %s\n", drift == 0 ? "yes" : "no");
    lua_close(L);
    printf("all freed: %s\n", used == 0 ? "yes" : "no");
}

int main(void)
{
    every_allocation();
    hard_limit();
    return 0;
}
// expect: same results: yes
// expect: emergency collections: many
// expect: finalizers inside them: 0
// expect: garbage reclaimed	500000
// expect: innermost	false	not enough memory
// expect: in coroutine	false	not enough memory
// expect: doubling	false	not enough memory
// expect: after	998,999,1000
// expect: count matches the allocator: yes
// expect: all freed: yes
