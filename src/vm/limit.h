/*
 * limit.h - resource limits inside the VM: memory limit, instruction budget, deadline,
 * interrupts (limit.c; the host's API is include/apogee.h).
 *
 * The interpreter learns about limits through one bit of lua_State.hookmask, LIMIT_HOOKMASK.
 * While it is set, HOOKED() is true, so the dispatch goes through vm_hook, which calls
 * limit_hook before each instruction; the fast paths of CALL, TAILCALL and RET, which already
 * test hookmask for call and return hooks, test this bit in the same instruction and take their
 * slow paths, which reload the dispatch. The bit is set:
 * - while an instruction budget is active (limit_hook counts), on every thread that runs;
 * - asynchronously, on the running thread, by apogee_interrupt and the deadline's watchdog
 *   (with an atomic OR; the VM's own read-modify-writes of hookmask are atomic too), which also
 *   post LIMIT_P* bits in G(L)->limit.pending and set the JIT's interrupt word, so compiled loops
 *   leave at their next iteration. Interpreted loops notice at their back edge: LOOP and FORLOOP
 *   on their hot-counter slow path (limit_sync), ILOOP and IFORLOOP test the bit;
 * - once a limit fired ("tripped"), on every thread that runs, until the error reaches the host.
 * limit_hook clears it again when there is nothing to do.
 */
#ifndef APOGEE_LIMIT_H
#define APOGEE_LIMIT_H

#include "object.h"

/* The hookmask bit (LUA_MASK* are bits 0-3, JIT_RECMASK is 0x80). Never visible through
 * lua_gethookmask. */
#define LIMIT_HOOKMASK 0x40

/* Bits of LimitState.pending. */
#define LIMIT_PINTR 1u   /* apogee_interrupt */
#define LIMIT_PTIME 2u   /* the deadline passed (watchdog) */

/* hookmask read-modify-writes that may race with an asynchronous poster. */
#define limit_maskor(L, bits) __atomic_fetch_or(&(L)->hookmask, (uint8_t)(bits), __ATOMIC_SEQ_CST)
#define limit_maskand(L, bits) __atomic_fetch_and(&(L)->hookmask, (uint8_t)(bits), __ATOMIC_SEQ_CST)

void limit_init(global_State *g, lua_State *L);   /* a new state */
void limit_close(global_State *g);                /* lua_close: stops the watchdog */
void limit_freethread(global_State *g);           /* a thread is about to be freed */
/* lua_getallocf / lua_setallocf see through the memory limit's wrapper. */
lua_Alloc limit_getallocf(global_State *g, void **ud);
void limit_setallocf(global_State *g, lua_Alloc f, void *ud);

/* Before each instruction while LIMIT_HOOKMASK is set (vm_hook): counts, or raises the error of
 * a limit that fired. */
void limit_hook(lua_State *L);
/* From C functions that loop long (the pattern matcher): `cost` steps done; raises like
 * limit_hook when a limit fired. Call only when the bit is set (limit_cpoll). */
void limit_charge(lua_State *L, unsigned cost);
#define limit_cpoll(L, cost) \
  do { if ((L)->hookmask & LIMIT_HOOKMASK) limit_charge((L), (cost)); } while (0)

/* A posted interrupt or deadline not yet seen by thread L, or a limit that fired on another
 * thread: set L's bit (cold paths). */
static inline void limit_sync(lua_State *L) {
  if ((__atomic_load_n(&G(L)->limit.pending, __ATOMIC_RELAXED) | G(L)->limit.tripped) &&
      !(L->hookmask & LIMIT_HOOKMASK))
    limit_maskor(L, LIMIT_HOOKMASK);
}

/* The API around running Lua code (lapi.c, do.c). limit_enter: thread L is about to run Lua
 * code (sets its bit when limits need it). limit_resume/limit_resumed: around lua_resume of L
 * (the running thread, for posters). limit_leave: a protected call returned to C code on thread
 * L; if that is the host (no Lua function below) a fired limit's error has reached it. */
void limit_enter_(lua_State *L);
#define limit_enter(L) \
  do { \
    if (G(L)->limit.instrlimit | (uint64_t)G(L)->limit.tripped | \
        __atomic_load_n(&G(L)->limit.pending, __ATOMIC_RELAXED)) \
      limit_enter_(L); \
  } while (0)
lua_State *limit_resume(lua_State *L);
void limit_resumed(lua_State *L, lua_State *prev);
void limit_leave_(lua_State *L);
#define limit_leave(L) do { if (G(L)->limit.tripped) limit_leave_(L); } while (0)

#endif
