/*
 * cont.c - the frames of the interpreter that are not plain Lua calls: pcall frames and
 * metamethod continuations.
 *
 * Everything here runs without C recursion, so a coroutine can yield anywhere in it and resume
 * later in a new vm_execute:
 *
 * - pcall and xpcall called from Lua code push a pcall frame: a C frame of the pcall function
 *   (tracebacks show `[C]: in function 'pcall'`, as in 5.1) flagged CIST_PCALL, which runs no C
 *   code. The protected function is called above it with CIST_PROT; when that returns, the
 *   pcall frame returns `true` and the results. An error unwinds to the innermost pcall frame
 *   (cont_catch, called by the vm_execute that runs the frame: vm.c), which returns `false` and
 *   the error value.
 * - A metamethod called by an instruction (index, newindex, arithmetic, unm, len, concat,
 *   comparisons) is a frame flagged CIST_CONT whose function sits at the caller's top; when it
 *   returns, cont_afterret finishes the instruction at the caller's savedpc - 1 with its first
 *   result: store it in register A, or test it and take the comparison's jump, or go on
 *   concatenating.
 */
#include "cont.h"
#include "state.h"
#include "func.h"
#include "gc.h"
#include "meta.h"
#include "vm.h"

/* Is the value at func, with arguments up to L->top, a call of pcall or xpcall that can become a
 * pcall frame? Calls without the required arguments go to the C functions, which raise 5.1's
 * argument errors. */
static int ispcall(lua_State *L, const Value *func) {
  const Closure *cl;
  if (!val_isfunc(*func)) return 0;
  cl = val_func(*func);
  if (!cl->c.isC || !ff_ispcall(cl->c.ffid)) return 0;
  return L->top - func >= (cl->c.ffid == FF_PCALL ? 2 : 3);
}

/* Pushes the pcall frame for the call at func and calls the protected function above it. */
static int pcall_frame(lua_State *L, Value *func, int nresults, int st, int last) {
  ptrdiff_t funcr = savestack(L, func);
  int xp = val_func(*func)->c.ffid == FF_XPCALL;
  CallInfo *ci;
  int r;
  state_checkstack(L, LUA_MINSTACK);
  func = restorestack(L, funcr);
  /* The frame's base[0] holds xpcall's handler (pcall's arguments move up to make room): the
   * protected function is called at base[1], and base[0] takes the status when it returns, so
   * the pcall function stays in its slot for the debug API until the frame is gone. */
  if (xp) {
    Value f = func[1];   /* xpcall(f, handler): f is called without arguments */
    func[1] = func[2];
    func[2] = f;
    L->top = func + 3;
  } else {
    Value *p;
    for (p = L->top; p > func + 1; p--) *p = p[-1];
    func[1] = VAL_NIL;
    L->top++;
  }
  ci = L->ci == L->end_ci ? state_growci(L) : ++L->ci;
  ci->func = func;
  L->base = ci->base = func + 1;
  ci->top = L->top + LUA_MINSTACK;
  ci->savedpc = NULL;
  ci->nresults = nresults;
  ci->tailcalls = 0;
  ci->callstatus = (uint16_t)st;
  ci->contlast = (uint16_t)last;
  ci->olderrfunc = (int)(L->errfunc / (ptrdiff_t)sizeof(Value));
  /* The call hook runs before the frame protects anything, as it runs before 5.1's base_pcall. */
  if (L->hookmask & LUA_MASKCALL) do_callhook(L, LUA_HOOKCALL, -1);
  L->ci->callstatus |= (uint16_t)(CIST_PCALL | (xp ? CIST_XPCALL : 0) |
                                  (L->allowhook ? 0 : CIST_NOHOOKS));
  L->errfunc = xp ? savestack(L, L->ci->base) : 0;
  r = cont_precall(L, L->ci->base + 1, LUA_MULTRET, CIST_PROT, 0);
  if (r == PCR_C) {
    /* The protected function was a C function and has returned: so does the pcall frame. */
    CallInfo *p = L->ci;
    p->base[0] = VAL_TRUE;
    L->errfunc = (ptrdiff_t)p->olderrfunc * (ptrdiff_t)sizeof(Value);
    do_poscall(L, p->base);
  }
  return r;
}

int cont_precall(lua_State *L, Value *func, int nresults, int st, int last) {
  if (ispcall(L, func)) return pcall_frame(L, func, nresults, st, last);
  return do_precall(L, func, nresults, st, last);
}

/* The pcall frame L->ci returns the values from first to L->top; returns its callstatus. */
static int pcall_return(lua_State *L, Value *first, int *last) {
  CallInfo *p = L->ci;
  int st = p->callstatus, wanted = p->nresults;
  *last = p->contlast;
  L->errfunc = (ptrdiff_t)p->olderrfunc * (ptrdiff_t)sizeof(Value);
  do_poscall(L, first);
  if (!(st & (CIST_PROT | CIST_CONT)) && wanted != LUA_MULTRET) L->top = L->ci->top;
  return st;
}

const Instr *cont_finishcat(lua_State *L, Instr i, Value res, int *last) {
  Value *base = L->base;
  int b = bc_b(i), n = *last - 1;
  base[n] = res;   /* the result replaces the two operands it was called with */
  if (n > b) {
    int r = meta_concat_k(L, n - b + 1, n);
    if (r != 0) {
      *last = r;
      return NULL;
    }
  }
  gc_check(L);
  base = L->base;
  base[bc_a(i)] = base[b];
  return L->ci->savedpc;
}

/* cont_afterret past its first step: pcall frames returning, concatenations going on. */
static __attribute__((noinline)) const Instr *afterret_loop(lua_State *L, int st, int last) {
  for (;;) {
    if (st & CIST_PROT) {
      /* The protected function returned into its pcall frame: that returns true and them. */
      L->ci->base[0] = VAL_TRUE;
      st = pcall_return(L, L->ci->base, &last);
    } else if (st & CIST_CONT) {
      const Instr *pc = cont_finishop(L, st, L->top[-1], &last);
      if (pc != NULL) return pc;
      switch (cont_precall(L, L->top - 3, 1, CIST_CONT, last)) {
        case PCR_LUA: return L->ci->savedpc;
        case PCR_C: st = CIST_CONT; break;
        default: return NULL;
      }
    } else {
      return L->ci->savedpc;
    }
  }
}

const Instr *cont_afterret(lua_State *L, int st, int last) {
  /* The usual case first: a metamethod that returned, and an instruction that ends there. */
  if ((st & (CIST_PROT | CIST_CONT)) == CIST_CONT) {
    CallInfo *ci = L->ci;
    Instr i = ci->savedpc[-1];
    if (bc_op(i) != BC_CAT) return cont_finishop(L, st, L->top[-1], &last);
  }
  return afterret_loop(L, st, last);
}

static __attribute__((noinline)) const Instr *callc(lua_State *L, int r, int nresults, int st,
                                                    int last) {
  if (r != PCR_C) return NULL;   /* yielded */
  if (!(st & (CIST_PROT | CIST_CONT)) && nresults != LUA_MULTRET) L->top = L->ci->top;
  return cont_afterret(L, st, last);
}

const Instr *cont_call(lua_State *L, Value *func, int nresults, int st, int last) {
  int r = cont_precall(L, func, nresults, st, last);
  if (r == PCR_LUA) return L->ci->savedpc;
  return callc(L, r, nresults, st, last);
}

int cont_catch(lua_State *L, int status, CallInfo *limit) {
  CallInfo *ci;
  Value *res;
  Value err;
  for (ci = L->ci; ci > limit; ci--)
    if (ci->callstatus & CIST_PCALL) break;
  if (ci <= limit) return 0;
  /* The error value, as do_pcall leaves it: the value thrown, or the fixed message. */
  err = L->top > L->stack ? L->top[-1] : VAL_NIL;
  func_close(L, ci->base);
  L->ci = ci;
  L->base = ci->base;
  L->allowhook = !(ci->callstatus & CIST_NOHOOKS);
  res = ci->base;   /* the frame's top leaves room for the two results */
  res[1] = err;
  L->top = res + 2;
  do_seterrorobj(L, status, res + 1);
  res[0] = VAL_FALSE;
  state_shrinkci(L);
  return 1;
}

const Instr *cont_pcallerror(lua_State *L) {
  int last;
  int st = pcall_return(L, L->ci->base, &last);
  return cont_afterret(L, st, last);
}

void vm_markfast(lua_State *L, const char *name, int id) {
  lua_getfield(L, -1, name);
  if (lua_iscfunction(L, -1)) val_func(L->top[-1])->c.ffid = (uint8_t)id;
  lua_pop(L, 1);
}
