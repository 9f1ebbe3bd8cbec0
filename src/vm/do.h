/*
 * do.h - calls, returns, protected calls and coroutine resume/yield.
 */
#ifndef APOGEE_DO_H
#define APOGEE_DO_H

#include "object.h"
#include "err.h"

/* Results of do_precall. */
#define PCR_LUA   0   /* a Lua frame was pushed: run vm_execute */
#define PCR_C     1   /* a C function ran to completion */
#define PCR_YIELD 2   /* a C function yielded */

/* Calls the value at func with the arguments above it, for nresults results. A Lua function gets
 * a frame (PCR_LUA) that the interpreter then runs; a C function runs at once. The new frame's
 * callstatus and contlast are set from the arguments (CallInfo in object.h). */
int do_precall(lua_State *L, Value *func, int nresults, int callstatus, int contlast);
/* The frame of a C function at func, called for nresults results as do_precall calls it, when
 * the caller has checked room on the stack and in the frame array (the interpreter's call_slow,
 * the JIT's CALLC). */
static inline CallInfo *do_cframe(lua_State *L, Value *func, int nresults) {
  CallInfo *ci = ++L->ci;
  ci->func = func;
  L->base = ci->base = func + 1;
  ci->top = L->top + LUA_MINSTACK;
  ci->nresults = nresults;
  ci->savedpc = NULL;
  ci->tailcalls = 0;
  ci->callstatus = 0;
  ci->contlast = 0;   /* with the two above: one 8-byte store */
  return ci;
}
int do_poscall(lua_State *L, Value *firstresult);
/* do_poscall for the frame of a C function (do_cframe) that returns n results at first (on
 * its top, or for a yield's return, on the resuming thread's), when no return hook is set: the
 * caller's frame again, nresults results where the function was, and L->top after them
 * (nresults < 0) or at the caller's top. For the interpreter's CALL, the JIT's CALLC and
 * do_resumeyield. Returns the caller's base. (The empty asm keeps the nil fill a loop: Clang
 * would call memset.) */
static inline __attribute__((always_inline)) Value *do_cpos(lua_State *L, const Value *first,
                                                            int n, int nresults) {
  Value *res = L->ci->func;
  const Value *top = first + n;
  CallInfo *ci = --L->ci;
  Value *base = L->base = ci->base;
  if (nresults == 1) {   /* the usual case */
    *res = n > 0 ? *first : VAL_NIL;
    L->top = ci->top;
  } else if (nresults < 0) {
    while (first < top) *res++ = *first++;
    L->top = res;
  } else {
    while (nresults > 0 && first < top) { *res++ = *first++; nresults--; }
    while (nresults-- > 0) {
      *res++ = VAL_NIL;
      __asm__("" : "+r"(res));
    }
    L->top = ci->top;
  }
  return base;
}
/* lua_resume of co with narg values from L's top, when co is suspended in a yield called from
 * Lua (coroutine.resume's usual case, without the API's layers); -1 when not that case. */
int do_resumeyield(lua_State *L, lua_State *co, int narg);
void do_call(lua_State *L, Value *func, int nresults);
/* Calls f protected; on error the error value is left at oldtop and the stack restored. */
int do_pcall(lua_State *L, ProtectedFn f, void *ud, ptrdiff_t oldtop, ptrdiff_t ef);
/* Puts the error value for status at oldtop. */
void do_seterrorobj(lua_State *L, int status, Value *oldtop);
void do_callhook(lua_State *L, int event, int line);
/* Value called as a function: returns it or its __call (shifting args); errors if not callable. */
Value *do_tryfunctm(lua_State *L, Value *func);

#endif
