/*
 * vm.c - the interpreter.
 *
 * Direct-threaded dispatch: each handler ends by fetching the next instruction and jumping through
 * a table of label addresses (GCC/Clang "labels as values"), so every opcode has its own indirect
 * branch for the predictor. base (the frame's first register), pc and k stay in locals; every
 * operation that can call out (metamethods, errors, allocation) first saves pc into the frame
 * (SAVEPC) and afterwards reloads base, since the stack may have moved.
 *
 * Hooks cost nothing when off: `disp` points at the plain handler table; while a line or count
 * hook is set it points at a table whose entries all lead to one stub that runs the hook and then
 * the real handler.
 *
 * Invariant: while a Lua frame runs, L->top == ci->top, except between an instruction that
 * leaves a variable number of values (CALL with C = 0, VARARG with B = 0) and the one consuming
 * them. The collector relies on it to see every register.
 */
#include <math.h>

#include "vm.h"
#include "opcodes.h"
#include "state.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "gc.h"
#include "do.h"
#include "meta.h"
#include "debug.h"

#if !defined(__GNUC__)
#error "the interpreter needs labels as values (GCC or Clang)"
#endif

static void traceexec(lua_State *L, const Instr *pc) {
  uint8_t mask = L->hookmask;
  CallInfo *ci = L->ci;
  const Instr *oldpc = ci->savedpc;
  ci->savedpc = pc;
  if ((mask & LUA_MASKCOUNT) && L->hookcount == 0) {
    L->hookcount = L->basehookcount;
    do_callhook(L, LUA_HOOKCOUNT, -1);
  }
  if (mask & LUA_MASKLINE) {
    Proto *p = ci_func(ci)->l.p;
    int npc = (int)(pc - p->code) - 1;
    int newline = p->lineinfo[npc];
    int oldnpc = (int)(oldpc - p->code) - 1;
    if (npc == 0 || pc <= oldpc || oldnpc < 0 || oldnpc >= p->sizelineinfo ||
        newline != p->lineinfo[oldnpc])
      do_callhook(L, LUA_HOOKLINE, newline);
  }
}

static const Value prim_values[3] = { VAL_NIL, VAL_FALSE, VAL_TRUE };

void vm_execute(lua_State *L, int nexeccalls) {
  static const void *const disp_normal[BC__MAX] = {
#define BC_LABEL(name, fmt, sem) &&op_##name,
    BC_OPCODES(BC_LABEL)
#undef BC_LABEL
  };
  static const void *const disp_hook[BC__MAX] = {
#define BC_HOOKLABEL(name, fmt, sem) &&hook_entry,
    BC_OPCODES(BC_HOOKLABEL)
#undef BC_HOOKLABEL
  };
  const void *const *disp;
  CallInfo *ci;
  LFunc *cl;
  Value *base;
  const Value *k;
  const Instr *pc;
  Instr i;

#define RA      (base + bc_a(i))
#define RB      (base + bc_b(i))
#define RC      (base + bc_c(i))
#define RD      (base + bc_d(i))
#define KC      (k + bc_c(i))
#define KD      (k + bc_d(i))
#define SAVEPC()  (ci->savedpc = pc)
#define RELOAD()  (base = L->base, ci = L->ci)
#define PROTECT(x) do { SAVEPC(); x; RELOAD(); } while (0)
#define SETDISP() (disp = (L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT)) ? disp_hook : disp_normal)
#define NEXT()    do { i = *pc++; goto *disp[bc_op(i)]; } while (0)
#define CONDJMP(cond) do { if (cond) pc += bc_sd(*pc) + 1; else pc++; } while (0)
#define ISNUM2(a, b) (val_isnum(a) && val_isnum(b))

reentry:
  ci = L->ci;
  cl = &ci_func(ci)->l;
  base = L->base;
  k = cl->p->k;
  pc = ci->savedpc;
  SETDISP();
  NEXT();

hook_entry:
  if ((L->hookmask & LUA_MASKLINE) || (L->hookmask & LUA_MASKCOUNT && --L->hookcount == 0)) {
    traceexec(L, pc);   /* saves pc itself: it compares with the previous saved pc */
    RELOAD();
    if (L->status == LUA_YIELD) {
      ci->savedpc = pc - 1;
      return;
    }
  }
  SETDISP();
  goto *disp_normal[bc_op(i)];

  /* --- moves and constants --- */
op_MOV:
  *RA = *RD;
  NEXT();
op_KSTR:
op_KNUM:
  *RA = *KD;
  NEXT();
op_KSHORT:
  *RA = val_fromnum_raw((double)bc_sd(i));
  NEXT();
op_KPRI:
  *RA = prim_values[bc_d(i)];
  NEXT();
op_KNIL: {
  Value *ra = RA, *rd = RD;
  while (ra <= rd) *ra++ = VAL_NIL;
  NEXT();
}

  /* --- unary --- */
op_NOT:
  *RA = val_frombool(val_isfalsy(*RD));
  NEXT();
op_UNM: {
  Value d = *RD;
  if (val_isnum(d)) *RA = val_fromnum_raw(-val_num(d));
  else PROTECT(meta_arith(L, RA, RD, RD, TM_UNM));
  NEXT();
}
op_LEN: {
  Value d = *RD;
  if (val_istab(d)) *RA = val_fromnum_raw((double)tab_len(val_tab(d)));
  else if (val_isstr(d)) *RA = val_fromnum_raw((double)val_str(d)->len);
  else PROTECT(meta_len(L, RA, RD));
  NEXT();
}

  /* --- arithmetic --- */
#define ARITH(name, tm, expr, lhs, rhs) \
op_##name: { \
  Value b_ = *(lhs), c_ = *(rhs); \
  if (ISNUM2(b_, c_)) { double b = val_num(b_), c = val_num(c_); *RA = val_fromnum_raw(expr); } \
  else PROTECT(meta_arith(L, RA, lhs, rhs, tm)); \
  NEXT(); \
}
#define ARITH3(NAME, tm, expr) \
  ARITH(NAME##VV, tm, expr, RB, RC) \
  ARITH(NAME##VK, tm, expr, RB, KC) \
  ARITH(NAME##KV, tm, expr, KC, RB)
  ARITH3(ADD, TM_ADD, b + c)
  ARITH3(SUB, TM_SUB, b - c)
  ARITH3(MUL, TM_MUL, b * c)
  ARITH3(DIV, TM_DIV, b / c)
  ARITH3(MOD, TM_MOD, b - floor(b / c) * c)
  ARITH(POW, TM_POW, pow(b, c), RB, RC)

op_CAT: {
  int b = bc_b(i), c = bc_c(i);
  PROTECT(meta_concat(L, c - b + 1, c); gc_check(L));
  *RA = base[b];
  NEXT();
}

  /* --- comparisons --- */
op_ISLT: {
  Value a = *RA, d = *RD;
  int cond;
  if (ISNUM2(a, d)) cond = val_num(a) < val_num(d);
  else PROTECT(cond = meta_lessthan(L, RA, RD));
  CONDJMP(cond);
  NEXT();
}
op_ISGE: {
  Value a = *RA, d = *RD;
  int cond;
  if (ISNUM2(a, d)) cond = val_num(a) < val_num(d);
  else PROTECT(cond = meta_lessthan(L, RA, RD));
  CONDJMP(!cond);
  NEXT();
}
op_ISLE: {
  Value a = *RA, d = *RD;
  int cond;
  if (ISNUM2(a, d)) cond = val_num(a) <= val_num(d);
  else PROTECT(cond = meta_lessequal(L, RA, RD));
  CONDJMP(cond);
  NEXT();
}
op_ISGT: {
  Value a = *RA, d = *RD;
  int cond;
  if (ISNUM2(a, d)) cond = val_num(a) <= val_num(d);
  else PROTECT(cond = meta_lessequal(L, RA, RD));
  CONDJMP(!cond);
  NEXT();
}
op_ISEQV:
op_ISNEV: {
  Value a = *RA, d = *RD;
  int cond;
  if (ISNUM2(a, d)) cond = val_num(a) == val_num(d);
  else if (a == d) cond = 1;
  else if (val_itype(a) != val_itype(d) || !(val_istab(a) || val_isudata(a))) cond = 0;
  else PROTECT(cond = meta_equal(L, a, d));
  CONDJMP(cond == (bc_op(i) == BC_ISEQV));
  NEXT();
}
op_ISEQS:
  CONDJMP(*RA == *KD);
  NEXT();
op_ISNES:
  CONDJMP(*RA != *KD);
  NEXT();
op_ISEQN: {
  Value a = *RA;
  CONDJMP(val_isnum(a) && val_num(a) == val_num(*KD));
  NEXT();
}
op_ISNEN: {
  Value a = *RA;
  CONDJMP(!(val_isnum(a) && val_num(a) == val_num(*KD)));
  NEXT();
}
op_ISEQP:
  CONDJMP(*RA == prim_values[bc_d(i)]);
  NEXT();
op_ISNEP:
  CONDJMP(*RA != prim_values[bc_d(i)]);
  NEXT();
op_IST:
  CONDJMP(val_istruthy(*RD));
  NEXT();
op_ISF:
  CONDJMP(val_isfalsy(*RD));
  NEXT();
op_ISTC: {
  Value d = *RD;
  if (val_istruthy(d)) {
    *RA = d;
    pc += bc_sd(*pc) + 1;
  } else {
    pc++;
  }
  NEXT();
}
op_ISFC: {
  Value d = *RD;
  if (val_isfalsy(d)) {
    *RA = d;
    pc += bc_sd(*pc) + 1;
  } else {
    pc++;
  }
  NEXT();
}

  /* --- globals and upvalues --- */
op_GGET: {
  Table *env = cl->env;
  const Value *v = tab_getstr(env, val_str(*KD));
  if (!val_isnil(*v)) {
    *RA = *v;
  } else if (!meta_getstr_miss(L, env, val_str(*KD), RA)) {
    Value envv = val_fromtab(env);
    PROTECT(meta_index(L, &envv, *KD, RA));
  }
  NEXT();
}
op_GSET: {
  Table *env = cl->env;
  Value *v = (Value *)tab_getstr(env, val_str(*KD));
  if (!val_isnil(*v)) {
    *v = *RA;
    gc_barriertab(L, env, *RA);
  } else {
    Value envv = val_fromtab(env);
    PROTECT(meta_newindex(L, &envv, *KD, *RA));
  }
  NEXT();
}
op_UGET:
  *RA = *cl->upvals[bc_d(i)]->v;
  NEXT();
op_USET: {
  UpVal *uv = cl->upvals[bc_d(i)];
  *uv->v = *RA;
  gc_barrier(L, uv, *RA);
  NEXT();
}

  /* --- tables --- */
op_TNEW: {
  PROTECT(*RA = val_fromtab(tab_new(L, bc_b(i), bc_c(i))); gc_check(L));
  NEXT();
}
op_TGETV: {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value key = *RC;
    const Value *v;
    if (val_isnum(key)) {
      Value *slot = tab_arrayslot(h, val_num(key));
      if (slot != NULL && !val_isnil(*slot)) {
        *RA = *slot;
        NEXT();
      }
    }
    v = tab_get(h, key);
    if (!val_isnil(*v) || meta_fasttm(L, h->mt, TM_INDEX) == NULL) {
      *RA = *v;
      NEXT();
    }
  }
  PROTECT(meta_index(L, RB, *RC, RA));
  NEXT();
}
op_TGETS: {
  Value t = *RB;
  if (val_istab(t)) {
    const Value *v = tab_getstr(val_tab(t), val_str(*KC));
    if (!val_isnil(*v)) {
      *RA = *v;
      NEXT();
    }
    if (meta_getstr_miss(L, val_tab(t), val_str(*KC), RA)) NEXT();
  }
  PROTECT(meta_index(L, RB, *KC, RA));
  NEXT();
}
op_TGETB: {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    const Value *v = tab_getint(h, bc_c(i));
    if (!val_isnil(*v) || meta_fasttm(L, h->mt, TM_INDEX) == NULL) {
      *RA = *v;
      NEXT();
    }
  }
  PROTECT(meta_index(L, RB, val_fromnum_raw((double)bc_c(i)), RA));
  NEXT();
}
op_TSETV: {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value key = *RC;
    Value *v;
    if (val_isnum(key)) {
      Value *slot = tab_arrayslot(h, val_num(key));
      if (slot != NULL && !val_isnil(*slot)) {
        *slot = *RA;
        gc_barriertab(L, h, *RA);
        NEXT();
      }
    }
    v = (Value *)tab_get(h, key);
    if (!val_isnil(*v)) {
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
  }
  PROTECT(meta_newindex(L, RB, *RC, *RA));
  NEXT();
}
op_TSETS: {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value *v = (Value *)tab_getstr(h, val_str(*KC));
    if (!val_isnil(*v)) {
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
  }
  PROTECT(meta_newindex(L, RB, *KC, *RA));
  NEXT();
}
op_TSETB: {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value *v = (Value *)tab_getint(h, bc_c(i));
    if (!val_isnil(*v)) {
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
  }
  PROTECT(meta_newindex(L, RB, val_fromnum_raw((double)bc_c(i)), *RA));
  NEXT();
}
op_SETLIST: {
  Value *ra = RA;
  int n = bc_b(i);
  int c = bc_c(i);
  int last;
  Table *h;
  if (n == 0) {
    n = (int)(L->top - ra) - 1;
    L->top = ci->top;
  }
  if (c == 0) c = (int)*pc++;
  SAVEPC();
  /* The compiler always targets the table of a TNEW; a loaded chunk may not (the verifier
     checks operands, not the types they will hold at run time). */
  if (!val_istab(*ra)) dbg_typeerror(L, ra, "index");
  h = val_tab(*ra);
  last = ((c - 1) * BC_SETLIST_PER_FLUSH) + n;
  if (last > (int)h->asize) tab_resize(L, h, last, h->lsizenode ? (int)tab_sizenode(h) : 0);
  for (; n > 0; n--) {
    *tab_setint(L, h, last--) = ra[n];
    gc_barriertab(L, h, ra[n]);
  }
  NEXT();
}
op_SELF: {
  Value *ra = RA;
  Value t = *RB;
  ra[1] = t;
  if (val_istab(t)) {
    const Value *v = tab_getstr(val_tab(t), val_str(*KC));
    if (!val_isnil(*v)) {
      *ra = *v;
      NEXT();
    }
    if (meta_getstr_miss(L, val_tab(t), val_str(*KC), ra)) NEXT();
  }
  PROTECT(meta_index(L, RB, *KC, RA));
  NEXT();
}

  /* --- closures --- */
op_CLOSURE: {
  Proto *p = cl->p->p[bc_d(i)];
  int nup = p->nups, j;
  Closure *ncl;
  SAVEPC();
  ncl = func_newL(L, nup, cl->env);
  ncl->l.p = p;
  for (j = 0; j < nup; j++) {
    int d = p->uvdesc[j];
    if (d & UV_LOCAL) ncl->l.upvals[j] = func_findupval(L, base + (d & 0xff));
    else ncl->l.upvals[j] = cl->upvals[d];
  }
  *RA = val_fromfunc(ncl);
  PROTECT(gc_check(L));
  NEXT();
}
op_CLOSE:
  func_close(L, RA);
  NEXT();

  /* --- calls and returns --- */
op_VARARG: {
  Value *ra = RA;
  int b = bc_b(i) - 1;
  int j;
  int n = (int)(base - ci->func) - cl->p->numparams - 1;
  if (b == LUA_MULTRET) {
    PROTECT(state_checkstack(L, n));
    ra = RA;
    b = n;
    L->top = ra + n;
  }
  for (j = 0; j < b; j++) {
    if (j < n) ra[j] = base[j - n];   /* varargs sit just below base... */
    else ra[j] = VAL_NIL;
  }
  NEXT();
}
op_CALL: {
  Value *ra = RA;
  int b = bc_b(i);
  int nresults = bc_c(i) - 1;
  Value fv = *ra;
  if (b != 0) L->top = ra + b;
  SAVEPC();
  /* Fast path: a Lua function with fixed parameters, no call hook, room on the stack and in
   * the frame array. The frame is built here and execution continues without leaving the loop. */
  if (val_isfunc(fv) && !val_func(fv)->c.isC && !(L->hookmask & LUA_MASKCALL)) {
    LFunc *ncl = &val_func(fv)->l;
    Proto *p = ncl->p;
    Value *nbase = ra + 1;
    if (!(p->flags & PROTO_VARARG) && L->ci != L->end_ci &&
        (char *)L->stack_last - (char *)nbase > (ptrdiff_t)(p->maxstack * sizeof(Value))) {
      Value *top = L->top;
      Value *parend = nbase + p->numparams;
      while (top < parend) *top++ = VAL_NIL;
      ci = ++L->ci;
      ci->func = ra;
      L->base = ci->base = nbase;
      ci->top = L->top = nbase + p->maxstack;
      ci->savedpc = p->code;
      ci->nresults = nresults;
      ci->tailcalls = 0;
      nexeccalls++;
      cl = ncl;
      base = nbase;
      k = p->k;
      pc = p->code;
      NEXT();
    }
  } else if (val_isfunc(fv) && !(L->hookmask & (LUA_MASKCALL | LUA_MASKRET)) &&
             L->ci != L->end_ci &&
             (char *)L->stack_last - (char *)L->top > (ptrdiff_t)(LUA_MINSTACK * sizeof(Value))) {
    /* Fast path for C functions: frame, call and result copy inline. */
    CallInfo *cci = ++L->ci;
    Value *res, *first, *top;
    int n;
    cci->func = ra;
    L->base = cci->base = ra + 1;
    cci->top = L->top + LUA_MINSTACK;
    cci->nresults = nresults;
    cci->savedpc = NULL;
    cci->tailcalls = 0;
    n = (*val_func(fv)->c.f)(L);
    if (n < 0) return;  /* yielded: lua_resume continues this frame */
    if (L->hookmask) {
      /* The function set a hook (debug.sethook): return through the general path. */
      do_poscall(L, L->top - n);
      RELOAD();
      if (nresults >= 0) L->top = ci->top;
      SETDISP();
      NEXT();
    }
    cci = L->ci;
    res = cci->func;
    top = L->top;
    first = top - n;
    ci = --L->ci;
    base = L->base = ci->base;
    if (nresults < 0) {
      while (first < top) *res++ = *first++;
      L->top = res;
    } else {
      while (nresults > 0 && first < top) { *res++ = *first++; nresults--; }
      while (nresults-- > 0) *res++ = VAL_NIL;
      L->top = ci->top;
    }
    SETDISP();
    NEXT();
  }
  switch (do_precall(L, ra, nresults)) {
    case PCR_LUA:
      nexeccalls++;
      goto reentry;
    case PCR_C:
      RELOAD();
      if (nresults >= 0) L->top = ci->top;
      SETDISP();
      NEXT();
    default:
      return;
  }
}
op_TAILCALL: {
  Value *ra = RA;
  int b = bc_b(i);
  Value fv = *ra;
  if (b != 0) L->top = ra + b;
  SAVEPC();
  /* Fast path: a Lua function with fixed parameters replaces the current frame in place. */
  if (val_isfunc(fv) && !val_func(fv)->c.isC && !(L->hookmask & LUA_MASKCALL)) {
    LFunc *ncl = &val_func(fv)->l;
    Proto *p = ncl->p;
    Value *func = ci->func;
    if (!(p->flags & PROTO_VARARG) &&
        (char *)L->stack_last - (char *)func > (ptrdiff_t)((p->maxstack + 1) * sizeof(Value))) {
      Value *nbase = func + 1;
      Value *top = L->top;
      int n = (int)(top - ra), j;
      if (L->openupval && L->openupval->v >= base) func_close(L, base);
      for (j = 0; j < n; j++) func[j] = ra[j];
      for (j = n - 1; j < p->numparams; j++) nbase[j] = VAL_NIL;
      L->base = ci->base = nbase;
      ci->top = L->top = nbase + p->maxstack;
      ci->savedpc = p->code;
      ci->tailcalls++;
      cl = ncl;
      base = nbase;
      k = p->k;
      pc = p->code;
      NEXT();
    }
  }
  switch (do_precall(L, ra, LUA_MULTRET)) {
    case PCR_LUA: {
      /* Reuse the caller's frame: move the callee's function and registers down. */
      CallInfo *cci = L->ci - 1;
      Value *func = cci->func;
      Value *pfunc = L->ci->func;
      int aux;
      if (L->openupval) func_close(L, cci->base);
      L->base = cci->base = cci->func + (L->ci->base - pfunc);
      for (aux = 0; pfunc + aux < L->top; aux++) func[aux] = pfunc[aux];
      cci->top = L->top = func + aux;
      cci->savedpc = L->ci->savedpc;
      cci->tailcalls++;
      L->ci--;
      goto reentry;
    }
    case PCR_C:
      RELOAD();
      SETDISP();
      NEXT();
    default:
      return;
  }
}
op_RET: {
  Value *ra = RA;
  int b = bc_b(i);
  if (b != 0) L->top = ra + b - 1;
  if (L->openupval && L->openupval->v >= base) func_close(L, base);
  SAVEPC();
  if (!(L->hookmask & LUA_MASKRET) && nexeccalls > 1) {
    /* Fast path: returning into a Lua frame of this same loop. */
    Value *res = ci->func;
    int wanted = ci->nresults;
    int n = wanted;
    Value *top = L->top;
    while (n != 0 && ra < top) { *res++ = *ra++; n--; }
    while (n-- > 0) *res++ = VAL_NIL;
    ci = --L->ci;
    base = L->base = ci->base;
    L->top = wanted == LUA_MULTRET ? res : ci->top;
    nexeccalls--;
    cl = &ci_func(ci)->l;
    k = cl->p->k;
    pc = ci->savedpc;
    NEXT();
  }
  b = do_poscall(L, ra);
  if (--nexeccalls == 0) return;
  if (b) L->top = L->ci->top;
  goto reentry;
}

  /* --- control flow --- */
op_JMP:
  pc += bc_sd(i);
  NEXT();
op_LOOP:
  NEXT();
op_FORPREP: {
  Value *ra = RA;
  double init, limit, step, idx;
  SAVEPC();
  if (!meta_tonumber(ra, &init)) dbg_forerror(L, "initial value");
  if (!meta_tonumber(ra + 1, &limit)) dbg_forerror(L, "limit");
  if (!meta_tonumber(ra + 2, &step)) dbg_forerror(L, "step");
  /* Lua 5.1 computes the first value as (init - step) + step: keep its rounding. */
  idx = (init - step) + step;
  ra[1] = val_fromnum_raw(limit);
  ra[2] = val_fromnum_raw(step);
  if (step > 0 ? idx <= limit : limit <= idx) {
    ra[0] = ra[3] = val_fromnum_raw(idx);
  } else {
    pc += bc_sd(i);
  }
  NEXT();
}
op_FORLOOP: {
  Value *ra = RA;
  double step = val_num(ra[2]);
  double idx = val_num(ra[0]) + step;
  double limit = val_num(ra[1]);
  if (step > 0 ? idx <= limit : limit <= idx) {
    ra[0] = ra[3] = val_fromnum_raw(idx);
    pc += bc_sd(i);
  }
  NEXT();
}
op_TFORCALL: {
  Value *cb = RA + 3;
  cb[2] = cb[-1];
  cb[1] = cb[-2];
  cb[0] = cb[-3];
  L->top = cb + 3;
  PROTECT(do_call(L, cb, bc_c(i)));
  L->top = ci->top;
  NEXT();
}
op_TFORLOOP: {
  Value *ra = RA;
  if (!val_isnil(ra[3])) {
    ra[2] = ra[3];
    pc += bc_sd(i);
  }
  NEXT();
}
}
