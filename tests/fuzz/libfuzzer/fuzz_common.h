/*
 * fuzz_common.h -- shared set-up for the libFuzzer harnesses in tests/fuzz/libfuzzer/.
 *
 * Every input runs in a fresh state with a bounded budget, so runaway programs end with an
 * ordinary Lua error instead of a fuzzer timeout or out-of-memory report:
 *  - memory: the state's memory limit (apogee_setmemlimit, include/apogee.h) refuses to go over
 *    FZ_MEM_LIMIT bytes in use, and the counting lua_Alloc below over FZ_ALLOC_BUDGET bytes
 *    allocated in all ("not enough memory"; the second bound stops loops that spend their time
 *    copying ever longer strings, which the instruction count misses);
 *  - time: the state's instruction budget (apogee_setinstrlimit) stops the program with
 *    "instruction limit exceeded" after FZ_MAX_INSNS instructions (the pattern matcher's steps
 *    count too); from then on every instruction raises it again, so a program that catches the
 *    error with pcall fails again at its next instruction, and the error reaches the top.
 *    With FZ_JIT defined (fuzz_source_jit.c), a deadline of FZ_DEADLINE seconds instead
 *    (apogee_settimelimit: its watchdog stops compiled loops too; a state under an instruction
 *    budget never records a trace), and the trace compiler takes every loop and every exit at
 *    once (hotloop=1, hotexit=1);
 *  - the outside world: io, os.exit/execute/remove/rename/tmpname/setlocale/getenv, dofile,
 *    loadfile, require/module/package, debug.sethook, debug.debug and debug.getregistry are
 *    removed; print writes nothing (but still converts its arguments with tostring).
 * After the run the state must still work: a small check program runs with a fresh budget and
 * must return the right value, or the harness aborts (a finding).
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "apogee.h"

#define FZ_MEM_LIMIT ((size_t)64 << 20)
#define FZ_ALLOC_BUDGET ((size_t)512 << 20)
#define FZ_MAX_INSNS 100000
#define FZ_DEADLINE 1.0

/* Arms the time budget (see above). */
static void fz_budget(lua_State *L)
{
#ifdef FZ_JIT
    apogee_settimelimit(L, FZ_DEADLINE);
#else
    apogee_setinstrlimit(L, FZ_MAX_INSNS);
#endif
}

static size_t fz_total;

static void *fz_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    if (ptr == NULL)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    if (nsize > osize) {
        if (fz_total > FZ_ALLOC_BUDGET)
            return NULL;
        fz_total += nsize - osize;
    }
    return realloc(ptr, nsize);
}

static int fz_panic(lua_State *L)
{
    fprintf(stderr, "PANIC: unprotected error: %s\n",
            lua_isstring(L, -1) ? lua_tostring(L, -1) : "(not a string)");
    abort();
}

static int fz_print(lua_State *L)
{
    int n = lua_gettop(L), i;
    for (i = 1; i <= n; i++) {
        lua_getglobal(L, "tostring");
        lua_pushvalue(L, i);
        lua_call(L, 1, 1);
        if (!lua_isstring(L, -1))
            return luaL_error(L, "'tostring' must return a string to 'print'");
        lua_pop(L, 1);
    }
    return 0;
}

/* The io and package tables are emptied, not only unset: they stay reachable through the
   registry's _LOADED (hence also no debug.getregistry, which leads to the FILE* methods). */
static const char fz_sandbox[] =
    "for k in pairs(io) do io[k] = nil end for k in pairs(package) do package[k] = nil end\n"
    "io = nil dofile = nil loadfile = nil require = nil package = nil module = nil\n"
    "os.exit = nil os.execute = nil os.remove = nil os.rename = nil os.tmpname = nil\n"
    "os.setlocale = nil os.getenv = nil debug.sethook = nil debug.debug = nil\n"
    "debug.getregistry = nil\n";

static int fz_setup(lua_State *L)
{
    luaL_openlibs(L);
    lua_pushcfunction(L, fz_print);
    lua_setglobal(L, "print");
    if (luaL_loadbuffer(L, fz_sandbox, sizeof fz_sandbox - 1, "=sandbox") != 0)
        return lua_error(L);
    lua_call(L, 0, 0);
#ifdef FZ_JIT
    if (luaL_loadstring(L, "jit.opt.start('hotloop=1', 'hotexit=1')") != 0)
        return lua_error(L);
    lua_call(L, 0, 0);
#endif
    return 0;
}

/* A fresh sandboxed state with the budget armed, or NULL. */
static lua_State *fz_newstate(void)
{
    lua_State *L;
    fz_total = 0;
    L = lua_newstate(fz_alloc, NULL);
    if (L == NULL)
        return NULL;
    lua_atpanic(L, fz_panic);
    if (lua_cpcall(L, fz_setup, NULL) != 0) {
        fprintf(stderr, "fuzz set-up failed: %s\n", lua_tostring(L, -1));
        abort();
    }
    apogee_setmemlimit(L, FZ_MEM_LIMIT);
    fz_budget(L);
    return L;
}

/* Runs the function on top of the stack (below its nargs arguments), bounded; drops the
   results and the error value. */
static void fz_run(lua_State *L, int nargs)
{
    int base = lua_gettop(L) - nargs - 1;
    if (lua_pcall(L, nargs, LUA_MULTRET, 0) != 0)
        (void)lua_tostring(L, -1);
    lua_settop(L, base);
}

static int fz_collect(lua_State *L)
{
    lua_gc(L, LUA_GCCOLLECT, 0);
    return 0;
}

/* The state must still run code after whatever the input did.  The check uses no globals and
   no operation a metatable can change (the input may have replaced either), and its memory
   must be within reach: a full collection runs first (its finalizers may fail; that is fine).
   Then the state is closed, which runs the remaining finalizers. */
static const char fz_check[] =
    "local t = {} for i = 1, 50 do t[i] = i * 2 end\n"
    "local s = 'a' .. '-' .. t[21]\n"
    "return #s + t[50]\n";   /* "a-42" -> 4 + 100 */

static void fz_close(lua_State *L)
{
    int top = lua_gettop(L);
    fz_budget(L);
    fz_total = 0;
    lua_cpcall(L, fz_collect, NULL);
    lua_settop(L, top);
    fz_budget(L);
    if (luaL_loadbuffer(L, fz_check, sizeof fz_check - 1, "=check") != 0 ||
        lua_pcall(L, 0, 1, 0) != 0) {
        const char *msg = lua_tostring(L, -1);
        /* Memory held by reachable objects (globals) may legitimately starve the check. */
        if (msg == NULL || strstr(msg, "not enough memory") == NULL) {
            fprintf(stderr, "state unusable after the input: %s\n", msg ? msg : "?");
            abort();
        }
    } else if (lua_tonumber(L, -1) != 104) {
        fprintf(stderr, "state computes wrong results after the input: %g\n", lua_tonumber(L, -1));
        abort();
    }
    lua_settop(L, top);
    lua_close(L);
}

#endif
