/*
 * apogee.h - Apogee's own API for hosts: resource limits for running untrusted code, and a close
 * for a process about to exit (apogee_closeforexit, at the end).
 *
 * Include it after lua.h. Every function takes any thread of a state; the limits belong to the
 * whole state (all its coroutines). See docs/LIMITS.md for a walk-through.
 *
 * Memory. apogee_setmemlimit(L, n) makes the state's allocator refuse to hold more than n bytes
 * (as counted by collectgarbage("count"): the blocks the state holds, not the allocator's own
 * overhead). A refused allocation first runs an emergency collection; if that does not help the
 * script gets the usual catchable "not enough memory" error (LUA_ERRMEM from lua_pcall), and the
 * state stays usable.
 *
 * Instructions and time. apogee_setinstrlimit(L, n) allows n more VM instructions;
 * apogee_settimelimit(L, s) a deadline s seconds from now (a watchdog thread, see below).
 * apogee_interrupt(L) stops the state at once. When one of these fires, the running code gets
 * an error ("instruction limit exceeded", "time limit exceeded", "interrupted") that it cannot
 * swallow: every later instruction, also inside pcall, xpcall handlers and other coroutines,
 * raises it again, until the error comes back to the host (a lua_pcall, lua_cpcall or lua_resume
 * called from C code with no Lua function below it returns). Then the state runs freely again,
 * and the limit that fired is removed: set it again before the next run. apogee_limitstatus
 * says which limit fired.
 *
 * C functions that may run long are checked too: the pattern matcher (find, match, gmatch,
 * gsub) counts its steps against the instruction budget and stops on the deadline or an
 * interrupt; allocating functions (string.rep, table.concat, ...) are bounded by the memory
 * limit.
 *
 * Cost: nothing while no limit is set. A memory limit makes allocation go through a wrapper. An
 * instruction budget makes the interpreter count every instruction (as a count hook would) and
 * keeps compiled traces from running. A deadline and interrupts cost nothing until they fire:
 * compiled loops already test an interrupt word each iteration, the interpreter notices at its
 * next call of a Lua function or loop back edge.
 */
#ifndef APOGEE_H
#define APOGEE_H

#include <stddef.h>

#include "lua.h"

/* What stopped a state (apogee_limitstatus). */
#define APOGEE_LIMIT_NONE          0
#define APOGEE_LIMIT_INSTRUCTIONS  1   /* "instruction limit exceeded" */
#define APOGEE_LIMIT_TIME          2   /* "time limit exceeded" */
#define APOGEE_LIMIT_INTERRUPT     3   /* "interrupted" */

/* Memory limit in bytes (0: none). Returns 0. The limit may be below the current use: then
 * every allocation fails until enough has been freed. */
LUA_API int apogee_setmemlimit(lua_State *L, size_t bytes);
LUA_API size_t apogee_getmemlimit(lua_State *L);
/* Bytes the state holds now (collectgarbage("count") * 1024). */
LUA_API size_t apogee_memused(lua_State *L);

/* Instruction budget: n more instructions from now (0: none). Restarts the count. */
LUA_API void apogee_setinstrlimit(lua_State *L, unsigned long long n);
LUA_API unsigned long long apogee_getinstrlimit(lua_State *L);
/* Instructions run since the budget was set (0 without a budget). */
LUA_API unsigned long long apogee_instrcount(lua_State *L);

/* Deadline: `seconds` (fractions allowed) from now; 0 or less removes it. Returns 0, or -1 when
 * the watchdog thread cannot be started (the deadline is then not set). */
LUA_API int apogee_settimelimit(lua_State *L, double seconds);
/* Seconds left before the deadline (negative once passed), or 0 without one. */
LUA_API double apogee_gettimelimit(lua_State *L);

/* Stops the running code with "interrupted" (see above). Safe to call from another thread and
 * from a signal handler: it only sets atomic flags (the state must not be closed meanwhile).
 * Without running code, the next Lua code the state runs is stopped. */
LUA_API void apogee_interrupt(lua_State *L);

/* The APOGEE_LIMIT_* that fired last, or APOGEE_LIMIT_NONE; setting an instruction budget or a
 * deadline resets it. */
LUA_API int apogee_limitstatus(lua_State *L);

/* lua_close for a host that ends its process right after: the same finalizers run (userdata
 * __gc: files left open are flushed and closed) and the profiler's timer and the watchdog thread
 * stop, but the memory is left to the system rather than freed object by object, which takes a
 * while for a large heap (built with a sanitizer, it frees as lua_close does). The state must
 * not be used afterwards. The command-line program closes its state so, unless run with
 * APOGEE_FULLCLOSE set. */
LUA_API void apogee_closeforexit(lua_State *L);

#endif
