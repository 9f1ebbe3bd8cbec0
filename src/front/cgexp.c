/*
 * cgexp.c - code generation for expressions.
 *
 * An ExpDesc is turned into code only when its context needs it ("discharged"): into a given
 * register (cg_exp2reg), the next free one, any one, or used directly as an operand (a number
 * constant of ADDVK, a string key of TGETS, the constant of ISEQS). Values with pending jumps
 * (the t/f lists of `and`, `or` and comparisons) are materialised by patching: test-and-copy
 * jumps deliver their value straight into the target register, other jumps land on a pair of
 * KPRI false / KPRI true loads emitted only when some jump needs them.
 *
 * Binary operators see their left operand twice: cg_infix prepares it before the right operand is
 * parsed (into a register, unless it is a constant that may end up as an operand), cg_posfix emits
 * the operation. Number constants are folded as in Lua 5.1 (never producing NaN, never dividing
 * by zero).
 */
#include <assert.h>
#include <math.h>

#include "code.h"

void cg_initexp(ExpDesc *e, ExpKind k, int info) {
  e->k = k;
  e->u.s.info = info;
  e->u.s.aux = 0;
  e->u.s.kind = 0;
  e->t = e->f = CG_NO_JUMP;
}

#define cg_isnumk(e) ((e)->k == EK_NUM && !cg_hasjumps(e))
#define cg_isk(e) ((e)->k >= EK_NIL && (e)->k <= EK_NUM && !cg_hasjumps(e))

static void cg_freereg(FuncState *fs, int reg) {
  if (reg >= fs->nactvar) {
    fs->freereg--;
    assert(reg == fs->freereg);
  }
}

void cg_freeexp(FuncState *fs, ExpDesc *e) {
  if (e->k == EK_NONRELOC) cg_freereg(fs, e->u.s.info);
}

/* Frees the registers of two operands, the higher one first. */
static void cg_free2(FuncState *fs, ExpDesc *e1, ExpDesc *e2) {
  int r1 = e1->k == EK_NONRELOC ? e1->u.s.info : -1;
  int r2 = e2->k == EK_NONRELOC ? e2->u.s.info : -1;
  if (r1 > r2) {
    cg_freeexp(fs, e1);
    cg_freeexp(fs, e2);
  } else {
    cg_freeexp(fs, e2);
    cg_freeexp(fs, e1);
  }
}

void cg_setreturns(FuncState *fs, ExpDesc *e, int nresults) {
  if (e->k == EK_CALL) {
    bc_setc(cg_instr(fs, e), nresults + 1);
  } else if (e->k == EK_VARARG) {
    bc_setb(cg_instr(fs, e), nresults + 1);
    bc_seta(cg_instr(fs, e), fs->freereg);
    cg_reserve(fs, 1);
  }
}

void cg_setoneret(FuncState *fs, ExpDesc *e) {
  if (e->k == EK_CALL) {   /* a call leaves its first result in its base register */
    e->k = EK_NONRELOC;
    e->u.s.info = bc_a(cg_instr(fs, e));
  } else if (e->k == EK_VARARG) {
    bc_setb(cg_instr(fs, e), 2);
    e->k = EK_RELOC;
  }
}

static void cg_getindexed(FuncState *fs, ExpDesc *e) {
  static const BCOp ops[] = { BC_TGETV, BC_TGETS, BC_TGETB };
  int t = e->u.s.info, key = e->u.s.aux, kind = e->u.s.kind;
  if (kind == IDX_REG) cg_freereg(fs, key);
  cg_freereg(fs, t);
  e->u.s.info = cg_emitABC(fs, ops[kind], 0, t, key);
  e->k = EK_RELOC;
}

/* Turns variables into values: emits the read of an upvalue, global or field. */
void cg_dischargevars(FuncState *fs, ExpDesc *e) {
  switch (e->k) {
    case EK_LOCAL:
      e->k = EK_NONRELOC;
      break;
    case EK_UPVAL:
      e->u.s.info = cg_emitAD(fs, BC_UGET, 0, e->u.s.info);
      e->k = EK_RELOC;
      break;
    case EK_GLOBAL:
      if (e->u.s.info <= BC_MAXD) {
        e->u.s.info = cg_emitAD(fs, BC_GGET, 0, e->u.s.info);
      } else {   /* the name in a temporary, free again before GGETV (which reads it first) */
        int r = fs->freereg;
        cg_reserve(fs, 1);
        cg_loadk(fs, BC_KSTR, r, e->u.s.info);
        cg_freereg(fs, r);
        e->u.s.info = cg_emitAD(fs, BC_GGETV, 0, r);
      }
      e->k = EK_RELOC;
      break;
    case EK_INDEXED:
      cg_getindexed(fs, e);
      break;
    case EK_CALL: case EK_VARARG:
      cg_setoneret(fs, e);
      break;
    default:
      break;
  }
}

static void cg_loadnum(FuncState *fs, int reg, double n) {
  n = cg_zero(fs, n);
  if (n >= -BC_BIAS_J && n < BC_BIAS_J && n == (double)(int)n && !(n == 0 && signbit(n)))
    cg_emitAD(fs, BC_KSHORT, reg, (int)n + BC_BIAS_J);
  else
    cg_loadk(fs, BC_KNUM, reg, cg_numk(fs, n));
}

static void cg_discharge2reg(FuncState *fs, ExpDesc *e, int reg) {
  cg_dischargevars(fs, e);
  switch (e->k) {
    case EK_NIL: cg_nil(fs, reg, 1); break;
    case EK_FALSE: cg_emitAD(fs, BC_KPRI, reg, 1); break;
    case EK_TRUE: cg_emitAD(fs, BC_KPRI, reg, 2); break;
    case EK_STR: cg_loadk(fs, BC_KSTR, reg, cg_strk(fs, e->u.str)); break;
    case EK_NUM: cg_loadnum(fs, reg, e->u.num); break;
    case EK_RELOC: bc_seta(cg_instr(fs, e), reg); break;
    case EK_NONRELOC:
      if (reg != e->u.s.info) cg_emitAD(fs, BC_MOV, reg, e->u.s.info);
      break;
    default:
      assert(e->k == EK_VOID || e->k == EK_JMP);
      return;   /* nothing to do */
  }
  e->u.s.info = reg;
  e->k = EK_NONRELOC;
}

static void cg_discharge2anyreg(FuncState *fs, ExpDesc *e) {
  if (e->k != EK_NONRELOC) {
    cg_reserve(fs, 1);
    cg_discharge2reg(fs, e, fs->freereg - 1);
  }
}

/* Value of e into reg, resolving its jump lists. */
static void cg_exp2reg(FuncState *fs, ExpDesc *e, int reg) {
  cg_discharge2reg(fs, e, reg);
  if (e->k == EK_JMP) cg_concat(fs, &e->t, e->u.s.info);   /* the comparison's jump means true */
  if (cg_hasjumps(e)) {
    int final, pfalse = CG_NO_JUMP, ptrue = CG_NO_JUMP;
    if (cg_needvalue(fs, e->t) || cg_needvalue(fs, e->f)) {
      int fj = e->k == EK_JMP ? CG_NO_JUMP : cg_jump(fs);
      pfalse = cg_emitAD(fs, BC_KPRI, reg, 1);
      {
        int skip = cg_jump(fs);
        ptrue = cg_emitAD(fs, BC_KPRI, reg, 2);
        cg_patchtohere(fs, skip);
      }
      cg_patchtohere(fs, fj);
    }
    final = cg_label(fs);
    cg_patchvalues(fs, e->f, final, reg, pfalse);
    cg_patchvalues(fs, e->t, final, reg, ptrue);
  }
  e->f = e->t = CG_NO_JUMP;
  e->u.s.info = reg;
  e->k = EK_NONRELOC;
}

void cg_exp2nextreg(FuncState *fs, ExpDesc *e) {
  cg_dischargevars(fs, e);
  cg_freeexp(fs, e);
  cg_reserve(fs, 1);
  cg_exp2reg(fs, e, fs->freereg - 1);
}

int cg_exp2anyreg(FuncState *fs, ExpDesc *e) {
  cg_dischargevars(fs, e);
  if (e->k == EK_NONRELOC) {
    if (!cg_hasjumps(e)) return e->u.s.info;
    if (e->u.s.info >= fs->nactvar) {   /* a temporary: resolve the jumps into it */
      cg_exp2reg(fs, e, e->u.s.info);
      return e->u.s.info;
    }
  }
  cg_exp2nextreg(fs, e);
  return e->u.s.info;
}

void cg_exp2val(FuncState *fs, ExpDesc *e) {
  if (cg_hasjumps(e)) cg_exp2anyreg(fs, e);
  else cg_dischargevars(fs, e);
}

/* t[k]: t is in a register; k becomes a short string constant, a byte-sized integer or a
 * register. */
void cg_indexed(FuncState *fs, ExpDesc *t, ExpDesc *k) {
  int treg = t->u.s.info;
  cg_initexp(t, EK_INDEXED, treg);
  if (k->k == EK_STR && !cg_hasjumps(k)) {
    int idx = cg_strk(fs, k->u.str);
    if (idx <= 255) {
      t->u.s.kind = IDX_STR;
      t->u.s.aux = idx;
      return;
    }
  } else if (cg_isnumk(k)) {
    double n = k->u.num = cg_zero(fs, k->u.num);   /* the function's one zero, as 5.1 */
    if (n >= 0 && n <= 255 && n == (double)(int)n && !(n == 0 && signbit(n))) {
      t->u.s.kind = IDX_INT;
      t->u.s.aux = (int)n;
      return;
    }
  }
  t->u.s.kind = IDX_REG;
  t->u.s.aux = cg_exp2anyreg(fs, k);
}

/* o:m -> R(func+1) = o, R(func) = o.m */
void cg_self(FuncState *fs, ExpDesc *e, ExpDesc *key) {
  int obj, func, idx;
  cg_exp2anyreg(fs, e);
  obj = e->u.s.info;
  cg_freeexp(fs, e);
  func = fs->freereg;
  cg_reserve(fs, 2);
  idx = cg_strk(fs, key->u.str);
  if (idx <= 255) {
    cg_emitABC(fs, BC_SELF, func, obj, idx);
  } else {
    cg_emitAD(fs, BC_MOV, func + 1, obj);
    cg_loadk(fs, BC_KSTR, func, idx);
    cg_emitABC(fs, BC_TGETV, func, func + 1, func);
  }
  e->u.s.info = func;
  e->k = EK_NONRELOC;
}

void cg_storevar(FuncState *fs, ExpDesc *var, ExpDesc *ex) {
  static const BCOp ops[] = { BC_TSETV, BC_TSETS, BC_TSETB };
  int r;
  if (var->k == EK_LOCAL) {
    cg_freeexp(fs, ex);
    cg_exp2reg(fs, ex, var->u.s.info);
    return;
  }
  r = cg_exp2anyreg(fs, ex);
  if (var->k == EK_UPVAL) {
    cg_emitAD(fs, BC_USET, r, var->u.s.info);
  } else if (var->k == EK_GLOBAL && var->u.s.info <= BC_MAXD) {
    cg_emitAD(fs, BC_GSET, r, var->u.s.info);
  } else if (var->k == EK_GLOBAL) {   /* the name in a temporary */
    int key = fs->freereg;
    cg_reserve(fs, 1);
    cg_loadk(fs, BC_KSTR, key, var->u.s.info);
    cg_emitAD(fs, BC_GSETV, r, key);
    cg_freereg(fs, key);
  } else {
    cg_emitABC(fs, ops[var->u.s.kind], r, var->u.s.info, var->u.s.aux);
  }
  cg_freeexp(fs, ex);
}

/* ---- conditions ---- */

static int cg_condjump(FuncState *fs, BCOp op, int a, int d) {
  cg_emitAD(fs, op, a, d);
  return cg_jump(fs);
}

/* Jump taken when e is truthy (cond = 1) or falsy (cond = 0). */
static int cg_jumponcond(FuncState *fs, ExpDesc *e, int cond) {
  if (e->k == EK_RELOC) {
    Instr ie = cg_instr(fs, e);
    if (bc_op(ie) == BC_NOT) {   /* test the operand of `not` instead */
      fs->pc--;
      return cg_condjump(fs, cond ? BC_ISF : BC_IST, 0, bc_d(ie));
    }
  }
  cg_discharge2anyreg(fs, e);
  cg_freeexp(fs, e);
  return cg_condjump(fs, cond ? BC_ISTC : BC_ISFC, BC_NO_REG, e->u.s.info);
}

/* Falls through when e is true, jumps (f list) when false. */
void cg_goiftrue(FuncState *fs, ExpDesc *e) {
  int pc;
  cg_dischargevars(fs, e);
  switch (e->k) {
    case EK_STR: case EK_NUM: case EK_TRUE:
      pc = CG_NO_JUMP;   /* always true */
      break;
    /* A false constant is loaded and tested like any value, as Lua 5.1 does: emitting the load
     * first lands the pending jumps here, while an unconditional jump would take them along
     * (and a test-and-copy among them would then deliver its own value as the result). */
    case EK_JMP:
      cg_invertjump(fs, e->u.s.info);
      pc = e->u.s.info;
      break;
    default:
      pc = cg_jumponcond(fs, e, 0);
      break;
  }
  cg_concat(fs, &e->f, pc);
  cg_patchtohere(fs, e->t);
  e->t = CG_NO_JUMP;
}

/* Falls through when e is false, jumps (t list) when true. */
void cg_goiffalse(FuncState *fs, ExpDesc *e) {
  int pc;
  cg_dischargevars(fs, e);
  switch (e->k) {
    case EK_NIL: case EK_FALSE:
      pc = CG_NO_JUMP;
      break;
    /* true: loaded and tested, like false in cg_goiftrue. */
    case EK_JMP:
      pc = e->u.s.info;
      break;
    default:
      pc = cg_jumponcond(fs, e, 1);
      break;
  }
  cg_concat(fs, &e->t, pc);
  cg_patchtohere(fs, e->f);
  e->f = CG_NO_JUMP;
}

static void cg_not(FuncState *fs, ExpDesc *e) {
  int tmp;
  cg_dischargevars(fs, e);
  switch (e->k) {
    case EK_NIL: case EK_FALSE:
      e->k = EK_TRUE;
      break;
    case EK_STR: case EK_NUM: case EK_TRUE:
      e->k = EK_FALSE;
      break;
    case EK_JMP:
      cg_invertjump(fs, e->u.s.info);
      break;
    case EK_RELOC: case EK_NONRELOC:
      cg_discharge2anyreg(fs, e);
      cg_freeexp(fs, e);
      e->u.s.info = cg_emitAD(fs, BC_NOT, 0, e->u.s.info);
      e->k = EK_RELOC;
      break;
    default:
      assert(0);
  }
  tmp = e->f;   /* true and false swap roles */
  e->f = e->t;
  e->t = tmp;
  cg_removevalues(fs, e->f);
  cg_removevalues(fs, e->t);
}

/* ---- operators ---- */

void cg_prefix(FuncState *fs, UnOpr op, ExpDesc *e) {
  int r;
  if (op == OPR_NOT) {
    cg_not(fs, e);
    return;
  }
  if (op == OPR_MINUS && cg_isnumk(e)) {
    e->u.num = -e->u.num;   /* fold; never a NaN from a non-NaN */
    return;
  }
  r = cg_exp2anyreg(fs, e);
  cg_freeexp(fs, e);
  e->u.s.info = cg_emitAD(fs, op == OPR_MINUS ? BC_UNM : BC_LEN, 0, r);
  e->k = EK_RELOC;
}

void cg_infix(FuncState *fs, BinOpr op, ExpDesc *v) {
  switch (op) {
    case OPR_AND: cg_goiftrue(fs, v); break;
    case OPR_OR: cg_goiffalse(fs, v); break;
    case OPR_CONCAT: cg_exp2nextreg(fs, v); break;   /* CAT operands are consecutive */
    case OPR_ADD: case OPR_SUB: case OPR_MUL: case OPR_DIV: case OPR_MOD: case OPR_POW:
      if (!cg_isnumk(v)) cg_exp2anyreg(fs, v);
      break;
    default:   /* comparisons: constants may become operands */
      if (!cg_isk(v)) cg_exp2anyreg(fs, v);
      /* 5.1 puts the left operand into its constant table here, before the right operand is
         parsed, so a zero on the left fixes the function's zero sign (`-0 == 1/0`) */
      else if (v->k == EK_NUM) v->u.num = cg_zero(fs, v->u.num);
      break;
  }
}

static int cg_fold(BinOpr op, ExpDesc *e1, ExpDesc *e2) {
  double a, b, r;
  if (!cg_isnumk(e1) || !cg_isnumk(e2)) return 0;
  a = e1->u.num;
  b = e2->u.num;
  switch (op) {
    case OPR_ADD: r = a + b; break;
    case OPR_SUB: r = a - b; break;
    case OPR_MUL: r = a * b; break;
    case OPR_DIV:
      if (b == 0) return 0;
      r = a / b;
      break;
    case OPR_MOD:
      if (b == 0) return 0;
      r = a - floor(a / b) * b;
      break;
    case OPR_POW: r = pow(a, b); break;
    default: return 0;
  }
  if (r != r) return 0;   /* do not produce NaN constants */
  e1->u.num = r;
  return 1;
}

static void cg_arith(FuncState *fs, BinOpr op, ExpDesc *e1, ExpDesc *e2) {
  BCOp ins;
  int rb, rc, k;
  if (cg_fold(op, e1, e2)) return;
  if (op == OPR_POW) {
    rc = cg_exp2anyreg(fs, e2);
    rb = cg_exp2anyreg(fs, e1);
    ins = BC_POW;
  } else if (cg_isnumk(e2) && (k = cg_numk(fs, e2->u.num)) <= 255) {
    rb = cg_exp2anyreg(fs, e1);
    rc = k;
    ins = (BCOp)(BC_ADDVK + op);
  } else if (cg_isnumk(e1) &&
             /* the right operand first, as 5.1's codearith: its constants (a zero in
                `-0 + (x or 0)`) enter the table before the left one */
             (rb = cg_exp2anyreg(fs, e2), (k = cg_numk(fs, e1->u.num)) <= 255)) {
    rc = k;
    ins = (BCOp)(BC_ADDKV + op);
  } else {
    rc = cg_exp2anyreg(fs, e2);
    rb = cg_exp2anyreg(fs, e1);
    ins = (BCOp)(BC_ADDVV + op);
  }
  cg_free2(fs, e1, e2);
  e1->u.s.info = cg_emitABC(fs, ins, 0, rb, rc);
  e1->k = EK_RELOC;
}

static void cg_concatop(FuncState *fs, ExpDesc *e1, ExpDesc *e2) {
  cg_exp2val(fs, e2);
  if (e2->k == EK_RELOC && bc_op(cg_instr(fs, e2)) == BC_CAT) {
    /* a .. (b .. c): extend the CAT of the right operand downwards */
    assert(e1->u.s.info == bc_b(cg_instr(fs, e2)) - 1);
    cg_freeexp(fs, e1);
    bc_setb(cg_instr(fs, e2), e1->u.s.info);
    e1->k = EK_RELOC;
    e1->u.s.info = e2->u.s.info;
  } else {
    int rb, rc;
    cg_exp2nextreg(fs, e2);
    rc = e2->u.s.info;
    rb = e1->u.s.info;
    cg_free2(fs, e1, e2);
    e1->u.s.info = cg_emitABC(fs, BC_CAT, 0, rb, rc);
    e1->k = EK_RELOC;
  }
}

/* ISEQS/ISEQN/ISEQP operand for a constant. */
static BCOp cg_eqconst(FuncState *fs, ExpDesc *e, int *d) {
  switch (e->k) {
    case EK_NIL: *d = 0; return BC_ISEQP;
    case EK_FALSE: *d = 1; return BC_ISEQP;
    case EK_TRUE: *d = 2; return BC_ISEQP;
    case EK_STR: *d = cg_strk(fs, e->u.str); return BC_ISEQS;
    default: *d = cg_numk(fs, e->u.num); return BC_ISEQN;
  }
}

static void cg_compare(FuncState *fs, BinOpr op, ExpDesc *e1, ExpDesc *e2) {
  ExpDesc *a = e1, *b = e2;
  BCOp ins;
  int ra, rd;
  if (op == OPR_EQ || op == OPR_NE) {
    if (cg_isk(a)) {   /* equality is symmetric: keep the constant second */
      a = e2;
      b = e1;
    }
    if (cg_isk(b)) {
      ra = cg_exp2anyreg(fs, a);
      ins = cg_eqconst(fs, b, &rd);
      if (rd > BC_MAXD) {   /* a wide constant: compare with it in a register */
        rd = cg_exp2anyreg(fs, b);
        ins = BC_ISEQV;
      }
    } else {
      rd = cg_exp2anyreg(fs, b);
      ra = cg_exp2anyreg(fs, a);
      ins = BC_ISEQV;
    }
    if (op == OPR_NE) ins = (BCOp)(ins + 1);
  } else {
    if (op == OPR_GT || op == OPR_GE) {   /* a > b is b < a, a >= b is b <= a */
      a = e2;
      b = e1;
      cg_exp2val(fs, a);
      ra = cg_exp2anyreg(fs, a);
      rd = cg_exp2anyreg(fs, b);
      ins = op == OPR_GT ? BC_ISLT : BC_ISLE;
    } else {
      rd = cg_exp2anyreg(fs, b);
      ra = cg_exp2anyreg(fs, a);
      ins = op == OPR_LT ? BC_ISLT : BC_ISLE;
    }
  }
  cg_free2(fs, a, b);
  cg_emitAD(fs, ins, ra, rd);
  cg_initexp(e1, EK_JMP, cg_jump(fs));
}

void cg_posfix(FuncState *fs, BinOpr op, ExpDesc *e1, ExpDesc *e2) {
  switch (op) {
    case OPR_AND:
      assert(e1->t == CG_NO_JUMP);
      cg_dischargevars(fs, e2);
      cg_concat(fs, &e2->f, e1->f);
      *e1 = *e2;
      break;
    case OPR_OR:
      assert(e1->f == CG_NO_JUMP);
      cg_dischargevars(fs, e2);
      cg_concat(fs, &e2->t, e1->t);
      *e1 = *e2;
      break;
    case OPR_CONCAT:
      cg_concatop(fs, e1, e2);
      break;
    case OPR_ADD: case OPR_SUB: case OPR_MUL: case OPR_DIV: case OPR_MOD: case OPR_POW:
      cg_arith(fs, op, e1, e2);
      break;
    default:
      cg_compare(fs, op, e1, e2);
      break;
  }
}
