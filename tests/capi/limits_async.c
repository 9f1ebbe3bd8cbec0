/*
 * apogee_interrupt from another thread and from a signal handler: a runaway loop (interpreted,
 * or compiled under `make test-jit`), a tail-recursive function, a recursion without loops, a
 * backtracking pattern match and a coroutine ring each stop with "interrupted", which the script's
 * pcalls cannot swallow, and the state keeps working. Also a deadline (the watchdog thread)
 * on a loop that was blacklisted by the JIT (ILOOP).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "capi_test.h"
#include "apogee.h"

static const char *const runaways[] = {
    "loop", "local n = 0 while true do n = n + 1 end",
    "tailcall", "local function f(n) return f(n + 1) end f(1)",
    "recursion", "local function f(n) if n == 0 then return 0 end return f(n - 1) + f(n - 1) end f(80)",
    "pattern", "string.find(string.rep('a', 40), string.rep('a*', 40) .. 'b')",
    "ring", "local r = {} for i = 1, 8 do r[i] = coroutine.wrap(function(x) while true do "
            "x = coroutine.yield(x + 1) end end) end local x, i = 0, 1 "
            "while true do x = r[i](x) i = i % 8 + 1 end",
    "blacklisted", "while true do local t = {} end",
    NULL
};

static lua_State *target;

static void *interrupter(void *arg)
{
    struct timespec ts = { 0, 30 * 1000 * 1000 };
    (void)arg;
    nanosleep(&ts, NULL);
    apogee_interrupt(target);
    return NULL;
}

static void on_alarm(int sig)
{
    (void)sig;
    apogee_interrupt(target);
}

static void run_wrapped(lua_State *L, const char *name, const char *code)
{
    char buf[600];
    int status;
    snprintf(buf, sizeof buf, "pcall(pcall, function() %s end) escaped = true", code);
    luaL_loadbuffer(L, buf, strlen(buf), "=code");
    status = lua_pcall(L, 0, 0, 0);
    lua_getglobal(L, "escaped");
    printf("%s: status %d, %s, escaped %s\n", name, status, lua_tostring(L, -2),
           lua_toboolean(L, -1) ? "yes" : "no");
    lua_pop(L, 2);
    if (luaL_loadstring(L, "local s = 0 for i = 1, 1000 do s = s + i end return s") != 0 ||
        lua_pcall(L, 0, 1, 0) != 0 || lua_tointeger(L, -1) != 500500)
        printf("after %s: broken\n", name);
    lua_settop(L, 0);
}

int main(void)
{
    int i;
    struct sigaction sa;
    struct itimerval it;
    lua_State *L = new_state();
    target = L;
    for (i = 0; runaways[i] != NULL; i += 2) {
        pthread_t t;
        pthread_create(&t, NULL, interrupter, NULL);
        run_wrapped(L, runaways[i], runaways[i + 1]);
        pthread_join(t, NULL);
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    for (i = 0; runaways[i] != NULL; i += 2) {
        memset(&it, 0, sizeof it);
        it.it_value.tv_usec = 30000;
        setitimer(ITIMER_REAL, &it, NULL);
        run_wrapped(L, runaways[i], runaways[i + 1]);
    }
    apogee_settimelimit(L, 0.05);
    run_wrapped(L, "deadline", runaways[11]);
    lua_close(L);
    return 0;
}
// expect: loop: status 2, code:1: interrupted, escaped no
// expect: tailcall: status 2, code:1: interrupted, escaped no
// expect: recursion: status 2, code:1: interrupted, escaped no
// expect: pattern: status 2, code:1: interrupted, escaped no
// expect: ring: status 2, code:1: interrupted, escaped no
// expect: blacklisted: status 2, code:1: interrupted, escaped no
// expect: loop: status 2, code:1: interrupted, escaped no
// expect: tailcall: status 2, code:1: interrupted, escaped no
// expect: recursion: status 2, code:1: interrupted, escaped no
// expect: pattern: status 2, code:1: interrupted, escaped no
// expect: ring: status 2, code:1: interrupted, escaped no
// expect: blacklisted: status 2, code:1: interrupted, escaped no
// expect: deadline: status 2, code:1: time limit exceeded, escaped no
