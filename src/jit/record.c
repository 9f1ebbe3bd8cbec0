/*
 * record.c - the recorder: bytecode executed by one loop iteration becomes IR.
 *
 * jit_record calls rec_ins before the interpreter runs each instruction of the recording thread,
 * so the recorder sees the operands' current values: it specialises to their types (guards in
 * the IR check the types at run time) and to the branch directions taken (comparisons become
 * guards). J->slot[] maps each stack slot of the frame to the IR value it holds; a slot read for
 * the first time is loaded with SLOAD, which guards its type. Slots are written to the stack
 * only when the trace exits, from the snapshot in force.
 *
 * When the loop instruction that started the recording comes round again, the trace is closed:
 * opt_loop peels the loop (the recorded iteration runs once; its copy, emitted after LOOP through
 * the same folding and CSE, is the loop body, so whatever it recomputes identically is hoisted),
 * PHIs join loop-carried values, DCE removes what nothing uses, and trace.c assembles it.
 *
 * Everything not covered aborts the recording with a reason (rec_abort), and the interpreter
 * carries on as if nothing happened: the recorder never changes VM state.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jit_int.h"
#include "opcodes.h"
#include "state.h"
#include "str.h"
#include "tab.h"
#include "vm.h"

/* Slots: r is relative to the current frame; an absolute slot (as in the IR and snapshots) is
 * relative to the trace's base. */
#define ASLOT(s) (J->slot[(s) + JIT_SLOTBIAS])
#define SLOT(r) ASLOT(J->baseofs + (r))

_Noreturn void rec_abort(JitState *J, const char *msg) {
  J->abortmsg = msg;
  longjmp(J->abortjmp, 1);
}

static void opt_dce(JitState *J);

/* --- snapshots --- */

static void snap_grow(JitState *J, int nent) {
  if (J->nsnap + 1 > J->sizesnap) {
    int n = J->sizesnap ? 2 * J->sizesnap : 32;
    SnapShot *s = (SnapShot *)realloc(J->snap, (size_t)n * sizeof *s);
    if (!s) rec_abort(J, "out of memory");
    J->snap = s;
    J->sizesnap = n;
  }
  if (J->nframemap + J->depth > J->sizeframemap) {
    int n = J->sizeframemap ? 2 * J->sizeframemap : 64;
    SnapFrame *f;
    while (n < J->nframemap + J->depth) n *= 2;
    f = (SnapFrame *)realloc(J->framemap, (size_t)n * sizeof *f);
    if (!f) rec_abort(J, "out of memory");
    J->framemap = f;
    J->sizeframemap = n;
  }
  if (J->nsnapmap + nent > J->sizesnapmap) {
    int n = J->sizesnapmap ? 2 * J->sizesnapmap : 256;
    SnapEntry *m;
    while (n < J->nsnapmap + nent) n *= 2;
    m = (SnapEntry *)realloc(J->snapmap, (size_t)n * sizeof *m);
    if (!m) rec_abort(J, "out of memory");
    J->snapmap = m;
    J->sizesnapmap = n;
  }
}

/* Registers of the current frame, from `from` up, that the bytecode from pc on writes before it
 * reads them (dead[r] = 1). Straight-line code only, following forward jumps: at a branch, a
 * call or anything that reads a register range up to top, the registers not yet decided stay
 * live; a return reads its range and leaves the rest dead. */
static void snap_deadregs(const Proto *p, const Instr *pc, int from, int to, uint8_t *dead) {
  uint8_t known[BC_MAXREGS + 1];
  int steps, r, left = to - from;
#define SD_READ(x) do { int r_ = (x); \
    if (r_ >= from && r_ < to && !known[r_]) { known[r_] = 1; left--; } } while (0)
#define SD_WRITE(x) do { int r_ = (x); \
    if (r_ >= from && r_ < to && !known[r_]) { known[r_] = 1; dead[r_] = 1; left--; } } while (0)
#define SD_READFROM(x) do { for (r = (x); r < to; r++) SD_READ(r); } while (0)
  memset(known, 0, sizeof known);
  for (steps = 0; steps < 24 && left > 0; steps++) {
    uint32_t i;
    int a, b, c, d;
    if (pc < p->code || pc >= p->code + p->sizecode) return;
    i = *pc;
    a = bc_a(i); b = bc_b(i); c = bc_c(i); d = bc_d(i);
    switch (bc_op(i)) {
      case BC_MOV: case BC_NOT: case BC_UNM: case BC_LEN: case BC_GGETV:
        SD_READ(d); SD_WRITE(a); break;
      case BC_KSTR: case BC_KNUM: case BC_KSHORT: case BC_KPRI: case BC_GGET: case BC_UGET:
      case BC_TNEW:
        SD_WRITE(a); break;
      case BC_KWIDE:
        SD_WRITE(a); pc++; break;   /* and its data word */
      case BC_KNIL:
        for (r = a; r <= d; r++) SD_WRITE(r);
        break;
      case BC_ADDVV: case BC_SUBVV: case BC_MULVV: case BC_DIVVV: case BC_MODVV: case BC_POW:
      case BC_TGETV:
        SD_READ(b); SD_READ(c); SD_WRITE(a); break;
      case BC_ADDVK: case BC_SUBVK: case BC_MULVK: case BC_DIVVK: case BC_MODVK:
      case BC_ADDKV: case BC_SUBKV: case BC_MULKV: case BC_DIVKV: case BC_MODKV:
      case BC_TGETS: case BC_TGETB:
        SD_READ(b); SD_WRITE(a); break;
      case BC_CAT:
        for (r = b; r <= c; r++) SD_READ(r);
        SD_WRITE(a);
        break;
      case BC_GSET: case BC_USET:
        SD_READ(a); break;
      case BC_GSETV:
        SD_READ(a); SD_READ(d); break;
      case BC_TSETV:
        SD_READ(a); SD_READ(b); SD_READ(c); break;
      case BC_TSETS: case BC_TSETB:
        SD_READ(a); SD_READ(b); break;
      case BC_SELF:
        SD_READ(b); SD_WRITE(a); SD_WRITE(a + 1); break;
      case BC_JMP:
        if (bc_sd(i) < 0) return;   /* a loop: the registers it reads are not followed */
        pc += bc_sd(i);
        break;
      case BC_LOOP:
        break;
      case BC_FORLOOP: case BC_JFORLOOP: case BC_IFORLOOP:
        /* Either way (the body again, or on after the loop) every register above the loop's
         * variable is written before it is read: the body's locals and temporaries begin
         * anew each time round, and the loop's scope ends after it. */
        SD_READ(a); SD_READ(a + 1); SD_READ(a + 2);
        for (r = a + 3; r < to; r++) SD_WRITE(r);
        return;
      case BC_RET:
        if (b == 0) SD_READFROM(a);
        else for (r = a; r < a + b - 1; r++) SD_READ(r);
        for (r = from; r < to; r++) if (!known[r]) dead[r] = 1;
        return;
      default:
        /* Comparisons and tests (a branch follows), calls, loops, closures, varargs, SETLIST,
         * CLOSE: what is not decided by now stays live. */
        return;
    }
    pc++;
  }
#undef SD_READ
#undef SD_WRITE
#undef SD_READFROM
}

/* Snapshot purging: the current frame's temporaries (registers above its active locals) that the
 * bytecode from pc on overwrites before reading are left out of a snapshot: an exit need not
 * restore them, and values only they held need no register at the guards (as LuaJIT's
 * lj_snap_purge). Locals stay, dead or not: debug.getlocal in a hook may read them, and an
 * upvalue may point at them. Without local variable information (a stripped chunk), nothing is
 * left out. dead[] is indexed by absolute slot + JIT_SLOTBIAS. */
static void snap_purge(JitState *J, const Instr *pc, uint8_t *dead) {
  const Proto *p = J->pt;
  int nact = 0, k, to, at;
  if (!p || p->sizelocvars == 0 || pc < p->code || pc >= p->code + p->sizecode) return;
  at = (int)(pc - p->code);
  for (k = 0; k < p->sizelocvars; k++)
    if (p->locvars[k].startpc <= at && at < p->locvars[k].endpc) nact++;
  to = J->maxslot - J->baseofs;
  if (to > BC_MAXREGS) to = BC_MAXREGS;
  if (nact < to) snap_deadregs(p, pc, nact, to, dead + J->baseofs + JIT_SLOTBIAS);
}

/* A snapshot of the modified slots, resuming at pc, covering the instructions from now on;
 * with purge, without the dead temporaries (snap_purge). */
static void snap_take(JitState *J, const Instr *pc, int purge) {
  int s, nent = 0;
  SnapShot *sn;
  uint8_t dead[JIT_SLOTBIAS + JIT_MAXSLOTS];
  if (J->nsnap >= J->param[JIT_P_maxsnap]) rec_abort(J, "too many snapshots");
  /* A snapshot that covers no instruction yet is replaced. */
  if (J->nsnap > 0 && J->snap[J->nsnap - 1].ref == J->nins) {
    J->nsnap--;
    J->nsnapmap = (int)J->snap[J->nsnap].mapofs;
  }
  snap_grow(J, J->maxslot + 1);
  sn = &J->snap[J->nsnap];
  sn->mapofs = (uint32_t)J->nsnapmap;
  memset(dead, 0, (size_t)(J->maxslot + JIT_SLOTBIAS));
  if (purge && JIT_OPT(J, purge)) snap_purge(J, pc, dead);
  sn->deadbase = 0;
  sn->deadmask = 0;
  for (s = -1; s < J->maxslot; s++) {
    if (dead[s + JIT_SLOTBIAS]) {
      /* Remembered for the loop's copy of this snapshot (opt_loop), which must not bring
       * the dead slots back from the state at the start of the iteration. */
      if (!sn->deadmask) sn->deadbase = (int16_t)s;
      if (s - sn->deadbase < 64) sn->deadmask |= (uint64_t)1 << (s - sn->deadbase);
    } else if (J->modified[s + JIT_SLOTBIAS]) {
      J->snapmap[J->nsnapmap + nent].slot = (int16_t)s;
      J->snapmap[J->nsnapmap + nent].ref = ASLOT(s);
      nent++;
    }
  }
  sn->nent = (uint16_t)nent;
  sn->frameofs = (uint32_t)J->nframemap;
  sn->nframe = (uint16_t)J->depth;
  for (s = 0; s < J->depth; s++) {
    SnapFrame *f = &J->framemap[J->nframemap++];
    f->funcslot = J->frame[s].funcslot;
    f->nresults = J->frame[s].nresults;
    f->vabase = J->frame[s].vabase;
    f->tailcalls = J->frame[s].tailcalls;
    f->retpc = J->frame[s].retpc;
    f->pt = s + 1 < J->depth ? J->frame[s + 1].pt : J->pt;
  }
  sn->ref = J->nins;
  sn->topslot = (int16_t)J->curtop;
  sn->pc = pc;
  sn->count = 0;
  sn->tries = 0;
  sn->side = 0;
  J->nsnapmap += nent;
  J->nsnap++;
}

void rec_snap(JitState *J, const Instr *pc) { snap_take(J, pc, 1); }

/* A snapshot of every modified slot, none purged: one that UCLOSE or CALLC writes back to the
 * stack for the code they run (an upvalue closed takes its slot's value, dead or not). */
static void rec_snapall(JitState *J, const Instr *pc) { snap_take(J, pc, 0); }

/* Emit a guard, taking the snapshot for the current instruction first if it has none yet. */
static IRRef guard(JitState *J, IROp o, IRType t, IRRef a, IRRef b) {
  if (J->needsnap) {
    rec_snap(J, J->curpc);
    J->needsnap = 0;
  }
  return ir_emit(J, o, t, a, b);
}

/* --- slots --- */

static IRType rec_valtype(Value v) { return ir_type_of_value(v); }

/* A side trace's slot s, as the parent's snapshot wrote it when the side trace started: a
 * constant of this trace (a copy of the parent's), PSLOT_TYPED when the slot holds a value of
 * type t (nothing to check), else 0 (the slot holds what it held before: load and check). */
#define PSLOT_TYPED ((IRRef)0xffff)
#define PSLOT_INT ((IRRef)0xfffe)
static IRRef parent_slot(JitState *J, int s, IRType t) {
  Trace *P = J->trace[J->parent];
  SnapShot *ps = &P->snap[J->parentsnap];
  uint32_t e;
  for (e = 0; e < ps->nent; e++) {
    SnapEntry en = P->snapmap[ps->mapofs + e];
    IRIns *pi;
    IRType pt;
    if (en.slot != s) continue;
    pi = trace_ir(P, en.ref);
    pt = (IRType)pi->t == IRT_INT ? IRT_NUM : (IRType)pi->t;   /* written as a double */
    if (pt != t) return 0;   /* cannot be: the slot holds what was written */
    /* A side trace that may loop keeps the parent's integers integers (exact: an int32 was
     * written), and takes no constant from it (the slot varies in its loop). */
    if (J->sidecand && pi->t == IRT_INT && JIT_OPT(J, narrow)) return PSLOT_INT;
    if (!irref_isk(en.ref) || J->sidecand) return PSLOT_TYPED;
    switch (pi->o) {
      case IR_KPRI: return ir_kpri(J, t);
      case IR_KINT: return ir_kint(J, pi->k.i);
      case IR_KNUM: return ir_knum(J, pi->k.n);
      case IR_KGC: return ir_kgc(J, (GCObj *)pi->k.ptr, t);
      default: return PSLOT_TYPED;
    }
  }
  return 0;
}

/* Does the parent know slot s (not in its exit's snapshot: the stack holds what it held when the
 * parent started) to hold a value of type t? It does when it loaded the slot with a check (or
 * inherited it typed) before that snapshot, and called no library function that could have run
 * Lua code changing the slot through an upvalue (no CALLC at all). Then the side trace's load
 * needs no check. */
static int parent_typed(JitState *J, int s, IRType t) {
  Trace *P = J->trace[J->parent];
  IRRef r = trace_parentload(P, J->parentsnap, s);
  IRIns *pi;
  if (!r) return 0;
  pi = trace_ir(P, r);
  if (!(pi->op2 & (IRSLOAD_TYPECHECK | IRSLOAD_INHERIT)) ||
      !((IRType)pi->t == t || (pi->t == IRT_INT && (pi->op2 & IRSLOAD_TOINT) && t == IRT_NUM)))
    return 0;
  for (r = REF_FIRST; r < P->nins; r++)   /* (no library call after the exit either) */
    if (trace_ir(P, r)->o == IR_CALLC) return 0;
  return 1;
}

/* A frame's function (in absolute slot s, loaded as ref) that is the only closure ever made of
 * its prototype: guarded to be that closure, which is then a constant in the slot, so that its
 * upvalues are constants too (fold_fload_kfunc) rather than loads through the frame. Closures
 * made afresh for each call keep to the prototype's guard (rec_callee). Returns 1 if so. */
static int rec_fnisconst(Closure *cl) { return !cl->c.isC && cl->l.p->nclosures == 1; }
static int rec_fnconst(JitState *J, int s, IRRef ref, Closure *cl) {
  IRRef k;
  if (!rec_fnisconst(cl) || !JIT_OPT(J, fold)) return 0;
  if (irref_isk(ref)) return IR(J, ref)->o == IR_KGC && IR(J, ref)->k.ptr == (void *)cl;
  k = ir_kgc(J, (GCObj *)cl, IRT_FUNC);
  guard(J, IR_EQ, IRT_FUNC, ref, k);
  ASLOT(s) = k;
  /* Other slots the trace wrote with the same value hold the constant too (snapshots store
   * the constant, not the boxed register: a recursive call's function loaded once for two
   * calls, as ack's). */
  if (!irref_isk(ref)) {
    int i;
    for (i = 0; i < J->maxslot + JIT_SLOTBIAS && i < JIT_MAXSLOTS + JIT_SLOTBIAS; i++)
      if (J->slot[i] == ref && J->modified[i]) J->slot[i] = k;
  }
  return 1;
}

/* The IR value of slot r (base-relative; -1 is the function), loaded on first use. */
static IRRef getslot(JitState *J, int r) {
  int s = J->baseofs + r;
  IRRef ref;
  if (s + 1 >= JIT_MAXSLOTS) rec_abort(J, "too many slots");
  ref = ASLOT(s);
  if (ref == 0) {
    Value v = J->base[r];
    IRType t = rec_valtype(v);
    int check = IRSLOAD_TYPECHECK;
    if (s + 1 > J->maxslot) J->maxslot = s + 1;
    /* A function's trace is entered by calls of the function only: its slot holds it. */
    if (s == -1 && !J->parent && J->startop == JIT_FUNCF) check = 0;
    if (t == IRT_PROTO || t == IRT_UPVAL) rec_abort(J, "internal value in a slot");
    /* After a call that ran Lua code, what the stack holds now, read in every iteration: not the
     * parent's value, nor the slot's value at the start of the loop. */
    if (J->luacalled) check |= IRSLOAD_CALLRES;
    int fromparent = J->parent && !J->nretf && !J->luacalled;
    int insnap = fromparent && (ref = parent_slot(J, s, t)) != 0;   /* in the parent's snapshot:
                                                                       its value is in a register */
    if (fromparent && !insnap && J->sidecand && t == IRT_NUM && JIT_OPT(J, narrow)) {
      /* A slot the parent left alone but loaded as an int (its entry guard checked it): an
       * int here too (still checked), so that a side trace's loop keeps int indices. */
      Trace *P = J->trace[J->parent];
      IRRef r;
      int s2 = s;
      /* The visible copy of a for loop's index, which the loop's root trace left alone (it is
       * the index it loaded, as an int, at its entry) is that too. */
      if (!P->parent && P->startop == BC_FORLOOP && s == (int)bc_a(*(const Instr *)P->startpc) + 3)
        s2 = s - 3;
      for (r = REF_FIRST; r < P->nins; r++) {
        IRIns *pi = trace_ir(P, r);
        if (pi->o == IR_SLOAD && ((int16_t)pi->op1 == s || (int16_t)pi->op1 == s2) && pi->t == IRT_INT) {
          ref = PSLOT_INT;
          break;
        }
      }
    }
    if (J->parent && !J->nretf && ref != 0) {
      if (ref == PSLOT_INT) {
        /* Written as the double of an int32 (or checked so by the parent at its entry). */
        ref = guard(J, IR_SLOAD, IRT_INT, (IRRef)(int16_t)s,
                    IRSLOAD_TOINT | IRSLOAD_TYPECHECK | (insnap ? IRSLOAD_INHERIT : 0));
        J->sload[s + JIT_SLOTBIAS] = ref;
        ASLOT(s) = ref;
        return ref;
      }
      if (ref != PSLOT_TYPED) {
        ASLOT(s) = ref;
        return ref;
      }
      check = IRSLOAD_INHERIT;   /* the side trace's start wrote it with this type */
    } else if (fromparent && !insnap && ref == 0 && parent_typed(J, s, t)) {
      /* The parent checked it, and nothing wrote it since: no check, and the value is the
       * parent's when it still holds it at the exit (parent_ref). */
      check = IRSLOAD_INHERIT;
    }
    if (J->intmask && s >= 0 && s < 64 && ((J->intmask >> s) & 1) && t == IRT_NUM &&
        check == IRSLOAD_TYPECHECK && !J->parent && J->depth == 0 && !J->nretf &&
        knum_isint32(val_num(v))) {
      /* A loop's int counter (rec_intphis): an INT from the start, its entry guard checking
       * that the slot holds an int32 (not -0). */
      ref = guard(J, IR_SLOAD, IRT_INT, (IRRef)(int16_t)s, IRSLOAD_TOINT | IRSLOAD_TYPECHECK);
      J->sload[s + JIT_SLOTBIAS] = ref;
      ASLOT(s) = ref;
      return ref;
    }
    ref = guard(J, IR_SLOAD, t, (IRRef)(int16_t)s, (IRRef)check);
    if (!J->luacalled) J->sload[s + JIT_SLOTBIAS] = ref;
    if (irt_ispri(t)) ref = ir_kpri(J, t);   /* the guard holds the type; the value is known */
    ASLOT(s) = ref;
    /* The function of the frame the trace is in (its first, or one a RETF returned to). */
    if (s == -1 && t == IRT_FUNC && rec_fnconst(J, s, ref, val_func(v))) ref = ASLOT(s);
  }
  return ref;
}

static void setslot(JitState *J, int r, IRRef ref) {
  int s = J->baseofs + r;
  if (s + 1 >= JIT_MAXSLOTS) rec_abort(J, "too many slots");
  ASLOT(s) = ref;
  J->modified[s + JIT_SLOTBIAS] = 1;
  if (s + 1 > J->maxslot) J->maxslot = s + 1;
}

#define ireft(ref) ((IRType)IR(J, (ref))->t)

/* A number operand as NUM (an INT is converted). */
static IRRef tonum(JitState *J, IRRef ref) {
  IRType t = ireft(ref);
  if (t == IRT_NUM) return ref;
  if (t == IRT_INT) return ir_emit(J, IR_TONUM, IRT_NUM, ref, 0);
  rec_abort(J, "number expected");
  return 0;
}

/* An integral double constant as INT, else 0. */
static IRRef kasint(JitState *J, IRRef ref) {
  if (irref_isk(ref) && IR(J, ref)->o == IR_KNUM) {
    double n = IR(J, ref)->k.n;
    if (knum_isint32(n)) return ir_kint(J, (int32_t)n);
  }
  if (irref_isk(ref) && IR(J, ref)->o == IR_KINT) return ref;
  return 0;
}

/* Narrowing of a NUM computed by + and - from ints, integral constants and slots (an index
 * such as 2 * (b + a) + 1 with a loaded as a double): the same computation on INTs, with
 * overflow guards, and each slot guarded to hold an int32 (loop-invariant ones are checked
 * once); exact, since each step's double is the int's when nothing overflows. narrow_ok says
 * whether ref can be narrowed (no instruction emitted), narrow_emit does it. */
static int narrow_ok(JitState *J, IRRef ref, int depth) {
  IRIns *ins;
  if (irref_isk(ref)) return kasint(J, ref) != 0;
  ins = IR(J, ref);
  if (ins->t == IRT_INT) return 1;
  if (ins->t != IRT_NUM || depth > 8) return 0;
  switch (ins->o) {
    case IR_TONUM: return IR(J, ins->op1)->t == IRT_INT;   /* not a (64-bit) length */
    case IR_SLOAD: return !(ins->op2 & IRSLOAD_CALLRES);
    case IR_ADD: case IR_SUB: return narrow_ok(J, ins->op1, depth + 1) && narrow_ok(J, ins->op2, depth + 1);
    default: return 0;
  }
}
static IRRef narrow_emit(JitState *J, IRRef ref) {
  IRIns *ins;
  if (irref_isk(ref)) return kasint(J, ref);
  ins = IR(J, ref);
  if (ins->t == IRT_INT) return ref;
  switch (ins->o) {
    case IR_TONUM: return ins->op1;
    case IR_SLOAD: return guard(J, IR_TOINT, IRT_INT, ref, 0);
    default: {
      IROp o = ins->o == IR_ADD ? IR_ADDOV : IR_SUBOV;
      IRRef b = ins->op2, a = narrow_emit(J, ins->op1);
      return guard(J, o, IRT_INT, a, narrow_emit(J, b));
    }
  }
}

/* A number operand as INT, guarding that it is an exact int32 when it is a NUM. */
static IRRef toint(JitState *J, IRRef ref) {
  IRType t = ireft(ref);
  if (t == IRT_INT) return ref;
  if (t == IRT_NUM) {
    if (irref_isk(ref)) {
      IRRef k = kasint(J, ref);
      if (!k) rec_abort(J, "non-integral constant index");
      return k;
    }
    if (JIT_OPT(J, narrow) && IR(J, ref)->o != IR_SLOAD && narrow_ok(J, ref, 0)) return narrow_emit(J, ref);
    return guard(J, IR_TOINT, IRT_INT, ref, 0);
  }
  rec_abort(J, "number expected");
  return 0;
}

static int isnumtype(IRType t) { return t == IRT_NUM || t == IRT_INT; }

/* A number operand whose value v is an int32 now, as an INT: itself, a constant, or a NUM
 * narrowed (narrow_ok: from ints, integral constants and slots, each guarded). 0 when it is
 * not (a fraction, out of range, or computed otherwise), with nothing emitted. */
static IRRef rec_intpos(JitState *J, IRRef ref, Value v) {
  IRType t = ireft(ref);
  if (t == IRT_INT) return ref;
  if (t != IRT_NUM || !val_isnum(v)) return 0;
  if (irref_isk(ref)) return kasint(J, ref);
  if (!knum_isint32(val_num(v)) || !JIT_OPT(J, narrow) || !narrow_ok(J, ref, 0)) return 0;
  return narrow_emit(J, ref);
}

/* --- the for loop's index: checks made once for the whole loop --- */

/* A guard that the recorded iteration needs but the loop body does not: opt_loop leaves it out
 * of its copy. (If the list is full it stays an ordinary guard: correct, only slower.) */
static void guard_peel(JitState *J, IROp o, IRRef a, IRRef b) {
  IRRef before = J->nins, r = guard(J, o, IRT_INT, a, b);
  if (r >= before && J->npeelonly < (int)(sizeof J->peelonly / sizeof J->peelonly[0]))
    J->peelonly[J->npeelonly++] = r;
}

static int rec_ispeelonly(JitState *J, IRRef ref) {
  int k;
  for (k = 0; k < J->npeelonly; k++)
    if (J->peelonly[k] == ref) return 1;
  return 0;
}

/* Is ix the loop index plus a constant (*c)? */
static int scev_ofs(JitState *J, IRRef ix, int32_t *c) {
  IRIns *ins;
  if (!J->scev_idx || !JIT_OPT(J, abc)) return 0;
  if (ix == J->scev_idx) { *c = 0; return 1; }
  if (irref_isk(ix)) return 0;
  ins = IR(J, ix);
  if (ins->o == IR_ADD && ins->op1 == J->scev_idx && ISKINT(ins->op2)) {
    *c = IR(J, ins->op2)->k.i;
    return 1;
  }
  {
    /* A side trace's index is its previous value plus the step (b + k0), and folding turns
     * index + k into b + (k0 + k), or into b itself. */
    IRIns *si = IR(J, J->scev_idx);
    int64_t k0, k;
    if ((si->o != IR_ADD && si->o != IR_ADDOV) || !ISKINT(si->op2)) return 0;
    k0 = IR(J, si->op2)->k.i;
    if (ix == si->op1) k = 0;
    else if (ins->o == IR_ADD && ins->op1 == si->op1 && ISKINT(ins->op2)) k = IR(J, ins->op2)->k.i;
    else return 0;
    if (k - k0 != (int32_t)(k - k0)) return 0;
    *c = (int32_t)(k - k0);
    return 1;
  }
}

/* The loop index's value now. */
static int32_t scev_now(JitState *J) {
  return (int32_t)val_num(J->base0[J->scev_slot]);
}

/* The bounds check of array slot ix (0-based INT) of a table whose size is asize (asizev now).
 * For ix = index + c, every iteration's ix lies between the entry's and limit + c: limit + c is
 * checked (loop-invariant: hoisted) and the entry's ix in the recorded iteration only. */
static void rec_idx_abc(JitState *J, IRRef ix, IRRef asize, uint32_t asizev) {
  int32_t c;
  if (scev_ofs(J, ix, &c)) {
    int64_t hi = (int64_t)J->scev_stopv + c;
    if (hi >= 0 && hi < (int64_t)asizev) {
      guard(J, IR_ULT, IRT_INT, ir_emit(J, IR_ADD, IRT_INT, J->scev_stop, ir_kint(J, c)), asize);
      guard_peel(J, IR_ULT, ix, asize);
      return;
    }
  }
  guard(J, IR_ULT, IRT_INT, ix, asize);
}

/* index + k without overflow checks in the loop: idx + k is largest (k > 0) or smallest at one
 * end of the index's range; that end is checked, the limit's once, the entry's index in the
 * recorded iteration only. 0 if the ends overflow now. */
static IRRef scev_addk(JitState *J, int32_t k) {
  int64_t atstop = (int64_t)J->scev_stopv + k, atnow = (int64_t)scev_now(J) + k;
  IROp o = k > 0 ? IR_LE : IR_GE;
  IRRef kb = ir_kint(J, k > 0 ? INT32_MAX - k : INT32_MIN - k);
  if (atstop != (int32_t)atstop || atnow != (int32_t)atnow) return 0;
  if ((k > 0) == (J->scev_dir > 0)) guard(J, o, IRT_INT, J->scev_stop, kb);
  else guard_peel(J, o, J->scev_idx, kb);
  return ir_emit(J, IR_ADD, IRT_INT, J->scev_idx, ir_kint(J, k));
}

/* b + c or b - c on INTs, exiting on overflow. */
static IRRef rec_intadd(JitState *J, IROp o, IRRef b, IRRef c) {
  IRRef x = b, k = c;
  if (o == IR_ADD && ISKINT(b)) { x = c; k = b; }
  if (JIT_OPT(J, abc) && J->scev_idx && x == J->scev_idx && ISKINT(k)) {
    int32_t kv = IR(J, k)->k.i;
    if (o == IR_SUB && kv != INT32_MIN) kv = -kv;
    if (kv != 0 && (o == IR_ADD || IR(J, k)->k.i != INT32_MIN)) {
      IRRef r = scev_addk(J, kv);
      if (r) return r;
    }
  }
  return guard(J, o == IR_ADD ? IR_ADDOV : IR_SUBOV, IRT_INT, b, c);
}

/* --- arithmetic --- */

/* An operand of arithmetic in slot s: a string is converted as the interpreter converts it
 * (num_str2d, as tonumber does); TONUMS exits where the string is no number (there the
 * interpreter looks for a metamethod or raises the error). */
static IRRef rec_numslot(JitState *J, int s) {
  IRRef r = getslot(J, s);
  Value v = J->base[s];
  double d;
  if (ireft(r) != IRT_STR) return r;
  if (!val_isstr(v) || !num_str2d(str_data(val_str(v)), &d))
    rec_abort(J, "NYI: arithmetic metamethod or coercion");
  return guard(J, IR_TONUMS, IRT_NUM, r, 0);
}

static IRRef rec_arith(JitState *J, IROp o, IRRef b, IRRef c) {
  IRType tb = ireft(b), tc = ireft(c);
  if (!isnumtype(tb) || !isnumtype(tc)) rec_abort(J, "NYI: arithmetic metamethod or coercion");
  /* Integer addition and subtraction stay integers (overflow exits): exact as long as they do
   * not overflow, so the double the interpreter would compute is the same number. */
  if (JIT_OPT(J, narrow) && (o == IR_ADD || o == IR_SUB)) {
    IRRef ib = tb == IRT_INT ? b : kasint(J, b), ic = tc == IRT_INT ? c : kasint(J, c);
    if (ib && ic && (tb == IRT_INT || tc == IRT_INT)) {
      return rec_intadd(J, o, ib, ic);
    }
  }
  /* An int doubled (2 * i, a heap's or a tree's child index) is the int added to itself. */
  if (JIT_OPT(J, narrow) && o == IR_MUL && (tb == IRT_INT) != (tc == IRT_INT)) {
    IRRef x = tb == IRT_INT ? b : c, k = kasint(J, tb == IRT_INT ? c : b);
    if (k && IR(J, k)->k.i == 2) return rec_intadd(J, IR_ADD, x, x);
  }
  b = tonum(J, b);
  c = tonum(J, c);
  if (o == IR_POW) return ir_emit(J, IR_POW, IRT_NUM, b, c);
  return ir_emit(J, o, IRT_NUM, b, c);
}

/* --- comparisons --- */

/* Record ISLT/ISGE/ISLE/ISGT on numbers: a guard for the direction taken now. */
static void rec_compare(JitState *J, BCOp op, int a, int d) {
  IRRef ra = getslot(J, a), rd = getslot(J, d);
  IRType ta = ireft(ra), td = ireft(rd);
  double x, y;
  int lt;   /* op is a "less than" (ISLT/ISGE) or "less equal" (ISLE/ISGT) test */
  int holds;
  IROp go;
  if (!isnumtype(ta) || !isnumtype(td)) rec_abort(J, "NYI: comparison of non-numbers");
  x = val_num(J->base[a]);
  y = val_num(J->base[d]);
  lt = op == BC_ISLT || op == BC_ISGE;
  holds = lt ? x < y : x <= y;       /* the relation itself */
  if (op == BC_ISGE || op == BC_ISGT) holds = !holds;   /* the instruction's condition */
  /* The guard: the condition as it came out. */
  if (op == BC_ISLT) go = holds ? IR_LT : IR_GE;
  else if (op == BC_ISGE) go = holds ? IR_GE : IR_LT;
  else if (op == BC_ISLE) go = holds ? IR_LE : IR_GT;
  else go = holds ? IR_GT : IR_LE;
  if (ta == IRT_INT && td == IRT_INT) {
    guard(J, go, IRT_INT, ra, rd);
  } else {
    IRRef ka = ta == IRT_INT ? 0 : kasint(J, ra), kd = td == IRT_INT ? 0 : kasint(J, rd);
    if (ta == IRT_INT && kd) guard(J, go, IRT_INT, ra, kd);
    else if (td == IRT_INT && ka) guard(J, go, IRT_INT, ka, rd);
    else guard(J, go, IRT_NUM, tonum(J, ra), tonum(J, rd));
  }
}

static void guard_nomt(JitState *J, IRRef t);
static IRRef guard_mt(JitState *J, IRRef tr, Table *mt);
static IRRef rec_mmget(JitState *J, IRRef k, Table *mt, TMS event, Value *v);

/* Equality of two IR values whose types are fixed by guards; returns whether they are equal now
 * and emits the guard that keeps it so. */
static int rec_equal(JitState *J, IRRef ra, IRRef rd, Value va, Value vd) {
  IRType ta = ireft(ra), td = ireft(rd);
  int eq;
  if (isnumtype(ta) && isnumtype(td)) {
    eq = val_num(va) == val_num(vd);
    if (ta == IRT_INT && td == IRT_INT) guard(J, eq ? IR_EQ : IR_NE, IRT_INT, ra, rd);
    else guard(J, eq ? IR_EQ : IR_NE, IRT_NUM, tonum(J, ra), tonum(J, rd));
    return eq;
  }
  if (ta != td) return 0;          /* different types: never equal */
  if (irt_ispri(ta)) return 1;     /* nil == nil, true == true */
  eq = va == vd;
  if (ta == IRT_TAB || ta == IRT_UDATA) {
    if (!eq) {
      /* Different tables are equal only through __eq, which is looked up in the first one's
       * metatable first: when that has none (guarded), they are not equal. */
      Table *mt;
      if (ta == IRT_UDATA) rec_abort(J, "NYI: userdata comparison");
      mt = val_tab(va)->mt;
      if (mt) {
        Value tm;
        rec_mmget(J, guard_mt(J, ra, mt), mt, TM_EQ, &tm);
        if (!val_isnil(tm)) rec_abort(J, "NYI: __eq");
      } else {
        guard_nomt(J, ra);
      }
    }
  }
  guard(J, eq ? IR_EQ : IR_NE, ta, ra, rd);
  return eq;
}

/* --- tables --- */

/* Guard that a table has no metatable (so a nil read is final and a store is raw). */
static void guard_nomt(JitState *J, IRRef t) {
  guard(J, IR_EQ, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, t, IRFL_TAB_MT), ir_kptr(J, NULL));
}

/* Address of the value of key `key` (a Value known now) in table tr, plus a description of what
 * is there now. Array part for integer keys in range, a predicted hash slot for constant keys
 * present in the hash part; anything else aborts (part 2). */
typedef struct TabRef { IRRef ref; IROp load, store; Value cur; } TabRef;

/* The hash node n of constant key keyref in table t (tr), found now: the trace guards the
 * table's size and (HREFK) that the key is still in that node. */
static TabRef rec_hrefk(JitState *J, IRRef tr, Table *t, Node *n, IRRef keyref) {
  TabRef r;
  IRRef hmask = ir_emit(J, IR_FLOAD, IRT_U32, tr, IRFL_TAB_HMASK);
  IRRef node = ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_NODE);
  IRRef href;
  guard(J, IR_EQ, IRT_INT, hmask, ir_kint(J, (int32_t)t->hmask));
  if (J->needsnap) { rec_snap(J, J->curpc); J->needsnap = 0; }
  href = ir_emit(J, IR_HREFK, IRT_PTR, node, keyref);
  if (IR(J, href)->o == IR_HREFK && IR(J, href)->k.i == 0 && href == J->nins - 1)
    IR(J, href)->k.i = (int32_t)(n - t->node);
  if (IR(J, href)->k.i != (int32_t)(n - t->node)) rec_abort(J, "hash slot moved");
  r.ref = href;
  r.load = IR_HLOAD;
  r.store = IR_HSTORE;
  r.cur = n->val;
  return r;
}

/* The node of string key `key` in t, whatever its value, or NULL. */
static Node *tab_findstr(Table *t, Value key) {
  Node *n = &t->node[val_str(key)->hash & t->hmask];
  do {
    if (n->key == key) return n;
    n = n->next;
  } while (n);
  return NULL;
}

/* The slot of a key t lacks (a NUM or a constant string), for a store: NEWREF inserts it,
 * growing the table when it has no free node; the trace exits only when that fails. */
static TabRef rec_newref(JitState *J, IRRef tr, IRRef keyref) {
  TabRef r;
  r.ref = ir_emit(J, IR_NEWREF, IRT_PTR, tr, keyref);
  guard(J, IR_NE, IRT_PTR, r.ref, ir_kptr(J, NULL));
  J->snap[J->nsnap - 1].tries = 0xffff;   /* out of memory: a side trace could do no better */
  r.load = IR_HLOAD;
  r.store = IR_HSTORE;
  r.cur = VAL_NIL;
  return r;
}

/* A new constant string key in a table this trace made (TNEW), with no other insertion into it
 * than such ones: the table's hash part is laid out at run time as at recording, so a key
 * whose main node is free now goes into that node (HNEWK writes the key there) without a call.
 * 0 when that does not apply (NEWREF then). */
static IRRef rec_hnewk(JitState *J, IRRef tr, Table *t, IRRef keyref, Value key) {
  IRRef ref;
  Node *mp;
  if (IR(J, tr)->o != IR_TNEW || t->hmask == 0) return 0;
  for (ref = J->chain[IR_NEWREF]; ref; ref = IR(J, ref)->prev)
    if (IR(J, ref)->op1 == tr) return 0;
  mp = &t->node[val_str(key)->hash & t->hmask];
  if (!val_isnil(mp->key) || !val_isnil(mp->val)) return 0;
  ref = guard(J, IR_HNEWK, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_NODE), keyref);
  IR(J, ref)->k.i = (int32_t)(mp - t->node);
  return ref;
}

static TabRef rec_tabref(JitState *J, IRRef tr, Table *t, IRRef keyref, Value key, int forstore) {
  TabRef r;
  IRType kt = ireft(keyref);
  if (isnumtype(kt)) {
    double d = val_num(key);
    if (d >= 0 && d < (double)t->asize && d == floor(d)) {
      IRRef ix = toint(J, keyref);
      IRRef asize = ir_emit(J, IR_FLOAD, IRT_U32, tr, IRFL_TAB_ASIZE);
      rec_idx_abc(J, ix, asize, t->asize);
      r.ref = ir_emit(J, IR_AREF, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_ARRAY), ix);
      r.load = IR_ALOAD;
      r.store = IR_ASTORE;
      r.cur = t->array[(uint32_t)d];
      return r;
    }
    if (d != d) rec_abort(J, "NaN key");
    {
      const Value *slot = tab_getnum(t, d);
      /* A constant key in the hash part (t[0]): its node, predicted as for a string key. */
      if (irref_isk(keyref)) {
        Node *n = (Node *)(void *)((char *)(uintptr_t)slot - offsetof(Node, val));
        if (slot != &tab_nilvalue && n >= t->node && n <= t->node + t->hmask)
          return rec_hrefk(J, tr, t, n, ir_knum(J, val_num(n->key)));
      }
      if (forstore && slot == &tab_nilvalue) return rec_newref(J, tr, tonum(J, keyref));
      /* Outside the array part: the slot is looked up each time (inline: lower.c's numref). A
       * store needs the key to be there (else NEWREF, above). */
      r.ref = ir_emit(J, IR_HREF, IRT_PTR, tr, tonum(J, keyref));
      if (forstore) guard(J, IR_NE, IRT_PTR, r.ref, ir_kptr(J, (void *)&tab_nilvalue));
      r.load = IR_HLOAD;
      r.store = IR_HSTORE;
      r.cur = *slot;
      return r;
    }
  }
  if (kt == IRT_STR && !irref_isk(keyref)) {
    /* A variable string key: its slot is looked up each time (the chain walk with the
     * string's hash, lower.c), the nil slot when absent. A store needs the key there, or
     * inserts it (NEWREF). */
    const Value *slot = tab_getstr(t, val_str(key));
    if (forstore && slot == &tab_nilvalue) return rec_newref(J, tr, keyref);
    r.ref = ir_emit(J, IR_HREF, IRT_PTR, tr, keyref);
    if (forstore) guard(J, IR_NE, IRT_PTR, r.ref, ir_kptr(J, (void *)&tab_nilvalue));
    r.load = IR_HLOAD;
    r.store = IR_HSTORE;
    r.cur = *slot;
    return r;
  }
  if (kt == IRT_STR && irref_isk(keyref)) {
    /* Find the node now (a dead key's node too: a store reuses it); the trace guards the
     * table's size and that the key is still there. */
    Node *n = tab_findstr(t, key);
    if (n) return rec_hrefk(J, tr, t, n, keyref);
    if (forstore && (r.ref = rec_hnewk(J, tr, t, keyref, key)) != 0) {
      r.load = IR_HLOAD;
      r.store = IR_HSTORE;
      r.cur = VAL_NIL;
      return r;
    }
    if (forstore) return rec_newref(J, tr, keyref);
    rec_abort(J, "NYI: absent key");
  }
  rec_abort(J, "NYI: table key type");
  r.ref = 0;
  return r;
}

/* The node of constant string key s in t holding a non-nil value, or NULL. */
static Node *tab_strnode(Table *t, Value key) {
  Node *n = tab_findstr(t, key);
  return n && !val_isnil(n->val) ? n : NULL;
}

/* Guard that table tr's metatable is mt (a constant, kept alive by the trace). */
static IRRef guard_mt(JitState *J, IRRef tr, Table *mt) {
  IRRef k = ir_kgc(J, (GCObj *)mt, IRT_TAB);
  guard(J, IR_EQ, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_MT), k);
  return k;
}

/* Metamethod event of the constant metatable mt (k), as IR: its value now, with the guards
 * that keep it so (the key's node, or the proof that it is absent). *v gets the value. */
static IRRef rec_tgetstr(JitState *J, IRRef tr, IRRef keyref, Table *t, Value key, int raw);
static IRRef rec_mmget(JitState *J, IRRef k, Table *mt, TMS event, Value *v) {
  Value name = val_fromstr(G(J->L)->tmname[event]);
  Node *n = tab_strnode(mt, name);
  *v = n ? n->val : VAL_NIL;
  return rec_tgetstr(J, k, ir_kgc(J, (GCObj *)val_str(name), IRT_STR), mt, name, 1);
}

/* The table (a ref) and constant key whose value slot addr is, for the address forms of
 * stores into hash parts (HREFK, HNEWK: op1 the table's nodes; NEWREF: op1 the table); 0 if
 * addr is another form or its key is not constant. */
static IRRef rec_hslotof(JitState *J, IRRef addr, IRRef *key) {
  IRIns *a = IR(J, addr);
  if (irref_isk(a->op2)) {
    *key = a->op2;
    if (a->o == IR_NEWREF) return a->op1;
    if ((a->o == IR_HREFK || a->o == IR_HNEWK) && !irref_isk(a->op1) && IR(J, a->op1)->o == IR_FLOAD)
      return IR(J, a->op1)->op1;
  }
  return 0;
}

/* A constant key of a fresh table (ir_tnewfresh), read after the trace stored to it: the
 * value stored, when no store since may have written the same slot (a store into another
 * table the trace made, or an entry value of a slot, never does; nor a store of another
 * constant key into the same table). No node is
 * looked up, so the table may then be sunk. 0 if not known (or nil: __index would apply). */
static IRRef rec_tnewfwd(JitState *J, IRRef tr, IRRef keyref) {
  IRRef ref;
  if (!ir_tnewfresh(J, tr)) return 0;
  for (ref = J->chain[IR_HSTORE]; ref > tr; ref = IR(J, ref)->prev) {
    IRIns *st = IR(J, ref);
    IRRef k2 = 0, t2 = rec_hslotof(J, st->op1, &k2);
    if (t2 == tr && k2 == keyref) return IR(J, st->op2)->t == IRT_NIL ? 0 : st->op2;
    if (t2 == tr && k2) continue;
    if (t2 && !irref_isk(t2) && (IR(J, t2)->o == IR_TNEW ||
                                 (IR(J, t2)->o == IR_SLOAD && !(IR(J, t2)->op2 & IRSLOAD_CALLRES))))
      continue;
    return 0;
  }
  return 0;
}

/* The guard that constant string key keyref is absent from table tr (t now) or nil. When the
 * table's size is guarded already (a field of the same object read through HREFK), the walk
 * starts at the node the key's hash gives for that size: HABSK of the nodes, k.i that node. */
static void rec_habsk(JitState *J, IRRef tr, Table *t, IRRef keyref) {
  IRRef before = J->nins, hm, ref;
  Str *key = (Str *)IR(J, keyref)->k.ptr;
  int e = jit_nommevent(G(J->L), key);
  /* A metamethod's name the table's cache says is absent (the interpreter's lookup set the
   * bit): the table form, whose walk the bit's test skips (lower.c). */
  if (e <= TM_EQ && (t->nomm & (1u << e))) {
    guard(J, IR_HABSK, IRT_VOID, tr, keyref);
    return;
  }
  hm = ir_emit(J, IR_FLOAD, IRT_U32, tr, IRFL_TAB_HMASK);
  if (hm < before) {
    for (ref = J->chain[IR_EQ]; ref > hm; ref = IR(J, ref)->prev) {
      IRIns *g = IR(J, ref);
      if (g->op1 == hm && ISKINT(g->op2) && (uint32_t)IR(J, g->op2)->k.i == t->hmask) {
        IRRef node = ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_NODE);
        IRRef h = guard(J, IR_HABSK, IRT_VOID, node, keyref);
        IR(J, h)->k.i = (int32_t)(key->hash & t->hmask);
        return;
      }
    }
  }
  guard(J, IR_HABSK, IRT_VOID, tr, keyref);
}

/* t.name for a constant string key: the value in t, or else (not raw) through __index tables,
 * as far as they go. The absence of the key in each table on the way is guarded (HABSK), and so
 * is each metatable's identity. */
static IRRef rec_tgetstr(JitState *J, IRRef tr, IRRef keyref, Table *t, Value key, int raw) {
  int depth;
  IRRef fwd = rec_tnewfwd(J, tr, keyref);
  if (fwd) return fwd;
  for (depth = 0; depth < 16; depth++) {
    Node *n = tab_strnode(t, key);
    IRRef mtk, idx;
    Value idxv;
    if (n) {
      TabRef r = rec_hrefk(J, tr, t, n, keyref);
      IRType vt = rec_valtype(r.cur);
      IRRef v = guard(J, IR_HLOAD, vt, r.ref, 0);
      return irt_ispri(vt) ? ir_kpri(J, vt) : v;
    }
    /* Absent (or nil): one guard that walks the key's chain (HABSK), not its address (HREF)
     * and a nil check of the slot. */
    rec_habsk(J, tr, t, keyref);
    if (raw) return ir_kpri(J, IRT_NIL);
    if (!t->mt) {
      guard_nomt(J, tr);
      return ir_kpri(J, IRT_NIL);
    }
    mtk = guard_mt(J, tr, t->mt);
    idx = rec_mmget(J, mtk, t->mt, TM_INDEX, &idxv);
    if (val_isnil(idxv)) return ir_kpri(J, IRT_NIL);
    if (!val_istab(idxv)) rec_abort(J, "NYI: __index function");
    tr = idx;
    t = val_tab(idxv);
  }
  rec_abort(J, "__index chain too long");
  return 0;
}

/* t[key], or rawget(t, key) when raw (a nil then needs no metatable check). */
static IRRef rec_tget(JitState *J, IRRef tr, IRRef keyref, Value tv, Value key, int raw) {
  Table *t;
  TabRef r;
  IRType vt;
  if (ireft(tr) != IRT_TAB) rec_abort(J, "NYI: indexing a non-table");
  t = val_tab(tv);
  if (ireft(keyref) == IRT_STR && irref_isk(keyref)) return rec_tgetstr(J, tr, keyref, t, key, raw);
  r = rec_tabref(J, tr, t, keyref, key, 0);
  vt = rec_valtype(r.cur);
  if (vt == IRT_NIL && !raw) {
    if (t->mt) rec_abort(J, "NYI: __index");
    guard_nomt(J, tr);
  }
  {
    IRRef v = guard(J, r.load, vt, r.ref, 0);
    return irt_ispri(vt) ? ir_kpri(J, vt) : v;
  }
}

static void rec_tset(JitState *J, IRRef tr, IRRef keyref, Value tv, Value key, IRRef val) {
  Table *t;
  TabRef r;
  if (ireft(tr) != IRT_TAB) rec_abort(J, "NYI: indexing a non-table");
  t = val_tab(tv);
  /* A store of a metamethod's name would have to clear the absence cache of the table (it may
   * be a metatable). */
  if (ireft(keyref) == IRT_STR && val_str(key)->len >= 2 && val_str(key)->data[0] == '_' &&
      val_str(key)->data[1] == '_')
    rec_abort(J, "NYI: store to a key that names a metamethod");
  /* A variable key may name one when the trace runs: the cache is cleared (a store is raw). */
  if (ireft(keyref) == IRT_STR && !irref_isk(keyref)) ir_emit(J, IR_TNOMM, IRT_VOID, tr, 0);
  if (!t->mt) {
    guard_nomt(J, tr);   /* before NEWREF inserts anything */
  } else {
    /* With a metatable: a store to a key holding a non-nil value is raw; so is any store when
     * the metatable has no __newindex. */
    const Value *cur = ireft(keyref) == IRT_STR ? tab_getstr(t, val_str(key))
                       : isnumtype(ireft(keyref)) ? tab_getnum(t, val_num(key)) : NULL;
    if (!cur) rec_abort(J, "NYI: table key type");
    if (!val_isnil(*cur)) {
      r = rec_tabref(J, tr, t, keyref, key, 1);
      guard(J, r.load, rec_valtype(*cur), r.ref, 0);   /* still not nil */
      goto store;
    } else {
      Value nv;
      IRRef mtk = guard_mt(J, tr, t->mt);
      rec_mmget(J, mtk, t->mt, TM_NEWINDEX, &nv);
      if (!val_isnil(nv)) rec_abort(J, "NYI: __newindex");
    }
  }
  r = rec_tabref(J, tr, t, keyref, key, 1);
store:
  if (ireft(val) == IRT_INT) val = tonum(J, val);   /* slots hold doubles */
  ir_emit(J, r.store, IRT_VOID, r.ref, val);
  /* A fresh table is white: no barrier. */
  if (irt_isgc(ireft(val)) && !ir_tnewfresh(J, tr)) ir_emit(J, IR_TBAR, IRT_VOID, tr, 0);
}

/* --- fast functions --- */

/* bit.tobit of a double, as the bit library computes it. */
static int32_t num_tobit(double n) {
  union { double d; uint64_t u; } v;
  v.d = n + 6755399441055744.0;   /* 2^52 + 2^51 */
  return (int32_t)(uint32_t)v.u;
}

/* A bit operation's argument as INT: an INT as it is, a NUM through TOBIT. */
static IRRef bitarg(JitState *J, IRRef ref) {
  IRType t = ireft(ref);
  if (t == IRT_INT) return ref;
  if (t != IRT_NUM) rec_abort(J, "NYI: bit operation on a non-number");
  if (irref_isk(ref)) return ir_kint(J, num_tobit(IR(J, ref)->k.n));
  return ir_emit(J, IR_TOBIT, IRT_INT, ref, 0);
}

/* A call of a library function the recorder knows (vm.h FF_*): its result computed in IR, no
 * call. Returns 0 (the caller aborts) for anything it does not handle: other functions, a
 * variable number of arguments or results, arguments of other types. The trace guards the
 * function's identity; argument types are already guarded by their slot loads. */
/* The number of values from slot `first` of the current frame up to the top that the previous
 * instruction left (a call or return with a variable number of results, recorded with its
 * count), or -1 when there is no such top. */
static int rec_topcount(JitState *J, int first) {
  int n;
  if (!J->curtop) return -1;
  n = J->curtop - 1 - (J->baseofs + first);
  return n >= 0 ? n : -1;
}

/* B of a CALL or TAILCALL of slot a: itself, or for B = 0 one more than the arguments up to the
 * top (aborts when there is none to count). */
static int rec_nargs(JitState *J, int a, int b) {
  if (b == 0) b = rec_topcount(J, a + 1) + 1;
  if (b == 0) rec_abort(J, "NYI: call with a variable number of values");
  return b;
}

static int rec_fastcall(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i), nargs = bc_b(i) - 1, nres = bc_c(i) - 1, id, k;
  Value fv = J->base[a];
  const Value *av = J->base + a + 1;
  CFunc *cf;
  IRRef res[8], arg[8];
  int nr = 1, multres = nres < 0;
  static const uint8_t ff2fpm[FF__MAX] = { 0, IRFPM_ABS, IRFPM_CEIL, IRFPM_FLOOR, IRFPM_SQRT,
    IRFPM_SIN, IRFPM_COS, IRFPM_TAN, IRFPM_EXP, IRFPM_LOG, IRFPM_LOG10 };
  (void)pc;
  if (!val_isfunc(fv) || !val_func(fv)->c.isC) return 0;
  cf = &val_func(fv)->c;
  id = cf->ffid;
  if (nargs < 0) nargs = rec_topcount(J, a + 1);   /* f(g()): the arguments up to the top */
  if (multres) nres = 1;   /* g(f()): its results (select's are counted below), to a new top */
  if (id == 0 || ff_ispcall(id) || nargs < 0 || nargs > 8 || nres > 8) return 0;
  for (k = 0; k < nargs; k++) arg[k] = getslot(J, a + 1 + k);
#define NUMARG(n) (nargs > (n) && isnumtype(ireft(arg[n])))
  switch (id) {
    case FF_TYPE:
      if (nargs < 1) return 0;
      {
        const char *name = val_typename(av[0]);
        res[0] = ir_kgc(J, (GCObj *)str_new(J->L, name, strlen(name)), IRT_STR);
      }
      break;
    case FF_RAWGET: {
      IRRef key;
      if (nargs < 2 || ireft(arg[0]) != IRT_TAB) return 0;
      key = arg[1];
      if (ireft(key) == IRT_STR && !irref_isk(key)) return 0;
      if (!isnumtype(ireft(key)) && ireft(key) != IRT_STR) return 0;
      res[0] = rec_tget(J, arg[0], key, av[0], av[1], 1);
      break;
    }
    case FF_SELECT: {
      double n;
      if (nargs < 1) return 0;
      if (ireft(arg[0]) == IRT_STR) {
        Str *sn = val_str(av[0]);
        if (sn->len != 1 || str_data(sn)[0] != '#') return 0;
        if (!irref_isk(arg[0])) guard(J, IR_EQ, IRT_STR, arg[0], ir_kgc(J, (GCObj *)sn, IRT_STR));
        res[0] = ir_kint(J, nargs - 1);
        break;
      }
      if (!isnumtype(ireft(arg[0]))) return 0;
      n = val_num(av[0]);
      if (n != floor(n) || n < 1 || n > 8) return 0;
      /* The trace is specialised to this n. */
      if (!irref_isk(arg[0])) guard(J, IR_EQ, IRT_INT, toint(J, arg[0]), ir_kint(J, (int32_t)n));
      else if (!kasint(J, arg[0])) return 0;
      if (multres) nres = nargs - (int)n > 0 ? nargs - (int)n : 0;
      nr = nres;
      for (k = 0; k < nres; k++) {
        int from = (int)n + k;   /* argument index: 1 is arg[1] */
        res[k] = from < nargs ? arg[from] : ir_kpri(J, IRT_NIL);
      }
      break;
    }
    case FF_MIN: case FF_MAX:
      if (nargs < 1) return 0;
      for (k = 0; k < nargs; k++) if (!isnumtype(ireft(arg[k]))) return 0;
      res[0] = tonum(J, arg[0]);
      for (k = 1; k < nargs; k++)
        res[0] = ir_emit(J, id == FF_MIN ? IR_MIN : IR_MAX, IRT_NUM, res[0], tonum(J, arg[k]));
      break;
    case FF_STRLEN:
      if (nargs < 1 || ireft(arg[0]) != IRT_STR) return 0;
      res[0] = ir_emit(J, IR_TONUM, IRT_NUM, ir_emit(J, IR_FLOAD, IRT_PTR, arg[0], IRFL_STR_LEN), 0);
      break;
    case FF_STRBYTE: {
      Str *str;
      double ix = 1;
      IRRef iref;
      if (nargs < 1 || nargs > 2 || ireft(arg[0]) != IRT_STR || nres > 1) return 0;
      str = val_str(av[0]);
      if (nargs == 2) {
        if (!isnumtype(ireft(arg[1]))) return 0;
        ix = val_num(av[1]);
      }
      /* One byte inside the string; string.byte("") or an index outside returns nothing. */
      if (ix != floor(ix) || ix < 1 || ix > (double)str->len || ix > 2147483647.0) return 0;
      iref = nargs == 2 ? toint(J, arg[1]) : ir_kint(J, 1);
      iref = ir_emit(J, IR_ADD, IRT_INT, iref, ir_kint(J, -1));
      guard(J, IR_ULT, IRT_INT, iref, ir_emit(J, IR_FLOAD, IRT_U32, arg[0], IRFL_STR_LEN));
      if (str->len > 0xffffffffu) rec_abort(J, "NYI: string longer than 4 GiB");
      res[0] = ir_emit(J, IR_SBYTE, IRT_INT, arg[0], iref);
      break;
    }
    case FF_STRSUB: {
      /* string.sub(s, i [, j]) of numbers: a helper makes the string (NULL when memory is
       * short: the exit calls it again). Positions that are int32s now go as INTs (narrowed:
       * sub(s, i, i + k - 1) with k a double adds ints), else both as doubles. */
      IRRef ij, pi, pj;
      if (nargs < 2 || nargs > 3 || ireft(arg[0]) != IRT_STR || !NUMARG(1) ||
          (nargs == 3 && !NUMARG(2)) || nres > 1)
        return 0;
      if ((pi = rec_intpos(J, arg[1], av[1])) &&
          (pj = nargs == 3 ? rec_intpos(J, arg[2], av[2]) : ir_kint(J, -1))) {
        ij = ir_emit(J, IR_CARG, IRT_VOID, pi, pj);
        /* the argument slots hold the same numbers: as INTs, the doubles may go (DCE) */
        setslot(J, a + 2, pi);
        if (nargs == 3) setslot(J, a + 3, pj);
      } else
        ij = ir_emit(J, IR_CARG, IRT_VOID, tonum(J, arg[1]),
                     nargs == 3 ? tonum(J, arg[2]) : ir_knum(J, -1));
      res[0] = ir_emit(J, IR_STRSUB, IRT_STR, arg[0], ij);
      guard(J, IR_NE, IRT_PTR, res[0], ir_kptr(J, NULL));
      break;
    }
    case FF_TOBIT: case FF_BNOT: case FF_BSWAP:
      if (!NUMARG(0)) return 0;
      res[0] = bitarg(J, arg[0]);
      if (id == FF_BNOT) res[0] = ir_emit(J, IR_BNOT, IRT_INT, res[0], 0);
      else if (id == FF_BSWAP) res[0] = ir_emit(J, IR_BSWAP, IRT_INT, res[0], 0);
      break;
    case FF_BAND: case FF_BOR: case FF_BXOR: {
      IROp o = id == FF_BAND ? IR_BAND : id == FF_BOR ? IR_BOR : IR_BXOR;
      if (nargs < 1) return 0;
      for (k = 0; k < nargs; k++) if (!NUMARG(k)) return 0;
      res[0] = bitarg(J, arg[0]);
      for (k = 1; k < nargs; k++) res[0] = ir_emit(J, o, IRT_INT, res[0], bitarg(J, arg[k]));
      break;
    }
    case FF_SETMT: {
      /* setmetatable(t, mt) on a table without a metatable (so none protected by
       * __metatable): t's metatable guarded absent, then set. */
      IRType mtt;
      if (nargs != 2 || ireft(arg[0]) != IRT_TAB || val_tab(av[0])->mt) return 0;
      mtt = ireft(arg[1]);
      if (mtt != IRT_TAB && mtt != IRT_NIL) return 0;
      /* The callee's guard (made for every fast function below) first: this one has an
       * effect, which an exit must not find done. */
      guard(J, IR_EQ, IRT_FUNC, getslot(J, a), ir_kgc(J, (GCObj *)cf, IRT_FUNC));
      guard_nomt(J, arg[0]);
      ir_emit(J, IR_SETMT, IRT_VOID, arg[0], mtt == IRT_NIL ? ir_kptr(J, NULL) : arg[1]);
      res[0] = arg[0];
      break;
    }
    case FF_TOSTRING: {
      /* tostring of a number, while numbers have no metatable (debug.setmetatable could give
       * them a __tostring): the interpreter's string, made by a helper. */
      Table **pmt = &G(J->L)->basemt[LUA_TNUMBER];
      IRRef mtr;
      if (nargs != 1 || !isnumtype(ireft(arg[0])) || *pmt) return 0;
      mtr = ir_emit(J, IR_FLOAD, IRT_PTR, ir_kptr(J, (void *)pmt), IRFL_PTR0);
      guard(J, IR_EQ, IRT_PTR, mtr, ir_kptr(J, NULL));
      res[0] = ir_emit(J, IR_TOSTR, IRT_STR, tonum(J, arg[0]), 0);
      guard(J, IR_NE, IRT_PTR, res[0], ir_kptr(J, NULL));
      break;
    }
    case FF_TONUMBER: {
      /* tonumber(x) of a number is x; of a string that is a number, its value (TONUMS exits
       * where the string is none: the interpreter returns nil there). */
      double d;
      if (nargs != 1) return 0;
      if (isnumtype(ireft(arg[0]))) {
        res[0] = arg[0];
        break;
      }
      if (ireft(arg[0]) != IRT_STR) return 0;
      if (num_str2d(str_data(val_str(av[0])), &d)) {
        res[0] = guard(J, IR_TONUMS, IRT_NUM, arg[0], 0);
      } else {
        guard(J, IR_TONUMS, IRT_NIL, arg[0], 1);
        res[0] = ir_kpri(J, IRT_NIL);
      }
      break;
    }
    case FF_IPAIRSTEP: {
      /* ipairs' step (t, i): i + 1 and t[i + 1] (raw), or nothing at the first nil. */
      double d;
      IRRef ni;
      if (nargs != 2 || ireft(arg[0]) != IRT_TAB || !isnumtype(ireft(arg[1]))) return 0;
      d = val_num(av[1]);
      if (d != floor(d) || d < 0 || d >= 2147483647.0) return 0;
      ni = rec_intadd(J, IR_ADD, toint(J, arg[1]), ir_kint(J, 1));
      res[1] = rec_tget(J, arg[0], ni, av[0], val_fromnum(d + 1), 1);
      if (ireft(res[1]) == IRT_NIL) {
        nr = 0;
      } else {
        res[0] = ni;
        nr = 2;
      }
      break;
    }
    case FF_LSHIFT: case FF_RSHIFT: case FF_ARSHIFT: case FF_ROL: case FF_ROR: {
      static const uint8_t shop[] = { IR_BSHL, IR_BSHR, IR_BSAR, IR_BROL, IR_BROR };
      if (!NUMARG(0) || !NUMARG(1)) return 0;
      res[0] = ir_emit(J, shop[id - FF_LSHIFT], IRT_INT, bitarg(J, arg[0]), bitarg(J, arg[1]));
      break;
    }
    default:
      if (id >= FF__MAX) return 0;
      /* math.abs ... math.log10: one number to one number (math.log(x, base) is called). */
      if (nargs != 1 || !NUMARG(0)) return 0;
      res[0] = ir_emit(J, IR_FPMATH, IRT_NUM, tonum(J, arg[0]), ff2fpm[id]);
      break;
  }
#undef NUMARG
  /* The callee stays the same function object (the constant keeps it alive). */
  guard(J, IR_EQ, IRT_FUNC, getslot(J, a), ir_kgc(J, (GCObj *)cf, IRT_FUNC));
  for (k = 0; k < nres; k++) setslot(J, a + k, k < nr ? res[k] : ir_kpri(J, IRT_NIL));
  if (multres) J->mtop = J->baseofs + a + nres + 1;
  return 1;
}

/* --- calls of library C functions --- */

/* Is slot s (base-relative) of the current frame, at pc, a numeric for loop's hidden control
 * slot (index, limit, step)? No closure can see those. */
static int rec_forcontrol(JitState *J, const Instr *pc, int s) {
  int n = J->pt->sizecode, j, at = (int)(pc - J->pt->code);
  for (j = 0; j < n; j++) {
    Instr i = J->pt->code[j];
    int op = bc_op(i);
    if ((op == BC_FORLOOP || op == BC_IFORLOOP || op == BC_JFORLOOP) && j + 1 + bc_sd(i) <= at &&
        at <= j && s >= bc_a(i) && s < bc_a(i) + 3)
      return 1;
  }
  return 0;
}

/* CALL of a library function marked FF_CCALL or FF_CCALLLUA (vm.h), from the trace's first
 * frame (or one a RETF returned to: a real frame, whose savedpc the function's errors use).
 * CALLC writes the current snapshot's slots to the stack and calls the function as the
 * interpreter would; an error it raises unwinds through the trace to the nearest catch point,
 * the stack then being the interpreter's. Nothing read from memory before the call is reused after it (ir.c), the
 * slots from A up are the interpreter's temporaries, and the results are read from the stack
 * at the next instruction, typed by what the call returned (rec_callres). After a call that
 * may run Lua code, every slot but the for loops' control slots is read anew (getslot). */
static int rec_callc(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i), b = bc_b(i), c = bc_c(i), s, lo, runslua;
  Value fv = J->base[a];
  uint64_t pk;
  if (!val_isfunc(fv) || !val_func(fv)->c.isC || !ff_isccall(val_func(fv)->c.ffid)) return 0;
  if (c - 1 > 16) return 0;
  b = rec_nargs(J, a, b);
  if (val_func(fv)->c.nupvalues > 0) {
    /* A C closure made afresh each time (gmatch's step, a wrapped coroutine): its C function,
     * as the field where a Lua closure has its prototype (another function leaves the trace).
     * Its upvalues are its own business. */
    guard(J, IR_EQ, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, getslot(J, a), IRFL_FUNC_PROTO),
          ir_kptr(J, (void *)(uintptr_t)val_func(fv)->c.f));
  } else {
    /* The function's identity: another closure in the slot leaves the trace. */
    guard(J, IR_EQ, IRT_FUNC, getslot(J, a), ir_kgc(J, (GCObj *)val_func(fv), IRT_FUNC));
  }
  for (s = 0; s < b - 1; s++) getslot(J, a + 1 + s);   /* the arguments are in slots */
  J->needsnap = 0;
  rec_snapall(J, pc);   /* written back before the call */
  J->snap[J->nsnap - 1].tries = 0xffff;
  pk = (uint64_t)(uintptr_t)(pc + 1) | ((uint64_t)a << 48) | ((uint64_t)(b - 1) << 56);
  /* The lowest slot the call may overwrite: from A up, or any for a call that runs Lua code. */
  runslua = ff_runslua(val_func(fv)->c.ffid);
  lo = runslua ? 0 : J->baseofs + a;
  if (runslua) {
    J->luacalled = 1;
    J->luacallci = J->L->ci - J->L->base_ci;
  }
  /* k: that slot (opt_loop: no value from before the call is there after it). */
  {
    /* (Two statements: the emission may move the IR buffer that IR() reads.) */
    IRRef cref = ir_emit_raw(J, IR_CALLC, IRT_VOID, ir_kptr(J, (void *)(uintptr_t)pk), (IRRef)c);
    IR(J, cref)->k.i = lo;
  }
  for (s = lo; s < J->maxslot; s++) {
    if (runslua && s >= J->baseofs && rec_forcontrol(J, pc, s - J->baseofs)) continue;
    ASLOT(s) = 0;
    J->modified[s + JIT_SLOTBIAS] = 0;
  }
  J->callres = a + 1;
  J->callnres = c - 1;
  return 1;
}

/* The instruction after a CALLC: its results, as the call left them on the stack. */
static void rec_callres(JitState *J) {
  int a = J->callres - 1, k;
  J->callres = 0;
  /* The function may have asked for every trace to go (jit_uvchanged): this one leaves before
   * it uses a constant that may be stale. */
  guard(J, IR_FLUSHED, IRT_VOID, 0, 0);
  if (J->callnres < 0) {
    /* All its results: as many as now, guarded, and they end at the top. */
    int n = (int)(J->L->top - (J->base + a));
    if (n < 0 || n > 16) rec_abort(J, "NYI: many results of a library function");
    /* (Its snapshot leaves L->top as the call set it.) */
    guard(J, IR_TOPEQ, IRT_VOID, (IRRef)(J->baseofs + a + n), 0);
    J->callnres = n;
    J->curtop = J->baseofs + a + n + 1;
    /* TOPEQ put L->top back at the frame's top: the guards that follow in this instruction
     * take a snapshot that sets it where the values end. */
    J->needsnap = 1;
  }
  for (k = 0; k < J->callnres; k++) {
    Value v = J->base[a + k];
    IRType t = rec_valtype(v);
    int s = J->baseofs + a + k;
    IRRef ref;
    if (t == IRT_PROTO || t == IRT_UPVAL) rec_abort(J, "internal value in a slot");
    if (s + 1 > J->maxslot) J->maxslot = s + 1;
    ref = guard(J, IR_SLOAD, t, (IRRef)(int16_t)s, (IRRef)(IRSLOAD_TYPECHECK | IRSLOAD_CALLRES));
    if (irt_ispri(t)) ref = ir_kpri(J, t);
    setslot(J, a + k, ref);
  }
}

/* --- calls of Lua functions, inlined --- */

/* CALL of a Lua function with fixed arguments and results: the callee's frame starts at A+1
 * and its slots continue the caller's; the trace guards the function's identity. Snapshots
 * taken inside list the frames, and an exit rebuilds them (jit_exit_restore). */
/* The Lua function in slot a about to be called: the checks that it can be inlined, and the
 * guard on its prototype. */
/* Is this a root trace of a function's entry or of a return (down-recursion), not of a loop? */
static int rec_fnroot(JitState *J) {
  return !J->parent && (J->startop == JIT_FUNCF || J->startop == JIT_RETF);
}
/* Does this trace end where it meets compiled code (a side trace, or a root trace of a
 * function's entry or a return), rather than at its own loop? */
static int rec_links(JitState *J) { return J->parent || rec_fnroot(J); }
/* May the trace end with a link to a function's trace (a recursive call, a call too deep)? Any
 * trace: a loop's root trace that ends so loops in the interpreter, which enters it again at
 * its loop instruction (rather than aborting on the recursion every time the loop is hot). */
static int rec_linksfn(JitState *J) { return rec_links(J) || !J->parent; }

/* Will the recording link to the trace of p's entry when p's frame is made (rec_callentry)? */
static int rec_linkable(JitState *J, Proto *p) {
  if (!J->parent && J->startop == JIT_FUNCF && p == J->proto) return 1;   /* itself */
  return rec_linksfn(J) && p->jitf > 0 && J->trace[p->jitf];
}

/* The prototype running at inlining level f (0 the trace's frame, J->depth the current one). */
static Proto *rec_levelpt(JitState *J, int f) { return f < J->depth ? J->frame[f].pt : J->pt; }

static Proto *rec_callee(JitState *J, int a, IRRef *fr) {
  Value fv = J->base[a];
  Proto *p;
  int f, rec = 0;
  if (!val_isfunc(fv)) rec_abort(J, "NYI: __call");
  if (val_func(fv)->c.isC) rec_abort(J, "NYI: call of a C function");
  p = val_func(fv)->l.p;
  /* A vararg function's frame is made as do_precall makes it (rec_call); with the 5.1 `arg`
   * table, it is not. */
  if (p->flags & PROTO_NEEDSARG) rec_abort(J, "NYI: vararg function with arg");
  /* Recursion: a frame of the same closure below. (Another closure of the same prototype, such
   * as one function composed with another by the same maker, is inlined: its depth is that of
   * the data, bounded by JIT_MAXDEPTH.) frame[f].pt is the prototype of the frame below frame
   * f's callee, whose closure is in the trace's slot -1 (f = 0) or frame f-1's function slot. */
  for (f = 0; f <= J->depth; f++) {
    Proto *fp = rec_levelpt(J, f);
    Value fc = f == 0 ? J->base0[-1] : J->base0[J->frame[f - 1].funcslot];
    if (fp == p && val_isfunc(fc) && val_func(fc) == val_func(fv)) rec = 1;
  }
  /* Recursion is not inlined: the recording links to the callee's trace once its frame is
   * made (up-recursion when the callee is the function this trace starts at). */
  if (rec && !rec_linkable(J, p)) rec_abort(J, "NYI: recursion");
  if (J->depth >= JIT_MAXDEPTH) rec_abort(J, "call too deep");
  J->justcalled = 1 + rec;
  if (J->baseofs + a + 1 + p->maxstack + 1 >= JIT_MAXSLOTS) rec_abort(J, "too many slots");
  *fr = getslot(J, a);
  if (rec_fnconst(J, J->baseofs + a, *fr, val_func(fv))) {
    *fr = ASLOT(J->baseofs + a);
    return p;
  }
  /* The callee's prototype, not the closure: closures made afresh (in a loop, for each call of
   * an enclosing function) share the trace; upvalues are read through the closure in the slot.
   * A C function's field at this offset is a code address, never a prototype. The constant
   * keeps the prototype alive while the trace exists. */
  guard(J, IR_EQ, IRT_PTR, ir_emit(J, IR_FLOAD, IRT_PTR, *fr, IRFL_FUNC_PROTO),
        ir_kgc(J, (GCObj *)p, IRT_PROTO));
  return p;
}

/* An inlined frame ends (RET, a tail call) and its function makes closures: its slots to the
 * stack, then the upvalues open on them closed, as the interpreter closes them. */
static void rec_closeframe(JitState *J, const Instr *pc) {
  if (J->pt->sizep == 0) return;
  J->needsnap = 0;
  rec_snapall(J, pc);
  J->snap[J->nsnap - 1].tries = 0xffff;
  ir_emit_raw(J, IR_UCLOSE, IRT_VOID, (IRRef)(int16_t)J->baseofs, 0);
  J->needsnap = 1;
}

/* TAILCALL from an inlined frame: the callee takes the frame's place (its function slot, then
 * the arguments), and returns to where the frame would have. */
static void rec_tailcall(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i), b = bc_b(i), f, k, s, fs;
  IRRef fr, args[256];
  Proto *p;
  if (J->depth == 0 && !rec_links(J)) rec_abort(J, "NYI: tail call from the trace's frame");
  if (val_isfunc(J->base[a]) && val_func(J->base[a])->c.isC) {
    /* A library function computed in the trace. The interpreter calls it as CALL does and
     * the RET A 0 that follows returns its results: one, in slot a. */
    if (rec_fastcall(J, pc, bc_abc(BC_CALL, a, b, 2))) {
      J->retone = a + 1;
      return;
    }
    /* A library function the trace calls: all its results, for the RET A 0 after. */
    if (rec_callc(J, pc, bc_abc(BC_CALL, a, b, 1 - 1))) return;
    rec_abort(J, "NYI: call of a C function");
  }
  b = rec_nargs(J, a, b);   /* return f(g()) */
  p = rec_callee(J, a, &fr);
  if (p->flags & PROTO_VARARG) rec_abort(J, "NYI: tail call of a vararg function");
  for (k = 0; k < b - 1; k++) args[k] = getslot(J, a + 1 + k);
  if (J->depth > 0) rec_closeframe(J, pc);
  if (J->depth == 0) {
    if (J->pt->flags & PROTO_VARARG) rec_abort(J, "NYI: tail call from a vararg function");
    /* From a side trace's first frame (or one a RETF returned to), a real frame: TAILF checks
     * that no upvalue needs closing and that the stack has room for the callee, then gives
     * the frame the callee's top and counts the tail call. The callee has the same base. */
    guard(J, IR_TAILF, IRT_VOID, (IRRef)p->maxstack,
          (J->pt->sizep == 0 ? IRRETF_NOUPV : 0) | (p->maxstack == J->pt->maxstack ? IRTAILF_SAMETOP : 0));
    fs = J->baseofs - 1;
  } else {
    f = J->depth - 1;
    fs = J->frame[f].funcslot;
    J->frame[f].tailcalls++;
    J->frame[f].vabase = 0;   /* the callee's frame is an ordinary one */
  }
  for (s = fs; s < J->maxslot; s++) {
    ASLOT(s) = 0;
    J->modified[s + JIT_SLOTBIAS] = 0;
  }
  J->baseofs = fs + 1;
  J->base = J->base0 + J->baseofs;
  J->pt = p;
  setslot(J, -1, fr);
  for (k = 0; k < b - 1; k++) setslot(J, k, args[k]);
  for (k = b - 1; k < p->numparams; k++) setslot(J, k, ir_kpri(J, IRT_NIL));
}

static void rec_call(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i), b = bc_b(i), c = bc_c(i), f, r;
  IRRef fr;
  Proto *p;
  int nb = a + 1, vabase = 0;
  b = rec_nargs(J, a, b);   /* f(g()): the arguments up to the top */
  p = rec_callee(J, a, &fr);
  /* Missing parameters are nil. */
  for (r = b - 1; r < p->numparams; r++) setslot(J, a + 1 + r, ir_kpri(J, IRT_NIL));
  if (p->flags & PROTO_VARARG) {
    /* As adjust_varargs: the arguments stay where they are (the fixed ones cleared), a copy of
     * the function above them, then the frame: the fixed parameters and the hidden `arg`. */
    int np = p->numparams, actual = b - 1 > np ? b - 1 : np;
    IRRef par[256];
    nb = a + 1 + actual + 1;
    vabase = actual + 1;
    if (J->baseofs + nb + p->maxstack + 1 >= JIT_MAXSLOTS) rec_abort(J, "too many slots");
    for (r = 0; r < np; r++) {
      par[r] = getslot(J, a + 1 + r);
      setslot(J, a + 1 + r, ir_kpri(J, IRT_NIL));
    }
    setslot(J, nb - 1, fr);
    for (r = 0; r < np; r++) setslot(J, nb + r, par[r]);
    setslot(J, nb + np, ir_kpri(J, IRT_NIL));
  }
  f = J->depth++;
  if (J->depth > J->maxdepth) J->maxdepth = J->depth;
  J->frame[f].funcslot = (int16_t)(J->baseofs + a);
  J->frame[f].nresults = (int16_t)(c - 1);
  J->frame[f].retpc = pc + 1;
  J->frame[f].tailcalls = 0;
  J->frame[f].pt = J->pt;
  J->frame[f].baseofs = J->baseofs;
  J->frame[f].vabase = (int16_t)vabase;
  J->baseofs += nb;
  J->base = J->base0 + J->baseofs;
  J->pt = p;
}

/* RET from an inlined frame: the results go to the function's slot and up, the frame's other
 * slots are dead. */
/* RET from the trace's first frame (or from a frame a RETF returned to) of a side trace, into
 * the Lua frame below: RETF guards that the frame below is the one the recording returns to
 * (the call site's pc fixes its prototype and where the results go), pops the frame and moves
 * the base down; the recording goes on in that frame, with slots relative to its base.
 * 0 when the return cannot be compiled so (the trace then ends at the RET). */
static int rec_retf(JitState *J, int a, int b) {
  lua_State *L = J->L;
  CallInfo *ci = L->ci, *up = ci - 1;
  int want = ci->nresults, k, off;
  IRRef res[32];
  /* A function's trace returns so only into a frame of the same function (a recursion going
   * down): its other callers vary. */
  int down = rec_fnroot(J) && ci != L->base_ci && up->func < L->top &&
             val_isfunc(*up->func) && !val_func(*up->func)->c.isC &&
             val_func(*up->func)->l.p == J->proto;
  if ((!J->parent && !down) || J->nretf >= JIT_MAXRETF || ci == L->base_ci ||
      ci->callstatus != 0 || b == 0 ||
      (J->pt->flags & PROTO_VARARG) ||   /* its base depends on the number of arguments */
      want > 32 || ci->base != J->base || !val_isfunc(*up->func) ||
      val_func(*up->func)->c.isC || (L->openupval && L->openupval->v >= ci->base))
    return 0;
  /* A call taking all results (f(g())): the caller's CALL is fixed by the guarded pc, and the
   * RET's count is fixed, so the values end at a known top for the caller's next instruction. */
  if (want < 0) want = b - 1;
  if (want > 32) return 0;
  off = (int)(ci->base - up->base);
  if (off <= 0 || off + want > JIT_MAXSLOTS - 2) return 0;
  for (k = 0; k < want; k++) res[k] = k < b - 1 ? getslot(J, a + k) : ir_kpri(J, IRT_NIL);
  /* The caller's prototype stays alive with the trace (the guard compares a pc inside it). */
  ir_kgc(J, (GCObj *)val_func(*up->func)->l.p, IRT_PROTO);
  guard(J, IR_RETF, IRT_VOID, ir_kptr(J, (void *)(uintptr_t)up->savedpc),
        (IRRef)off | (J->pt->sizep == 0 ? IRRETF_NOUPV : 0));
  J->nretf++;
  memset(J->slot, 0, sizeof J->slot);
  memset(J->sload, 0, sizeof J->sload);
  memset(J->modified, 0, sizeof J->modified);
  J->base0 = up->base;
  J->baseofs = 0;
  J->base = J->base0;
  J->pt = val_func(*up->func)->l.p;
  for (k = 0; k < want; k++) setslot(J, off - 1 + k, res[k]);
  if (ci->nresults < 0) J->mtop = off + want;
  return 1;
}

/* The trace ends at pc, in its first frame (or one a RETF returned to): the interpreter goes
 * on there (lower.c writes the slots back and leaves without an exit). link: -1 at a RET,
 * -2 at a loop. */
static void rec_stop(JitState *J, const Instr *pc, int link) {
  J->needsnap = 0;
  rec_snap(J, pc);
  J->snap[J->nsnap - 1].tries = 0xffff;   /* not a place for a side trace */
  J->link = link;
  if (JIT_OPT(J, dce)) opt_dce(J);
}

/* A loop without a trace, met by a function's trace or by a side trace that returned below
 * its first frame, in the frame the trace is in: the trace ends before it, and the
 * interpreter runs the loop (which gets its own trace), rather than recording one iteration
 * of it here (a nest of loops in one frame is what side traces record through). Returns 1
 * when the trace ends so. */
static int rec_loopstop(JitState *J, const Instr *pc) {
  if (J->depth != 0 || !(J->nretf > 0 || rec_fnroot(J))) return 0;
  rec_stop(J, pc, -2);
  return 1;
}

/* Does p call a Lua function or C function (CALL, TAILCALL)? */
static int rec_hascall(Proto *p) {
  int n;
  for (n = 0; n < p->sizecode; n++) {
    BCOp op = bc_op(p->code[n]);
    if (op == BC_CALL || op == BC_TAILCALL) return 1;
  }
  return 0;
}

static void rec_leftloop(JitState *J, const Instr *pc, int ret);

static int rec_ret(JitState *J, Instr i) {
  int a = bc_a(i), b = bc_b(i), f, k, want, s;
  IRRef res[32];
  if (b == 0 && J->retone == a + 1) {
    /* After a library function's tail call: its one result, ending at a top that the
     * snapshots of this RET keep (an exit here runs the RET A 0, which counts up to L->top). */
    b = 2;
    J->curtop = J->baseofs + a + 2;
  }
  J->retone = 0;
  if (b == 0) b = rec_topcount(J, a) + 1;   /* return x, f(): the values up to the top */
  if (J->depth == 0) {
    /* A function's trace begun on a call that returns without a call (a leaf of a recursion,
     * fib(1)) would leave every deeper call to its exits: the recording starts again at the
     * function's next call, which may go deeper (JIT_MAXRESTART times at most). */
    if (!J->parent && J->startop == JIT_FUNCF && J->nretf == 0 && J->maxdepth == 0 &&
        J->nrestart < JIT_MAXRESTART && rec_hascall(J->proto)) {
      J->restart = 1;
      rec_abort(J, "leaf return");
    }
    if (rec_retf(J, a, b)) return 0;
    rec_leftloop(J, J->curpc, 1);   /* returns from the loop's body */
    if (!J->parent && J->startop == JIT_RETF && J->nretf == 0)
      rec_abort(J, "down-recursion: a return into another function");
    /* The trace ends here: it returns to the interpreter, which runs the RET. (It does not go
     * on into its caller: each caller would need its own guard, and the callers of a hot
     * function vary.) A loop's root trace that ends so was recorded on the iteration that
     * leaves the function: the other iterations exit from it, and side traces from those exits
     * close the loop. */
    /* A RET A 0 counts its values up to L->top: where they end (also after a library
     * function's tail call, whose one result no call left a top for). */
    if (bc_b(i) == 0) J->curtop = J->baseofs + a + b;
    rec_stop(J, J->curpc, -1);
    return 1;
  }
  if (b == 0) rec_abort(J, "NYI: return of a variable number of values");
  f = J->depth - 1;
  want = J->frame[f].nresults;
  if (want < 0) want = b - 1;   /* a call that takes all results: they end at a new top */
  if (want > 32) rec_abort(J, "NYI: many results");
  for (k = 0; k < want; k++) res[k] = k < b - 1 ? getslot(J, a + k) : ir_kpri(J, IRT_NIL);
  rec_closeframe(J, J->curpc);
  J->depth--;
  J->baseofs = J->frame[f].baseofs;
  J->base = J->base0 + J->baseofs;
  J->pt = J->frame[f].pt;
  for (k = 0; k < want; k++) {
    ASLOT(J->frame[f].funcslot + k) = res[k];
    J->modified[J->frame[f].funcslot + k + JIT_SLOTBIAS] = 1;
  }
  for (s = J->frame[f].funcslot + want; s < J->maxslot; s++) {
    ASLOT(s) = 0;
    J->modified[s + JIT_SLOTBIAS] = 0;
  }
  if (J->frame[f].nresults < 0) J->mtop = J->frame[f].funcslot + want + 1;
  return 0;
}

/* --- the loop --- */

/* At a FORLOOP, the slots above the loop's four (the body's locals and temporaries) are dead:
 * the next iteration assigns them before any use, and the code after the loop is outside their
 * scope. The loop's exit leaves them out (an exit does not restore them; a sunk table held
 * there needs no making). */
static void rec_forloop_dead(JitState *J, int a) {
  int sl;
  for (sl = J->baseofs + a + 4; sl < J->maxslot; sl++) J->modified[sl + JIT_SLOTBIAS] = 0;
}

static void rec_forloop_step(JitState *J, int a) {
  IRRef idx = getslot(J, a), limit = getslot(J, a + 1), step = getslot(J, a + 2);
  double st = val_num(J->base[a + 2]);
  IRRef nidx;
  rec_forloop_dead(J, a);
  /* The loop goes on while idx <= limit (step > 0) or limit <= idx: LE in that order, which is
   * exact for NaN too. */
  IRRef l, r;
  IROp o = IR_LE;
  IRType t = IRT_NUM;
  if (ireft(idx) == IRT_INT) {
    IRRef sti = toint(J, step);
    if (!irref_isk(sti) && JIT_OPT(J, abc) && J->scev_idx == idx && J->scev_stop == limit &&
        ireft(limit) == IRT_INT) {
      /* A step in a slot (the loop's own, which only FORPREP writes: the same in every
       * iteration; its sign guarded at the start): the index lies between the start and the
       * limit, so the step cannot overflow when limit + step does not, which is checked once
       * (the copy of the guard in the loop is the same one). */
      guard(J, st > 0 ? IR_LE : IR_GE, IRT_INT, limit,
            ir_emit(J, IR_SUB, IRT_INT, ir_kint(J, st > 0 ? INT32_MAX : INT32_MIN), sti));
      nidx = ir_emit(J, IR_ADD, IRT_INT, idx, sti);
    } else {
      nidx = rec_intadd(J, IR_ADD, idx, sti);
    }
    if (ireft(limit) == IRT_INT) { o = st > 0 ? IR_LE : IR_GE; t = IRT_INT; l = nidx; r = limit; }
    else if (st > 0) { l = tonum(J, nidx); r = limit; }
    else { l = limit; r = tonum(J, nidx); }
  } else {
    nidx = ir_emit(J, IR_ADD, IRT_NUM, idx, tonum(J, step));
    if (st > 0) { l = nidx; r = tonum(J, limit); }
    else { l = tonum(J, limit); r = nidx; }
  }
  setslot(J, a, nidx);
  setslot(J, a + 3, nidx);
  /* The test's exit resumes after the loop, with the index stepped (the interpreter's FORLOOP
   * leaves it unstepped there, but nothing reads it after the loop): the old index has no use
   * after the step, which can then be done in its register (ra_phihint). */
  J->needsnap = 0;
  rec_snap(J, J->startpc + 1);
  guard(J, o, t, l, r);
}

/* At the start of a FORLOOP trace: the loop's slots, the index narrowed to INT when the values
 * allow it, and the step's sign guarded (it fixes the direction of the test). */
/* Did the instruction at p load slot `slot` with a number constant (KSHORT or KNUM)? */
static int forprep_const(JitState *J, const Instr *p, int slot, double *v) {
  Instr i = *p;
  if (bc_a(i) != slot) return 0;
  if (bc_op(i) == BC_KSHORT) { *v = (double)bc_sd(i); return 1; }
  if (bc_op(i) == BC_KNUM && val_isnum(J->pt->k[bc_d(i)])) { *v = val_num(J->pt->k[bc_d(i)]); return 1; }
  return 0;
}

/* The slots of a numeric for loop at the start of its root trace (loop instruction at lpc).
 * The step and limit are hidden slots that only FORPREP writes, from the instructions just
 * before it: when those load constants (`for i = 1, 100` has step and limit constant), the
 * trace uses the constants, with no load or guard. */
static void rec_forloop_start(JitState *J, int a, const Instr *lpc) {
  Value *ra = J->base + a;
  double idx = val_num(ra[0]), limit = val_num(ra[1]), step = val_num(ra[2]), ks, kl;
  const Instr *prep = lpc + bc_sd(*lpc);   /* the FORPREP: the loop body starts after it */
  int kstep = 0, klimit = 0;
  IRRef ri, rl, rs;
  if (bc_op(*prep) == BC_FORPREP && bc_a(*prep) == a && prep - J->pt->code >= 2) {
    kstep = forprep_const(J, prep - 1, a + 2, &ks) && ks == step;
    klimit = kstep && forprep_const(J, prep - 2, a + 1, &kl) && kl == limit;
  }
  if (JIT_OPT(J, narrow) && knum_isint32(idx) && knum_isint32(step) && step != 0) {
    ri = guard(J, IR_SLOAD, IRT_INT, (IRRef)a, IRSLOAD_TYPECHECK | IRSLOAD_TOINT);
    if (kstep) {
      rs = ir_kint(J, (int32_t)step);
    } else {
      rs = guard(J, IR_SLOAD, IRT_INT, (IRRef)(a + 2), IRSLOAD_TYPECHECK | IRSLOAD_TOINT);
      guard(J, step > 0 ? IR_GT : IR_LT, IRT_INT, rs, ir_kint(J, 0));
    }
    if (klimit)
      rl = knum_isint32(limit) ? ir_kint(J, (int32_t)limit) : ir_knum(J, limit);
    else if (knum_isint32(limit))
      rl = guard(J, IR_SLOAD, IRT_INT, (IRRef)(a + 1), IRSLOAD_TYPECHECK | IRSLOAD_TOINT);
    else
      rl = guard(J, IR_SLOAD, IRT_NUM, (IRRef)(a + 1), IRSLOAD_TYPECHECK);
  } else {
    ri = guard(J, IR_SLOAD, IRT_NUM, (IRRef)a, IRSLOAD_TYPECHECK);
    rl = guard(J, IR_SLOAD, IRT_NUM, (IRRef)(a + 1), IRSLOAD_TYPECHECK);
    rs = guard(J, IR_SLOAD, IRT_NUM, (IRRef)(a + 2), IRSLOAD_TYPECHECK);
    guard(J, step > 0 ? IR_GT : IR_LE, IRT_NUM, rs, ir_knum(J, 0));
  }
  if (ireft(ri) == IRT_INT && ireft(rl) == IRT_INT && knum_isint32(limit)) {
    J->scev_idx = ri;
    J->scev_slot = J->baseofs + a;
    J->scev_stop = rl;
    J->scev_stopv = (int32_t)limit;
    J->scev_dir = step > 0 ? 1 : -1;
  }
  SLOT(a) = ri;
  SLOT(a + 1) = rl;
  SLOT(a + 2) = rs;
  SLOT(a + 3) = ri;   /* the visible copy equals the index when the body starts */
  J->sload[a + JIT_SLOTBIAS] = ri;
  J->sload[a + 1 + JIT_SLOTBIAS] = irref_isk(rl) ? 0 : rl;
  J->sload[a + 2 + JIT_SLOTBIAS] = irref_isk(rs) ? 0 : rs;
  if (a + 4 > J->maxslot) J->maxslot = a + 4;
}

/* --- loop optimisation --- */


static IRRef subst_of(JitState *J, IRRef *subst, IRRef ref) {
  (void)J;
  if (irref_isk(ref)) return ref;
  return subst[ref - REF_BIAS];
}

/* Is ref, as an operand in the loop copy, a value from before the LOOP that each iteration
 * recomputes (one the copy has reached: a PHI will carry it)? */
static int opt_carried(JitState *J, IRRef *subst, IRRef invar, IRRef ref) {
  return !irref_isk(ref) && ref < invar && subst_of(J, subst, ref) != ref;
}

/* Temporary buffers of opt_loop live in J->optbuf so that an abort (a longjmp) frees them. */
static void *opt_alloc(JitState *J, int n, size_t size) {
  free(J->optbuf[n]);
  J->optbuf[n] = calloc(size ? size : 1, 1);
  if (!J->optbuf[n]) rec_abort(J, "out of memory");
  return J->optbuf[n];
}
static void opt_free(JitState *J, int n) {
  free(J->optbuf[n]);
  J->optbuf[n] = NULL;
}
void opt_freeall(JitState *J) {
  int n;
  J->carried = NULL;
  for (n = 0; n < (int)(sizeof J->optbuf / sizeof J->optbuf[0]); n++) opt_free(J, n);
}

/* Copy the recorded iteration after a LOOP marker (see the file comment). Returns 0, leaving
 * the IR to be rolled back, when a slot or value carried from one iteration to the next
 * changes its type. */
static int opt_loop(JitState *J) {
  IRRef loopend = J->nins, ref, invar;
  int clob = JIT_MAXSLOTS;   /* the lowest slot a CALLC copied so far overwrote */
  int clobany = JIT_MAXSLOTS;   /* the lowest slot any CALLC of the iteration overwrites */
  int nloopsnap = J->nsnap - 1;     /* the loop snapshot: the state when the iteration ends */
  SnapShot loopsnap = J->snap[nloopsnap];
  int s, ns = 1;
  IRRef *subst = (IRRef *)opt_alloc(J, 0, ((size_t)(loopend - REF_BIAS) + 1) * sizeof(IRRef));
  IRRef *phi = NULL;
  int nphi = 0;
  SnapEntry *lmap;
  lmap = (SnapEntry *)opt_alloc(J, 1, (size_t)(loopsnap.nent + 1) * sizeof *lmap);
  memcpy(lmap, J->snapmap + loopsnap.mapofs, loopsnap.nent * sizeof *lmap);

  J->loopref = ir_emit_raw(J, IR_LOOP, IRT_VOID, 0, 0);
  invar = J->loopref;
  /* (the TONUMs below come after the LOOP: room for them too) */
  J->carried = (uint8_t *)opt_alloc(J, 6, (size_t)(loopend - REF_BIAS) + loopsnap.nent + 2);
  /* Slots loaded by SLOAD hold, at the start of each later iteration, what the loop snapshot
   * says they hold at the end of one. */
  int urefvary = 0;   /* may an upvalue move between iterations? (see UREF below) */
  for (ref = REF_FIRST; ref < loopend; ref++) {
    IROp o = (IROp)IR(J, ref)->o;
    subst[ref - REF_BIAS] = ref;
    if (o == IR_CALLC && IR(J, ref)->k.i < clobany) clobany = IR(J, ref)->k.i;
    if (o == IR_CALLC || o == IR_RETF || o == IR_TAILF || o == IR_UCLOSE) urefvary = 1;
  }
  for (s = 0; s < loopsnap.nent; s++) {
    int slot = lmap[s].slot;
    IRRef sl = J->sload[slot + JIT_SLOTBIAS];
    IRRef nv = lmap[s].ref;
    if (!sl) continue;
    if (IR(J, sl)->t != ireft(nv)) {
      if (IR(J, sl)->t == IRT_NUM && ireft(nv) == IRT_INT) {
        nv = ir_emit(J, IR_TONUM, IRT_NUM, nv, 0);
      } else {
        J->abortmsg = "type instability in a loop-carried slot";
        return 0;
      }
    }
    subst[sl - REF_BIAS] = nv;
    if (!irref_isk(nv) && nv != sl) J->carried[nv - REF_BIAS] = 1;
  }
  /* The body again, through FOLD and CSE, with the snapshots. */
  for (ref = REF_FIRST; ref < loopend; ref++) {
    IRIns *ins = IR(J, ref);
    IRRef op1, op2, nref;
    if (ref > REF_FIRST && IR(J, ref - 1)->o == IR_CALLC && IR(J, ref - 1)->k.i < clob)
      clob = IR(J, ref - 1)->k.i;
    while (ns < nloopsnap && J->snap[ns].ref <= ref) {
      /* A snapshot of the copy: the slots at the start of the iteration, then what this one
       * changed by that point. */
      SnapShot *os = &J->snap[ns];
      int e, k;
      int nent = 0;
      SnapEntry *tmp = (SnapEntry *)opt_alloc(J, 2, (size_t)(loopsnap.nent + os->nent + 1) * sizeof *tmp);
      /* Not the slots a library call of this iteration overwrote: the stack has what the
       * call left there (its results, read at the next instruction). */
      for (e = 0; e < loopsnap.nent; e++) {
        int d = lmap[e].slot - os->deadbase;   /* left out as dead where os resumes */
        if (os->deadmask && d >= 0 && d < 64 && ((os->deadmask >> d) & 1)) continue;
        if (lmap[e].slot < clob) tmp[nent++] = lmap[e];
      }
      for (e = 0; e < os->nent; e++) {
        SnapEntry en = J->snapmap[os->mapofs + e];
        en.ref = subst_of(J, subst, en.ref);
        for (k = 0; k < nent && tmp[k].slot != en.slot; k++) {}
        if (k == nent) nent++;
        tmp[k] = en;
      }
      if (J->nsnap >= J->param[JIT_P_maxsnap]) rec_abort(J, "too many snapshots");
      snap_grow(J, nent);
      {
        SnapShot *sn = &J->snap[J->nsnap];
        const Instr *opc = J->snap[ns].pc;
        sn->mapofs = (uint32_t)J->nsnapmap;
        sn->nent = (uint16_t)nent;
        sn->ref = J->nins;
        sn->pc = opc;
        sn->count = 0;
        sn->tries = J->snap[ns].tries == 0xffff ? 0xffff : 0;
        sn->side = 0;
        sn->deadbase = J->snap[ns].deadbase;
        sn->deadmask = J->snap[ns].deadmask;
        sn->frameofs = J->snap[ns].frameofs;   /* the same frames as the original */
        sn->nframe = J->snap[ns].nframe;
        sn->topslot = J->snap[ns].topslot;
        memcpy(J->snapmap + J->nsnapmap, tmp, (size_t)nent * sizeof *tmp);
        J->nsnapmap += nent;
        /* Replace a snapshot that covers nothing. */
        if (J->nsnap > 0 && J->snap[J->nsnap - 1].ref == J->nins && J->nsnap - 1 > nloopsnap) {
          J->snap[J->nsnap - 1] = *sn;
          J->snap[J->nsnap - 1].mapofs = sn->mapofs;
        } else {
          J->nsnap++;
        }
      }
      opt_free(J, 2);
      ns++;
    }
    /* A slot's SLOAD stands for the slot at the start of every iteration: the loop snapshot's
     * value, or the first iteration's if the iteration leaves the slot alone. A slot a library
     * call may overwrite (a coroutine through an upvalue: any slot) and the iteration does not
     * set after it is read again from the stack. */
    if ((ins->o == IR_SLOAD && !(ins->op2 & IRSLOAD_CALLRES) &&
         !((int16_t)ins->op1 >= clobany && subst[ref - REF_BIAS] == ref)) ||
        ins->o == IR_NOP || rec_ispeelonly(J, ref))
      continue;
    op1 = ir_mode1[ins->o] == IRM_R ? subst_of(J, subst, ins->op1) : ins->op1;
    op2 = ir_mode2[ins->o] == IRM_R ? subst_of(J, subst, ins->op2) : ins->op2;
    if (ins->o == IR_UREF && op1 == ins->op1 && !urefvary) {
      /* The same upvalue, and nothing in the iteration that may close it or move the stack
       * (a library call, a return below, a CLOSE): where it points does not change, the
       * guard holds for every iteration, and the value's address is loop-invariant. */
      continue;
    }
    /* A slot read again in each iteration (after a library call) holds what the stack has
     * then, not the value the parent trace had at the side trace's entry. */
    if (ins->o == IR_SLOAD) op2 &= (IRRef)~IRSLOAD_INHERIT;
    if (ins->o == IR_AREF && (opt_carried(J, subst, invar, op1) || opt_carried(J, subst, invar, op2))) {
      /* An array slot's address from a value of the previous iteration (t[i - 1] after
       * t[i]): CSE would find the address computed before the LOOP and carry it in a register
       * (a PHI); computed again it is a load's addressing mode. */
      nref = ir_emit_raw(J, IR_AREF, (IRType)ins->t, op1, op2);
    } else if (ins->o == IR_HREFK || ins->o == IR_HNEWK) {
      int32_t slotno = ins->k.i;
      nref = ir_emit(J, (IROp)ins->o, (IRType)ins->t, op1, op2);
      if (nref == J->nins - 1 && IR(J, nref)->k.i == 0) IR(J, nref)->k.i = slotno;
    } else {
      nref = ir_emit(J, (IROp)ins->o, (IRType)ins->t, op1, op2);
    }
    ins = IR(J, ref);   /* the buffer may have moved */
    subst[ref - REF_BIAS] = nref;
  }
  /* The state at the end of the copied iteration: the snapshot for the interrupt test. */
  {
    int e;
    snap_grow(J, loopsnap.nent);
    J->snap[J->nsnap].mapofs = (uint32_t)J->nsnapmap;
    J->snap[J->nsnap].nent = (uint16_t)loopsnap.nent;
    J->snap[J->nsnap].ref = J->nins;
    J->snap[J->nsnap].pc = loopsnap.pc;
    J->snap[J->nsnap].count = 0;
    J->snap[J->nsnap].tries = 0xffff;   /* an interrupt exit: never a side trace */
    J->snap[J->nsnap].side = 0;
    J->snap[J->nsnap].deadbase = 0;
    J->snap[J->nsnap].deadmask = 0;
    J->snap[J->nsnap].frameofs = (uint32_t)J->nframemap;
    J->snap[J->nsnap].nframe = 0;
    J->snap[J->nsnap].topslot = 0;
    for (e = 0; e < loopsnap.nent; e++) {
      J->snapmap[J->nsnapmap + e].slot = lmap[e].slot;
      J->snapmap[J->nsnapmap + e].ref = subst_of(J, subst, lmap[e].ref);
    }
    J->nsnapmap += loopsnap.nent;
    J->nsnap++;
    ir_emit_raw(J, IR_INTR, IRT_VOID, 0, 0);
  }
  /* PHIs: every value from before the LOOP that the loop uses (as an operand or in a snapshot)
   * and that the copy recomputed differently is loop-carried. */
  {
    IRRef nend = J->nins;
    uint8_t *used = (uint8_t *)opt_alloc(J, 3, (size_t)(invar - REF_BIAS) + 1);
    for (ref = invar + 1; ref < nend; ref++) {
      IRIns *ins = IR(J, ref);
      if (ir_mode1[ins->o] == IRM_R && !irref_isk(ins->op1) && ins->op1 < invar) used[ins->op1 - REF_BIAS] = 1;
      if (ir_mode2[ins->o] == IRM_R && !irref_isk(ins->op2) && ins->op2 < invar) used[ins->op2 - REF_BIAS] = 1;
    }
    /* The loop snapshot too when a guard of the copy comes before the copy's first snapshot
     * (a side trace's loop, whose first instruction's guard has the trace's start snapshot,
     * which is not copied): it exits with the values the loop snapshot names, as they are in
     * the iteration running then. */
    {
      IRRef first = nloopsnap + 1 < J->nsnap ? J->snap[nloopsnap + 1].ref : nend;
      for (ref = invar + 1; ref < first && !ir_isguard(IR(J, ref)->o); ref++) {}
      s = ref < first ? nloopsnap : nloopsnap + 1;
    }
    for (; s < J->nsnap; s++) {
      uint32_t e;
      for (e = 0; e < J->snap[s].nent; e++) {
        IRRef r = J->snapmap[J->snap[s].mapofs + e].ref;
        if (!irref_isk(r) && r < invar) used[r - REF_BIAS] = 1;
      }
    }
    /* A carried value whose next value is itself a value from before the LOOP that the copy
     * recomputed (a fold gave it: -(-x) is x, so n = -n carries the load into the negation
     * and back) is read at the back edge as well: it needs a PHI too, and so on. */
    {
      int more = 1;
      while (more) {
        more = 0;
        for (ref = REF_FIRST; ref < invar; ref++) {
          IRRef r2 = subst[ref - REF_BIAS];
          if (!used[ref - REF_BIAS] || r2 == ref || r2 == 0 || irref_isk(r2) || r2 >= invar ||
              used[r2 - REF_BIAS])
            continue;
          used[r2 - REF_BIAS] = 1;
          more = 1;
        }
      }
    }
    phi = (IRRef *)opt_alloc(J, 4, (size_t)(invar - REF_BIAS) * sizeof(IRRef) + 1);
    for (ref = REF_FIRST; ref < invar; ref++) {
      IRRef r2;
      if (!used[ref - REF_BIAS]) continue;
      r2 = subst[ref - REF_BIAS];
      if (r2 == ref || r2 == 0) continue;
      if (IR(J, ref)->t != IR(J, r2)->t) {
        J->abortmsg = "type instability in a loop-carried value";
        return 0;
      }
      phi[nphi++] = ref;
    }
    for (s = 0; s < nphi; s++)
      ir_emit_raw(J, IR_PHI, (IRType)IR(J, phi[s])->t, phi[s], subst[phi[s] - REF_BIAS]);
  }
  opt_freeall(J);
  return 1;
}

/* Dead-code elimination: keep guards, stores, PHIs and everything they or a snapshot use. */
static void opt_dce(JitState *J) {
  IRRef ref;
  int s;
  size_t n = (size_t)(J->nins - REF_BIAS);
  uint8_t *live = (uint8_t *)opt_alloc(J, 5, n + 1);
  for (s = 0; s < J->nsnap; s++) {
    uint32_t e;
    for (e = 0; e < J->snap[s].nent; e++) {
      IRRef r = J->snapmap[J->snap[s].mapofs + e].ref;
      if (!irref_isk(r)) live[r - REF_BIAS] = 1;
    }
  }
  for (ref = J->nins - 1; ref >= REF_FIRST; ref--) {
    IRIns *ins = IR(J, ref);
    if (ir_flags[ins->o] & (IRF_G | IRF_S | IRF_C)) live[ref - REF_BIAS] = 1;
    if (!live[ref - REF_BIAS]) {
      ins->o = IR_NOP;
      continue;
    }
    if (ir_mode1[ins->o] == IRM_R && !irref_isk(ins->op1)) live[ins->op1 - REF_BIAS] = 1;
    if (ir_mode2[ins->o] == IRM_R && !irref_isk(ins->op2)) live[ins->op2 - REF_BIAS] = 1;
  }
  opt_free(J, 5);
}

/* --- allocation sinking --- */

/* The TNEW that store (an ASTORE or HSTORE) writes into when the store has the form a sunk
 * table allows: an array slot of a constant index, ASTORE(AREF(FLOAD(t, TAB_ARRAY), k)), or a
 * new constant key, HSTORE(HNEWK(FLOAD(t, TAB_NODE), key)); else 0. ir is indexed by ref - kbot. */
IRRef sink_tableof(const IRIns *ir, IRRef kbot, IRRef store) {
  const IRIns *st = &ir[store - kbot], *addr, *fl;
  if ((st->o != IR_ASTORE && st->o != IR_HSTORE) || irref_isk(st->op1)) return 0;
  addr = &ir[st->op1 - kbot];
  if (st->o == IR_HSTORE && addr->o == IR_NEWREF) {
    if (irref_isk(addr->op1) || ir[addr->op1 - kbot].o != IR_TNEW || !irref_isk(addr->op2) ||
        (ir[addr->op2 - kbot].o != IR_KNUM && !(ir[addr->op2 - kbot].o == IR_KGC && ir[addr->op2 - kbot].t == IRT_STR)))
      return 0;
    return addr->op1;
  }
  if (addr->o != (st->o == IR_ASTORE ? IR_AREF : IR_HNEWK) || irref_isk(addr->op1)) return 0;
  if (addr->o == IR_AREF && (!irref_isk(addr->op2) || ir[addr->op2 - kbot].o != IR_KINT)) return 0;
  fl = &ir[addr->op1 - kbot];
  if (fl->o != IR_FLOAD || fl->op2 != (addr->o == IR_AREF ? IRFL_TAB_ARRAY : IRFL_TAB_NODE) ||
      irref_isk(fl->op1) || ir[fl->op1 - kbot].o != IR_TNEW)
    return 0;
  return fl->op1;
}

/* ref if it is a TNEW, else 0. */
static IRRef sink_tnew(JitState *J, IRRef ref) {
  return !irref_isk(ref) && IR(J, ref)->o == IR_TNEW ? ref : 0;
}

/* The TNEW whose part (an FLOAD of it) the address ref (AREF, HNEWK) is in, else 0. */
static IRRef sink_partof(JitState *J, IRRef ref) {
  IRRef fl = IR(J, ref)->op1;
  return !irref_isk(fl) && IR(J, fl)->o == IR_FLOAD ? sink_tnew(J, IR(J, fl)->op1) : 0;
}

/* Allocation sinking. A table the trace makes (TNEW) whose only uses are stores into it of
 * the forms sink_tableof accepts (its loads were forwarded from them), its allocation check
 * and its write barrier, and snapshots, is never made: the TNEW, the stores and their address
 * computations are marked sunk (no code), and an exit whose snapshot holds the table makes it
 * from the TNEW and the sunk stores before the snapshot (jit_exit_restore). It escapes, and
 * stays, when anything else uses it: a PHI (carried to the next iteration), a store of it
 * into memory, a load not forwarded, a call, a comparison, another kind of key; or a snapshot
 * that machine code writes back (a CALLC's, the last of a trace without a loop: a link or a
 * return). A side trace from an exit that holds such tables makes them as it starts. */
void opt_sink(JitState *J) {
  IRRef ref, kbot = J->nk;
  const IRIns *ir = IR(J, kbot);
  int s;
  uint8_t *bad;
  if (!JIT_OPT(J, sink) || !J->chain[IR_TNEW]) return;
  bad = (uint8_t *)opt_alloc(J, 5, (size_t)(J->nins - REF_BIAS) + 1);
  for (s = 0; s < J->nsnap; s++) {
    SnapShot *sn = &J->snap[s];
    IRRef end = s + 1 < J->nsnap ? J->snap[s + 1].ref : J->nins;
    int flushed = s + 1 == J->nsnap && !J->loopref;
    uint32_t e;
    for (ref = sn->ref; ref < end && !flushed; ref++)
      if (IR(J, ref)->o == IR_CALLC || IR(J, ref)->o == IR_UCLOSE) flushed = 1;
    if (flushed)
      for (e = 0; e < sn->nent; e++) {
        IRRef r = J->snapmap[sn->mapofs + e].ref;
        if (!irref_isk(r)) bad[r - REF_BIAS] = 1;
      }
  }
  for (ref = REF_FIRST; ref < J->nins; ref++) {
    IRIns *ins = IR(J, ref);
    int k;
    if (ins->o == IR_NOP) continue;
    for (k = 1; k <= 2; k++) {
      IRRef x = k == 1 ? ins->op1 : ins->op2, t = 0;
      IRIns *xi;
      int ok = 0;
      if ((k == 1 ? ir_mode1[ins->o] : ir_mode2[ins->o]) != IRM_R || irref_isk(x)) continue;
      xi = IR(J, x);
      if (xi->o == IR_TNEW) {
        t = x;
        ok = k == 1 && ((ins->o == IR_NE && irref_isk(ins->op2) && IR(J, ins->op2)->o == IR_KPTR &&
                         !IR(J, ins->op2)->k.ptr) ||
                        ins->o == IR_TBAR || (ins->o == IR_NEWREF && irref_isk(ins->op2)) ||
                        (ins->o == IR_FLOAD && (ins->op2 == IRFL_TAB_ARRAY || ins->op2 == IRFL_TAB_NODE)));
      } else if (xi->o == IR_NEWREF && sink_tnew(J, xi->op1)) {
        /* A new key's slot: stored to, and checked (the insertion may fail). */
        t = xi->op1;
        ok = k == 1 && ((ins->o == IR_HSTORE && sink_tableof(ir, kbot, ref) == t) ||
                        (ins->o == IR_NE && irref_isk(ins->op2)));
      } else if (xi->o == IR_FLOAD && sink_tnew(J, xi->op1)) {
        t = xi->op1;
        ok = k == 1 && ((xi->op2 == IRFL_TAB_ARRAY && ins->o == IR_AREF && ISKINT(ins->op2)) ||
                        (xi->op2 == IRFL_TAB_NODE && ins->o == IR_HNEWK));
      } else if ((xi->o == IR_AREF || xi->o == IR_HNEWK) && (t = sink_partof(J, x)) != 0) {
        /* An address in a TNEW's parts: only stored to (as the address). */
        ok = k == 1 && (ins->o == IR_ASTORE || ins->o == IR_HSTORE) && sink_tableof(ir, kbot, ref) == t;
      }
      if (t && !ok) bad[t - REF_BIAS] = 1;
    }
  }
  /* Mark them. */
  for (ref = REF_FIRST; ref < J->nins; ref++) {
    IRIns *ins = IR(J, ref);
    IRRef t = 0;
    switch (ins->o) {
      case IR_TNEW: t = ref; break;
      case IR_ASTORE: case IR_HSTORE: t = sink_tableof(ir, kbot, ref); break;
      case IR_AREF: case IR_HNEWK: t = sink_partof(J, ref); break;
      case IR_FLOAD: case IR_TBAR: case IR_NE: case IR_NEWREF:
        t = sink_tnew(J, ins->op1);
        if (ins->o == IR_NE && !irref_isk(ins->op1) && IR(J, ins->op1)->o == IR_NEWREF)
          t = sink_tnew(J, IR(J, ins->op1)->op1);   /* a new key's check */
        break;
      default: break;
    }
    if (!t || bad[t - REF_BIAS]) continue;
    if (ins->o == IR_NE || ins->o == IR_TBAR) ins->o = IR_NOP;   /* no allocation to check */
    else ins->prev = IRPREV_SINK;
  }
  opt_free(J, 5);
}

/* --- side traces: the loops they meet, and the link at their end --- */

/* A side trace starts at an exit of another trace and runs until it reaches a loop that has a
 * trace (a root trace's loop instruction, or a FORPREP whose loop is compiled): there it writes
 * its slots back and jumps to that trace. Loops without a trace are recorded through once; a
 * second visit of the same back edge would unroll them, so it aborts. */
static void rec_link(JitState *J, int no) {
  /* no may be the trace being recorded (J->ntrace + 1): a function's trace calling itself. */
  const Instr *entrypc = no == J->ntrace + 1 ? J->entrypc : J->trace[no]->entrypc;
  /* From inlined frames, the link makes them first (lower.c). */
  /* The state X starts from, and the interrupt test (a chain of side traces and short loops
   * may never reach a LOOP's test). */
  J->needsnap = 0;
  rec_snap(J, entrypc);
  J->snap[J->nsnap - 1].tries = 0xffff;   /* an interrupt exit: never a side trace */
  ir_emit_raw(J, IR_INTR, IRT_VOID, 0, 0);
  J->link = no;
  if (JIT_OPT(J, dce)) opt_dce(J);
}

/* Has the recording taken the backward branch of the loop at pc already (rec_backedge)? */
static int rec_loopseen(JitState *J, const Instr *pc) {
  int k;
  for (k = 0; k < J->nloopseen; k++)
    if (J->loopseen[k] == pc) return 1;
  return 0;
}

static void rec_backedge(JitState *J, const Instr *pc) {
  if (rec_loopseen(J, pc)) rec_abort(J, "loop unrolled");
  if (J->nloopseen == (int)(sizeof J->loopseen / sizeof J->loopseen[0])) rec_abort(J, "too many loops");
  J->loopseen[J->nloopseen++] = pc;
}

/* The step's sign decides the loop test's direction: guard it. */
static IRRef rec_forsign(JitState *J, IRRef step, double sv) {
  IRRef st = tonum(J, step);
  if (!irref_isk(st)) guard(J, sv > 0 ? IR_GT : IR_LE, IRT_NUM, st, ir_knum(J, 0));
  return st;
}

/* idx <= limit (step > 0) or limit <= idx, as it came out. */
static void rec_fortest(JitState *J, IRRef idx, IRRef lim, double sv, int cont) {
  if (sv > 0) guard(J, cont ? IR_LE : IR_GT, IRT_NUM, idx, lim);
  else guard(J, cont ? IR_LE : IR_GT, IRT_NUM, lim, idx);
}

/* A side trace at the FORLOOP lpc (slot a): a step (and then a limit) that the instructions
 * just before the loop's FORPREP load as constants is that constant, as in a root trace (see
 * rec_forloop_start): a loop the side trace closes then has a constant step. */
static void rec_forconsts(JitState *J, int a, const Instr *lpc) {
  const Instr *prep = lpc + bc_sd(*lpc);
  Value *ra = J->base + a;
  double ks, kl;
  if (bc_op(*prep) != BC_FORPREP || bc_a(*prep) != a || prep - J->pt->code < 2) return;
  if (SLOT(a + 2) || !forprep_const(J, prep - 1, a + 2, &ks) || ks != val_num(ra[2])) return;
  SLOT(a + 2) = knum_isint32(ks) ? ir_kint(J, (int32_t)ks) : ir_knum(J, ks);
  if (!SLOT(a + 1) && forprep_const(J, prep - 2, a + 1, &kl) && kl == val_num(ra[1]))
    SLOT(a + 1) = knum_isint32(kl) ? ir_kint(J, (int32_t)kl) : ir_knum(J, kl);
}

/* FORLOOP (or JFORLOOP/IFORLOOP) met by a side trace: returns 1 when it linked. */
/* Does the FORLOOP of the slots at ra go round now (the index plus the step within the limit)? */
static int rec_forgoes(const Value *ra) {
  double sv = val_num(ra[2]), nv = val_num(ra[0]) + sv, lv = val_num(ra[1]);
  return sv > 0 ? nv <= lv : lv <= nv;
}

static int rec_forloop_side(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i);
  Value *ra = J->base + a;
  IRRef idx, limit, step, st, nidx, sti = 0;
  rec_forconsts(J, a, pc);
  idx = getslot(J, a), limit = getslot(J, a + 1), step = getslot(J, a + 2);
  double sv = val_num(ra[2]), lv = val_num(ra[1]);
  int cont = rec_forgoes(ra);
  /* The loop of the trace this side trace leaves, which it started in: it goes round and
   * closes a loop of its own (below). */
  int willloop = bc_op(*pc) == BC_JFORLOOP && J->sidecand && !J->depth && !J->nretf &&
                 J->pt == J->startpt && J->startpc > pc + bc_sd(i) && J->startpc < pc &&
                 trace_find(J, pc) == J->trace[J->parent]->root;
  if (!isnumtype(ireft(idx)) || !isnumtype(ireft(limit)) || !isnumtype(ireft(step)))
    rec_abort(J, "for loop slots are not numbers");
  rec_forloop_dead(J, a);
  if (ireft(idx) == IRT_INT && knum_isint32(sv) && sv != 0 &&
      (ireft(step) == IRT_INT || ireft(step) == IRT_NUM)) {
    /* An int index (a side trace that may loop keeps it so): int32 arithmetic, exact while
     * it does not overflow (ADDOV exits then), as in a root trace. */
    sti = toint(J, step);
    if (!irref_isk(sti)) guard(J, sv > 0 ? IR_GT : IR_LT, IRT_INT, sti, ir_kint(J, 0));
    if (willloop && cont && irref_isk(sti) && ireft(limit) == IRT_INT && JIT_OPT(J, abc) &&
        (sv > 0 ? lv <= 2147483647.0 - sv : lv >= -2147483648.0 - sv)) {
      /* This side trace will close its own loop (below): the index (within the loop's range
       * in the body) plus the step cannot overflow when the limit plus the step does not,
       * which is checked once, as in a root trace (scev_addk). */
      int32_t k = IR(J, sti)->k.i;
      guard(J, k > 0 ? IR_LE : IR_GE, IRT_INT, limit, ir_kint(J, k > 0 ? INT32_MAX - k : INT32_MIN - k));
      nidx = ir_emit(J, IR_ADD, IRT_INT, idx, sti);
    } else {
      nidx = rec_intadd(J, IR_ADD, idx, sti);
    }
    if (ireft(limit) == IRT_INT) {
      if (sv > 0) guard(J, cont ? IR_LE : IR_GT, IRT_INT, nidx, limit);
      else guard(J, cont ? IR_LE : IR_GT, IRT_INT, limit, nidx);
    } else {
      rec_fortest(J, tonum(J, nidx), tonum(J, limit), sv, cont);
    }
  } else {
    st = rec_forsign(J, step, sv);
    nidx = ir_emit(J, IR_ADD, IRT_NUM, tonum(J, idx), st);
    rec_fortest(J, nidx, tonum(J, limit), sv, cont);
  }
  if (!cont) return 0;
  setslot(J, a, nidx);
  setslot(J, a + 3, nidx);
  if (bc_op(*pc) == BC_JFORLOOP) {
    int no = trace_find(J, pc);
    if (willloop) {
      /* Rather than enter the parent's loop trace again at its start (where its first
       * iteration runs before its loop, for every iteration that takes this path), go round
       * and close a loop of its own when the start pc comes again (rec_sideloop). */
      J->sidearmed = 1;
      /* The loop this trace closes runs the index from its value now to the limit: checks
       * made once per loop, as in a root trace (rec_idx_abc). (An INT limit is an int32.) */
      if (ireft(nidx) == IRT_INT && ireft(limit) == IRT_INT && sti && irref_isk(sti) && !J->scev_idx) {
        J->scev_idx = nidx;
        J->scev_slot = J->baseofs + a;
        J->scev_stop = limit;
        J->scev_stopv = (int32_t)lv;
        J->scev_dir = sv > 0 ? 1 : -1;
      }
      rec_backedge(J, pc);
      return 0;
    }
    if (no) {
      rec_link(J, no);
      return 1;
    }
  }
  rec_backedge(J, pc);
  return 0;
}

/* FORPREP met by a side trace: returns 1 when it linked to the loop's trace. */
static int rec_forprep(JitState *J, const Instr *pc, Instr i) {
  int a = bc_a(i);
  Value *ra = J->base + a;
  IRRef init = getslot(J, a), limit = getslot(J, a + 1), step = getslot(J, a + 2), st, idx;
  double sv, lv, iv;
  int cont;
  const Instr *lpc = pc + bc_sd(i);   /* the FORLOOP */
  if (!isnumtype(ireft(init)) || !isnumtype(ireft(limit)) || !isnumtype(ireft(step)))
    rec_abort(J, "NYI: for loop over non-numbers");
  sv = val_num(ra[2]);
  lv = val_num(ra[1]);
  iv = (val_num(ra[0]) - sv) + sv;     /* the interpreter's rounding */
  cont = sv > 0 ? iv <= lv : lv <= iv;
  st = rec_forsign(J, step, sv);
  if (ireft(init) == IRT_INT && ireft(step) == IRT_INT) idx = tonum(J, init);   /* exact */
  else idx = ir_emit(J, IR_ADD, IRT_NUM, ir_emit(J, IR_SUB, IRT_NUM, tonum(J, init), st), st);
  rec_fortest(J, idx, tonum(J, limit), sv, cont);
  if (!cont) return 0;
  setslot(J, a, idx);
  setslot(J, a + 3, idx);
  if (bc_op(*lpc) == BC_JFORLOOP) {
    int no = trace_find(J, lpc);
    if (no) {
      rec_link(J, no);
      return 1;
    }
  }
  return 0;
}

/* The first instruction of a function just called (its frame is the current one): a call of
 * the function this trace starts at links to the trace itself (up-recursion from an inlined
 * frame, tail recursion from the first frame) once J->recunroll frames of it are inlined
 * (fib(n - 1) inside fib(n - 1) ...: the levels in between are frames of the trace, their
 * arguments in registers, their guards and returns compiled along the path the recording
 * took); a recursive call of another function with a trace of its entry links to that.
 * Returns 1 when the trace ends so. */
static int rec_callentry(JitState *J, int recursive) {
  Proto *p = J->pt;
  if (!J->parent && J->startop == JIT_FUNCF && p == J->proto) {
    int f, n = 0;
    for (f = 1; f <= J->depth; f++) n += rec_levelpt(J, f) == p;
    if (J->depth > 0 && n < J->recunroll) return 0;
    rec_link(J, J->ntrace + 1);
    return 1;
  }
  if (rec_linksfn(J) && p->jitf > 0 && J->trace[p->jitf] && (recursive || J->depth >= JIT_MAXDEPTH)) {
    /* A side trace that returned below its start and now tail-calls the function again
     * (ack's `return ack(m - 1, ack(m, n - 1))` after the inner call returned) goes on
     * through the callee while it may return again (JIT_MAXRETF returns in all): linking
     * here would write the frame, enter the function's trace and likely leave it at once
     * through the exit this trace came from. One such tail call for each return: a callee
     * that tail-calls itself on (a loop written as tail recursion) links. */
    if (J->parent && J->depth == 0 && J->nretf > 0 && J->nretf < JIT_MAXRETF &&
        J->ntailin < J->nretf) {
      J->ntailin++;
      return 0;
    }
    rec_link(J, p->jitf);
    return 1;
  }
  return 0;
}

/* --- the recorder proper --- */

static int inthint_find(JitState *J, const Instr *pc);

void rec_start(JitState *J, lua_State *L) {
  const Instr *pc = J->startpc;
  Instr i = *pc;
  J->base0 = L->base;
  J->stack0 = L->stack;
  J->baseofs = 0;
  J->depth = J->maxdepth = 0;
  J->pt = J->proto;
  J->nframemap = 0;
  memset(J->slot, 0, sizeof J->slot);
  memset(J->sload, 0, sizeof J->sload);
  memset(J->modified, 0, sizeof J->modified);
  J->maxslot = 0;
  J->nsnap = 0;
  J->nsnapmap = 0;
  J->nrecorded = 0;
  J->needsnap = 0;
  J->link = 0;
  J->nloopseen = 0;
  J->scev_idx = J->scev_stop = 0;
  J->retone = 0;
  J->sidecand = J->sidearmed = 0;
  J->blacklistnow = 0;
  J->intretry = 0;
  J->intmask = 0;
  if (!J->parent && (J->startop == BC_LOOP || J->startop == BC_FORLOOP)) {
    int h = inthint_find(J, pc);
    if (h >= 0) J->intmask = J->inthint[h].mask;
  }
  J->nretf = 0;
  J->ntailin = 0;
  J->luacalled = 0;
  J->luacallci = 0;
  J->justcalled = 0;
  J->callres = 0;
  J->mtop = J->curtop = 0;
  J->npeelonly = 0;
  J->base = J->base0;
  ir_init(J);
  if (J->parent) {
    /* A side trace: from the exit's pc, with the stack as the exit left it, inside the frames
     * the parent had inlined there (slots stay relative to the parent's base). */
    Trace *P = J->trace[J->parent];
    SnapShot *ps = &P->snap[J->parentsnap];
    int f;
    J->base0 = J->sidebase;
    /* The frame the parent's exit is in: the trace's first, or one a RETF returned to (below
     * the frames the exit made). */
    J->pt = ci_func(L->ci - ps->nframe)->l.p;
    for (f = 0; f < ps->nframe; f++) {
      SnapFrame *sf = &P->framemap[ps->frameofs + f];
      J->frame[f].funcslot = sf->funcslot;
      J->frame[f].nresults = sf->nresults;
      J->frame[f].tailcalls = sf->tailcalls;
      J->frame[f].retpc = sf->retpc;
      J->frame[f].pt = J->pt;
      J->frame[f].baseofs = J->baseofs;
      J->frame[f].vabase = sf->vabase;
      J->baseofs = sf->funcslot + 1 + sf->vabase;
      J->pt = val_func(J->base0[sf->funcslot])->l.p;
    }
    J->depth = J->maxdepth = ps->nframe;
    J->startpt = J->pt;
    J->mtop = J->curtop = ps->topslot;   /* the exit's instruction takes values up to a top */
    J->base = J->base0 + J->baseofs;
    if (J->base != L->base) rec_abort(J, "frame mismatch at a side exit");
    /* An exit of a trace looping round a for loop (the root trace of the loop, or a side
     * trace that closed a loop of its own), on the first attempt: the side trace may go
     * round the loop too and close a loop of its own at its start (rec_sideloop). */
    {
      Trace *R = J->trace[P->root];
      J->sidecand = !R->parent && R->startop == BC_FORLOOP && (!P->parent || !P->link) &&
                    R->nsideloop < J->param[JIT_P_sideloop] &&
                    !ps->nframe && ps->tries <= 1 && JIT_OPT(J, loop);
    }
    J->entrypc = pc;
    J->curpc = pc;
    rec_snap(J, pc);
  } else if (J->startop == JIT_FUNCF || J->startop == JIT_RETF) {
    /* A function's entry: its frame is made, and it starts at its first instruction. A return
     * (down-recursion): it starts at the RET, in the frame that returns. */
    Value fv = J->base[-1];
    J->entrypc = pc;
    J->curpc = pc;
    rec_snap(J, pc);
    /* A function's closure with upvalues that is a constant (rec_fnconst) is guarded first
     * thing, where a link that knows the closure (a recursive call) enters past the guard
     * (lower.c, Trace.fnskip). */
    if (J->startop == JIT_FUNCF && val_isfunc(fv) && rec_fnisconst(val_func(fv)) &&
        val_func(fv)->l.p->nups > 0)
      getslot(J, -1);
  } else if (J->startop == BC_FORLOOP) {
    J->entrypc = pc + 1 + bc_sd(i);
    J->curpc = J->entrypc;
    rec_snap(J, J->entrypc);
    rec_forloop_start(J, bc_a(i), pc);
  } else {
    J->entrypc = pc + 1;
    J->curpc = J->entrypc;
    rec_snap(J, J->entrypc);
  }
}

/* --- int counters of loops --- */

/* A loop counter such as k in `while t[k] < x do k = k + 1 end` is a NUM: loaded from its slot
 * as a double, carried round the loop as one, and converted to an INT (a guard of several
 * instructions) wherever it indexes. Recorded again with the slot loaded as an INT (guarded at
 * the entry), k + 1 stays an INT (rec_intadd, overflow exits) and so does the loop's PHI: the
 * conversions go. The hints are kept per loop; a recording with them that forms no loop
 * (a counter that turned out not to stay an integer) is made again without them. */
static int inthint_find(JitState *J, const Instr *pc) {
  int h;
  for (h = 0; h < (int)(sizeof J->inthint / sizeof J->inthint[0]); h++)
    if (J->inthint[h].pc == pc) return h;
  return -1;
}

static int isintk(JitState *J, IRRef ref) {
  if (!irref_isk(ref)) return 0;
  if (IR(J, ref)->o == IR_KINT) return 1;
  return IR(J, ref)->o == IR_KNUM && knum_isint32(IR(J, ref)->k.n);
}

/* One integral step of a value: plus or minus an integral constant, or doubled (x + x, what
 * 2 * x folds to). The value stepped from, or 0. */
static IRRef intstep(JitState *J, IRRef ref) {
  IRIns *ins;
  if (irref_isk(ref)) return 0;
  ins = IR(J, ref);
  if ((ins->o == IR_ADD || ins->o == IR_SUB) && isintk(J, ins->op2)) return ins->op1;
  if (ins->o == IR_ADD && ins->op1 == ins->op2) return ins->op1;
  return 0;
}

/* Slots (below 64) of the first frame whose value the loop carries as a NUM int counter: its
 * value at the loop's start the slot's SLOAD after integral steps (intstep), its next value
 * that after integral steps (k + 1, or a heap's root = 2 * root + 1), and converted to an INT
 * in the loop. */
static uint64_t rec_intphis(JitState *J) {
  uint64_t m = 0;
  IRRef ref, r2;
  if (J->parent || !J->loopref || !JIT_OPT(J, narrow)) return 0;
  for (ref = J->loopref + 1; ref < J->nins; ref++) {
    IRIns *phi = IR(J, ref);
    IRRef x, y;
    int s, n, used = 0;
    if (phi->o != IR_PHI || phi->t != IRT_NUM || irref_isk(phi->op2)) continue;
    for (x = phi->op2, n = 0; x && x != phi->op1 && n < 8; n++) x = intstep(J, x);
    if (x != phi->op1 || n == 0) continue;
    for (x = phi->op1, n = 0; (y = intstep(J, x)) != 0 && n < 8; n++) x = y;
    if (irref_isk(x) || IR(J, x)->o != IR_SLOAD || IR(J, x)->t != IRT_NUM ||
        IR(J, x)->op2 != IRSLOAD_TYPECHECK)
      continue;
    s = (int16_t)IR(J, x)->op1;
    if (s < 0 || s >= 64 || ((J->intmask >> s) & 1)) continue;
    for (r2 = J->loopref + 1; r2 < J->nins && !used; r2++)
      used = IR(J, r2)->o == IR_TOINT && IR(J, r2)->op1 == phi->op1;
    if (used) m |= (uint64_t)1 << s;
  }
  return m;
}

/* New int counters m found, or (off) a recording with hints that formed no loop: the loop's
 * hint updated (off: cleared) and the recording aborted, to be made again at once (trace.c,
 * J->intretry). A loop is recorded so at most twice more. */
static void rec_intretry(JitState *J, uint64_t m, int off) {
  int h;
  if (J->parent || (!m && !off)) return;
  h = inthint_find(J, J->startpc);
  if (h < 0) {
    if (!m) return;
    h = J->inthintslot;
    J->inthintslot = (J->inthintslot + 1) % (int)(sizeof J->inthint / sizeof J->inthint[0]);
    J->inthint[h].pc = J->startpc;
    J->inthint[h].mask = 0;
    J->inthint[h].tries = 0;
  }
  if (J->inthint[h].tries >= 2) return;
  J->inthint[h].tries++;
  J->inthint[h].mask = off ? 0 : J->intmask | m;
  J->intretry = 1;
  rec_abort(J, off ? "no loop with int counters: recorded again" : "int loop counters: recorded again");
}

static void rec_close(JitState *J) {
  int live = J->maxslot, sl;
  if (J->startop == BC_FORLOOP) rec_forloop_step(J, bc_a(*J->startpc));
  /* Slots above the loop's live ones (FORLOOP: its four; LOOP: A = the active locals) are the
   * body's temporaries, dead when an iteration ends: left out of the loop snapshot, they are
   * not carried from one iteration to the next (no PHI) nor written back at the loop's exits.
   * What they hold then is stale but was alive when the trace was entered. */
  if (J->startop == BC_FORLOOP) live = bc_a(*J->startpc) + 4;
  else if (J->startop == BC_LOOP) live = bc_a(*J->startpc);
  for (sl = live; sl < J->maxslot; sl++) J->modified[sl + JIT_SLOTBIAS] = 0;
  /* The loop snapshot: the state when an iteration ends, resuming at the loop's first
   * instruction. */
  J->needsnap = 0;
  rec_snap(J, J->entrypc);
  if (JIT_OPT(J, loop)) {
    IRRef nins = J->nins, chain[IR__MAX];
    int nsnap = J->nsnap, nsnapmap = J->nsnapmap;
    memcpy(chain, J->chain, sizeof chain);
    if (opt_loop(J)) {
      rec_intretry(J, rec_intphis(J), 0);
      if (JIT_OPT(J, dce)) opt_dce(J);
      return;
    }
    if (J->intmask) rec_intretry(J, 0, 1);   /* perhaps the INTs broke the loop: without them */
    /* A type that changes from one iteration to the next: no loop copy (its PHIs would join
     * values of different types). The IR goes back to the recorded iteration. */
    opt_freeall(J);
    J->nins = nins;
    J->nsnap = nsnap;
    J->nsnapmap = nsnapmap;
    memcpy(J->chain, chain, sizeof chain);
    J->loopref = 0;
  }
  /* The trace links to itself: at the end of the iteration its slots go to the stack and it
   * starts again, its entry guards checking them (a type that changed exits there, where a
   * side trace can take over: it closes its own loop on the other type). */
  J->snap[J->nsnap - 1].tries = 0xffff;   /* an interrupt exit: never a side trace */
  ir_emit_raw(J, IR_INTR, IRT_VOID, 0, 0);
  J->link = J->ntrace + 1;
  J->abortmsg = NULL;
  if (JIT_OPT(J, dce)) opt_dce(J);
}

/* A side trace back at its start pc after going round its parent's loop: its own loop, from
 * the exit's pc round to it again. Exits from it take side traces that link to the parent;
 * so a loop whose iterations mostly take another path than its root trace recorded runs
 * mostly in this loop, leaving it only when the path changes. */
static void rec_sideloop(JitState *J, const Instr *pc) {
  J->needsnap = 0;
  rec_snap(J, pc);
  if (!opt_loop(J)) rec_abort(J, J->abortmsg);
  if (JIT_OPT(J, dce)) opt_dce(J);
}

/* A value as an IR constant: nil, booleans, numbers, strings, tables and functions; 0 for
 * the others (userdata, threads). */
static IRRef rec_kvalue(JitState *J, Value v) {
  IRType t = rec_valtype(v);
  if (irt_ispri(t)) return ir_kpri(J, t);
  if (val_isnum(v)) return ir_knum(J, val_num(v));
  if (val_isstr(v)) return ir_kgc(J, (GCObj *)val_str(v), IRT_STR);
  if (val_istab(v)) return ir_kgc(J, (GCObj *)val_tab(v), IRT_TAB);
  if (val_isfunc(v)) return ir_kgc(J, (GCObj *)val_func(v), IRT_FUNC);
  return 0;
}

/* The UREF guard (upvalue uv, op2 o2), unless the same one was made with nothing since that
 * may move the base or the stack or close an upvalue (a return below, a tail call, a library
 * call, a CLOSE, the loop's start): that one still holds. */
static IRRef rec_uref(JitState *J, IRRef uv, IRRef o2) {
  IRRef lim = J->loopref, ref;
  if (J->chain[IR_RETF] > lim) lim = J->chain[IR_RETF];
  if (J->chain[IR_TAILF] > lim) lim = J->chain[IR_TAILF];
  if (J->chain[IR_CALLC] > lim) lim = J->chain[IR_CALLC];
  if (J->chain[IR_UCLOSE] > lim) lim = J->chain[IR_UCLOSE];
  for (ref = J->chain[IR_UREF]; ref > lim; ref = IR(J, ref)->prev)
    if (IR(J, ref)->op1 == uv && IR(J, ref)->op2 == o2) return ref;
  return guard(J, IR_UREF, o2 == IRUREF_AWAY ? IRT_PTR : IRT_VOID, uv, o2);
}

/* Is the recording a root trace's, in its first frame (not inlined, not below it)? */
static int rec_infirstframe(JitState *J) {
  return !J->parent && J->depth == 0 && !J->nretf && J->pt == J->proto;
}

/* Whether pc lies in the body of the loop a root trace starts at (its first frame's code). */
static int rec_inloopbody(JitState *J, const Instr *pc) {
  const Instr *s = J->startpc;
  if (J->startop == BC_LOOP) return pc > s && pc < s + 1 + bc_sd(*s);   /* D: the loop's exit */
  if (J->startop == BC_FORLOOP) return pc >= s + 1 + bc_sd(*s) && pc < s;   /* D: its body */
  return 0;
}

/* Whether a loop's root trace whose recording came round an inner loop without a trace (its
 * FORLOOP, or its LOOP again) at pc ends there (-> interpreter) rather than aborting: when an
 * earlier try of this loop aborted already (the inner loop did not get hot in between: its trip
 * count is low, or it only runs inside side traces), and pc lies inside the trace's loop, in
 * its first frame. On the first try it aborts: the inner loop usually gets its trace soon, and
 * the next recording links to it. */
static int rec_inrootloop(JitState *J, const Instr *pc) {
  return J->retry && rec_infirstframe(J) && rec_inloopbody(J, pc);
}

/* A loop's root trace that came round an inner loop without a trace at pc: it aborts, or ends
 * there (rec_inrootloop). Returns 1 when it ends. */
static int rec_innerloop(JitState *J, const Instr *pc) {
  if (!rec_inrootloop(J, pc)) rec_abort(J, "inner loop");
  rec_stop(J, pc, -2);
  return 1;
}

/* A root trace of a LOOP (while, repeat, generic for) whose recorded iteration leaves the loop
 * in its first frame (or returns from its body, ret): the counter ran out on the loop's last
 * test, and this iteration will not come round. The recording starts again at the loop's next
 * test (trace.c, JREC_WAIT), on an iteration that may come round, instead of recording on past
 * the loop into a trace that does not loop (or aborting there). After JIT_MAXRESTART such starts (a loop that runs once each
 * time) it carries on past the loop: it may still end at a return of the function or link to
 * another trace. */
static void rec_leftloop(JitState *J, const Instr *pc, int ret) {
  if (J->startop != BC_LOOP || !rec_infirstframe(J) || pc == J->startpc ||
      (!ret && rec_inloopbody(J, pc)) || J->nrestart >= JIT_MAXRESTART)
    return;
  J->restart = 1;
  rec_abort(J, "loop left");
}

/* A recursive call in the trace's first frame (or one a RETF returned to) that cannot link
 * to a trace of the callee's entry: the trace ends before it and the interpreter makes the
 * call (a side trace of a recursive function's loop, such as a backtracking search). Deeper,
 * rec_callee aborts. Returns 1 when the trace ends so. */
static int rec_recstop(JitState *J, const Instr *pc, int a) {
  Value fv = J->base[a];
  Proto *p;
  if (J->depth != 0 || !val_isfunc(fv) || val_func(fv)->c.isC) return 0;
  p = val_func(fv)->l.p;
  if (p != J->pt || rec_linkable(J, p)) return 0;
  rec_stop(J, pc, -2);
  return 1;
}

/* A call of coroutine.yield in the trace's first frame: the trace ends before it
 * (-> interpreter) and the interpreter yields; the loop around it is compiled up to there and
 * entered again when the coroutine is resumed and comes round. Returns 1 when the trace ends
 * so (a side trace too). A loop that does little more than yield runs faster in the
 * interpreter than through a root trace's entry and exit for each yield: its start is
 * blacklisted at once (one abort, no retries). (Deeper, the call aborts as other C functions
 * do.) */
static int rec_yieldstop(JitState *J, const Instr *pc, int a) {
  Value fv = J->base[a];
  if (J->depth != 0 || !val_isfunc(fv) || !val_func(fv)->c.isC || val_func(fv)->c.ffid != FF_YIELD)
    return 0;
  if (!J->parent && J->nrecorded < 16) {
    J->blacklistnow = 1;
    rec_abort(J, "a loop around coroutine.yield with little else: left to the interpreter");
  }
  rec_stop(J, pc, -2);
  return 1;
}

/* Records instruction pc; returns 1 when the trace is complete. */
static int rec_one(JitState *J, lua_State *L, const Instr *pc) {
  Instr i = *pc;
  BCOp op = bc_op(i);
  int a = bc_a(i);
  const Value *k = J->pt->k;
  Value *base;
  if (L->stack != J->stack0) {
    /* The stack moved (it grew for a call): the recording's pointers into it follow. */
    ptrdiff_t d = L->stack - J->stack0;
    J->base0 += d;
    J->base += d;
    J->stack0 = L->stack;
  }
  base = J->base;
  if (L->base != J->base) rec_abort(J, "NYI: frame change");
  J->curtop = J->mtop;
  J->mtop = 0;
  J->curpc = pc;
  J->needsnap = 1;
  if (J->callres) rec_callres(J);
  if (J->justcalled) {
    int rec = J->justcalled == 2;
    J->justcalled = 0;
    if (rec_callentry(J, rec)) return 1;
  }
  if (J->sidearmed && pc == J->startpc && !J->depth && !J->nretf) {
    rec_sideloop(J, pc);
    return 1;
  }
  if (pc == J->startpc && J->nrecorded > 0 && !J->parent && J->depth == 0 &&
      J->startop == JIT_RETF) {
    /* Down-recursion: at the RET the trace starts at again, in a frame below (each RETF took
     * one down): the trace links to itself. */
    rec_link(J, J->ntrace + 1);
    return 1;
  }
  if (pc == J->startpc && J->nrecorded > 0 && !J->parent && J->depth == 0 && J->startop != JIT_FUNCF) {
    rec_close(J);
    return 1;
  }
  rec_leftloop(J, pc, 0);
  if (++J->nrecorded > J->param[JIT_P_maxrecord]) rec_abort(J, "trace too long");
  switch (op) {
    case BC_MOV: setslot(J, a, getslot(J, bc_d(i))); break;
    case BC_KSTR: setslot(J, a, ir_kgc(J, (GCObj *)val_str(k[bc_d(i)]), IRT_STR)); break;
    case BC_KNUM: setslot(J, a, ir_knum(J, val_num(k[bc_d(i)]))); break;
    case BC_KSHORT: setslot(J, a, ir_knum(J, (double)bc_sd(i))); break;
    case BC_KPRI: setslot(J, a, ir_kpri(J, bc_d(i) == 0 ? IRT_NIL : bc_d(i) == 1 ? IRT_FALSE : IRT_TRUE)); break;
    case BC_KNIL: {
      int r;
      for (r = a; r <= bc_d(i); r++) setslot(J, r, ir_kpri(J, IRT_NIL));
      break;
    }
    case BC_NOT: {
      IRType t = ireft(getslot(J, bc_d(i)));
      setslot(J, a, ir_kpri(J, (t == IRT_NIL || t == IRT_FALSE) ? IRT_TRUE : IRT_FALSE));
      break;
    }
    case BC_UNM: {
      IRRef d = getslot(J, bc_d(i));
      if (!isnumtype(ireft(d))) rec_abort(J, "NYI: __unm");
      setslot(J, a, ir_emit(J, IR_NEG, IRT_NUM, tonum(J, d), 0));
      break;
    }
    case BC_LEN: {
      IRRef d = getslot(J, bc_d(i));
      IRType t = ireft(d);
      if (t == IRT_STR) {
        setslot(J, a, ir_emit(J, IR_TONUM, IRT_NUM, ir_emit(J, IR_FLOAD, IRT_PTR, d, IRFL_STR_LEN), 0));
      } else if (t == IRT_TAB) {
        setslot(J, a, ir_emit(J, IR_TONUM, IRT_NUM, ir_emit(J, IR_TLEN, IRT_PTR, d, 0), 0));
      } else {
        rec_abort(J, "NYI: __len");
      }
      break;
    }
    case BC_ADDVV: case BC_SUBVV: case BC_MULVV: case BC_DIVVV: case BC_MODVV:
      setslot(J, a, rec_arith(J, (IROp)(IR_ADD + (op - BC_ADDVV)), rec_numslot(J, bc_b(i)), rec_numslot(J, bc_c(i))));
      break;
    case BC_ADDVK: case BC_SUBVK: case BC_MULVK: case BC_DIVVK: case BC_MODVK:
      setslot(J, a, rec_arith(J, (IROp)(IR_ADD + (op - BC_ADDVK)), rec_numslot(J, bc_b(i)), ir_knum(J, val_num(k[bc_c(i)]))));
      break;
    case BC_ADDKV: case BC_SUBKV: case BC_MULKV: case BC_DIVKV: case BC_MODKV:
      setslot(J, a, rec_arith(J, (IROp)(IR_ADD + (op - BC_ADDKV)), ir_knum(J, val_num(k[bc_c(i)])), rec_numslot(J, bc_b(i))));
      break;
    case BC_POW:
      setslot(J, a, rec_arith(J, IR_POW, rec_numslot(J, bc_b(i)), rec_numslot(J, bc_c(i))));
      break;
    case BC_ISLT: case BC_ISGE: case BC_ISLE: case BC_ISGT:
      rec_compare(J, op, a, bc_d(i));
      break;
    case BC_ISEQV: case BC_ISNEV: {
      IRRef ra = getslot(J, a), rd = getslot(J, bc_d(i));
      rec_equal(J, ra, rd, base[a], base[bc_d(i)]);   /* the guard keeps the branch taken */
      break;
    }
    case BC_ISEQS: case BC_ISNES: {
      IRRef ra = getslot(J, a);
      Value kv = k[bc_d(i)];
      if (ireft(ra) == IRT_STR) {
        int eq = base[a] == kv;
        guard(J, eq ? IR_EQ : IR_NE, IRT_STR, ra, ir_kgc(J, (GCObj *)val_str(kv), IRT_STR));
      }
      break;
    }
    case BC_ISEQN: case BC_ISNEN: {
      IRRef ra = getslot(J, a);
      if (isnumtype(ireft(ra))) {
        IRRef kr = ir_knum(J, val_num(k[bc_d(i)]));
        rec_equal(J, ra, kr, base[a], k[bc_d(i)]);
      }
      break;
    }
    case BC_ISEQP: case BC_ISNEP: case BC_IST: case BC_ISF:
      getslot(J, op == BC_IST || op == BC_ISF ? bc_d(i) : a);   /* the type guard decides */
      break;
    case BC_ISTC: case BC_ISFC: {
      IRRef d = getslot(J, bc_d(i));
      IRType t = ireft(d);
      int truthy = !(t == IRT_NIL || t == IRT_FALSE);
      if (truthy == (op == BC_ISTC)) setslot(J, a, d);
      break;
    }
    case BC_GGET: case BC_GSET: {
      IRRef fn = getslot(J, -1);
      IRRef env = ir_emit(J, IR_FLOAD, IRT_TAB, fn, IRFL_FUNC_ENV);
      Value kv = k[bc_d(i)];
      Value envv = val_fromtab(val_func(base[-1])->l.env);
      IRRef key = ir_kgc(J, (GCObj *)val_str(kv), IRT_STR);
      if (op == BC_GGET) setslot(J, a, rec_tget(J, env, key, envv, kv, 0));
      else rec_tset(J, env, key, envv, kv, getslot(J, a));
      break;
    }
    case BC_UGET: case BC_USET: {
      IRRef fn = getslot(J, -1);
      IRRef uv = ir_emit(J, IR_FLOAD, IRT_PTR, fn, (IRRef)(IRFL_FUNC_UPVAL + bc_d(i)));
      UpVal *u = val_func(base[-1])->l.upvals[bc_d(i)];
      if (bc_d(i) >= 200) rec_abort(J, "NYI: upvalue index");
      if (u->v != &u->value && u->v >= J->base0 - 1 && u->v < J->base0 + JIT_MAXSLOTS - 2) {
        /* Open on a slot of the trace's frames (a closure inlined next to the function that
         * owns the local): the slot itself, which the trace may hold in a register. */
        int s = (int)(u->v - J->base0);
        rec_uref(J, uv, (IRRef)(IRUREF_AT + s));
        if (op == BC_UGET) setslot(J, a, getslot(J, s - J->baseofs));
        else setslot(J, s - J->baseofs, getslot(J, a));
        break;
      }
      /* A variable never assigned after its declaration, of a closure that is a constant:
       * its value, a constant too (debug.setlocal and debug.setupvalue flush the traces). */
      if (op == BC_UGET && irref_isk(fn) &&
          (val_func(base[-1])->l.p->uvdesc[bc_d(i)] & UV_IMMUTABLE) &&
          JIT_OPT(J, fold) && !J->uvnoconst) {
        IRRef k = rec_kvalue(J, *u->v);
        if (k) {
          setslot(J, a, k);
          break;
        }
      }
      /* Closed: its value, inside the upvalue, where it stays (guarded closed). Open below
       * the trace's frames or on another thread's stack: through the upvalue, where it
       * still is. */
      if (u->v == &u->value && JIT_OPT(J, fwd)) uv = guard(J, IR_UREFC, IRT_PTR, uv, 0);
      else uv = rec_uref(J, uv, (IRRef)IRUREF_AWAY);
      if (op == BC_UGET) {
        Value cur = *u->v;
        IRType t = rec_valtype(cur);
        IRRef v = guard(J, IR_ULOAD, t, uv, 0);
        setslot(J, a, irt_ispri(t) ? ir_kpri(J, t) : v);
      } else {
        IRRef v = getslot(J, a);
        if (ireft(v) == IRT_INT) v = tonum(J, v);
        ir_emit(J, IR_USTORE, IRT_VOID, uv, v);
      }
      break;
    }
    case BC_TGETV: case BC_TGETS: case BC_TGETB: {
      IRRef t = getslot(J, bc_b(i)), key;
      Value kv;
      if (op == BC_TGETV) { key = getslot(J, bc_c(i)); kv = base[bc_c(i)]; }
      else if (op == BC_TGETS) { kv = k[bc_c(i)]; key = ir_kgc(J, (GCObj *)val_str(kv), IRT_STR); }
      else { kv = val_fromnum_raw((double)bc_c(i)); key = ir_kint(J, bc_c(i)); }
      setslot(J, a, rec_tget(J, t, key, base[bc_b(i)], kv, 0));
      break;
    }
    case BC_CAT: {
      /* Strings and numbers only (no __concat), joined from the right as the interpreter does;
       * each step a new string. */
      int b = bc_b(i), c = bc_c(i), s2;
      IRRef r = getslot(J, c);
      for (s2 = b; s2 <= c; s2++) {
        IRType t = ireft(getslot(J, s2));
        if (t != IRT_STR && !isnumtype(t)) rec_abort(J, "NYI: __concat");
      }
      if (ireft(r) == IRT_INT) r = tonum(J, r);
      /* One CAT for up to four operands: CAT(x1, CARG(x2, CARG(x3, x4))). */
      for (s2 = c - 1; s2 >= b;) {
        int k, first = s2 - 2 < b ? b : s2 - 2;
        IRRef x;
        for (k = s2; k >= first; k--) {
          x = getslot(J, k);
          if (ireft(x) == IRT_INT) x = tonum(J, x);
          r = k == first ? ir_emit(J, IR_CAT, IRT_STR, x, r) : ir_emit(J, IR_CARG, IRT_VOID, x, r);
        }
        guard(J, IR_NE, IRT_PTR, r, ir_kptr(J, NULL));
        s2 = first - 1;
      }
      setslot(J, a, r);
      break;
    }
    case BC_TNEW: {
      IRRef t = ir_emit(J, IR_TNEW, IRT_TAB, (IRRef)bc_b(i), (IRRef)bc_c(i));
      guard(J, IR_NE, IRT_PTR, t, ir_kptr(J, NULL));
      setslot(J, a, t);
      break;
    }
    case BC_SELF: {
      /* A method lookup in the receiver table itself (no __index yet). */
      IRRef t = getslot(J, bc_b(i));
      Value kv = k[bc_c(i)];
      IRRef key = ir_kgc(J, (GCObj *)val_str(kv), IRT_STR);
      if (ireft(t) == IRT_STR) {
        /* s:name(...): the strings' metatable (guarded), its __index table, the method. */
        Table **pmt = &G(J->L)->basemt[LUA_TSTRING], *mt = *pmt;
        Value idx;
        IRRef mtr, ix;
        if (!mt) rec_abort(J, "NYI: method call on a string without a metatable");
        mtr = ir_emit(J, IR_FLOAD, IRT_PTR, ir_kptr(J, (void *)pmt), IRFL_PTR0);
        guard(J, IR_EQ, IRT_PTR, mtr, ir_kptr(J, (void *)mt));
        ix = rec_mmget(J, ir_kgc(J, (GCObj *)mt, IRT_TAB), mt, TM_INDEX, &idx);
        if (!val_istab(idx)) rec_abort(J, "NYI: __index function");
        setslot(J, a + 1, t);
        setslot(J, a, rec_tget(J, ix, key, idx, kv, 0));
        break;
      }
      if (ireft(t) != IRT_TAB) rec_abort(J, "NYI: method call on a non-table");
      setslot(J, a + 1, t);
      setslot(J, a, rec_tget(J, t, key, base[bc_b(i)], kv, 0));
      break;
    }
    case BC_TSETV: case BC_TSETS: case BC_TSETB: {
      IRRef t = getslot(J, bc_b(i)), key;
      Value kv;
      if (op == BC_TSETV) { key = getslot(J, bc_c(i)); kv = base[bc_c(i)]; }
      else if (op == BC_TSETS) { kv = k[bc_c(i)]; key = ir_kgc(J, (GCObj *)val_str(kv), IRT_STR); }
      else { kv = val_fromnum_raw((double)bc_c(i)); key = ir_kint(J, bc_c(i)); }
      rec_tset(J, t, key, base[bc_b(i)], kv, getslot(J, a));
      break;
    }
    case BC_CALL:
      if (!rec_fastcall(J, pc, i) && !rec_callc(J, pc, i)) {
        if (rec_recstop(J, pc, a) || rec_yieldstop(J, pc, a)) return 1;
        rec_call(J, pc, i);
      }
      break;
    case BC_VARARG: {
      /* In an inlined vararg frame, the extra arguments sit below the base, under the copy
       * of the function: their number is fixed for the trace. */
      int want = bc_b(i) - 1, n, j;
      if (J->depth == 0) rec_abort(J, "NYI: VARARG in the trace's first frame");
      n = J->frame[J->depth - 1].vabase - 1 - J->pt->numparams;
      if (want < 0) {
        IRRef v[256];
        for (j = 0; j < n; j++) v[j] = getslot(J, -1 - n + j);
        for (j = 0; j < n; j++) setslot(J, a + j, v[j]);
        J->mtop = J->baseofs + a + n + 1;
      } else {
        IRRef v[256];
        for (j = 0; j < want; j++) v[j] = j < n ? getslot(J, -1 - n + j) : ir_kpri(J, IRT_NIL);
        for (j = 0; j < want; j++) setslot(J, a + j, v[j]);
      }
      break;
    }
    case BC_CLOSURE: {
      /* A closure made by a helper, as CLOSURE makes it: upvalues open on this frame's slots
       * point at the stack, where every exit, library call and CLOSE writes the slots back. */
      Proto *np;
      IRRef c;
      if (bc_d(i) > 0x7fff || J->baseofs > 0x7fff) rec_abort(J, "NYI: CLOSURE operands");
      np = J->pt->p[bc_d(i)];
      (void)np;
      c = ir_emit(J, IR_FNEW, IRT_FUNC, getslot(J, -1), ir_kint(J, (int32_t)(bc_d(i) | ((uint32_t)J->baseofs << 16))));
      guard(J, IR_NE, IRT_PTR, c, ir_kptr(J, NULL));
      J->snap[J->nsnap - 1].tries = 0xffff;   /* out of memory: a side trace could do no better */
      setslot(J, a, c);
      break;
    }
    case BC_CLOSE:
      /* The slots to the stack (the snapshot here), then the upvalues at A and above closed:
       * each takes the value of its slot. */
      J->needsnap = 0;
      rec_snapall(J, pc + 1);
      J->snap[J->nsnap - 1].tries = 0xffff;
      ir_emit_raw(J, IR_UCLOSE, IRT_VOID, (IRRef)(int16_t)(J->baseofs + a), 0);
      break;
    case BC_TFORCALL: {
      /* As the interpreter runs it: the iterator and its two arguments copied above the loop's
       * slots (done here already: the instruction does it first), then a call of them taking
       * C results: a library function the trace calls (next, ipairs' step) or a Lua function
       * inlined. */
      Instr ci = bc_abc(BC_CALL, a + 3, 3, bc_c(i) + 1);
      int k2;
      for (k2 = 0; k2 < 3; k2++) {
        base[a + 3 + k2] = base[a + k2];
        setslot(J, a + 3 + k2, getslot(J, a + k2));
      }
      if (!rec_fastcall(J, pc, ci) && !rec_callc(J, pc, ci)) rec_call(J, pc, ci);
      break;
    }
    case BC_TFORLOOP: {
      /* The first variable is typed (its load guards nil or not): the loop goes on or ends. */
      IRRef v = getslot(J, a + 3);
      if (ireft(v) != IRT_NIL) setslot(J, a + 2, v);
      break;
    }
    case BC_TAILCALL:
      rec_tailcall(J, pc, i);
      break;
    case BC_RET:
      if (rec_ret(J, i)) return 1;
      break;
    case BC_JMP:
      break;
    case BC_UCLO:
      rec_abort(J, "NYI: UCLO");
    case BC_FORPREP:
      /* A root trace of a loop that meets an inner loop with a trace links to it (rec_forprep).
       * One without a trace: the recording goes on into its first iteration, where it may reach
       * a loop with a trace and link to that (an outer loop that only ever runs inside side
       * traces gets no trace of its own); coming round to its FORLOOP aborts ("inner loop"),
       * and the inner loop gets its own trace when hot, or ends the trace (rec_inrootloop). */
      if (bc_op(pc[bc_sd(i)]) != BC_JFORLOOP && rec_loopstop(J, pc)) return 1;
      return rec_forprep(J, pc, i);
    case BC_FORLOOP: case BC_JFORLOOP: case BC_IFORLOOP:
      if (!rec_links(J)) {
        /* A root trace at an inner loop's FORLOOP: recorded as leaving the loop when it ends
         * here (a loop of one iteration, as often as not); going round it aborts or ends the
         * trace (rec_inrootloop). */
        if (!rec_forgoes(base + a)) return rec_forloop_side(J, pc, i);
        return rec_innerloop(J, pc);
      }
      if (op != BC_JFORLOOP && rec_loopstop(J, pc)) return 1;
      return rec_forloop_side(J, pc, i);
    case BC_LOOP: case BC_JLOOP: case BC_ILOOP:
      /* As for FORPREP: the first iteration of an inner loop without a trace is recorded into
       * (rec_backedge remembers the LOOP), coming round to it aborts. */
      if (!rec_links(J) && !(op == BC_JLOOP && trace_find(J, pc)) && rec_loopseen(J, pc))
        return rec_innerloop(J, pc);
      if (op == BC_JLOOP) {
        int no = trace_find(J, pc);
        if (no) {
          rec_link(J, no);
          return 1;
        }
      }
      if (rec_loopstop(J, pc)) return 1;
      rec_backedge(J, pc);
      break;
    case BC_SETLIST: {
      /* The items of a constructor, stored as t[k] = v for their constant keys. Only into the
       * array part the recording sees (TNEW sized it): the interpreter would make room there
       * for keys beyond it (with nils among them, # depends on where they go). */
      int n = bc_b(i), c = bc_c(i), k;   /* n values (0: up to the top) */
      IRRef tr = getslot(J, a);
      uint32_t first;
      if (n == 0) n = rec_topcount(J, a + 1);   /* {f()}: the values up to the top */
      if (n < 0) rec_abort(J, "NYI: SETLIST with a variable number of values");
      if (c == 0) rec_abort(J, "NYI: SETLIST of more than 25000 items");
      if (!val_istab(base[a])) rec_abort(J, "NYI: SETLIST into a non-table");
      first = (uint32_t)(c - 1) * BC_SETLIST_PER_FLUSH;
      if (first + (uint32_t)n >= val_tab(base[a])->asize) {
        /* {f()}, {...}: the interpreter makes room in the array part first (TRESIZEA, as
         * tab_resizearray does), then stores the items there, raw. */
        IRRef st, asz, arr;
        int gc = 0;
        if (first + (uint32_t)n > 0xffffu) rec_abort(J, "NYI: SETLIST of so many items");
        st = ir_emit(J, IR_TRESIZEA, IRT_PTR, tr, (IRRef)(first + (uint32_t)n));
        guard(J, IR_NE, IRT_PTR, st, ir_kptr(J, NULL));
        J->snap[J->nsnap - 1].tries = 0xffff;   /* out of memory: a side trace could do no better */
        asz = ir_emit(J, IR_FLOAD, IRT_U32, tr, IRFL_TAB_ASIZE);
        guard(J, IR_ULT, IRT_INT, ir_kint(J, (int32_t)(first + (uint32_t)n)), asz);
        arr = ir_emit(J, IR_FLOAD, IRT_PTR, tr, IRFL_TAB_ARRAY);
        for (k = 1; k <= n; k++) {
          IRRef v = getslot(J, a + k);
          if (ireft(v) == IRT_INT) v = tonum(J, v);
          if (irt_isgc(ireft(v))) gc = 1;
          ir_emit(J, IR_ASTORE, IRT_VOID, ir_emit(J, IR_AREF, IRT_PTR, arr, ir_kint(J, (int32_t)(first + (uint32_t)k))), v);
        }
        if (gc) ir_emit(J, IR_TBAR, IRT_VOID, tr, 0);
        break;
      }
      for (k = 1; k <= n; k++)
        rec_tset(J, tr, ir_kint(J, (int32_t)(first + (uint32_t)k)), base[a],
                 val_fromnum_raw((double)(first + (uint32_t)k)), getslot(J, a + k));
      break;
    }
    default:
      snprintf(J->abortbuf, sizeof J->abortbuf, "NYI: bytecode %s", bc_names[op]);
      rec_abort(J, J->abortbuf);
  }
  return 0;
}

void rec_ins(JitState *J, lua_State *L, const Instr *pc) {
  if (rec_one(J, L, pc)) {
    opt_sink(J);
    trace_compiled(J);
  }
}
