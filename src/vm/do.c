/*
 * do.c - the calling convention.
 *
 * Stack layout of a call: the function sits in a slot, its arguments above it. A Lua function's
 * registers start right above the function (base = func + 1) unless it is vararg: then the fixed
 * parameters are moved above the actual arguments, which stay below base for VARARG to copy, with
 * a copy of the function between them: in every Lua frame base[-1] holds the running closure. A
 * Lua-to-Lua call pushes a CallInfo and the interpreter continues in the same C frame (so do
 * pcall, metamethods and iterators called by the interpreter: cont.c); only calls from C (the
 * API, library callbacks) re-enter vm_execute, and those are counted in nccalls so that runaway
 * C recursion ends in "C stack overflow" rather than a crash, and a yield across them is refused.
 */
#include <string.h>

#include "do.h"
#include "prof.h"
#include "state.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "gc.h"
#include "meta.h"
#include "debug.h"
#include "vm.h"
#include "limit.h"

/* --- errors --- */

void do_seterrorobj(lua_State *L, int status, Value *oldtop) {
  switch (status) {
    case LUA_ERRMEM:
      *oldtop = val_fromstr(str_newlit(L, "not enough memory"));
      break;
    case LUA_ERRERR:
      *oldtop = val_fromstr(str_newlit(L, "error in error handling"));
      break;
    case LUA_ERRSYNTAX:
    case LUA_ERRRUN:
      *oldtop = L->top[-1];
      break;
    default:
      break;
  }
  L->top = oldtop + 1;
}

/* --- hooks --- */

void do_callhook(lua_State *L, int event, int line) {
  lua_Hook hook = L->hook;
  if (hook && L->allowhook) {
    ptrdiff_t top = savestack(L, L->top);
    ptrdiff_t ci_top = savestack(L, L->ci->top);
    lua_Debug ar;
    ar.event = event;
    ar.currentline = line;
    if (event == LUA_HOOKTAILRET) ar.i_ci = 0;
    else ar.i_ci = (int)(L->ci - L->base_ci);
    state_checkstack(L, LUA_MINSTACK);
    L->ci->top = L->top + LUA_MINSTACK;
    L->allowhook = 0;
    (*hook)(L, &ar);
    L->allowhook = 1;
    L->ci->top = restorestack(L, ci_top);
    L->top = restorestack(L, top);
  }
}

/* --- calls --- */

static Value *adjust_varargs(lua_State *L, Proto *p, int actual) {
  int i;
  int nfixargs = p->numparams;
  Table *htab = NULL;
  Value *base, *fixed;
  for (; actual < nfixargs; ++actual) *L->top++ = VAL_NIL;
  if (p->flags & PROTO_NEEDSARG) {
    /* 5.1 compatibility: the extra arguments also go to a table `arg` with field n. */
    int nvar = actual - nfixargs;
    gc_check(L);
    htab = tab_new(L, nvar, 1);
    for (i = 0; i < nvar; i++) *tab_setint(L, htab, i + 1) = L->top[-nvar + i];
    *tab_setstr(L, htab, str_newlit(L, "n")) = val_fromnum_raw((double)nvar);
  }
  fixed = L->top - actual;
  /* A copy of the function goes right below base, where every Lua frame has its closure. */
  *L->top++ = fixed[-1];
  base = L->top;
  for (i = 0; i < nfixargs; i++) {
    *L->top++ = fixed[i];
    fixed[i] = VAL_NIL;
  }
  /* The hidden `arg` local: the table, or nil when the body uses `...`. */
  *L->top++ = htab ? val_fromtab(htab) : VAL_NIL;
  return base;
}

Value *do_tryfunctm(lua_State *L, Value *func) {
  Value tm = meta_gettmbyobj(L, *func, TM_CALL);
  Value *p;
  ptrdiff_t funcr = savestack(L, func);
  if (!val_isfunc(tm)) dbg_typeerror(L, func, "call");
  for (p = L->top; p > func; p--) *p = p[-1];
  state_incrtop(L);
  func = restorestack(L, funcr);
  *func = tm;
  return func;
}

static CallInfo *inc_ci(lua_State *L) {
  if (L->ci == L->end_ci) return state_growci(L);
  return ++L->ci;
}

int do_precall(lua_State *L, Value *func, int nresults, int callstatus, int contlast) {
  Closure *cl;
  ptrdiff_t funcr;
  if (!val_isfunc(*func)) func = do_tryfunctm(L, func);
  funcr = savestack(L, func);
  cl = val_func(*func);
  if (!cl->c.isC) {
    CallInfo *ci;
    Value *st, *base;
    Proto *p = cl->l.p;
    state_checkstack(L, p->maxstack + p->numparams + 2);
    func = restorestack(L, funcr);
    if (!(p->flags & PROTO_VARARG)) {
      base = func + 1;
      if (L->top > base + p->numparams) L->top = base + p->numparams;
    } else {
      int nargs = (int)(L->top - func) - 1;
      base = adjust_varargs(L, p, nargs);
      func = restorestack(L, funcr);
    }
    ci = inc_ci(L);
    ci->func = func;
    L->base = ci->base = base;
    ci->top = base + p->maxstack;
    ci->savedpc = p->code;
    ci->tailcalls = 0;
    ci->callstatus = (uint16_t)callstatus;
    ci->contlast = (uint16_t)contlast;
    ci->nresults = nresults;
    /* Missing parameters are nil; other registers are always written before they are read,
     * and the collector never leaves a dangling pointer in the stack, so they need no clearing. */
    for (st = L->top; st < base + p->numparams; st++) *st = VAL_NIL;
    L->top = ci->top;
    if (L->hookmask & LUA_MASKCALL) {
      ci->savedpc++;  /* hooks assume pc is already incremented */
      do_callhook(L, LUA_HOOKCALL, -1);
      L->ci->savedpc--;   /* the hook may have moved the frames */
    }
    return PCR_LUA;
  } else {
    CallInfo *ci;
    int n;
    state_checkstack(L, LUA_MINSTACK);
    ci = inc_ci(L);
    ci->func = restorestack(L, funcr);
    L->base = ci->base = ci->func + 1;
    ci->top = L->top + LUA_MINSTACK;
    ci->nresults = nresults;
    ci->savedpc = NULL;
    ci->tailcalls = 0;
    ci->callstatus = (uint16_t)callstatus;
    ci->contlast = (uint16_t)contlast;
    if (L->hookmask & LUA_MASKCALL) do_callhook(L, LUA_HOOKCALL, -1);
    {
      uint8_t vmstate = G(L)->vmstate;   /* for the profiler (prof.h) */
      G(L)->vmstate = PROF_VM_C;
      n = (*cl->c.f)(L);
      G(L)->vmstate = vmstate;
    }
    if (n < 0) return PCR_YIELD;
    do_poscall(L, L->top - n);
    return PCR_C;
  }
}

static Value *callrethooks(lua_State *L, Value *firstresult) {
  ptrdiff_t fr = savestack(L, firstresult);
  do_callhook(L, LUA_HOOKRET, -1);
  if (ci_isLua(L->ci)) {
    while ((L->hookmask & LUA_MASKRET) && L->ci->tailcalls--) do_callhook(L, LUA_HOOKTAILRET, -1);
  }
  return restorestack(L, fr);
}

int do_poscall(lua_State *L, Value *firstresult) {
  Value *res;
  int wanted, i;
  CallInfo *ci;
  if (L->hookmask & LUA_MASKRET) firstresult = callrethooks(L, firstresult);
  ci = L->ci--;
  res = ci->func;
  wanted = ci->nresults;
  L->base = (ci - 1)->base;
  for (i = wanted; i != 0 && firstresult < L->top; i--) *res++ = *firstresult++;
  while (i-- > 0) *res++ = VAL_NIL;
  L->top = res;
  return wanted - LUA_MULTRET;  /* 0 iff wanted == LUA_MULTRET */
}

void do_call(lua_State *L, Value *func, int nresults) {
  if (++L->nccalls >= STATE_MAXCCALLS) {
    if (L->nccalls == STATE_MAXCCALLS) err_runerror(L, "C stack overflow");
    else if (L->nccalls >= (STATE_MAXCCALLS + (STATE_MAXCCALLS >> 3))) err_throw_errerr(L);
  }
  if (do_precall(L, func, nresults, 0, 0) == PCR_LUA) {
    L->ci->callstatus = CIST_FRESH;
    vm_execute(L);
  }
  L->nccalls--;
  gc_check(L);
}

int do_pcall(lua_State *L, ProtectedFn f, void *ud, ptrdiff_t oldtop, ptrdiff_t ef) {
  int status;
  unsigned short oldnccalls = L->nccalls;
  ptrdiff_t oldci = saveci(L, L->ci);
  uint8_t oldallowhooks = L->allowhook;
  ptrdiff_t olderrfunc = L->errfunc;
  L->errfunc = ef;
  status = err_rawrunprotected(L, f, ud);
  if (status != 0) {
    Value *otop = restorestack(L, oldtop);
    func_close(L, otop);
    do_seterrorobj(L, status, otop);
    L->nccalls = oldnccalls;
    L->ci = restoreci(L, oldci);
    L->base = L->ci->base;
    L->allowhook = oldallowhooks;
    state_shrinkci(L);
  }
  L->errfunc = olderrfunc;
  return status;
}

/* --- coroutines --- */

static void resume_fn(lua_State *L, void *ud) {
  Value *firstarg = (Value *)ud;
  CallInfo *ci = L->ci;
  if (L->status == 0) {
    /* Starting a coroutine: the function is just below the arguments. */
    if (do_precall(L, firstarg - 1, LUA_MULTRET, 0, 0) != PCR_LUA) return;
    L->ci->callstatus = CIST_FRESH;
    vm_execute(L);
  } else if (!ci_isLua(ci)) {
    /* Resuming from a yield inside a C function (coroutine.yield): that call returns the
     * values passed to resume, and whatever waited for it (a pcall frame, the instruction that
     * called a metamethod) goes on. */
    int st = ci->callstatus, last = ci->contlast;
    L->status = 0;
    if (do_poscall(L, firstarg) && !(st & (CIST_PROT | CIST_CONT))) L->top = L->ci->top;
    if (L->ci == L->base_ci) return;   /* the coroutine body was a C function */
    vm_resume(L, st, last);
  } else {
    /* Resuming from a yield inside a hook: the instruction runs again. */
    L->status = 0;
    L->base = L->ci->base;
    vm_resume(L, 0, 0);
  }
}

static int resume_error(lua_State *L, const char *msg) {
  L->top = L->ci->base;
  *L->top = val_fromstr(str_newz(L, msg));
  state_incrtop(L);
  return LUA_ERRRUN;
}

/* Runs f on coroutine L, the running thread from now until it yields, returns or fails, one
 * C call level deeper; an error leaves L dead with the error value on its top. Returns the
 * status as lua_resume returns it. */
static inline __attribute__((always_inline)) int resume_run(lua_State *L, ProtectedFn f,
                                                          void *ud) {
  lua_State *prev;
  int status;
  L->baseccalls = ++L->nccalls;
  prev = limit_resume(L);   /* L is the running thread (limit.c) */
  status = err_rawrunprotected(L, f, ud);
  if (status != 0) {
    L->status = (uint8_t)status;
    do_seterrorobj(L, status, L->top);
    L->ci->top = L->top;
  } else {
    status = L->status;
  }
  --L->nccalls;
  limit_resumed(L, prev);
  return status;
}

LUA_API int lua_resume(lua_State *L, int nargs) {
  if (L->status != LUA_YIELD && (L->status != 0 || L->ci != L->base_ci))
    return resume_error(L, "cannot resume non-suspended coroutine");
  if (L->nccalls >= STATE_MAXCCALLS) return resume_error(L, "C stack overflow");
  return resume_run(L, resume_fn, L->top - nargs);
}

static void resumeyield_fn(lua_State *co, void *ud) {
  (void)ud;
  vm_resume(co, 0, 0);
}

/* coroutine.resume and wrap's usual case: co suspended in a yield a Lua function called (its C
 * frame on top, no continuation waiting on it), no hook on co. The narg values on L's top are
 * the yield's results, moved there directly and taken off L; then co runs as lua_resume runs it
 * (with L's C-call level, as lua_setlevel gives it). Returns lua_resume's status, or -1 when the
 * case does not apply (nothing done). */
int do_resumeyield(lua_State *L, lua_State *co, int narg) {
  CallInfo *ci = co->ci;
  if (co->status != LUA_YIELD || ci_isLua(ci) || (ci->callstatus & (CIST_PROT | CIST_CONT)) ||
      ci - 1 == co->base_ci || co->hookmask != 0 || co->top + narg > ci->top ||
      L->nccalls >= STATE_MAXCCALLS)
    return -1;
  /* The yield's return (as resume_fn's do_poscall), its results from L's top. */
  do_cpos(co, L->top - narg, narg, ci->nresults);
  L->top -= narg;
  co->status = 0;
  co->nccalls = L->nccalls;
  return resume_run(co, resumeyield_fn, NULL);
}

LUA_API int lua_yield(lua_State *L, int nresults) {
  if (L->nccalls > L->baseccalls)
    err_runerror(L, "attempt to yield across metamethod/C-call boundary");
  L->base = L->top - nresults;
  L->status = LUA_YIELD;
  return -1;
}
