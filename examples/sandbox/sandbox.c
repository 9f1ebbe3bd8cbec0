/*
 * sandbox.c -- running an untrusted script with resource limits (include/apogee.h).
 *
 * Build:  make example              (builds build/sandbox-host against build/libapogee.a)
 *    or:  cc -std=c11 -Iinclude examples/sandbox/sandbox.c build/libapogee.a -lm -ldl -lpthread
 *    or:  cc sandbox.c $(pkg-config --cflags --libs apogee)          (after `make install`)
 * Run:    build/sandbox-host examples/sandbox/runaway.lua [instructions [seconds [bytes]]]
 *
 * The host
 *   - gives the script a state with only safe libraries: no io, os (but os.clock and os.time),
 *     package, debug, no dofile/loadfile/load/loadstring/require, and only source text (a binary
 *     chunk could be made to misbehave);
 *   - limits it to an instruction budget, a deadline and a memory limit (defaults 10 million
 *     instructions, 2 seconds, 32 MiB), and Ctrl-C interrupts it (apogee_interrupt is safe in a
 *     signal handler);
 *   - reports how the script ended: finished, failed with an error of its own, or stopped by
 *     which limit;
 *   - then, in the same state, calls a function the script defined (if any) under a fresh
 *     small budget, to show that the state is still usable after a stop.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "apogee.h"

static lua_State *sandbox_L;

static void on_sigint(int sig)
{
    (void)sig;
    apogee_interrupt(sandbox_L);   /* only sets atomic flags: safe here */
}

/* The libraries the script may use. */
static void open_safe_libs(lua_State *L)
{
    static const char *const removed[] = {
        "dofile", "loadfile", "load", "loadstring", "require", "module",
        "collectgarbage", "getfenv", "setfenv", "newproxy", NULL
    };
    int i;
    lua_pushcfunction(L, luaopen_base);
    lua_call(L, 0, 0);
    lua_pushcfunction(L, luaopen_string);
    lua_call(L, 0, 0);
    lua_pushcfunction(L, luaopen_table);
    lua_call(L, 0, 0);
    lua_pushcfunction(L, luaopen_math);
    lua_call(L, 0, 0);
    for (i = 0; removed[i] != NULL; i++) {
        lua_pushnil(L);
        lua_setglobal(L, removed[i]);
    }
    /* os.clock and os.time only */
    lua_pushcfunction(L, luaopen_os);
    lua_call(L, 0, 0);
    lua_getglobal(L, "os");
    lua_newtable(L);
    lua_getfield(L, -2, "clock");
    lua_setfield(L, -2, "clock");
    lua_getfield(L, -2, "time");
    lua_setfield(L, -2, "time");
    lua_setglobal(L, "os");
    lua_pop(L, 1);
}

static const char *limit_name(int which)
{
    switch (which) {
    case APOGEE_LIMIT_INSTRUCTIONS: return "instruction budget";
    case APOGEE_LIMIT_TIME: return "deadline";
    case APOGEE_LIMIT_INTERRUPT: return "interrupt";
    default: return "none";
    }
}

/* Runs the function on the stack top under the limits; prints how it ended. */
static int run_limited(lua_State *L, const char *what, unsigned long long instructions,
                       double seconds, size_t bytes)
{
    int status;
    apogee_setinstrlimit(L, instructions);
    apogee_settimelimit(L, seconds);
    apogee_setmemlimit(L, bytes);
    status = lua_pcall(L, 0, 0, 0);
    if (status == 0)
        printf("%s: finished (%llu instructions)\n", what, apogee_instrcount(L));
    else if (apogee_limitstatus(L) != APOGEE_LIMIT_NONE)
        printf("%s: stopped by the %s: %s\n", what, limit_name(apogee_limitstatus(L)),
               lua_tostring(L, -1));
    else if (status == LUA_ERRMEM)
        printf("%s: out of memory (limit %zu bytes)\n", what, bytes);
    else
        printf("%s: failed: %s\n", what, lua_isstring(L, -1) ? lua_tostring(L, -1) : "?");
    if (status != 0)
        lua_pop(L, 1);
    /* No limits for the host's own work. */
    apogee_setinstrlimit(L, 0);
    apogee_settimelimit(L, 0);
    apogee_setmemlimit(L, 0);
    return status;
}

int main(int argc, char **argv)
{
    unsigned long long instructions = argc > 2 ? strtoull(argv[2], NULL, 10) : 10000000ULL;
    double seconds = argc > 3 ? atof(argv[3]) : 2.0;
    size_t bytes = argc > 4 ? (size_t)strtoull(argv[4], NULL, 10) : (size_t)32 << 20;
    lua_State *L;
    FILE *f;
    static char code[1 << 16];
    size_t n;
    if (argc < 2) {
        fprintf(stderr, "usage: %s script.lua [instructions [seconds [bytes]]]\n", argv[0]);
        return 2;
    }
    f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    n = fread(code, 1, sizeof code, f);
    fclose(f);
    if (n > 0 && code[0] == LUA_SIGNATURE[0]) {
        fprintf(stderr, "%s: binary chunks are not accepted\n", argv[1]);
        return 2;
    }
    L = luaL_newstate();
    if (L == NULL)
        return 1;
    sandbox_L = L;
    signal(SIGINT, on_sigint);
    open_safe_libs(L);
    if (luaL_loadbuffer(L, code, n, "=script") != 0) {
        printf("script: does not compile: %s\n", lua_tostring(L, -1));
        lua_close(L);
        return 1;
    }
    run_limited(L, "script", instructions, seconds, bytes);
    /* The state is still usable: call the script's report() if it defined one. */
    lua_getglobal(L, "report");
    if (lua_isfunction(L, -1))
        run_limited(L, "report", 100000, 1.0, (size_t)1 << 20);
    else
        lua_pop(L, 1);
    printf("memory in use: %s\n", apogee_memused(L) < bytes ? "within the limit" : "over the limit");
    lua_close(L);
    return 0;
}
