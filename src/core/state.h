/*
 * state.h - global and per-thread state: stacks and call frames.
 */
#ifndef APOGEE_STATE_H
#define APOGEE_STATE_H

#include "object.h"

#define EXTRA_STACK      5
#define BASIC_CI_SIZE    8
#define BASIC_STACK_SIZE (2 * LUA_MINSTACK)
#define STATE_MAXCALLS   20000   /* Lua call depth: beyond it, "stack overflow" */
#define STATE_MAXCSTACK  8000    /* slots a C function may request with lua_checkstack */
#define STATE_MAXCCALLS  200     /* nested C calls (parser levels, resume, metamethods) */

#define savestack(L, p)    ((char *)(p) - (char *)(L)->stack)
#define restorestack(L, n) ((Value *)((char *)(L)->stack + (n)))
#define saveci(L, p)       ((char *)(p) - (char *)(L)->base_ci)
#define restoreci(L, n)    ((CallInfo *)((char *)(L)->base_ci + (n)))

void state_growstack(lua_State *L, int n);
void state_reallocstack(lua_State *L, int newsize);
CallInfo *state_growci(lua_State *L);
/* Room for n more frames (end_ci - ci > n), growing the array within the call depth limit;
 * 0 when that limit is in the way (the compiled code that asked runs another time). */
int state_reserveci(lua_State *L, int n);
lua_State *state_newthread(lua_State *L);
void state_freethread(lua_State *L, lua_State *L1);
void state_shrinkci(lua_State *L);
char *state_buffer(lua_State *L, size_t n);   /* scratch buffer of at least n bytes */
void state_freebuffer(lua_State *L);          /* frees it (its contents are not in use) */

#define state_checkstack(L, n) \
  do { if ((char *)(L)->stack_last - (char *)(L)->top <= (ptrdiff_t)(n) * (ptrdiff_t)sizeof(Value)) \
         state_growstack(L, n); } while (0)
#define state_incrtop(L) do { state_checkstack(L, 1); (L)->top++; } while (0)

/* The registry and the running thread's globals. */
#define state_registry(L) (val_tab(G(L)->registry))
#define state_gt(L)       (val_tab((L)->gt))

#define curr_func(L) (val_func(*(L)->ci->func))
#define ci_func(ci)  (val_func(*(ci)->func))
#define ci_isLua(ci) (val_isfunc(*(ci)->func) && !ci_func(ci)->c.isC)

#endif
