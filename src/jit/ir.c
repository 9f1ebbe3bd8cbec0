/*
 * ir.c - building the IR: constants, the emitter with its fold rules and CSE, and the dump.
 *
 * ir_emit is the one way instructions enter the trace. It first runs the fold rules (constant
 * folding and algebraic simplification: a table of small functions matched by opcode and operand
 * kinds), then looks for an identical earlier instruction on the opcode's chain (CSE), and only
 * then appends. Loads take part in CSE and store-to-load forwarding, limited by the stores that
 * may alias them (ir_loadlimit). A guard that folds to "always holds" is dropped (ir_emit returns
 * 0); one that folds to "never holds" aborts the recording.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jit_int.h"
#include "mem.h"
#include "tab.h"

const char *const ir_names[IR__MAX] = {
#define IR_NAME(name, m1, m2, fl, sem) #name,
  IR_OPCODES(IR_NAME)
#undef IR_NAME
};
const uint8_t ir_flags[IR__MAX] = {
#define IR_FLAGS(name, m1, m2, fl, sem) (fl),
  IR_OPCODES(IR_FLAGS)
#undef IR_FLAGS
};
const uint8_t ir_mode1[IR__MAX] = {
#define IR_M1(name, m1, m2, fl, sem) IRM_##m1,
  IR_OPCODES(IR_M1)
#undef IR_M1
};
const uint8_t ir_mode2[IR__MAX] = {
#define IR_M2(name, m1, m2, fl, sem) IRM_##m2,
  IR_OPCODES(IR_M2)
#undef IR_M2
};
const char *const irt_names[IRT__MAX] = {
#define IRT_NAME(name, str) str,
  IRT_LIST(IRT_NAME)
#undef IRT_NAME
};
static const char *const irfpm_names[IRFPM__MAX] = {
#define IRFPM_NAME(name, fn) #fn,
  IRFPM_LIST(IRFPM_NAME)
#undef IRFPM_NAME
};
static const char *const irfl_names[IRFL__MAX] = {
#define IRFL_NAME(name, t, ofs) #name,
  IRFL_LIST(IRFL_NAME)
#undef IRFL_NAME
};

/* --- the buffer --- */

/* The IR lives in J->irbuf, covering refs irbot..irtop-1; it grows in both directions. */
static void ir_grow(JitState *J) {
  IRRef nbot = J->irbot, ntop = J->irtop;
  IRIns *nbuf;
  if (J->nk <= J->irbot) nbot = (IRRef)(J->irbot > 1024 ? J->irbot - 1024 : 0);
  if (J->nins >= J->irtop) ntop = (IRRef)(J->irtop + 1024 < 0xffff ? J->irtop + 1024 : 0xffff);
  if ((nbot == J->irbot && J->nk <= J->irbot) || (ntop == J->irtop && J->nins >= J->irtop))
    rec_abort(J, "trace too long");
  nbuf = (IRIns *)calloc((size_t)(ntop - nbot), sizeof(IRIns));
  if (!nbuf) rec_abort(J, "out of memory");
  if (J->irbuf)
    memcpy(nbuf + (J->irbot - nbot), J->irbuf, (size_t)(J->irtop - J->irbot) * sizeof(IRIns));
  free(J->irbuf);
  J->irbuf = nbuf;
  J->irbot = nbot;
  J->irtop = ntop;
}

void ir_init(JitState *J) {
  if (!J->irbuf) {
    J->irbot = REF_BIAS - 256;
    J->irtop = REF_BIAS + 512;
    J->irbuf = (IRIns *)calloc((size_t)(J->irtop - J->irbot), sizeof(IRIns));
    if (!J->irbuf) rec_abort(J, "out of memory");
  }
  J->nk = REF_BIAS;
  J->nins = REF_FIRST;
  memset(J->chain, 0, sizeof J->chain);
  J->loopref = 0;
  /* REF_BIAS itself: a placeholder so that no real instruction has ref REF_BIAS. */
  memset(IR(J, REF_BIAS), 0, sizeof(IRIns));
  IR(J, REF_BIAS)->o = IR_NOP;
  IR(J, REF_BIAS)->t = IRT_VOID;
}

static IRRef ir_newk(JitState *J, IROp o, IRType t) {
  IRRef ref;
  IRIns *ins;
  if (J->nk <= J->irbot + 1) ir_grow(J);
  ref = --J->nk;
  ins = IR(J, ref);
  memset(ins, 0, sizeof *ins);
  ins->o = (uint8_t)o;
  ins->t = (uint8_t)t;
  ins->prev = J->chain[o];
  J->chain[o] = ref;
  return ref;
}

IRRef ir_kint(JitState *J, int32_t i) {
  IRRef ref;
  for (ref = J->chain[IR_KINT]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->k.i == i) return ref;
  ref = ir_newk(J, IR_KINT, IRT_INT);
  IR(J, ref)->k.i = i;
  return ref;
}

IRRef ir_knum(JitState *J, double n) {
  IRRef ref;
  uint64_t bits;
  memcpy(&bits, &n, sizeof bits);
  for (ref = J->chain[IR_KNUM]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->k.u64 == bits) return ref;
  ref = ir_newk(J, IR_KNUM, IRT_NUM);
  IR(J, ref)->k.u64 = bits;
  return ref;
}

IRRef ir_kgc(JitState *J, GCObj *o, IRType t) {
  IRRef ref;
  for (ref = J->chain[IR_KGC]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->k.ptr == (void *)o && IR(J, ref)->t == t) return ref;
  ref = ir_newk(J, IR_KGC, t);
  IR(J, ref)->k.ptr = o;
  return ref;
}

IRRef ir_kptr(JitState *J, void *p) {
  IRRef ref;
  for (ref = J->chain[IR_KPTR]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->k.ptr == p) return ref;
  ref = ir_newk(J, IR_KPTR, IRT_PTR);
  IR(J, ref)->k.ptr = p;
  return ref;
}

IRRef ir_kpri(JitState *J, IRType t) {
  IRRef ref;
  for (ref = J->chain[IR_KPRI]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->t == t) return ref;
  return ir_newk(J, IR_KPRI, t);
}

IRRef ir_emit_raw(JitState *J, IROp o, IRType t, IRRef op1, IRRef op2) {
  IRRef ref;
  IRIns *ins;
  if (J->nins >= J->irtop - 1) ir_grow(J);
  if ((int)(J->nins - REF_BIAS) > J->param[JIT_P_maxrecord]) rec_abort(J, "trace too long");
  ref = J->nins++;
  ins = IR(J, ref);
  memset(ins, 0, sizeof *ins);
  ins->o = (uint8_t)o;
  ins->t = (uint8_t)t;
  ins->op1 = op1;
  ins->op2 = op2;
  ins->prev = J->chain[o];
  J->chain[o] = ref;
  return ref;
}

IRType ir_type_of_value(Value v) {
  if (val_isnum(v)) return IRT_NUM;
  switch (val_itype(v)) {
    case ITYPE_NIL: return IRT_NIL;
    case ITYPE_FALSE: return IRT_FALSE;
    case ITYPE_TRUE: return IRT_TRUE;
    case ITYPE_LIGHTUD: return IRT_LUD;
    case ITYPE_STR: return IRT_STR;
    case ITYPE_THREAD: return IRT_THREAD;
    case ITYPE_FUNC: return IRT_FUNC;
    case ITYPE_TAB: return IRT_TAB;
    case ITYPE_UDATA: return IRT_UDATA;
    case ITYPE_PROTO: return IRT_PROTO;
    default: return IRT_UPVAL;
  }
}

/* --- fold rules --- */

/* What a fold rule returns: a ref (the result: an existing instruction or a constant), or one of
 * these. FOLD_NEXT: the rule does not apply; FOLD_EMIT: emit the (possibly rewritten) instruction
 * in J->fins; FOLD_DROP: a guard that always holds. */
#define FOLD_NEXT  ((IRRef)0xffff)
#define FOLD_EMIT  ((IRRef)0xfffe)
#define FOLD_DROP  ((IRRef)0)

typedef struct FoldIns { IROp o; IRType t; IRRef op1, op2; } FoldIns;
typedef IRRef (*FoldFn)(JitState *J, FoldIns *f);

#define KN(ref) (IR(J, ref)->k.n)
#define KI(ref) (IR(J, ref)->k.i)

static double fold_arith(IROp o, double a, double b) {
  switch (o) {
    case IR_ADD: return a + b;
    case IR_SUB: return a - b;
    case IR_MUL: return a * b;
    case IR_DIV: return a / b;
    case IR_MOD: return a - floor(a / b) * b;
    case IR_POW: return pow(a, b);
    case IR_MIN: return a < b ? a : b;   /* as the backend: minsd returns op2 unless op1 < op2 */
    case IR_MAX: return a > b ? a : b;
    default: return 0;
  }
}

static double fold_fpmath(int fn, double a) {
  switch (fn) {
    case IRFPM_FLOOR: return floor(a);
    case IRFPM_CEIL: return ceil(a);
    case IRFPM_SQRT: return sqrt(a);
    case IRFPM_ABS: return fabs(a);
    case IRFPM_SIN: return sin(a);
    case IRFPM_COS: return cos(a);
    case IRFPM_TAN: return tan(a);
    case IRFPM_EXP: return exp(a);
    case IRFPM_LOG: return log(a);
    default: return log10(a);
  }
}

/* KNUM op KNUM */
static IRRef fold_knum_arith(JitState *J, FoldIns *f) {
  if (f->t != IRT_NUM) return FOLD_NEXT;
  return ir_knum(J, fold_arith(f->o, KN(f->op1), KN(f->op2)));
}
static IRRef fold_knum_neg(JitState *J, FoldIns *f) {
  return ir_knum(J, -KN(f->op1));
}
static IRRef fold_knum_fpmath(JitState *J, FoldIns *f) {
  return ir_knum(J, fold_fpmath(f->op2, KN(f->op1)));
}

/* KINT op KINT, computed in 64 bits: the OV forms fold only without overflow. */
static IRRef fold_kint_arith(JitState *J, FoldIns *f) {
  int64_t a = KI(f->op1), b = KI(f->op2), r;
  uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
  switch (f->o) {
    case IR_ADD: r = (int32_t)(ua + ub); break;
    case IR_SUB: r = (int32_t)(ua - ub); break;
    case IR_MUL: r = (int32_t)(ua * ub); break;
    case IR_ADDOV: r = a + b; if (r != (int32_t)r) return FOLD_NEXT; break;
    case IR_SUBOV: r = a - b; if (r != (int32_t)r) return FOLD_NEXT; break;
    case IR_BAND: r = (int32_t)(ua & ub); break;
    case IR_BOR: r = (int32_t)(ua | ub); break;
    case IR_BXOR: r = (int32_t)(ua ^ ub); break;
    case IR_BSHL: r = (int32_t)(ua << (ub & 31)); break;
    case IR_BSHR: r = (int32_t)(ua >> (ub & 31)); break;
    case IR_BSAR: r = (int32_t)a >> (ub & 31); break;
    case IR_BROL: r = (int32_t)((ua << (ub & 31)) | (ua >> ((32 - (ub & 31)) & 31))); break;
    case IR_BROR: r = (int32_t)((ua >> (ub & 31)) | (ua << ((32 - (ub & 31)) & 31))); break;
    default: return FOLD_NEXT;
  }
  return ir_kint(J, (int32_t)r);
}
static IRRef fold_kint_unary(JitState *J, FoldIns *f) {
  uint32_t a = (uint32_t)KI(f->op1);
  switch (f->o) {
    case IR_BNOT: return ir_kint(J, (int32_t)~a);
    case IR_BSWAP: return ir_kint(J, (int32_t)__builtin_bswap32(a));
    case IR_NEG: return f->t == IRT_INT && a != 0x80000000u ? ir_kint(J, -(int32_t)a) : FOLD_NEXT;
    case IR_TONUM: return ir_knum(J, (double)(int32_t)a);
    default: return FOLD_NEXT;
  }
}
static IRRef fold_knum_toint(JitState *J, FoldIns *f) {
  double n = KN(f->op1);
  if (knum_isint32(n)) return ir_kint(J, (int32_t)n);
  return FOLD_NEXT;   /* the guard would fail: leave it to run time (it exits) */
}
/* In the loop body, op1 a loop-carried value (one the previous iteration made): a rule must not
 * look at how it was computed (the refs there are this iteration's), as fold_add_chain says. */
#define CARRIED(J, ref) ((J)->carried && (ref) < (J)->loopref && (J)->carried[(ref) - REF_BIAS])

static IRRef fold_toint_tonum(JitState *J, FoldIns *f) {
  IRIns *a = IR(J, f->op1);
  if (CARRIED(J, f->op1)) return FOLD_NEXT;
  /* (int)(double)i == i, for an INT i (a length is a 64-bit value: no) */
  if (a->o == IR_TONUM && IR(J, a->op1)->t == IRT_INT) return a->op1;
  return FOLD_NEXT;
}

/* A comparison of numbers that are ints converted to doubles, or integral constants, is the
 * same comparison of the ints (exact: no NaN, every int32 is a double). */
/* The INT a NUM operand of a comparison is: an integral constant, or the INT a TONUM
 * converted (not a length, which TONUM converts from 64 bits: `#s < i` compared as 64-bit and
 * 32-bit values took -1 for 2^32 - 1, fuzzer seed 6032251); else 0. */
static IRRef cmp_intoperand(JitState *J, IRRef ref) {
  if (irref_isk(ref))
    return IR(J, ref)->o == IR_KNUM && knum_isint32(KN(ref)) ? ir_kint(J, (int32_t)KN(ref)) : 0;
  return IR(J, ref)->o == IR_TONUM && !CARRIED(J, ref) && IR(J, IR(J, ref)->op1)->t == IRT_INT
             ? IR(J, ref)->op1 : 0;
}
static IRRef fold_cmp_tonum(JitState *J, FoldIns *f) {
  IRRef ia, ib;
  if (f->t != IRT_NUM) return FOLD_NEXT;
  if (!(ia = cmp_intoperand(J, f->op1)) || !(ib = cmp_intoperand(J, f->op2))) return FOLD_NEXT;
  if (irref_isk(ia) && irref_isk(ib)) return FOLD_NEXT;
  f->t = IRT_INT;
  f->op1 = ia;
  f->op2 = ib;
  return FOLD_EMIT;
}

/* Comparisons of two constants: drop a guard that holds, refuse one that cannot. */
static IRRef fold_kcompare(JitState *J, FoldIns *f) {
  int holds;
  if (ISKNUM(f->op1) && ISKNUM(f->op2)) {
    double a = KN(f->op1), b = KN(f->op2);
    switch (f->o) {
      case IR_LT: holds = a < b; break;
      case IR_GE: holds = !(a < b); break;
      case IR_LE: holds = a <= b; break;
      case IR_GT: holds = !(a <= b); break;
      case IR_EQ: holds = a == b; break;
      case IR_NE: holds = a != b; break;
      default: return FOLD_NEXT;
    }
  } else if (ISKINT(f->op1) && ISKINT(f->op2)) {
    int32_t a = KI(f->op1), b = KI(f->op2);
    switch (f->o) {
      case IR_LT: holds = a < b; break;
      case IR_GE: holds = a >= b; break;
      case IR_LE: holds = a <= b; break;
      case IR_GT: holds = a > b; break;
      case IR_ULT: holds = (uint32_t)a < (uint32_t)b; break;
      case IR_EQ: holds = a == b; break;
      case IR_NE: holds = a != b; break;
      default: return FOLD_NEXT;
    }
  } else {
    if (f->o != IR_EQ && f->o != IR_NE) return FOLD_NEXT;
    holds = (IR(J, f->op1)->k.u64 == IR(J, f->op2)->k.u64) == (f->o == IR_EQ);
  }
  if (holds) return FOLD_DROP;
  rec_abort(J, "guard always fails");
  return FOLD_NEXT;
}

/* x op x for non-numbers: identity comparisons. */
static IRRef fold_same_compare(JitState *J, FoldIns *f) {
  (void)J;
  if (f->op1 != f->op2 || f->t == IRT_NUM) return FOLD_NEXT;   /* NaN ~= NaN */
  if (f->o == IR_EQ || f->o == IR_LE || f->o == IR_GE) return FOLD_DROP;
  rec_abort(J, "guard always fails");
  return FOLD_NEXT;
}

/* Algebraic simplification with a constant right operand. */
static IRRef fold_simplify_k(JitState *J, FoldIns *f) {
  if (ISKNUM(f->op2)) {
    double k = KN(f->op2);
    switch (f->o) {
      case IR_SUB: if (k == 0.0) return f->op1; break;          /* x - 0 = x, also for -0 */
      case IR_MUL: if (k == 1.0) return f->op1;                 /* x * 1 = x */
                   if (k == 2.0) { f->o = IR_ADD; f->op2 = f->op1; return FOLD_EMIT; }
                   break;
      case IR_DIV: if (k == 1.0) return f->op1; break;
      case IR_POW: if (k == 1.0) return f->op1;
                   /* Not x ^ 2 = x * x: the interpreter calls pow(), whose result is not always
                    * the correctly rounded square (1.8632601703584e+127 from pow for the
                    * sixth square of -3.14159, one unit lower from x * x). */
                   break;
      default: break;
    }
  } else if (ISKINT(f->op2)) {
    int32_t k = KI(f->op2);
    switch (f->o) {
      case IR_ADD: case IR_SUB: case IR_ADDOV: case IR_SUBOV: case IR_BOR: case IR_BXOR:
      case IR_BSHL: case IR_BSHR: case IR_BSAR: case IR_BROL: case IR_BROR:
        if (k == 0) return f->op1;
        break;
      case IR_MUL: if (k == 1) return f->op1; break;
      case IR_BAND: if (k == -1) return f->op1; if (k == 0) return f->op2; break;
      default: break;
    }
  }
  return FOLD_NEXT;
}

/* (x + k1) + k2 = x + (k1 + k2) for integers: an ADD wraps, so the sum is the same whatever
 * the order; through ADDOV and SUBOV too (their guard stays where it was). Array indices (t[i+1]
 * is slot i + 1 - 1) and the loop index so reduce to one base and an offset, which CSE and alias
 * analysis compare. */
static IRRef fold_add_chain(JitState *J, FoldIns *f) {
  IRIns *a = IR(J, f->op1);
  uint32_t k1;
  if (f->t != IRT_INT || a->t != IRT_INT) return FOLD_NEXT;
  /* Not through a loop-carried value in the loop body: x would be carried as well. */
  if (CARRIED(J, f->op1)) return FOLD_NEXT;
  if (a->o != IR_ADD && a->o != IR_ADDOV && a->o != IR_SUBOV) return FOLD_NEXT;
  if (!ISKINT(a->op2)) return FOLD_NEXT;
  k1 = a->o == IR_SUBOV ? 0u - (uint32_t)KI(a->op2) : (uint32_t)KI(a->op2);
  f->op1 = a->op1;
  f->op2 = ir_kint(J, (int32_t)(k1 + (uint32_t)KI(f->op2)));
  return FOLD_EMIT;
}

/* x - x for integers; x & x, x | x. */
static IRRef fold_same_arith(JitState *J, FoldIns *f) {
  if (f->op1 != f->op2) return FOLD_NEXT;
  if (f->t == IRT_INT && (f->o == IR_SUB || f->o == IR_SUBOV || f->o == IR_BXOR)) return ir_kint(J, 0);
  if (f->o == IR_BAND || f->o == IR_BOR) return f->op1;
  return FOLD_NEXT;
}

/* TONUM(x) followed by arithmetic with an integral constant stays a NUM operation; nothing to
 * narrow here. NEG(NEG(x)) = x. */
static IRRef fold_neg_neg(JitState *J, FoldIns *f) {
  IRIns *a = IR(J, f->op1);
  if (CARRIED(J, f->op1)) return FOLD_NEXT;   /* n = -n in a loop: n is carried */
  if (a->o == IR_NEG) return a->op1;
  return FOLD_NEXT;
}

/* Is ref a table this part of the trace made (a TNEW; in the loop body, one after the LOOP: one
 * from before it stands for the previous iteration's) with no library call since (which may
 * change it, or take a step of the collector)? */
int ir_tnewfresh(JitState *J, IRRef ref) {
  return !irref_isk(ref) && IR(J, ref)->o == IR_TNEW && !(J->loopref && ref < J->loopref) &&
         J->chain[IR_CALLC] < ref;
}

/* Does NEWREF nr (into a table TNEW made) surely not resize the table? When its key is a
 * constant string and the table has had no more new keys, this one included, than TNEW sized
 * its hash part for (constant strings, through NEWREF or HNEWK), the key takes a free node. */
static int ir_newref_fits(JitState *J, IRRef nr) {
  IRIns *n = IR(J, nr);
  IRRef t = n->op1, ref;
  int count = 0;
  if (irref_isk(t) || IR(J, t)->o != IR_TNEW) return 0;
  for (ref = t + 1; ref <= nr; ref++) {
    IRIns *ins = IR(J, ref);
    if (ins->o == IR_NEWREF && ins->op1 == t) {
      if (!irref_isk(ins->op2) || IR(J, ins->op2)->o != IR_KGC || IR(J, ins->op2)->t != IRT_STR) return 0;
      count++;
    } else if (ins->o == IR_HNEWK && !irref_isk(ins->op1) && IR(J, ins->op1)->op1 == t) {
      count++;
    }
  }
  return count <= (int)IR(J, t)->op2;
}

/* A Lua closure the trace holds as a constant (the only one of its prototype): its prototype
 * and its upvalues never change (its environment may: setfenv). A closed upvalue never opens
 * again: its value's address is a constant. */
static IRRef fold_fload_kfunc(JitState *J, FoldIns *f) {
  IRIns *k = IR(J, f->op1);
  Closure *cl;
  if (k->o != IR_KGC || k->t != IRT_FUNC) return FOLD_NEXT;
  cl = (Closure *)k->k.ptr;
  if (cl->c.isC) return FOLD_NEXT;
  if (f->op2 == IRFL_FUNC_PROTO) return ir_kptr(J, cl->l.p);
  if (f->op2 >= IRFL_FUNC_UPVAL && f->op2 - IRFL_FUNC_UPVAL < cl->l.nupvalues)
    return ir_kptr(J, cl->l.upvals[f->op2 - IRFL_FUNC_UPVAL]);
  return FOLD_NEXT;
}
static IRRef fold_urefc_k(JitState *J, FoldIns *f) {
  UpVal *uv = (UpVal *)IR(J, f->op1)->k.ptr;
  if (IR(J, f->op1)->o != IR_KPTR || uv->v != &uv->value) return FOLD_NEXT;
  return ir_kptr(J, &uv->value);
}

/* FLOAD of a constant table's field cannot be folded (fields change); FLOAD TAB_HMASK etc. stay.
 * But a fresh table (ir_tnewfresh) has known fields until something may change them: no
 * metatable until a SETMT of it, the array size TNEW gave until a NEWREF into it that may resize
 * it or a TRESIZEA. */
static IRRef fold_fload_tnew(JitState *J, FoldIns *f) {
  IRIns *t = IR(J, f->op1);
  IRRef ref;
  if (!ir_tnewfresh(J, f->op1) || J->chain[IR_TRESIZEA] > f->op1) return FOLD_NEXT;
  if (f->op2 == IRFL_TAB_MT) {
    for (ref = J->chain[IR_SETMT]; ref > f->op1; ref = IR(J, ref)->prev)
      if (IR(J, ref)->op1 == f->op1) return FOLD_NEXT;
    return ir_kptr(J, NULL);
  }
  if (f->op2 == IRFL_TAB_ASIZE) {
    for (ref = J->chain[IR_NEWREF]; ref > f->op1; ref = IR(J, ref)->prev)
      if (IR(J, ref)->op1 == f->op1 && !ir_newref_fits(J, ref)) return FOLD_NEXT;
    return ir_kint(J, (int32_t)tab_newasize((int)t->op1));
  }
  return FOLD_NEXT;
}

enum { FK_ANY, FK_K, FK_NK };   /* operand: anything, a constant, not a constant */
typedef struct FoldRule { uint8_t o, k1, k2; FoldFn fn; } FoldRule;

static const FoldRule fold_rules[] = {
  { IR_ADD, FK_K, FK_K, fold_knum_arith }, { IR_SUB, FK_K, FK_K, fold_knum_arith },
  { IR_MUL, FK_K, FK_K, fold_knum_arith }, { IR_DIV, FK_K, FK_K, fold_knum_arith },
  { IR_MOD, FK_K, FK_K, fold_knum_arith }, { IR_POW, FK_K, FK_K, fold_knum_arith },
  { IR_MIN, FK_K, FK_K, fold_knum_arith }, { IR_MAX, FK_K, FK_K, fold_knum_arith },
  { IR_ADD, FK_K, FK_K, fold_kint_arith }, { IR_SUB, FK_K, FK_K, fold_kint_arith },
  { IR_MUL, FK_K, FK_K, fold_kint_arith }, { IR_ADDOV, FK_K, FK_K, fold_kint_arith },
  { IR_SUBOV, FK_K, FK_K, fold_kint_arith }, { IR_BAND, FK_K, FK_K, fold_kint_arith },
  { IR_BOR, FK_K, FK_K, fold_kint_arith }, { IR_BXOR, FK_K, FK_K, fold_kint_arith },
  { IR_BSHL, FK_K, FK_K, fold_kint_arith }, { IR_BSHR, FK_K, FK_K, fold_kint_arith },
  { IR_BSAR, FK_K, FK_K, fold_kint_arith }, { IR_BROL, FK_K, FK_K, fold_kint_arith },
  { IR_BROR, FK_K, FK_K, fold_kint_arith },
  { IR_NEG, FK_K, FK_ANY, fold_knum_neg }, { IR_FPMATH, FK_K, FK_ANY, fold_knum_fpmath },
  { IR_BNOT, FK_K, FK_ANY, fold_kint_unary }, { IR_BSWAP, FK_K, FK_ANY, fold_kint_unary },
  { IR_TONUM, FK_K, FK_ANY, fold_kint_unary }, { IR_TOINT, FK_K, FK_ANY, fold_knum_toint },
  { IR_TOINT, FK_NK, FK_ANY, fold_toint_tonum }, { IR_NEG, FK_NK, FK_ANY, fold_neg_neg },
  { IR_LT, FK_K, FK_K, fold_kcompare }, { IR_GE, FK_K, FK_K, fold_kcompare },
  { IR_LE, FK_K, FK_K, fold_kcompare }, { IR_GT, FK_K, FK_K, fold_kcompare },
  { IR_ULT, FK_K, FK_K, fold_kcompare }, { IR_EQ, FK_K, FK_K, fold_kcompare },
  { IR_NE, FK_K, FK_K, fold_kcompare },
  { IR_LT, FK_ANY, FK_ANY, fold_cmp_tonum }, { IR_GE, FK_ANY, FK_ANY, fold_cmp_tonum },
  { IR_LE, FK_ANY, FK_ANY, fold_cmp_tonum }, { IR_GT, FK_ANY, FK_ANY, fold_cmp_tonum },
  { IR_EQ, FK_ANY, FK_ANY, fold_cmp_tonum }, { IR_NE, FK_ANY, FK_ANY, fold_cmp_tonum },
  { IR_LT, FK_NK, FK_NK, fold_same_compare }, { IR_GE, FK_NK, FK_NK, fold_same_compare },
  { IR_LE, FK_NK, FK_NK, fold_same_compare }, { IR_GT, FK_NK, FK_NK, fold_same_compare },
  { IR_EQ, FK_NK, FK_NK, fold_same_compare }, { IR_NE, FK_NK, FK_NK, fold_same_compare },
  { IR_SUB, FK_NK, FK_NK, fold_same_arith }, { IR_SUBOV, FK_NK, FK_NK, fold_same_arith },
  { IR_BXOR, FK_NK, FK_NK, fold_same_arith }, { IR_BAND, FK_NK, FK_NK, fold_same_arith },
  { IR_BOR, FK_NK, FK_NK, fold_same_arith },
  { IR_ADD, FK_NK, FK_K, fold_simplify_k }, { IR_ADD, FK_NK, FK_K, fold_add_chain },
  { IR_SUB, FK_NK, FK_K, fold_simplify_k },
  { IR_MUL, FK_NK, FK_K, fold_simplify_k }, { IR_DIV, FK_NK, FK_K, fold_simplify_k },
  { IR_POW, FK_NK, FK_K, fold_simplify_k }, { IR_ADDOV, FK_NK, FK_K, fold_simplify_k },
  { IR_SUBOV, FK_NK, FK_K, fold_simplify_k }, { IR_BAND, FK_NK, FK_K, fold_simplify_k },
  { IR_BOR, FK_NK, FK_K, fold_simplify_k }, { IR_BXOR, FK_NK, FK_K, fold_simplify_k },
  { IR_BSHL, FK_NK, FK_K, fold_simplify_k }, { IR_BSHR, FK_NK, FK_K, fold_simplify_k },
  { IR_BSAR, FK_NK, FK_K, fold_simplify_k }, { IR_BROL, FK_NK, FK_K, fold_simplify_k },
  { IR_BROR, FK_NK, FK_K, fold_simplify_k },
  { IR_FLOAD, FK_NK, FK_ANY, fold_fload_tnew }, { IR_FLOAD, FK_K, FK_ANY, fold_fload_kfunc },
  { IR_UREFC, FK_K, FK_ANY, fold_urefc_k },
};

static int fold_kindok(int kind, IRRef ref) {
  if (kind == FK_K) return irref_isk(ref);
  if (kind == FK_NK) return !irref_isk(ref);
  return 1;
}

/* Runs the rules until one gives a result or none applies (a rewrite starts over). */
static IRRef fold(JitState *J, FoldIns *f) {
  int rounds = 0;
again:
  /* Commutative operations keep a constant on the right. */
  if ((ir_flags[f->o] & IRF_A) && irref_isk(f->op1) && !irref_isk(f->op2)) {
    IRRef tmp = f->op1; f->op1 = f->op2; f->op2 = tmp;
  }
  {
    size_t n;
    for (n = 0; n < sizeof fold_rules / sizeof fold_rules[0]; n++) {
      const FoldRule *r = &fold_rules[n];
      IRRef res;
      if (r->o != f->o || !fold_kindok(r->k1, f->op1)) continue;
      if (ir_mode2[f->o] == IRM_R && !fold_kindok(r->k2, f->op2)) continue;
      res = r->fn(J, f);
      if (res == FOLD_NEXT) continue;
      if (res == FOLD_EMIT) {
        if (++rounds < 8) goto again;
        return FOLD_EMIT;
      }
      return res;
    }
  }
  return FOLD_EMIT;
}

/* --- CSE and memory --- */

/* The store opcode that writes what a load reads. */
static IROp ir_storeof(IROp load) {
  return load == IR_ALOAD ? IR_ASTORE : load == IR_HLOAD ? IR_HSTORE : IR_USTORE;
}

/* An INT index as base + offset: through additions of constants (ADD, ADDOV, SUBOV), to a
 * non-constant base, or to base 0 for a constant. */
static IRRef ir_idxbase(JitState *J, IRRef x, uint32_t *ofs) {
  *ofs = 0;
  for (;;) {
    IRIns *ins;
    if (irref_isk(x)) {
      if (IR(J, x)->o != IR_KINT) return x;
      *ofs += (uint32_t)KI(x);
      return 0;
    }
    ins = IR(J, x);
    if (ins->t != IRT_INT || (ins->o != IR_ADD && ins->o != IR_ADDOV && ins->o != IR_SUBOV) ||
        !ISKINT(ins->op2))
      return x;
    if (ins->o == IR_SUBOV) *ofs -= (uint32_t)KI(ins->op2);
    else *ofs += (uint32_t)KI(ins->op2);
    x = ins->op1;
  }
}

/* How two array slot addresses relate: 0 distinct, 1 maybe the same, 2 the same. Indices of
 * one base with different offsets are different slots whatever the arrays (two arrays never
 * overlap; one array has one slot per index): out[x] = v does not touch up[x + 1]. The same
 * slot needs the same array as well.
 * (In the loop body, where an operand from before the LOOP stands for its value one
 * iteration back, these relations hold as well: each iteration computes the same ones.) */
static int ir_aref_alias(JitState *J, IRRef a, IRRef b) {
  IRIns *ia, *ib;
  IRRef xa, xb;
  uint32_t ka, kb;
  if (a == b) return 2;
  ia = IR(J, a);
  ib = IR(J, b);
  if (ia->o != IR_AREF || ib->o != IR_AREF) return 1;
  xa = ir_idxbase(J, ia->op2, &ka);
  xb = ir_idxbase(J, ib->op2, &kb);
  if (xa != xb) return 1;
  if (ka != kb) return 0;
  return ia->op1 == ib->op1 ? 2 : 1;
}

/* Hash slots of different constant keys never alias (a key has one node per table, and an
 * absent key's HREF gives tab_nilvalue, which nothing stores to). */
static int ir_href_mayalias(JitState *J, IRRef a, IRRef b) {
  IRIns *ia, *ib;
  if (a == b) return 1;
  ia = IR(J, a);
  ib = IR(J, b);
  if ((ia->o == IR_HREFK || ia->o == IR_HREF || ia->o == IR_HNEWK) &&
      (ib->o == IR_HREFK || ib->o == IR_HREF || ib->o == IR_HNEWK) &&
      irref_isk(ia->op2) && irref_isk(ib->op2)) {
    if (ISKNUM(ia->op2) && ISKNUM(ib->op2)) return KN(ia->op2) == KN(ib->op2);   /* 0 is -0 */
    return ia->op2 == ib->op2;
  }
  return 1;
}

/* Two upvalue objects hold two variables (an open one points at its own stack slot, a closed
 * one at its own value): upvalue addresses made from different constant upvalues never alias.
 * (From a closure that is not a constant, two loads may give one shared upvalue.) */
static int ir_uref_mayalias(JitState *J, IRRef a, IRRef b) {
  IRIns *ia = IR(J, a), *ib = IR(J, b);
  if ((ia->o == IR_UREF || ia->o == IR_UREFC) && (ib->o == IR_UREF || ib->o == IR_UREFC) &&
      irref_isk(ia->op1) && irref_isk(ib->op1) && ia->op1 != ib->op1)
    return 0;
  return 1;
}

/* 0 distinct, 1 maybe the same, 2 the same. */
static int ir_alias(JitState *J, IROp load, IRRef a, IRRef b) {
  if (a == b) return 2;
  if (load == IR_ALOAD) return ir_aref_alias(J, a, b);
  if (load == IR_HLOAD) return ir_href_mayalias(J, a, b);
  return ir_uref_mayalias(J, a, b);
}

/* Store-to-load forwarding and load CSE. Returns the value the load would read when it is known,
 * else 0. Only stores after the address was computed can matter (a store to it or a load of it
 * comes later still).
 * In the loop body (opt_loop's copy) this also finds values of the previous iteration: there a
 * reference to an instruction before the LOOP stands for that instruction's copy one iteration
 * earlier (opt_loop makes it a PHI), and the stores before the LOOP that follow the address
 * stand for the copy's stores that followed it in that iteration. So a load of an address the
 * previous iteration stored to, with no aliasing store in between on either side, is the value
 * stored (t[i-1] after t[i] = v). */
/* The last CALLC: nothing read from memory before it is known after it (in the loop body,
 * nothing from before the LOOP if one comes before it: the previous iteration called). */
static IRRef ir_calllim(JitState *J) {
  IRRef lim = J->chain[IR_CALLC];
  if (lim && J->loopref && lim < J->loopref) lim = J->loopref;
  return lim;
}

static IRRef ir_loadfwd(JitState *J, IROp o, IRType t, IRRef addr) {
  IROp so = ir_storeof(o);
  IRRef lim = ir_calllim(J), ref;
  for (ref = J->chain[so]; ref > lim; ref = IR(J, ref)->prev) {
    IRIns *st = IR(J, ref);
    int al = ir_alias(J, o, st->op1, addr);
    if (al == 2) {
      if (IR(J, st->op2)->t == t) return st->op2;
      return 0;
    }
    if (al) { lim = ref; break; }
  }
  for (ref = J->chain[o]; ref > lim; ref = IR(J, ref)->prev) {
    IRIns *ld = IR(J, ref);
    if (ld->t == t && ir_alias(J, o, ld->op1, addr) == 2) return ref;
  }
  return 0;
}

/* An HABSK of constant key k holds until something may give k a value: an insertion (NEWREF,
 * HNEWK) or a store (HSTORE) whose key is k or not a constant, or a call. Each of these is
 * searched back to the start (in the loop body, the stores before the LOOP that follow an
 * earlier HABSK stand for the previous iteration's): the last one is the limit. */
static int ir_writeskey(JitState *J, IRRef addr, IRRef k) {
  IRIns *a = IR(J, addr);
  if ((a->o == IR_HREFK || a->o == IR_HREF || a->o == IR_HNEWK || a->o == IR_NEWREF) &&
      irref_isk(a->op2) && a->op2 != k)
    return 0;
  return 1;
}
static IRRef ir_habsk_lim(JitState *J, IRRef k) {
  static const IROp writers[] = { IR_HSTORE, IR_NEWREF, IR_HNEWK };
  IRRef lim = ir_calllim(J), ref;
  int w;
  for (w = 0; w < 3; w++)
    for (ref = J->chain[writers[w]]; ref > lim; ref = IR(J, ref)->prev)
      if (ir_writeskey(J, writers[w] == IR_HSTORE ? IR(J, ref)->op1 : ref, k)) {
        lim = ref;   /* (the stores' address is op1; the insertions are their own) */
        break;
      }
  return lim;
}

IRRef ir_emit(JitState *J, IROp o, IRType t, IRRef op1, IRRef op2) {
  FoldIns f;
  f.o = o; f.t = t; f.op1 = op1; f.op2 = op2;
  if (JIT_OPT(J, fold)) {
    IRRef res = fold(J, &f);
    if (res != FOLD_EMIT) return res;
  }
  o = f.o; t = f.t; op1 = f.op1; op2 = f.op2;
  if (JIT_OPT(J, cse)) {
    uint8_t fl = ir_flags[o];
    if (fl & IRF_L) {
      if (o == IR_FLOAD) {
        IRRef ref, lim = 0;
        /* Not across a SETMT for a metatable, nor across a NEWREF (it may grow the table) for
         * the parts' addresses and sizes; in the loop body, nothing from before the LOOP then. */
        if (op2 == IRFL_TAB_MT) lim = J->chain[IR_SETMT];
        else if (op2 <= IRFL_TAB_HMASK) {
          /* A NEWREF into another table this trace made cannot grow op1 when op1 is one too
           * (made in this part of the trace: in the loop body, after the LOOP). */
          int fresh = !irref_isk(op1) && IR(J, op1)->o == IR_TNEW && !(J->loopref && op1 < J->loopref);
          for (lim = J->chain[IR_NEWREF]; lim; lim = IR(J, lim)->prev) {
            IRRef nt = IR(J, lim)->op1;
            if (!fresh || irref_isk(nt) || IR(J, nt)->o != IR_TNEW) break;
            if (nt == op1 && !ir_newref_fits(J, lim)) break;
          }
        }
        if (op2 <= IRFL_TAB_HMASK && J->chain[IR_TRESIZEA] > lim) lim = J->chain[IR_TRESIZEA];
        if (lim && J->loopref && lim < J->loopref) lim = J->loopref;
        if (ir_calllim(J) > lim) lim = ir_calllim(J);
        for (ref = J->chain[o]; ref > lim; ref = IR(J, ref)->prev)
          if (IR(J, ref)->op1 == op1 && IR(J, ref)->op2 == op2) return ref;
      } else if (JIT_OPT(J, fwd)) {
        IRRef ref = ir_loadfwd(J, o, t, op1);
        if (ref) return ref;
      }
    } else if (!(fl & IRF_S) && !(fl & IRF_C) && o != IR_SLOAD) {
      IRRef ref, lim = 0;
      if ((o == IR_HREF || o == IR_HREFK) && (J->chain[IR_NEWREF] || J->chain[IR_TRESIZEA])) {
        /* An insertion (or a resize) may move a node: no hash slot address from before the
         * last one (nor, in the loop body, from before the LOOP, since the previous iteration
         * inserted). */
        lim = J->chain[IR_NEWREF] > J->chain[IR_TRESIZEA] ? J->chain[IR_NEWREF] : J->chain[IR_TRESIZEA];
        if (J->loopref && lim < J->loopref) lim = J->loopref;
      }
      if ((o == IR_HREF || o == IR_HREFK) && ir_calllim(J) > lim) lim = ir_calllim(J);
      if (o == IR_HABSK) lim = ir_habsk_lim(J, op2);
      for (ref = J->chain[o]; ref > lim; ref = IR(J, ref)->prev) {
        IRIns *ins = IR(J, ref);
        if (ins->op1 == op1 && ins->op2 == op2 && ins->t == t) return ref;
      }
    }
  }
  return ir_emit_raw(J, o, t, op1, op2);
}

/* --- dump --- */

void ir_dumpref(FILE *out, const IRIns *ir, IRRef kbot, IRRef ref) {
  const IRIns *ins = &ir[ref - kbot];
  if (!irref_isk(ref)) {
    fprintf(out, "%04d", ref - REF_BIAS);
    return;
  }
  switch (ins->o) {
    case IR_KINT: fprintf(out, "%+d", ins->k.i); break;
    case IR_KNUM: fprintf(out, "%+.14g", ins->k.n); break;
    case IR_KPRI: fprintf(out, "%s", ins->t == IRT_NIL ? "nil" : ins->t == IRT_TRUE ? "true" : "false"); break;
    case IR_KGC:
      if (ins->t == IRT_STR) fprintf(out, "\"%.20s\"", str_data((Str *)ins->k.ptr));
      else fprintf(out, "%s:%p", irt_names[ins->t], ins->k.ptr);
      break;
    default: fprintf(out, "[%p]", ins->k.ptr); break;
  }
}

static void ir_dumpsnap(FILE *out, const IRIns *ir, IRRef kbot, const SnapShot *s, int n,
                        const SnapEntry *map) {
  uint32_t e;
  fprintf(out, "....              SNAP   #%-3d [", n);
  for (e = 0; e < s->nent; e++) {
    fprintf(out, " %d=", map[s->mapofs + e].slot);
    ir_dumpref(out, ir, kbot, map[s->mapofs + e].ref);
  }
  fprintf(out, " ]");
  if (s->nframe) fprintf(out, " frames %d", s->nframe);
  if (s->topslot) fprintf(out, " top %d", s->topslot - 1);
  fprintf(out, "\n");
}

void ir_dump(FILE *out, const IRIns *ir, IRRef kbot, IRRef nins, const SnapShot *snap, int nsnap,
             const SnapEntry *map) {
  IRRef ref;
  int s = 0;
  for (ref = REF_FIRST; ref < nins; ref++) {
    const IRIns *ins = &ir[ref - kbot];
    while (s < nsnap && snap[s].ref <= ref) {
      ir_dumpsnap(out, ir, kbot, &snap[s], s, map);
      s++;
    }
    if (ins->o == IR_NOP) continue;
    if (ins->o == IR_LOOP) {
      fprintf(out, "%04d ------------ LOOP ------------\n", ref - REF_BIAS);
      continue;
    }
    fprintf(out, "%04d %s %s %-6s ", ref - REF_BIAS, ir_issunk(ins) ? "}" : ir_isguard(ins->o) ? ">" : " ",
            irt_names[ins->t], ir_names[ins->o]);
    switch (ins->o) {
      case IR_SLOAD:
        fprintf(out, "#%d%s%s%s", (int16_t)ins->op1, (ins->op2 & IRSLOAD_TYPECHECK) ? " T" : "",
                (ins->op2 & IRSLOAD_TOINT) ? " I" : "", (ins->op2 & IRSLOAD_INHERIT) ? " P" : "");
        break;
      case IR_FLOAD:
        ir_dumpref(out, ir, kbot, ins->op1);
        if (ins->op2 >= IRFL_FUNC_UPVAL) fprintf(out, "  upval[%d]", ins->op2 - IRFL_FUNC_UPVAL);
        else fprintf(out, "  %s", irfl_names[ins->op2]);
        break;
      case IR_FPMATH:
        ir_dumpref(out, ir, kbot, ins->op1);
        fprintf(out, "  %s", irfpm_names[ins->op2]);
        break;
      default:
        if (ir_mode1[ins->o] == IRM_R) ir_dumpref(out, ir, kbot, ins->op1);
        if (ir_mode2[ins->o] == IRM_R) {
          fprintf(out, "  ");
          ir_dumpref(out, ir, kbot, ins->op2);
        }
        if (ins->o == IR_HREFK || ins->o == IR_HNEWK) fprintf(out, "  @%d", ins->k.i);
        if (ins->o == IR_RETF)
          fprintf(out, "  -%d%s", ins->op2 & ~IRRETF_NOUPV, (ins->op2 & IRRETF_NOUPV) ? " noupv" : "");
        if (ins->o == IR_TAILF)
          fprintf(out, "%d%s%s", ins->op1, (ins->op2 & IRRETF_NOUPV) ? " noupv" : "",
                  (ins->op2 & IRTAILF_SAMETOP) ? " sametop" : "");
        if (ins->o == IR_UREF)
          fprintf(out, ins->op2 == IRUREF_AWAY ? "  away" : "  #%d", ins->op2 - IRUREF_AT);
        break;
    }
    fprintf(out, "\n");
  }
  while (s < nsnap) {
    ir_dumpsnap(out, ir, kbot, &snap[s], s, map);
    s++;
  }
}
