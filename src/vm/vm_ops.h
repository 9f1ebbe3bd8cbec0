/*
 * vm_ops.h - the bytecode handlers, written once for both interpreter builds (see vm.c).
 *
 * Included by vm.c only: inside vm_execute for the computed-goto build, at file scope for the
 * tail-calling build. A handler is `OP(NAME) { ... }` and leaves by NEXT() (the next
 * instruction), REENTER() (a new frame is set up in L->ci: load it and go on) or VM_EXIT()
 * (leave vm_execute). The state in flight is L, base, pc, k, disp and the current instruction i;
 * the running closure is base[-1] and the frame is L->ci.
 */

#if VM_TAILCALL
/* Cold paths shared by several handlers: separate functions, so the handlers that jump to them
 * keep straight-line fast paths with no stack frame. */
VMCOLD arith_slow(VM_ARGS);
VMCOLD compare_slow(VM_ARGS);
VMCOLD equal_slow(VM_ARGS);
VMCOLD tgetv_slow(VM_ARGS);
VMCOLD tgets_slow(VM_ARGS);
VMCOLD tgetb_slow(VM_ARGS);
VMCOLD tsetv_slow(VM_ARGS);
VMCOLD tsets_slow(VM_ARGS);
VMCOLD gget_slow(VM_ARGS);
VMCOLD call_slow(VM_ARGS);
VMCOLD call_hot(VM_ARGS);
VMCOLD tailcall_slow(VM_ARGS);
VMCOLD ret_slow(VM_ARGS);
VMCOLD loop_hot(VM_ARGS);
VMCOLD jloop_enter(VM_ARGS);
VMCOLD forprep_enter(VM_ARGS);
VMCOLD loop_limit(VM_ARGS);
VMCOLD forloop_hot(VM_ARGS);
VMCOLD jforloop_enter(VM_ARGS);
VMCOLD unm_slow(VM_ARGS);
VMCOLD len_slow(VM_ARGS);
VMCOLD gset_slow(VM_ARGS);
VMCOLD self_slow(VM_ARGS);
VMCOLD pcall_slow(VM_ARGS);
#endif

/* A metamethod call was pushed at L->top (function and nargs arguments): run it as a frame whose
 * return finishes this instruction (cont.c), and go on where that says. */
#define METACALL(nargs, st, last) CONTINUE_AT(cont_call(L, L->top - (nargs) - 1, 1, (st), (last)))
/* Goes on at newpc in the frame L->ci (NULL: the thread yielded, leave the loop). */
#define CONTINUE_AT(newpc) \
  do { \
    pc = (newpc); \
    if (pc == NULL) VM_EXIT(); \
    base = L->base; \
    k = CL->p->k; \
    SETDISP(); \
    NEXT(); \
  } while (0)

  /* --- moves and constants --- */
OP(MOV) {
  *RA = *RD;
  NEXT();
}
OP(KSTR) {
  *RA = *KD;
  NEXT();
}
OP(KNUM) {
  *RA = *KD;
  NEXT();
}
OP(KSHORT) {
  *RA = val_fromnum_raw((double)bc_sd(i));
  NEXT();
}
OP(KPRI) {
  *RA = prim_values[bc_d(i)];
  NEXT();
}
OP(KNIL) {
  Value *ra = RA, *rd = RD;
  while (ra <= rd) *ra++ = VAL_NIL;
  NEXT();
}
OP(KWIDE) {
  *RA = k[bc_dataval(*pc++)];   /* the data word */
  NEXT();
}

  /* --- unary --- */
OP(NOT) {
  *RA = val_frombool(val_isfalsy(*RD));
  NEXT();
}
OP(UNM) {
  Value d = *RD;
  if (val_isnum(d)) *RA = val_fromnum_raw(-val_num(d));
  else SLOW(unm_slow);
  NEXT();
}
SLOWOP(unm_slow) {
  SAVEPC();
  if (!meta_arith_k(L, RA, RD, RD, TM_UNM)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(LEN) {
  Value d = *RD;
  if (val_istab(d)) *RA = val_fromnum_raw((double)tab_len(val_tab(d)));
  else if (val_isstr(d)) *RA = val_fromnum_raw((double)val_str(d)->len);
  else SLOW(len_slow);
  NEXT();
}
SLOWOP(len_slow) {
  SAVEPC();
  if (!meta_len_k(L, RA, RD)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}

  /* --- arithmetic --- */
/* isnum tests the operands b_ and c_. The constant of a VK/KV form is always a number (the
 * compiler and the chunk verifier see to it): there only the register is tested. */
#define ARITH(name, expr, lhs, rhs, isnum) \
OP(name) { \
  Value b_ = *(lhs), c_ = *(rhs); \
  if (LIKELY(isnum)) { \
    double b = val_num(b_), c = val_num(c_); \
    *RA = val_fromnum_raw(expr); \
    NEXT(); \
  } \
  SLOW(arith_slow); \
}
#define ARITH3(NAME, expr) \
  ARITH(NAME##VV, expr, RB, RC, ISNUM2(b_, c_)) \
  ARITH(NAME##VK, expr, RB, KC, ISNUM(b_)) \
  ARITH(NAME##KV, expr, KC, RB, ISNUM(c_))
  ARITH3(ADD, b + c)
  ARITH3(SUB, b - c)
  ARITH3(MUL, b * c)
  ARITH3(DIV, b / c)
  ARITH3(MOD, b - floor(b / c) * c)
  ARITH(POW, pow(b, c), RB, RC, ISNUM2(b_, c_))
#undef ARITH3
#undef ARITH

SLOWOP(arith_slow) {
  /* Operands by the opcode's form: VV (registers), VK (register, constant), KV. */
  BCOp op = bc_op(i);
  const Value *lhs = RB, *rhs = RC;
  TMS tm = TM_POW;
  if (op >= BC_ADDVK && op <= BC_MODVK) {
    rhs = KC;
    tm = (TMS)(TM_ADD + (op - BC_ADDVK));
  } else if (op >= BC_ADDKV && op <= BC_MODKV) {
    lhs = KC;
    rhs = RB;
    tm = (TMS)(TM_ADD + (op - BC_ADDKV));
  } else if (op != BC_POW) {
    tm = (TMS)(TM_ADD + (op - BC_ADDVV));
  }
  SAVEPC();
  if (!meta_arith_k(L, RA, lhs, rhs, tm)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}

OP(CAT) {
  int b = bc_b(i), c = bc_c(i), last;
  SAVEPC();
  last = meta_concat_k(L, c - b + 1, c);
  if (last != 0) METACALL(2, CIST_CONT, last);
  gc_check(L);
  base = L->base;
  *RA = base[b];
  NEXT();
}

  /* --- comparisons --- */
#define COMPARE(name, cond) \
OP(name) { \
  Value a_ = *RA, d_ = *RD; \
  if (LIKELY(ISNUM2(a_, d_))) { \
    double a = val_num(a_), d = val_num(d_); \
    CONDJMP(cond); \
    NEXT(); \
  } \
  SLOW(compare_slow); \
}
  COMPARE(ISLT, a < d)
  COMPARE(ISGE, !(a < d))
  COMPARE(ISLE, a <= d)
  COMPARE(ISGT, !(a <= d))
#undef COMPARE
SLOWOP(compare_slow) {
  BCOp op = bc_op(i);
  int cond;
  SAVEPC();
  if (op == BC_ISLT || op == BC_ISGE) cond = meta_lessthan_k(L, RA, RD);
  else cond = meta_lessequal_k(L, RA, RD);
  if (cond < 0) METACALL(2, cond == META_CALLNEG ? CIST_CONT | CIST_NEG : CIST_CONT, 0);
  base = L->base;
  CONDJMP(cond == (op == BC_ISLT || op == BC_ISLE));
  NEXT();
}

#define EQUALITY(name, want) \
OP(name) { \
  Value a = *RA, d = *RD; \
  if (LIKELY(ISNUM2(a, d))) { \
    CONDJMP((val_num(a) == val_num(d)) == (want)); \
    NEXT(); \
  } \
  if (a == d) { \
    CONDJMP(want); \
    NEXT(); \
  } \
  SLOW(equal_slow); \
}
  EQUALITY(ISEQV, 1)
  EQUALITY(ISNEV, 0)
#undef EQUALITY
SLOWOP(equal_slow) {
  /* Different bit patterns, not both numbers: equal only through __eq of tables or userdata. */
  Value a = *RA, d = *RD;
  int cond = 0;
  if (val_itype(a) == val_itype(d) && (val_istab(a) || val_isudata(a))) {
    SAVEPC();
    cond = meta_equal_k(L, a, d);
    if (cond < 0) METACALL(2, CIST_CONT, 0);
    base = L->base;
  }
  CONDJMP(cond == (bc_op(i) == BC_ISEQV));
  NEXT();
}

OP(ISEQS) {
  CONDJMP(*RA == *KD);
  NEXT();
}
OP(ISNES) {
  CONDJMP(*RA != *KD);
  NEXT();
}
OP(ISEQN) {
  Value a = *RA;
  CONDJMP(val_isnum(a) && val_num(a) == val_num(*KD));
  NEXT();
}
OP(ISNEN) {
  Value a = *RA;
  CONDJMP(!(val_isnum(a) && val_num(a) == val_num(*KD)));
  NEXT();
}
OP(ISEQP) {
  CONDJMP(*RA == prim_values[bc_d(i)]);
  NEXT();
}
OP(ISNEP) {
  CONDJMP(*RA != prim_values[bc_d(i)]);
  NEXT();
}
OP(IST) {
  CONDJMP(val_istruthy(*RD));
  NEXT();
}
OP(ISF) {
  CONDJMP(val_isfalsy(*RD));
  NEXT();
}
OP(ISTC) {
  Value d = *RD;
  if (val_istruthy(d)) {
    *RA = d;
    pc += bc_sd(*pc) + 1;
  } else {
    pc++;
  }
  NEXT();
}
OP(ISFC) {
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
OP(GGET) {
  const Value *v = tab_getstrv(CL->env, *KD, val_str(*KD));
  if (LIKELY(!val_isnil(*v))) {
    *RA = *v;
    NEXT();
  }
  SLOW(gget_slow);
}
SLOWOP(gget_slow) {
  Table *env = CL->env;
  if (!meta_getstr_miss(L, env, val_str(*KD), RA)) {
    Value envv = val_fromtab(env);
    SAVEPC();
    if (!meta_index_k(L, &envv, *KD, RA)) METACALL(2, CIST_CONT, 0);
    base = L->base;
  }
  NEXT();
}
OP(GSET) {
  Table *env = CL->env;
  Value *v = (Value *)tab_getstrv(env, *KD, val_str(*KD));
  if (!val_isnil(*v)) {
    *v = *RA;
    gc_barriertab(L, env, *RA);
  } else {
    SLOW(gset_slow);
  }
  NEXT();
}
OP(GGETV) {
  Value envv = val_fromtab(CL->env);
  PROTECT(meta_index(L, &envv, *RD, RA));
  NEXT();
}
OP(GSETV) {
  Value envv = val_fromtab(CL->env);
  PROTECT(meta_newindex(L, &envv, *RD, *RA));
  NEXT();
}
SLOWOP(gset_slow) {
  Value envv = val_fromtab(CL->env);
  SAVEPC();
  if (!meta_newindex_k(L, &envv, *KD, *RA)) METACALL(3, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(UGET) {
  *RA = *CL->upvals[bc_d(i)]->v;
  NEXT();
}
OP(USET) {
  UpVal *uv = CL->upvals[bc_d(i)];
  *uv->v = *RA;
  gc_barrier(L, uv, *RA);
  NEXT();
}

  /* --- tables --- */
OP(TNEW) {
  PROTECT(*RA = val_fromtab(tab_new(L, bc_b(i), bc_c(i))); gc_check(L));
  NEXT();
}
OP(TGETV) {
  Value t = *RB, key = *RC;
  if (LIKELY(val_istab(t))) {
    Table *h = val_tab(t);
    if (LIKELY(ISNUM(key))) {
      uint64_t ix;
      if (LIKELY(vm_arrayix(h, key, &ix) && !val_isnil(h->array[ix]))) {
        *RA = h->array[ix];
        NEXT();
      }
    } else if (val_isstr(key)) {
      const Value *v = tab_getstrv(h, key, val_str(key));
      if (!val_isnil(*v)) {
        *RA = *v;
        NEXT();
      }
    }
  }
  SLOW(tgetv_slow);
}
SLOWOP(tgetv_slow) {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value key = *RC;
    const Value *v = ISNUM(key) ? tab_getnum(h, val_num(key)) : tab_get(h, key);
    if (!val_isnil(*v) || meta_fasttm(L, h->mt, TM_INDEX) == NULL) {
      *RA = *v;
      NEXT();
    }
  }
  SAVEPC();
  if (!meta_index_k(L, RB, *RC, RA)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(TGETS) {
  Value t = *RB;
  if (LIKELY(val_istab(t))) {
    const Value *v = tab_getstrv(val_tab(t), *KC, val_str(*KC));
    /* A hit, or a miss in a table without a metatable (an absent field reads nil). */
    if (LIKELY(!val_isnil(*v) || val_tab(t)->mt == NULL)) {
      *RA = *v;
      NEXT();
    }
  }
  SLOW(tgets_slow);
}
SLOWOP(tgets_slow) {
  Value t = *RB;
  if (val_istab(t)) {
    if (meta_getstr_miss(L, val_tab(t), val_str(*KC), RA)) NEXT();
  }
  SAVEPC();
  if (!meta_index_k(L, RB, *KC, RA)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(TGETB) {
  Value t = *RB;
  if (LIKELY(val_istab(t))) {
    Table *h = val_tab(t);
    uint32_t ix = (uint32_t)bc_c(i);
    if (LIKELY(ix < h->asize)) {
      if (LIKELY(!val_isnil(h->array[ix]) || h->mt == NULL)) {
        *RA = h->array[ix];
        NEXT();
      }
    } else if (h->mt == NULL) {
      *RA = *tab_getnumhash(h, (double)bc_c(i));   /* beyond the array part */
      NEXT();
    }
  }
  SLOW(tgetb_slow);
}
SLOWOP(tgetb_slow) {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    const Value *v = tab_getint(h, bc_c(i));
    if (!val_isnil(*v) || meta_fasttm(L, h->mt, TM_INDEX) == NULL) {
      *RA = *v;
      NEXT();
    }
  }
  SAVEPC();
  if (!meta_index_k(L, RB, val_fromnum_raw((double)bc_c(i)), RA)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(TSETV) {
  Value t = *RB, key = *RC;
  if (LIKELY(val_istab(t))) {
    Table *h = val_tab(t);
    /* A black table takes the barrier on the slow path, but only for a collectable value: a
     * table can stay black for long when little is allocated, and numbers need no barrier. */
    int nobarrier = !(gc_isblack(h) && val_isgc(*RA));
    if (LIKELY(ISNUM(key))) {
      uint64_t ix;
      /* A nil slot needs a look at __newindex, unless there is no metatable. */
      if (LIKELY(vm_arrayix(h, key, &ix) && (!val_isnil(h->array[ix]) || h->mt == NULL) &&
                 nobarrier)) {
        h->array[ix] = *RA;
        NEXT();
      }
    } else if (val_isstr(key)) {
      Value *v = (Value *)tab_getstrv(h, key, val_str(key));
      if (!val_isnil(*v) && nobarrier) {
        *v = *RA;
        NEXT();
      }
    }
  }
  SLOW(tsetv_slow);
}
SLOWOP(tsetv_slow) {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value key = *RC;
    Value *v = (Value *)(ISNUM(key) ? tab_getnum(h, val_num(key)) : tab_get(h, key));
    if (!val_isnil(*v)) {
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
    if (h->mt == NULL) {  /* a new key and no metatable: a raw store */
      SAVEPC();
      v = tab_setfound(L, h, key, v);
      base = L->base;
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
  }
  SAVEPC();
  if (!meta_newindex_k(L, RB, *RC, *RA)) METACALL(3, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(TSETS) {
  Value t = *RB;
  if (LIKELY(val_istab(t))) {
    Table *h = val_tab(t);
    Value *v = (Value *)tab_getstrv(h, *KC, val_str(*KC));
    if (LIKELY(!val_isnil(*v) && !(gc_isblack(h) && val_isgc(*RA)))) {
      *v = *RA;
      NEXT();
    }
  }
  SLOW(tsets_slow);
}
SLOWOP(tsets_slow) {
  Value t = *RB;
  if (val_istab(t)) {
    Table *h = val_tab(t);
    Value *v = (Value *)tab_getstrv(h, *KC, val_str(*KC));
    if (!val_isnil(*v) || h->mt == NULL) {
      if (val_isnil(*v)) {  /* a new key and no metatable: a raw store */
        SAVEPC();
        v = tab_setfound(L, h, *KC, v);
        base = L->base;
      }
      *v = *RA;
      gc_barriertab(L, h, *RA);
      NEXT();
    }
  }
  SAVEPC();
  if (!meta_newindex_k(L, RB, *KC, *RA)) METACALL(3, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(TSETB) {
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
  SAVEPC();
  if (!meta_newindex_k(L, RB, val_fromnum_raw((double)bc_c(i)), *RA)) METACALL(3, CIST_CONT, 0);
  base = L->base;
  NEXT();
}
OP(SETLIST) {
  Value *ra = RA;
  int n = bc_b(i);
  int c = bc_c(i);
  int last;
  Table *h;
  if (n == 0) {
    n = (int)(L->top - ra) - 1;
    L->top = L->ci->top;
  }
  if (c == 0) c = bc_dataval(*pc++);
  SAVEPC();
  /* The compiler always targets the table of a TNEW; a loaded chunk may not (the verifier
     checks operands, not the types they will hold at run time). */
  if (!val_istab(*ra)) dbg_typeerror(L, ra, "index");
  h = val_tab(*ra);
  last = ((c - 1) * BC_SETLIST_PER_FLUSH) + n;
  if (last >= (int)h->asize) {
    tab_resizearray(L, h, last);
    base = L->base;
    ra = RA;
  }
  if (last < (int)h->asize) {
    /* All of 1..last is in the array part. */
    for (; n > 0; n--) h->array[last--] = ra[n];
    if (gc_isblack(h)) gc_barrierback_(L, h);
  } else {
    for (; n > 0; n--) {
      *tab_setint(L, h, last--) = ra[n];
      gc_barriertab(L, h, ra[n]);
    }
  }
  NEXT();
}
OP(SELF) {
  Value *ra = RA;
  Value t = *RB;
  ra[1] = t;
  if (val_istab(t)) {
    const Value *v = tab_getstrv(val_tab(t), *KC, val_str(*KC));
    if (!val_isnil(*v)) {
      *ra = *v;
      NEXT();
    }
    if (meta_getstr_miss(L, val_tab(t), val_str(*KC), ra)) NEXT();
  }
  SLOW(self_slow);
}
SLOWOP(self_slow) {
  SAVEPC();
  if (!meta_index_k(L, RB, *KC, RA)) METACALL(2, CIST_CONT, 0);
  base = L->base;
  NEXT();
}

  /* --- closures --- */
OP(CLOSURE) {
  LFunc *cl = CL;
  Closure *ncl;
  SAVEPC();
  ncl = func_newclosure(L, cl, cl->p->p[bc_d(i)], base);
  *RA = val_fromfunc(ncl);
  PROTECT(gc_check(L));
  NEXT();
}
OP(CLOSE) {
  func_close(L, RA);
  NEXT();
}

  /* --- calls and returns --- */
OP(VARARG) {
  Value *ra = RA;
  int b = bc_b(i) - 1;
  int j;
  /* The actual extra arguments sit below base, under the copy of the function at base[-1]. */
  int n = (int)(base - L->ci->func) - CL->p->numparams - 2;
  Value *va = base - 1 - n;
  if (b == LUA_MULTRET) {
    PROTECT(state_checkstack(L, n));
    ra = RA;
    va = base - 1 - n;
    b = n;
    L->top = ra + n;
  }
  for (j = 0; j < b; j++) {
    if (j < n) ra[j] = va[j];
    else ra[j] = VAL_NIL;
  }
  NEXT();
}
OP(CALL) {
  /* Fast path: a Lua function with fixed parameters, no call hook, room on the stack and in
   * the frame array. The frame is built here and execution continues without leaving the loop. */
  Value *ra = RA;
  Value fv = *ra;
  if (LIKELY(val_isfunc(fv) && !val_func(fv)->c.isC)) {
    LFunc *ncl = &val_func(fv)->l;
    Proto *p = ncl->p;
    CallInfo *ci = L->ci;
    Value *nbase = ra + 1;
    /* LIMIT_HOOKMASK: a limit needs the hook dispatch, which call_slow's REENTER loads. */
    if (LIKELY(!(p->flags & PROTO_VARARG) && !(L->hookmask & (LUA_MASKCALL | LIMIT_HOOKMASK)) &&
               ci != L->end_ci &&
               (char *)L->stack_last - (char *)nbase > (ptrdiff_t)(p->maxstack * sizeof(Value)))) {
      int b = bc_b(i);
      /* Missing parameters are nil. */
      if (UNLIKELY(b == 0 || b - 1 < p->numparams)) {
        Value *top = b != 0 ? ra + b : L->top;
        Value *parend = nbase + p->numparams;
        while (top < parend) {
          *top++ = VAL_NIL;
          NOIDIOM(top);
        }
      }
      ci->savedpc = pc;
      L->ci = ++ci;
      ci->func = ra;
      L->base = ci->base = nbase;
      ci->top = L->top = nbase + p->maxstack;
      ci->savedpc = p->code;
      ci->nresults = bc_c(i) - 1;
      ci->tailcalls = 0;
      ci->callstatus = 0;
      ci->contlast = 0;   /* with the two above: one 8-byte store */
      base = nbase;
      k = p->k;
      pc = p->code;
      if (UNLIKELY(--p->hotcall == 0)) SLOW(call_hot);
      NEXT();
    }
  }
  SLOW(call_slow);
}
SLOWOP(call_hot) {
  /* The function's call counter ran out (jit.h): it has a trace to enter, or may get one. The
   * frame is made and pc is its first instruction. */
  Proto *p = CL->p;
  limit_sync(L);
  if (p->jitf > 0 && !HOOKED(L)) ENTER_FTRACE(p);
  else {
    jit_hotcall(L, p);
    SETDISP();
  }
  NEXT();
}
SLOWOP(call_slow) {
  Value *ra = RA;
  int b = bc_b(i);
  int nresults = bc_c(i) - 1;
  Value fv = *ra;
  CallInfo *ci = L->ci;
  if (b != 0) L->top = ra + b;
  ci->savedpc = pc;
  if (val_isfunc(fv) && val_func(fv)->c.isC && L->hookmask == 0) {
    CFunc *cf = &val_func(fv)->c;
    if (cf->ffid != 0 && cf->ffid <= FF_XPCALL) {
      if (cf->ffid >= FF_PCALL) SLOW(pcall_slow);
      if (L->top > ra + 1 && ISNUM(ra[1]) && (cf->ffid != FF_LOG || L->top == ra + 2)) {
        /* A fast function with a number: computed here, no frame. */
        ra[0] = val_fromnum(vm_ffmath[cf->ffid](val_num(ra[1])));
        if (nresults < 0) {
          L->top = ra + 1;
        } else {
          int j;
          for (j = 1; j < nresults; j++) ra[j] = VAL_NIL;
          L->top = ci->top;
        }
        NEXT();
      }
    }
    if (ci != L->end_ci &&
        (char *)L->stack_last - (char *)L->top > (ptrdiff_t)(LUA_MINSTACK * sizeof(Value))) {
      /* C functions: frame, call and result copy inline. */
      int n;
      do_cframe(L, ra, nresults);
      G(L)->vmstate = PROF_VM_C;   /* for the profiler (prof.h) */
      n = (*cf->f)(L);
      G(L)->vmstate = PROF_VM_INTERP;
      if (n < 0) VM_EXIT();  /* yielded: lua_resume continues this frame */
      if (L->hookmask) {
        /* The function set a hook (debug.sethook): return through the general path. */
        do_poscall(L, L->top - n);
        base = L->base;
        if (nresults >= 0) L->top = L->ci->top;
        SETDISP();
        NEXT();
      }
      base = do_cpos(L, L->top - n, n, nresults);   /* to L->ci->func: the stack may have moved */
      NEXT();
    }
  }
  if (val_isfunc(fv) && val_func(fv)->c.isC && ff_ispcall(val_func(fv)->c.ffid))
    SLOW(pcall_slow);   /* with a hook set */
  switch (do_precall(L, ra, nresults, 0, 0)) {
    case PCR_LUA:
      REENTER();
    case PCR_C:
      base = L->base;
      if (nresults >= 0) L->top = L->ci->top;
      SETDISP();
      NEXT();
    default:
      VM_EXIT();
  }
}
OP(TAILCALL) {
  /* Fast path: a Lua function with fixed parameters replaces the current frame in place (no
   * call hook, no open upvalues to close, room on the stack). */
  Value *ra = RA;
  Value fv = *ra;
  if (LIKELY(val_isfunc(fv) && !val_func(fv)->c.isC)) {
    Proto *p = val_func(fv)->l.p;
    CallInfo *ci = L->ci;
    Value *func = ci->func;
    if (LIKELY(!(p->flags & PROTO_VARARG) && !(L->hookmask & (LUA_MASKCALL | LIMIT_HOOKMASK)) &&
               !(L->openupval && L->openupval->v >= base) &&
               (char *)L->stack_last - (char *)func >
                   (ptrdiff_t)((p->maxstack + 1) * sizeof(Value)))) {
      int b = bc_b(i);
      Value *top = b != 0 ? ra + b : L->top;
      Value *nbase = func + 1;
      Value *src = ra, *dst = func, *parend = nbase + p->numparams;
      while (src < top) {
        *dst++ = *src++;
        NOIDIOM(dst);
      }
      while (dst < parend) {
        *dst++ = VAL_NIL;
        NOIDIOM(dst);
      }
      L->base = ci->base = nbase;
      ci->top = L->top = nbase + p->maxstack;
      ci->savedpc = p->code;
      ci->tailcalls++;
      base = nbase;
      k = p->k;
      pc = p->code;
      if (UNLIKELY(--p->hotcall == 0)) SLOW(call_hot);
      NEXT();
    }
  }
  SLOW(tailcall_slow);
}
SLOWOP(pcall_slow) {
  /* pcall or xpcall: a pcall frame (cont.c). A tail call of it is an ordinary call, as 5.1
   * makes every tail call of a C function, and the RET after it returns its results. The
   * errors it catches unwind to a catch point of this vm_execute, made here at its first
   * pcall. */
  Value *ra = RA;
  int nresults = bc_op(i) == BC_TAILCALL ? LUA_MULTRET : bc_c(i) - 1;
  if (!err_vmprotected(L)) {
    vm_pcallprotected(L, ra, nresults);
    VM_EXIT();
  }
  CONTINUE_AT(cont_call(L, ra, nresults, 0, 0));
}
SLOWOP(tailcall_slow) {
  Value *ra = RA;
  int b = bc_b(i);
  if (b != 0) L->top = ra + b;
  L->ci->savedpc = pc;
  if (val_isfunc(*ra) && val_func(*ra)->c.isC && ff_ispcall(val_func(*ra)->c.ffid))
    SLOW(pcall_slow);
  switch (do_precall(L, ra, LUA_MULTRET, 0, 0)) {
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
      REENTER();
    }
    case PCR_C:
      base = L->base;
      SETDISP();
      NEXT();
    default:
      VM_EXIT();
  }
}
OP(RET) {
  /* Fast path: returning into a Lua frame of this same loop, no open upvalues to close. */
  CallInfo *ci = L->ci;
  if (LIKELY(!ci->callstatus && !(L->hookmask & LUA_MASKRET) &&
             !(L->openupval && L->openupval->v >= base))) {
    Value *ra = RA;
    int b = bc_b(i);
    Value *res = ci->func;
    int wanted = ci->nresults;
    if (wanted == 1 && b == 2) {
      *res = *ra;   /* the usual case: `return x` to a call wanting one value */
      L->ci = --ci;
      base = L->base = ci->base;
      L->top = ci->top;
    } else {
      Value *top = b != 0 ? ra + b - 1 : L->top;
      int n = wanted;
      while (n != 0 && ra < top) { *res++ = *ra++; n--; }
      while (n-- > 0) {
        *res++ = VAL_NIL;
        NOIDIOM(res);
      }
      L->ci = --ci;
      base = L->base = ci->base;
      L->top = wanted == LUA_MULTRET ? res : ci->top;
    }
    k = CL->p->k;
    pc = ci->savedpc;
    NEXT();
  }
  SLOW(ret_slow);
}
SLOWOP(ret_slow) {
  Value *ra = RA;
  int b = bc_b(i);
  CallInfo *ci = L->ci;
  int st = ci->callstatus, last = ci->contlast;
  if (b != 0) L->top = ra + b - 1;
  if (L->openupval && L->openupval->v >= base) func_close(L, base);
  ci->savedpc = pc;
  if (st == CIST_CONT && !(L->hookmask & LUA_MASKRET) && bc_op(ci[-1].savedpc[-1]) != BC_CAT) {
    /* A metamethod returning to the instruction that called it, which ends with its result. */
    Value res = ra < L->top ? *ra : VAL_NIL;
    L->ci = --ci;
    L->base = ci->base;
    CONTINUE_AT(cont_finishop(L, st, res, &last));
  }
  b = do_poscall(L, ra);
  if (st & CIST_FRESH) VM_EXIT();
  if (st != 0) CONTINUE_AT(cont_afterret(L, st, last));
  if (b) L->top = L->ci->top;
  REENTER();
}

  /* --- control flow --- */
OP(JMP) {
  pc += bc_sd(i);
  NEXT();
}
OP(UCLO) {
  func_close(L, RA);
  pc += bc_sd(i);
  NEXT();
}
OP(LOOP) {
  if (UNLIKELY(--G(L)->hotcount[jit_hotslot(pc - 1)] == 0)) SLOW(loop_hot);
  NEXT();
}
SLOWOP(loop_hot) {
  limit_sync(L);   /* an interrupt posted for this thread? (limit.h) */
  jit_hotloop(L, pc - 1);
  SETDISP();
  NEXT();
}
/* A blacklisted loop has no counter that would reload the dispatch: it tests the hook bits a
 * signal handler or another thread may set (a limit, the CLI's Ctrl-C count hook) itself. */
#define LOOP_ASYNC_HOOKS (LIMIT_HOOKMASK | LUA_MASKCOUNT | LUA_MASKLINE)
OP(ILOOP) {
  if (UNLIKELY(L->hookmask & LOOP_ASYNC_HOOKS)) SLOW(loop_limit);   /* not counted: see limit.h */
  NEXT();
}
SLOWOP(loop_limit) {
  SETDISP();
  NEXT();
}
OP(JLOOP) {
  SLOW(jloop_enter);
}
SLOWOP(jloop_enter) {
  limit_sync(L);
  if (!HOOKED(L)) ENTER_TRACE(pc - 1);
  else SETDISP();
  NEXT();
}
OP(FORPREP) {
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
    /* A compiled loop runs from its first iteration on. */
    if (UNLIKELY(bc_op(pc[bc_sd(i) - 1]) == BC_JFORLOOP) && !HOOKED(L)) SLOW(forprep_enter);
  } else {
    pc += bc_sd(i);
  }
  NEXT();
}
SLOWOP(forprep_enter) {
  ENTER_TRACE(pc + bc_sd(i) - 1);
  NEXT();
}
OP(FORLOOP) {
  if (vm_forstep(RA)) {
    if (UNLIKELY(--G(L)->hotcount[jit_hotslot(pc - 1)] == 0)) SLOW(forloop_hot);
    pc += bc_sd(i);
  }
  NEXT();
}
SLOWOP(forloop_hot) {
  limit_sync(L);
  jit_hotloop(L, pc - 1);
  pc += bc_sd(i);
  SETDISP();
  NEXT();
}
OP(IFORLOOP) {
  if (vm_forstep(RA)) {
    pc += bc_sd(i);
    if (UNLIKELY(L->hookmask & LOOP_ASYNC_HOOKS)) SLOW(loop_limit);
  }
  NEXT();
}
OP(JFORLOOP) {
  SLOW(jforloop_enter);
}
SLOWOP(jforloop_enter) {
  /* FORLOOP, then the trace if the loop goes on (interpreted when a hook is set). */
  if (vm_forstep(RA)) {
    const Instr *lpc = pc - 1;
    pc += bc_sd(i);
    limit_sync(L);
    if (!HOOKED(L)) ENTER_TRACE(lpc);
    else SETDISP();
  }
  NEXT();
}
OP(TFORCALL) {
  /* The iterator is called as CALL A+3 with two arguments and C results would call it: a frame
   * of this loop (it may yield), returning to TFORLOOP. */
  Value *cb = RA + 3;
  cb[2] = cb[-1];
  cb[1] = cb[-2];
  cb[0] = cb[-3];
  i = bc_abc(BC_CALL, bc_a(i) + 3, 3, bc_c(i) + 1);
  SLOW(HANDLER(CALL));
}
OP(TFORLOOP) {
  Value *ra = RA;
  if (!val_isnil(ra[3])) {
    ra[2] = ra[3];
    pc += bc_sd(i);
  }
  NEXT();
}
