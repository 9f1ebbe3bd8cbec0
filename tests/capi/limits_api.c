/*
 * The resource limits API (include/apogee.h): an instruction budget and a deadline each stop a
 * runaway loop, recursion, string growth, table growth, a backtracking pattern match and a
 * coroutine ring, with an error that pcall inside the script cannot swallow; lua_pcall returns
 * it to the host, the limit that fired is removed, and the state then computes normally. An
 * interrupt posted before the run stops it at once. A memory limit gives catchable "not enough
 * memory" errors, LUA_ERRMEM when uncaught, and leaves the state usable.
 */
#include "capi_test.h"
#include "apogee.h"

static const char *const runaways[] = {
    "loop", "while true do end",
    "recursion", "local function f(n) if n == 0 then return 0 end return f(n - 1) + f(n - 1) end f(80)",
    "strings", "local s = '' while true do s = s .. 'x' if #s > 1e5 then s = '' end end",
    "tables", "local t = {} local i = 0 while true do i = i + 1 t[i % 1e5 + 1] = {i} end",
    "pattern", "string.find(string.rep('a', 40), string.rep('a*', 40) .. 'b')",
    "ring", "local r = {} for i = 1, 8 do r[i] = coroutine.wrap(function(x) while true do "
            "x = coroutine.yield(x + 1) end end) end local x, i = 0, 1 "
            "while true do x = r[i](x) i = i % 8 + 1 end",
    NULL
};

/* The script wraps the runaway in pcall, twice, and says if it got past. */
static void run_wrapped(lua_State *L, const char *name, const char *code)
{
    char buf[600];
    int status;
    snprintf(buf, sizeof buf, "pcall(pcall, function() %s end) escaped = true", code);
    luaL_loadbuffer(L, buf, strlen(buf), "=code");
    status = lua_pcall(L, 0, 0, 0);
    lua_getglobal(L, "escaped");
    printf("%s: status %d, %s, fired %d, escaped %s\n", name, status, lua_tostring(L, -2),
           apogee_limitstatus(L), lua_toboolean(L, -1) ? "yes" : "no");
    lua_pop(L, 2);
}

static void check_usable(lua_State *L, const char *after)
{
    static const char check[] =
        "local t = {} for i = 1, 1000 do t[i] = tostring(i) end\n"
        "local co = coroutine.wrap(function(a) return a * 2 end)\n"
        "return table.concat(t, ',', 998) .. #string.rep('ab', 1000) .. co(21) .. "
        "(('x'):rep(10):find('x+'))";
    if (luaL_loadstring(L, check) != 0 || lua_pcall(L, 0, 1, 0) != 0)
        printf("after %s: broken: %s\n", after, lua_tostring(L, -1));
    else if (strcmp(lua_tostring(L, -1), "998,999,10002000421") != 0)
        printf("after %s: wrong result %s\n", after, lua_tostring(L, -1));
    lua_settop(L, 0);
}

/* A C function that runs its argument under lua_pcall: its caller is Lua code, so the error of
 * a limit goes on past it. */
static int cpcall_runner(lua_State *L)
{
    int status = lua_pcall(L, 0, 0, 0);
    lua_pushinteger(L, status);
    return 1;
}

int main(void)
{
    int i;
    lua_State *L = new_state();
    printf("defaults: %zu %llu %g %d\n", apogee_getmemlimit(L), apogee_getinstrlimit(L),
           apogee_gettimelimit(L), apogee_limitstatus(L));

    for (i = 0; runaways[i] != NULL; i += 2) {
        apogee_setinstrlimit(L, 300000);
        run_wrapped(L, runaways[i], runaways[i + 1]);
        printf("  budget after: %llu\n", apogee_getinstrlimit(L));
        check_usable(L, runaways[i]);
    }
    for (i = 0; runaways[i] != NULL; i += 2) {
        apogee_settimelimit(L, 0.05);
        run_wrapped(L, runaways[i], runaways[i + 1]);
        printf("  deadline after: %g\n", apogee_gettimelimit(L));
        check_usable(L, runaways[i]);
    }

    /* Counting: a budget that is not exhausted stays, and says how much was used. */
    apogee_setinstrlimit(L, 1000000);
    run(L, "local s = 0 for i = 1, 100 do s = s + i end");
    printf("counted: %s, limit %llu\n",
           apogee_instrcount(L) > 200 && apogee_instrcount(L) < 1000 ? "yes" : "no",
           apogee_getinstrlimit(L));
    apogee_setinstrlimit(L, 0);
    printf("removed: %llu %llu\n", apogee_getinstrlimit(L), apogee_instrcount(L));
    apogee_settimelimit(L, 100);
    printf("time left: %s\n", apogee_gettimelimit(L) > 99 ? "yes" : "no");
    apogee_settimelimit(L, 0);
    printf("time removed: %g\n", apogee_gettimelimit(L));

    /* A C function between: its lua_pcall gets the error, the Lua code after it is stopped. */
    lua_register(L, "crun", cpcall_runner);
    apogee_setinstrlimit(L, 100000);
    run(L, "local st = crun(function() while true do end end) escaped2 = st");
    lua_getglobal(L, "escaped2");
    printf("through C: escaped %s\n", lua_isnil(L, -1) ? "no" : "yes");
    lua_pop(L, 1);
    check_usable(L, "through C");

    /* An interrupt posted while nothing runs stops the next run, once. */
    apogee_interrupt(L);
    run(L, "escaped3 = true");
    lua_getglobal(L, "escaped3");
    printf("interrupted: escaped %s, fired %d\n", lua_isnil(L, -1) ? "no" : "yes",
           apogee_limitstatus(L));
    lua_pop(L, 1);
    check_usable(L, "interrupt");

    /* Memory: catchable, LUA_ERRMEM when uncaught, the state usable and within the limit. */
    apogee_setmemlimit(L, 8 << 20);
    printf("memlimit: %zu, used %s\n", apogee_getmemlimit(L),
           apogee_memused(L) == (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 +
           (size_t)lua_gc(L, LUA_GCCOUNTB, 0) ? "matches" : "differs");
    run(L, "print('caught', pcall(function() local t = {} for i = 1, 1e9 do t[i] = {} end end))");
    luaL_loadstring(L, "local s = 'x' while true do s = s .. s end");
    printf("uncaught: %s\n", lua_pcall(L, 0, 0, 0) == LUA_ERRMEM ? "LUA_ERRMEM" : "other");
    lua_settop(L, 0);
    lua_gc(L, LUA_GCCOLLECT, 0);
    check_usable(L, "memory");
    printf("within: %s\n", apogee_memused(L) <= (8 << 20) ? "yes" : "no");
    apogee_setmemlimit(L, 0);
    run(L, "local s = string.rep('x', 16 * 2^20) assert(#s == 16 * 2^20)");
    printf("unlimited again: %zu\n", apogee_getmemlimit(L));
    lua_close(L);
    return 0;
}
// expect: defaults: 0 0 0 0
// expect: loop: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: recursion: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: strings: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: tables: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: pattern: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: ring: status 2, code:1: instruction limit exceeded, fired 1, escaped no
// expect:   budget after: 0
// expect: loop: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: recursion: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: strings: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: tables: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: pattern: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: ring: status 2, code:1: time limit exceeded, fired 2, escaped no
// expect:   deadline after: 0
// expect: counted: yes, limit 1000000
// expect: removed: 0 0
// expect: time left: yes
// expect: time removed: 0
// expect: error 2: code:1: instruction limit exceeded
// expect: through C: escaped no
// expect: error 2: code:1: interrupted
// expect: interrupted: escaped no, fired 3
// expect: memlimit: 8388608, used matches
// expect: caught	false	not enough memory
// expect: uncaught: LUA_ERRMEM
// expect: within: yes
// expect: unlimited again: 0
