/*
 * prof.h - the sampling profiler's hooks in the VM (prof.c; the Lua side is src/lib/profile.c,
 * jit.profile, and the -jp report is the Lua module jit.p in src/lib/jit_p.lua).
 *
 * A timer signal (setitimer ITIMER_PROF, CPU time) samples the program. The signal handler runs
 * no Lua code and allocates nothing: it counts the tick, notes what the VM was doing at that
 * moment (global_State.vmstate), sets prof_pending, points every entry of the interpreter's live
 * dispatch table at its hook stub (vm_profarm) and sets the JIT's interrupt word, so that
 * compiled code leaves at its next loop test. The next instruction the interpreter dispatches is
 * the safe point: vm_hook sees prof_pending and calls prof_safepoint, which restores the
 * dispatch table and runs the profiler's callback (on a thread of its own) with the running
 * thread, the number of ticks and the VM state; the callback walks the stack with
 * jit.profile.dumpstack. This is LuaJIT's design (lj_profile.c); it costs nothing while off
 * (the dispatch table is the plain one) and a few stores per C call for vmstate.
 */
#ifndef APOGEE_PROF_H
#define APOGEE_PROF_H

#include <signal.h>

#include "object.h"

/* What the VM is doing (global_State.vmstate), as the signal handler finds it. */
enum {
  PROF_VM_INTERP,   /* interpreting (also the interpreter's C helpers): 'I' */
  PROF_VM_C,        /* in a C function (lua_CFunction): 'C' */
  PROF_VM_GC,       /* in the collector: 'G' */
  PROF_VM_TRACE,    /* running compiled code: 'N' */
  PROF_VM_JIT       /* recording or compiling a trace: 'J' */
};

/* Set by the signal handler, cleared at the safe point. */
extern volatile sig_atomic_t prof_pending;

/* The safe point (vm_hook, with L->ci->savedpc at the next instruction). May run Lua code. */
void prof_safepoint(lua_State *L);

/* Start sampling state L every interval_us microseconds of CPU time, calling the function at
 * the top of L's stack (popped) at each safe point. Returns NULL, or an error message (static). */
const char *prof_start(lua_State *L, long interval_us);
/* Stop sampling g (nothing if it is not being profiled). */
void prof_stop(global_State *g);

/* Appends to b (a luaL_Buffer) a description of thread L1's stack, as LuaJIT's
 * jit.profile.dumpstack(fmt, depth) does. */
struct luaL_Buffer;
void prof_dumpstack(lua_State *L1, struct luaL_Buffer *b, const char *fmt, int depth);

/* vm.c: redirect every entry of the live dispatch table to the hook stub (async-signal-safe),
 * and back. */
void vm_profarm(void);
void vm_profdisarm(void);

#endif
