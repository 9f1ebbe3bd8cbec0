/*
 * lower.c - register allocation and machine code for x86-64.
 *
 * Register allocation is a linear scan over live intervals, done before emission. It was chosen
 * over LuaJIT's backward allocation-during-emission because it keeps the two concerns apart
 * (the allocator is one small pass whose result, a register or a spill slot per value, is also
 * what the exit handler reads to rebuild the Lua stack) and because a trace is a straight line
 * plus one back edge, where an interval per value is exact: a value defined before the LOOP and
 * used in the loop, and both sides of every PHI, live to the end of the loop. A value that does
 * not get a register lives in its spill slot for its whole life (no splitting); constants never
 * take a register: they are immediates or rematerialised into a scratch register at each use.
 *
 * Fixed registers: r14 holds the Lua frame base, r15 the JitState (its first word is the
 * interrupt word the loop tests). r10/r11 and xmm14/xmm15 are scratch. Across calls into C the
 * live caller-saved registers are saved in the frame and restored.
 *
 * The trace frame is the same for every trace: the shared entry stub saves the callee-saved
 * registers and reserves JIT_SPILLBYTES of spill area; the shared exit handler saves every
 * register below it (ExitState), calls jit_exit_restore and returns to the interpreter.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jit_int.h"
#include "asm.h"
#include "gc.h"
#include "tab.h"
#include "err.h"
#include "state.h"
#include "str.h"
#include "do.h"
#include "prof.h"
#include "func.h"
#include "../../lib/lib.h"

#define RID_BASE   X64_R14
#define RID_J      X64_R15
#define RID_TMP    X64_R11
#define RID_TMP2   X64_R10
#define XID_TMP    15
#define XID_TMP2   14
#define SAVE_OFS   (JIT_SPILLBYTES - 256)   /* call save area: 16 gprs then 16 xmms */
#define MAX_SPILL  (SAVE_OFS / 8)

static const uint8_t gpr_alloc[] = { X64_RAX, X64_RCX, X64_RDX, X64_RSI, X64_RDI, X64_R8,
                                     X64_R9, X64_RBX, X64_RBP, X64_R12, X64_R13 };
#define NGPR (int)(sizeof gpr_alloc)
#define NXMM 14
#define CALLER_SAVED_GPR ((1u << X64_RAX) | (1u << X64_RCX) | (1u << X64_RDX) | (1u << X64_RSI) | \
                          (1u << X64_RDI) | (1u << X64_R8) | (1u << X64_R9) | (1u << X64_R10) | \
                          (1u << X64_R11))

typedef struct Lower {
  JitState *J;
  Trace *T;
  X64Asm a;
  IRIns *ir;
  IRRef kbot, nins, loopref;
  RegSp *rs;
  int32_t *iend;            /* last use of each ref (position), by ref - kbot */
  IRRef *phiof;             /* the PHI carrying each ref from before the loop, or 0 */
  int loopsaved;            /* save_invariants stored the loop's invariants at the LOOP */
  IRRef *phinext;           /* the PHI each ref is the next value of, or 0 */
  int nspill;
  struct { uint8_t *field; int snap; } *fix;   /* jumps to exit stubs */
  int nfix, sizefix;
  uint8_t *lastexit;        /* the end of the last conditional exit jump (exit_jcc) */
  int cursnap;
  const char *err;
  uint64_t *kpool;          /* the trace's number constants, in front of its code */
  int nkpool;
  uint64_t *klink;          /* the frames of the link at the trace's end, 6 words a frame
                               (link_frames), in front of the number constants; or NULL */
  uint8_t *inh;             /* side trace: 1 an inherited SLOAD given a register from the
                               entry on, 2 its value moved there at the entry (side_inherit) */
  uint32_t fnskip;          /* Trace.fnskip of the trace being lowered, once known */
  IRRef eqdone;             /* an EQ guard load_typed emitted with its load (fused) */
  IRRef sc[2];              /* what r11 and r10 hold (a spilled value or a constant), or 0:
                               valid while scon (sc_keeps) */
  int scon;
  uint8_t *afuse;           /* by ref - kbot: an AREF only ALOADs and ASTOREs use, which
                               address its array and index themselves (no LEA of its own) */
  int ncall, ncallloop;     /* calls emitted; how many before the LOOP */
  uint8_t *intrat;          /* a loop's INTR left out (intr_patchable): where it was */
  int intrsnap;             /* and its snapshot */
  int intrmoved;            /* intrsnap holds after the back edge's moves (intr_postmove) */
} Lower;

#define LIR(A, ref) (&(A)->ir[(ref) - (A)->kbot])
#define LRS(A, ref) (&(A)->rs[(ref) - (A)->kbot])

/* The snapshot in force at instruction ref (the last that starts at or before it), looked for
 * from snapshot s on. */
static int snap_at(const Trace *T, int s, IRRef ref) {
  while (s + 1 < T->nsnap && T->snap[s + 1].ref <= ref) s++;
  return s;
}

static void lower_fail(Lower *A, const char *msg) {
  if (!A->err) A->err = msg;
}

/* --- register allocation --- */

static int load_fused(Lower *A, IRRef ref);

static int ref_isfp(Lower *A, IRRef ref) { return irt_isfp(LIR(A, ref)->t); }
static int ref_hasvalue(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  if (ins->o == IR_NOP || ins->o == IR_LOOP || ins->o == IR_PHI || ins->o == IR_INTR) return 0;
  if (ir_issunk(ins)) return 0;
  if (ins->t == IRT_VOID || irt_ispri(ins->t)) return 0;
  if ((ins->o == IR_AREF || ins->o == IR_HREFK) && A->afuse && A->afuse[ref - A->kbot])
    return 0;   /* no register */
  if (load_fused(A, ref)) return 0;   /* its reader takes it from memory */
  return 1;
}

/* The operands of CAT ref, left to right (op1, then op2's CARG list): how many. */
static int cat_operands(Lower *A, IRRef ref, IRRef *ops) {
  IRIns *ins = LIR(A, ref);
  IRRef x = ins->op2;
  int n = 0;
  ops[n++] = ins->op1;
  while (!irref_isk(x) && LIR(A, x)->o == IR_CARG && n < 3) {
    ops[n++] = LIR(A, x)->op1;
    x = LIR(A, x)->op2;
  }
  ops[n++] = x;
  return n;
}

static void use(Lower *A, IRRef ref, int32_t pos) {
  if (irref_isk(ref)) return;
  if (A->iend[ref - A->kbot] < pos) A->iend[ref - A->kbot] = pos;
}

/* A snapshot of trace T that covers IR from snapref reads ref at pos: for a sunk table, the
 * values stored into it before snapref (an exit makes the table from them). */
static void snap_use(Lower *A, IRRef ref, int32_t pos, IRRef snapref) {
  IRRef r;
  if (irref_isk(ref)) return;
  if (!ir_issunk(LIR(A, ref))) {
    use(A, ref, pos);
    return;
  }
  for (r = ref + 1; r < snapref; r++)
    if (ir_issunk(LIR(A, r)) && sink_tableof(A->ir, A->kbot, r) == ref) use(A, LIR(A, r)->op2, pos);
}

/* Whether ref's lowering always calls into C (saving the live caller-saved registers around
 * the call). Calls on a slow path only (write barriers) do not count. */
static int ins_calls(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  switch (ins->o) {
    case IR_STRSUB: case IR_NEWREF: case IR_CAT: case IR_SETMT: case IR_TNEW: case IR_TLEN:
    case IR_TRESIZEA: case IR_TOSTR: case IR_TONUMS: case IR_FNEW: case IR_UCLOSE:
    case IR_CALLC: case IR_POW:
      return 1;
    case IR_HREF:
      return LIR(A, ins->op2)->o != IR_KGC && LIR(A, ins->op2)->t != IRT_STR;
    case IR_FPMATH:
      return ins->op2 == IRFPM_SIN || ins->op2 == IRFPM_COS || ins->op2 == IRFPM_TAN ||
             ins->op2 == IRFPM_EXP || ins->op2 == IRFPM_LOG || ins->op2 == IRFPM_LOG10;
    default:
      return 0;
  }
}

static int aref_fused(Lower *A, IRRef ref) {
  return A->afuse && !irref_isk(ref) && A->afuse[ref - A->kbot];
}

/* Which AREFs are only the address of ALOADs and ASTOREs (not carried by a PHI, not read by
 * anything else): those address [array + 8 * index] in the load or store itself. The same for
 * HREFKs that only HLOADs and HSTOREs read: they address [node + offset]. */
static void aref_findfused(Lower *A) {
  IRRef ref;
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    if ((ins->o == IR_AREF || ins->o == IR_HREFK) && !ir_issunk(ins)) A->afuse[ref - A->kbot] = 1;
  }
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    int lsop = ins->o == IR_ALOAD || ins->o == IR_ASTORE || ins->o == IR_HLOAD ||
               ins->o == IR_HSTORE;
    if (ins->o == IR_NOP) continue;
    if (ir_mode1[ins->o] == IRM_R && !irref_isk(ins->op1) && !(lsop && !ir_issunk(ins)))
      A->afuse[ins->op1 - A->kbot] = 0;
    if (ir_mode2[ins->o] == IRM_R && !irref_isk(ins->op2)) A->afuse[ins->op2 - A->kbot] = 0;
  }
}

/* A number ALOAD or HLOAD fused into the arithmetic instruction that reads it (load_findfused):
 * it emits only its type guard, and its reader takes the value from memory as an operand. */
static int load_fused(Lower *A, IRRef ref) {
  return A->afuse && !irref_isk(ref) && A->afuse[ref - A->kbot] == 2;
}

/* The fused load among arithmetic instruction ins's operands (its second operand, or the
 * first of an ADD or MUL), or 0. */
static IRRef load_fusedop(Lower *A, IRIns *ins) {
  if (ins->t != IRT_NUM) return 0;
  if (ins->o != IR_ADD && ins->o != IR_SUB && ins->o != IR_MUL && ins->o != IR_DIV) return 0;
  if (load_fused(A, ins->op2)) return ins->op2;
  if ((ins->o == IR_ADD || ins->o == IR_MUL) && load_fused(A, ins->op1)) return ins->op1;
  return 0;
}

/* Which number loads from arrays and hash slots are read only by one arithmetic instruction
 * (ADD, SUB, MUL, DIV) and by no snapshot, with nothing between the load and its reader that
 * stores, calls or starts the loop: those guard the type where they are and the reader takes
 * the value from memory (LuaJIT's fused loads). Snapshot purging (record.c) is what leaves
 * most loads out of snapshots: a temporary the next instruction overwrites. */
static void load_findfused(Lower *A) {
  Trace *T = A->T;
  IRRef ref;
  int s;
  uint32_t e;
  uint8_t *nuse = (uint8_t *)calloc((size_t)(A->nins - A->kbot) + 1, 1);
  if (!nuse) return;   /* nothing fused */
#define LF_USE(r) do { IRRef r_ = (r); \
    if (!irref_isk(r_) && r_ >= REF_FIRST && nuse[r_ - A->kbot] < 2) nuse[r_ - A->kbot]++; } while (0)
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    if (ins->o == IR_NOP) continue;
    if (ir_mode1[ins->o] == IRM_R) LF_USE(ins->op1);
    if (ir_mode2[ins->o] == IRM_R) LF_USE(ins->op2);
  }
  for (s = 0; s < T->nsnap; s++)
    for (e = 0; e < T->snap[s].nent; e++) {
      IRRef r = T->snapmap[T->snap[s].mapofs + e].ref;
      if (!irref_isk(r) && r >= REF_FIRST) nuse[r - A->kbot] = 2;
    }
#undef LF_USE
  /* A number load, not sunk, read once */
#define LF_LOAD(x) (!irref_isk(x) && (LIR(A, x)->o == IR_ALOAD || LIR(A, x)->o == IR_HLOAD) && \
                    LIR(A, x)->t == IRT_NUM && !ir_issunk(LIR(A, x)) && nuse[(x) - A->kbot] == 1)
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    IRRef l, r;
    if (ins->t != IRT_NUM || ir_issunk(ins)) continue;
    if (ins->o != IR_ADD && ins->o != IR_SUB && ins->o != IR_MUL && ins->o != IR_DIV) continue;
    if (ins->op1 == ins->op2) continue;   /* not x op x */
    /* The second operand, else (commutative) the first. */
    if (LF_LOAD(ins->op2)) l = ins->op2;
    else if ((ins->o == IR_ADD || ins->o == IR_MUL) && LF_LOAD(ins->op1)) l = ins->op1;
    else continue;
    for (r = l + 1; r < ref; r++) {
      IRIns *m = LIR(A, r);
      if (m->o == IR_NOP) continue;
      if ((ir_flags[m->o] & IRF_S) || ins_calls(A, r) || m->o == IR_LOOP || m->o == IR_PHI) break;
    }
    if (r == ref) A->afuse[l - A->kbot] = 2;
  }
#undef LF_LOAD
  free(nuse);
}

static int gpr_of(Lower *A, IRRef ref, int scratch);
static X64Mem aref_mem(Lower *A, IRRef ref);
static X64Mem hslot_mem(Lower *A, IRRef ref);

/* The slot an ALOAD or HLOAD reads: a memory operand (aref_mem, hslot_mem). */
static X64Mem load_mem(Lower *A, IRIns *ld) {
  return ld->o == IR_ALOAD ? aref_mem(A, ld->op1) : hslot_mem(A, ld->op1);
}

/* The register ref has (for its whole life), unless none or a scratch one: -1 then. */
static int fixed_gpr(Lower *A, IRRef ref) {
  int r = LRS(A, ref)->reg;
  return r != RA_NONE && r != RID_TMP && r != RID_TMP2 ? r : -1;
}

/* The memory operand of an ALOAD or ASTORE whose address is AREF ref. A fused AREF addresses
 * through its array and index registers; one of them spilled (or an AREF with a register),
 * through RID_TMP2 (or the AREF's register). */
static X64Mem aref_mem(Lower *A, IRRef ref) {
  IRIns *ar;
  int ra, ri;
  if (!aref_fused(A, ref)) return x64_mem(gpr_of(A, ref, RID_TMP2), 0);
  ar = LIR(A, ref);
  ra = fixed_gpr(A, ar->op1);
  if (ra >= 0 && irref_isk(ar->op2)) return x64_mem(ra, 8 * LIR(A, ar->op2)->k.i);
  if (ra >= 0 && !irref_isk(ar->op2) && (ri = fixed_gpr(A, ar->op2)) >= 0)
    return x64_memx(ra, ri, 8, 0);
  if (ra < 0 && !irref_isk(ar->op2) && (ri = fixed_gpr(A, ar->op2)) >= 0) {
    int arr = gpr_of(A, ar->op1, RID_TMP2);   /* the array spilled: [tmp + index * 8] */
    return x64_memx(arr, ri, 8, 0);
  }
  if (ra >= 0 && !irref_isk(ar->op2)) {
    int ix = gpr_of(A, ar->op2, RID_TMP2);    /* the index spilled: [array + tmp * 8] */
    return x64_memx(ra, ix, 8, 0);
  }
  {
    int arr = gpr_of(A, ar->op1, RID_TMP2);
    if (irref_isk(ar->op2)) {
      x64_lea(&A->a, 8, RID_TMP2, x64_mem(arr, 8 * LIR(A, ar->op2)->k.i));
    } else {
      int ix = gpr_of(A, ar->op2, RID_TMP);
      x64_lea(&A->a, 8, RID_TMP2, x64_memx(arr, ix, 8, 0));
    }
    A->sc[1] = 0;
    return x64_mem(RID_TMP2, 0);
  }
}

/* The memory operand of an HLOAD or HSTORE whose address is ref (an HREFK, fused or not, or
 * an HREF): through RID_TMP2 where the node array (or the address) has no register. */
static X64Mem hslot_mem(Lower *A, IRRef ref) {
  IRIns *hr;
  int32_t ofs;
  int rn;
  if (!aref_fused(A, ref)) return x64_mem(gpr_of(A, ref, RID_TMP2), 0);
  hr = LIR(A, ref);
  ofs = (int32_t)(sizeof(Node) * (size_t)hr->k.i + offsetof(Node, val));
  rn = fixed_gpr(A, hr->op1);
  return x64_mem(rn >= 0 ? rn : gpr_of(A, hr->op1, RID_TMP2), ofs);
}

static void ra_intervals(Lower *A) {
  IRRef ref;
  int s;
  Trace *T = A->T;
  int32_t loopend = (int32_t)A->nins;
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    if (ins->o == IR_NOP || ir_issunk(ins)) continue;
    if (ins->o != IR_PHI && ir_mode1[ins->o] == IRM_R) use(A, ins->op1, ref);
    if (ir_mode2[ins->o] == IRM_R) use(A, ins->op2, ref);
    if ((ins->o == IR_ALOAD || ins->o == IR_ASTORE) && aref_fused(A, ins->op1)) {
      use(A, LIR(A, ins->op1)->op1, ref);   /* the array and index, addressed here */
      use(A, LIR(A, ins->op1)->op2, ref);
    }
    if ((ins->o == IR_HLOAD || ins->o == IR_HSTORE) && aref_fused(A, ins->op1))
      use(A, LIR(A, ins->op1)->op1, ref);   /* the node array, addressed here */
    {
      IRRef l = load_fusedop(A, ins);
      if (l) {   /* the fused load's address is taken again here */
        IRRef adr = LIR(A, l)->op1;
        use(A, adr, ref);
        if (aref_fused(A, adr)) {
          use(A, LIR(A, adr)->op1, ref);
          if (LIR(A, adr)->o == IR_AREF) use(A, LIR(A, adr)->op2, ref);
        }
      }
    }
    if (ins->o == IR_USTORE && !irref_isk(ins->op1) && LIR(A, ins->op1)->o == IR_UREF)
      use(A, LIR(A, ins->op1)->op1, ref);   /* the upvalue, for the barrier */
    if (ins->o == IR_STRSUB) {   /* the CARG's operands are read by the STRSUB */
      use(A, LIR(A, ins->op2)->op1, ref);
      use(A, LIR(A, ins->op2)->op2, ref);
    }
    if (ins->o == IR_CAT) {
      IRRef ops[4];
      int n = cat_operands(A, ref, ops), k;
      for (k = 0; k < n; k++) use(A, ops[k], ref);
    }
    if (ins->o == IR_PHI) {
      /* The carried value's location must hold it at the loop's head, and the next value
       * must reach the back edge (which moves it there); in between, the location is free
       * once the body's last use of the old value has passed. */
      use(A, ins->op1, (int32_t)A->loopref);
      use(A, ins->op2, loopend);
    }
  }
  for (s = 0; s < T->nsnap; s++) {
    int32_t end = (s + 1 < T->nsnap ? T->snap[s + 1].ref : A->nins) - 1;
    uint32_t e;
    if (end >= (int32_t)T->snap[s].ref) {
      /* A CALLC writes its snapshot back where it is. */
      IRRef r;
      for (r = (IRRef)T->snap[s].ref; (int32_t)r <= end; r++)
        if (LIR(A, r)->o == IR_CALLC || LIR(A, r)->o == IR_UCLOSE)
          for (e = 0; e < T->snap[s].nent; e++)
            snap_use(A, T->snapmap[T->snap[s].mapofs + e].ref, (int32_t)r, T->snap[s].ref);
    }
    if (s + 1 == T->nsnap && !A->loopref) {
      /* The last snapshot of a trace without a loop is read at the end (the link's write-back,
       * or the return to the interpreter), after every instruction, even when it covers none. */
      for (e = 0; e < T->snap[s].nent; e++)
        snap_use(A, T->snapmap[T->snap[s].mapofs + e].ref, (int32_t)A->nins, T->snap[s].ref);
      continue;
    }
    if (end < (int32_t)T->snap[s].ref) continue;   /* covers nothing */
    /* A snapshot is read only where its range can exit: at its last guard (the last snapshot
     * of a trace without a loop also at the end: the link's write-back, or the exit that ends
     * a trace returning to the interpreter). */
    if (s + 1 < T->nsnap || A->loopref) {
      while (end >= (int32_t)T->snap[s].ref && !ir_isguard(LIR(A, (IRRef)end)->o)) end--;
      if (end < (int32_t)T->snap[s].ref) continue;
    }
    /* A guard that calls into C (TONUMS) exits after its call: what the snapshot reads must
     * live across the call (be saved around it). */
    if (ins_calls(A, (IRRef)end)) end++;
    for (e = 0; e < T->snap[s].nent; e++) snap_use(A, T->snapmap[T->snap[s].mapofs + e].ref, end, T->snap[s].ref);
  }
  /* Values from before the loop used inside it live through the whole loop (all iterations
   * read them), except the values PHIs carry: the back edge gives their location the next
   * iteration's value. */
  if (A->loopref) {
    for (ref = A->loopref; ref < A->nins; ref++)
      if (LIR(A, ref)->o == IR_PHI && !irref_isk(LIR(A, ref)->op1)) {
        A->phiof[LIR(A, ref)->op1 - A->kbot] = ref;
        if (!irref_isk(LIR(A, ref)->op2)) A->phinext[LIR(A, ref)->op2 - A->kbot] = ref;
      }
    for (ref = REF_FIRST; ref < A->loopref; ref++)
      if (A->iend[ref - A->kbot] > (int32_t)A->loopref && !A->phiof[ref - A->kbot])
        A->iend[ref - A->kbot] = loopend;
  }
}

/* A register for ref that saves the back edge a move: when ref is the next value of a PHI
 * and the value it replaces has no use left, that value's register. Either its interval ended
 * before ref (the register is free unless taken since: `used`), or ref is its last use and an
 * arithmetic instruction that is no guard: its lowering allows the destination to be an
 * operand, and no exit after it can need the old value (the old value's interval, snapshots
 * included, ends here). Else -1. */
static int ra_phihint(Lower *A, IRRef ref, uint32_t used, int *shared) {
  IRIns *ins = LIR(A, ref);
  IRRef p = A->phinext[ref - A->kbot], old;
  int r;
  *shared = 0;
  if (!p) return -1;
  old = LIR(A, p)->op1;
  if (irref_isk(old) || LRS(A, old)->reg == RA_NONE) return -1;
  r = LRS(A, old)->reg;
  if (A->iend[old - A->kbot] < (int32_t)ref) return (used & (1u << r)) ? -1 : r;
  if (A->iend[old - A->kbot] == (int32_t)ref && irt_isfp(ins->t) &&
      (ins->o == IR_ADD || ins->o == IR_SUB || ins->o == IR_MUL || ins->o == IR_DIV) &&
      (ins->op1 == old || ins->op2 == old)) {
    *shared = 1;
    return r;
  }
  /* An INT counter's step (int_binop: the destination may be the first operand). */
  if (A->iend[old - A->kbot] == (int32_t)ref && ins->t == IRT_INT &&
      (ins->o == IR_ADD || ins->o == IR_SUB) && ins->op1 == old) {
    *shared = 1;
    return r;
  }
  return -1;
}

/* The registers (of class cls) of the values PHIs carry whose next values come after ref: those
 * want to take them over (ra_phihint), which saves a move at the back edge. */
static uint32_t ra_phiwanted(Lower *A, IRRef ref, int cls) {
  uint32_t m = 0;
  IRRef r;
  if (!A->loopref || ref <= A->loopref) return 0;
  for (r = A->nins - 1; r > A->loopref && LIR(A, r)->o == IR_PHI; r--) {
    IRIns *phi = LIR(A, r);
    if (irref_isk(phi->op1) || irref_isk(phi->op2) || phi->op2 <= ref) continue;
    if (ref_isfp(A, phi->op1) != cls || LRS(A, phi->op1)->reg == RA_NONE) continue;
    m |= 1u << LRS(A, phi->op1)->reg;
  }
  return m;
}

/* General registers the callee keeps: taken first by a value live across a call (it then
 * needs no save and restore around the call), last by the others. */
#define CALLEE_SAVED_GPR ((1u << X64_RBX) | (1u << X64_RBP) | (1u << X64_R12) | (1u << X64_R13))

/* The parent's IR value that its snapshot (the side trace's start) holds for slot s, or 0.
 * A slot the snapshot leaves out the parent did not write before the exit: when it loaded it
 * (no library call before, which could change it) and the value is live past every guard of
 * that snapshot, its register or spill slot holds it at the exit. */
static IRRef parent_ref(Lower *A, int s) {
  Trace *P = A->J->trace[A->T->parent];
  int sn = A->T->parentsnap;
  const SnapShot *ps = &P->snap[sn];
  IRRef r, past;
  uint32_t e;
  for (e = 0; e < ps->nent; e++) {
    SnapEntry en = P->snapmap[ps->mapofs + e];
    if (en.slot == s) return en.ref;
  }
  if (!P->iend || !(r = trace_parentload(P, sn, s)) || ir_issunk(trace_ir(P, r))) return 0;
  past = sn + 1 < P->nsnap ? P->snap[sn + 1].ref : P->nins;   /* after the snapshot's guards */
  return P->iend[r - P->kbot] >= (int32_t)past - 1 ? r : 0;
}

/* A side trace's inherited SLOADs (IRSLOAD_INHERIT: slots its parent's snapshot holds) take a
 * register from the trace's entry on, the parent's own when it is free, so that side_inherit
 * can move the values there at the entry instead of loading them from the stack. */
static void ra_inherit(Lower *A, IRRef active[2][16], int nactive[2]) {
  Trace *P;
  IRRef ref;
  if (!A->T->parent || !A->inh) return;
  P = A->J->trace[A->T->parent];
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    IRRef pr;
    int cls, k, reg = -1;
    uint32_t used = 0;
    if (ins->o != IR_SLOAD || !(ins->op2 & IRSLOAD_INHERIT) || ir_issunk(ins)) continue;
    if (!ref_hasvalue(A, ref) || A->iend[ref - A->kbot] <= (int32_t)ref) continue;
    pr = parent_ref(A, (int16_t)ins->op1);
    if (!pr || irref_isk(pr)) continue;
    cls = ref_isfp(A, ref);
    if (nactive[cls] >= 8) continue;   /* leave most registers to the trace itself */
    for (k = 0; k < nactive[cls]; k++) used |= 1u << LRS(A, active[cls][k])->reg;
    {
      RegSp *prs = &P->rs[pr - P->kbot];
      int pcls = irt_isfp(trace_ir(P, pr)->t);
      if (prs->reg != RA_NONE && pcls == cls && !(used & (1u << prs->reg))) {
        if (cls) reg = prs->reg < NXMM ? prs->reg : -1;
        else for (k = 0; k < NGPR; k++) if (gpr_alloc[k] == prs->reg) reg = prs->reg;
      }
    }
    if (reg < 0) {
      if (cls) { for (k = 0; k < NXMM; k++) if (!(used & (1u << k))) { reg = k; break; } }
      else { for (k = 0; k < NGPR; k++) if (!(used & (1u << gpr_alloc[k]))) { reg = gpr_alloc[k]; break; } }
    }
    if (reg < 0) continue;
    LRS(A, ref)->reg = (uint8_t)reg;
    LRS(A, ref)->spill = 0;
    active[cls][nactive[cls]++] = ref;
    A->inh[ref - A->kbot] = 1;
  }
}

static void ra_allocate(Lower *A) {
  IRRef ref;
  IRRef active[2][16];
  int nactive[2] = { 0, 0 };
  /* ncalls[i]: instructions that call into C among the first i (by position from REF_FIRST). */
  int32_t *ncalls = (int32_t *)calloc((size_t)(A->nins - REF_FIRST) + 2, sizeof(int32_t));
  if (ncalls == NULL) { lower_fail(A, "out of memory"); return; }
  for (ref = REF_FIRST; ref < A->nins; ref++)
    ncalls[ref - REF_FIRST + 1] = ncalls[ref - REF_FIRST] + ins_calls(A, ref);
  ra_inherit(A, active, nactive);
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    int cls, k, reg = -1, shared;
    uint32_t used = 0;
    RegSp *rs = LRS(A, ref);
    if (A->inh && A->inh[ref - A->kbot]) continue;   /* allocated from the entry on */
    rs->reg = RA_NONE;
    rs->spill = 0;
    if (!ref_hasvalue(A, ref) || A->iend[ref - A->kbot] <= (int32_t)ref) {
      /* No value, or a value nothing reads (still computed: a guard may need its flags). */
      if (ref_hasvalue(A, ref)) A->iend[ref - A->kbot] = (int32_t)ref;
      if (!ref_hasvalue(A, ref)) continue;
    }
    cls = ref_isfp(A, ref);
    /* Expire intervals that ended before this instruction. */
    for (k = 0; k < nactive[cls];) {
      IRRef r = active[cls][k];
      if (A->iend[r - A->kbot] < (int32_t)ref) active[cls][k] = active[cls][--nactive[cls]];
      else k++;
    }
    for (k = 0; k < nactive[cls]; k++) used |= 1u << LRS(A, active[cls][k])->reg;
    if ((reg = ra_phihint(A, ref, used, &shared)) >= 0) {
      /* Sharing with an operand whose interval ends here: it leaves the active set now. */
      if (shared)
        for (k = 0; k < nactive[cls]; k++)
          if (LRS(A, active[cls][k])->reg == reg) { active[cls][k] = active[cls][--nactive[cls]]; break; }
    } else if (cls) {
      /* A register that a later next value of a PHI will want (ra_phihint) last. */
      uint32_t avoid = ra_phiwanted(A, ref, cls);
      int pass;
      for (pass = 0; pass < 2 && reg < 0; pass++)
        for (k = 0; k < NXMM; k++)
          if (!(used & (1u << k)) && (pass || !(avoid & (1u << k)))) { reg = k; break; }
    } else {
      /* Live across a call: a call between ref and its last use (save_live's test). */
      int32_t last = A->iend[ref - A->kbot];
      uint32_t avoid = ra_phiwanted(A, ref, cls);
      int pass, across = last > (int32_t)ref + 1 &&
        ncalls[(last > (int32_t)A->nins ? (int32_t)A->nins : last) - (int32_t)REF_FIRST] >
        ncalls[ref - REF_FIRST + 1];
      for (pass = 0; pass < 4 && reg < 0; pass++)
        for (k = 0; k < NGPR; k++) {
          int callee = (CALLEE_SAVED_GPR >> gpr_alloc[k]) & 1;
          if (callee == (across ^ (pass & 1)) && !(used & (1u << gpr_alloc[k])) &&
              (pass >= 2 || !(avoid & (1u << gpr_alloc[k])))) {
            reg = gpr_alloc[k];
            break;
          }
        }
    }
    if (reg < 0) {
      /* Spill the interval that ends last: this one, or an active one whose register it takes. */
      int far = -1;
      int32_t farend = A->iend[ref - A->kbot];
      for (k = 0; k < nactive[cls]; k++) {
        IRRef r = active[cls][k];
        if (A->iend[r - A->kbot] > farend) { farend = A->iend[r - A->kbot]; far = k; }
      }
      if (A->nspill >= MAX_SPILL) {
        lower_fail(A, "too many spill slots");
        free(ncalls);
        return;
      }
      if (far < 0) {
        rs->spill = (uint16_t)(++A->nspill);
        continue;
      } else {
        RegSp *vs = LRS(A, active[cls][far]);
        reg = vs->reg;
        vs->reg = RA_NONE;
        vs->spill = (uint16_t)(++A->nspill);
        active[cls][far] = active[cls][--nactive[cls]];
      }
    }
    rs->reg = (uint8_t)reg;
    active[cls][nactive[cls]++] = ref;
  }
  free(ncalls);
}

/* --- operands --- */

static uint64_t k_bits(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  switch (ins->o) {
    case IR_KNUM: return ins->k.u64;
    case IR_KINT: return (uint64_t)(uint32_t)ins->k.i;
    default: return ins->k.u64;
  }
}

static X64Mem spillmem(int slot) { return x64_mem(X64_RSP, 8 * (slot - 1)); }

/* A general register holding ref's value (loaded into scratch if needed). A scratch register
 * that holds it already (sc_keeps) is not loaded again. */
static int gpr_of(Lower *A, IRRef ref, int scratch) {
  int ci = scratch == RID_TMP ? 0 : scratch == RID_TMP2 ? 1 : -1;
  if (!irref_isk(ref) && LRS(A, ref)->reg != RA_NONE) return LRS(A, ref)->reg;
  if (ci >= 0 && A->scon && A->sc[ci] == ref) return scratch;
  if (irref_isk(ref)) x64_mov_ri(&A->a, scratch, k_bits(A, ref));
  else x64_mov_rm(&A->a, 8, scratch, spillmem(LRS(A, ref)->spill));
  if (ci >= 0) A->sc[ci] = A->scon ? ref : 0;
  return scratch;
}

/* An object's register for an instruction that reads its fields: r11 when it holds it
 * already (sc_keeps), else gpr_of's (r10 if it has none). */
static int gpr_ofobj(Lower *A, IRRef ref) {
  return A->scon && A->sc[0] == ref ? RID_TMP : gpr_of(A, ref, RID_TMP2);
}

/* --- the scratch registers' cache --- */

/* A long trace reads a spilled table (or a constant metatable) at many instructions in a row:
 * each loaded it into a scratch register again. Between the instructions whose code writes
 * r10 and r11 only through gpr_of (which notes what it loads) and as the register of a value
 * computed there and spilled (sc_done), what the two registers hold is known, and gpr_of
 * reuses it (1). The loads and stores of table slots (2) use it for their address (aref_mem,
 * hslot_mem) and write the scratch registers after that (typecheck_untag, store_boxed): they
 * forget it when done. Any other instruction, the loop's head and the entry past a function
 * trace's guard (Trace.fnskip: a jump lands there) forget it. */
static int sc_keeps(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  switch ((IROp)ins->o) {
    case IR_FLOAD: case IR_AREF: case IR_HREFK: return 1;
    case IR_LT: case IR_GE: case IR_LE: case IR_GT: case IR_ULT: case IR_EQ: case IR_NE:
      return LIR(A, ins->op1)->t != IRT_NUM;   /* guard_int */
    case IR_ALOAD: case IR_HLOAD:   /* a number's load writes no general register */
      return ins->t == IRT_NUM ? 1 : 2;
    case IR_ASTORE: case IR_HSTORE:   /* nor does the store of a number that is not a constant */
      return LIR(A, ins->op2)->t == IRT_NUM && !irref_isk(ins->op2) ? 1 : 2;
    case IR_SLOAD: return 2;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV:   /* an operand loaded with them */
      return ins->t == IRT_NUM && load_fusedop(A, ins) ? 2 : 0;
    default: return 0;
  }
}

/* After an instruction sc_keeps (2: after forgetting what it wrote): its value, computed in
 * r11 (dest_gpr) when it has no register, is what r11 holds. Not a value loaded with its
 * reader (load_fused, its type checked here), nor one side_inherit moved. */
static void sc_done(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  IRType t = (IRType)ins->t;
  if (ins->o == IR_ASTORE || ins->o == IR_HSTORE || LRS(A, ref)->reg != RA_NONE ||
      !LRS(A, ref)->spill || t == IRT_NUM || irt_ispri(t) || !ref_hasvalue(A, ref))
    return;   /* (no spill slot: nothing reads it, and r11 may hold it boxed, load_eqfused) */
  if ((ins->o == IR_HREFK || ins->o == IR_AREF) && aref_fused(A, ref)) return;
  if ((ins->o == IR_ALOAD || ins->o == IR_HLOAD) && load_fused(A, ref)) return;
  if (ins->o == IR_SLOAD && A->inh && A->inh[ref - A->kbot] == 2) return;
  A->sc[0] = ref;
}

/* A number constant as a memory operand: its slot in the trace's constant pool. */
static int kpool_find(Lower *A, uint64_t bits) {
  int i;
  for (i = 0; i < A->nkpool; i++) if (A->kpool[i] == bits) return i;
  return -1;
}

static int xmm_of(Lower *A, IRRef ref, int scratch) {
  if (irref_isk(ref)) {
    uint64_t bits = k_bits(A, ref);
    int ki;
    if (bits == 0) {
      x64_sse_rrr(&A->a, X64_XORPD, scratch, scratch, scratch);
    } else if ((ki = kpool_find(A, bits)) >= 0) {
      x64_movsd_rm(&A->a, scratch, x64_mem_rip(&A->kpool[ki]));
    } else {
      x64_mov_ri(&A->a, RID_TMP, bits);
      A->sc[0] = 0;
      x64_movq_xr(&A->a, scratch, RID_TMP);
    }
    return scratch;
  }
  {
    RegSp *rs = LRS(A, ref);
    if (rs->reg != RA_NONE) return rs->reg;
    x64_movsd_rm(&A->a, scratch, spillmem(rs->spill));
    return scratch;
  }
}

/* The register to compute ref's result in: its own, or scratch (then dest_done stores it). */
static int dest_gpr(Lower *A, IRRef ref) {
  RegSp *rs = LRS(A, ref);
  return rs->reg != RA_NONE ? rs->reg : RID_TMP;
}
static int dest_xmm(Lower *A, IRRef ref) {
  RegSp *rs = LRS(A, ref);
  return rs->reg != RA_NONE ? rs->reg : XID_TMP;
}
static void dest_done(Lower *A, IRRef ref, int reg) {
  RegSp *rs = LRS(A, ref);
  if (rs->reg != RA_NONE || !rs->spill) return;
  if (ref_isfp(A, ref)) x64_movsd_mr(&A->a, spillmem(rs->spill), reg);
  else x64_mov_mr(&A->a, 8, spillmem(rs->spill), reg);
}

/* --- exits --- */

static void exit_jcc(Lower *A, X64Cond cc) {
  /* (cc -1: an unconditional jump; -2: no jump, only the snapshot's exit stub) */
  uint8_t *field = (int)cc == -2 ? NULL : (int)cc < 0 ? x64_jmp(&A->a) : x64_jcc(&A->a, cc);
  if (!field && (int)cc != -2) return;
  if (A->nfix == A->sizefix) {
    int n = A->sizefix ? 2 * A->sizefix : 64;
    void *p = realloc(A->fix, (size_t)n * sizeof *A->fix);
    if (!p) { lower_fail(A, "out of memory"); return; }
    A->fix = p;
    A->sizefix = n;
  }
  A->fix[A->nfix].field = field;
  A->fix[A->nfix].snap = A->cursnap;
  A->nfix++;
  if ((int)cc != -2) A->lastexit = (int)cc < 0 ? NULL : A->a.p;
}

/* The interrupt test: exit when any byte of the word is set. */
static void intr_test(Lower *A) {
  x64_alu_mi(&A->a, X64_CMP, 4, x64_mem(RID_J, (int32_t)offsetof(JitState, interrupt.word)), 0);
  exit_jcc(A, X64_CC_NE);
}

/* Does a rel32 field at p lie across a cache line (where a store to it is not atomic for the
 * instruction fetch of another thread)? */
static int field_straddles(const uint8_t *p) { return ((uintptr_t)p & 63) > 60; }

/* A jump to target whose rel32 field lies within one cache line (a NOP before it otherwise):
 * the field, or NULL when the area is full. */
static uint8_t *site_jmp(Lower *A, const uint8_t *target) {
  uint8_t *f;
  if (field_straddles(A->a.p + 1)) x64_nop(&A->a, 64 - (int)(((uintptr_t)A->a.p + 1) & 63));
  f = x64_jmp(&A->a);
  if (f) x64_patch_rel32(f, target);
  return f;
}

/* The jump at field (to normal) is the trace's interrupt site (Trace.intrfield): the exit stub
 * of the INTR snapshot is made, with no jump of its own to it (field NULL). */
static void intr_site(Lower *A, uint8_t *field, const uint8_t *normal) {
  int cs = A->cursnap;
  A->cursnap = A->intrsnap;
  exit_jcc(A, (X64Cond)-2);
  A->cursnap = cs;
  A->T->intrfield = (uint32_t)(field - A->a.start);
  A->T->intrloop = (uint32_t)(int32_t)(normal - A->a.start);
}

/* A loop's back edge: a jump to the loop's start. When the last thing emitted is a conditional
 * exit (the loop's own test, or the interrupt test), it becomes the back edge: `jcc exit; jmp
 * loop` turns into `j!cc loop; jmp exit`, one jump less in each iteration.
 * A loop with no call has no interrupt test (IR_INTR, intr_patchable): its back edge is the
 * place where the INTR snapshot holds (no PHI move comes between), and while the interrupt's
 * HOOK byte is set the back edge is pointed at that snapshot's exit instead (intr_sync,
 * trace.c). A signal handler or another thread sets it; nothing in the loop can. */
static void loop_backedge(Lower *A, const uint8_t *loop) {
  uint8_t *site;
  int turn = A->lastexit && A->lastexit == A->a.p && A->nfix > 0 &&
             A->fix[A->nfix - 1].field == A->a.p - 4;
  if (A->intrat && A->intrmoved) {
    /* After the moves: the jump back is the site. */
    if (turn) {
      lower_fail(A, "no moves at a back edge after moves");
      return;
    }
  } else if (A->intrat) {
    if (A->intrat != A->a.p) {
      lower_fail(A, "moves after a loop's interrupt point");
      return;
    }
    if (turn && field_straddles(A->fix[A->nfix - 1].field)) {
      int cs = A->cursnap;   /* the test after all, where its snapshot holds */
      A->cursnap = A->intrsnap;
      intr_test(A);
      A->cursnap = cs;
      A->intrat = NULL;
      turn = 1;
    }
  }
  if (turn) {
    uint8_t *field = A->fix[A->nfix - 1].field, *f2;
    f2 = x64_jmp(&A->a);
    if (!f2) return;   /* (the overflow fails the trace) */
    field[-1] ^= 1;    /* 0F 8x: the opposite condition */
    x64_patch_rel32(field, loop);
    A->fix[A->nfix - 1].field = f2;
    site = field;
  } else if (A->intrat) {
    if (!(site = site_jmp(A, loop))) return;
  } else {
    x64_jmp_to(&A->a, loop);
    return;
  }
  if (A->intrat) intr_site(A, site, loop);
}

static int loc_same(Lower *A, IRRef a, IRRef b);

/* A value without effects that nothing reads (DCE keeps what snapshots name, but a snapshot
 * no guard uses is never read: j - 1 kept for a slot the next instruction overwrites): not
 * computed at all. */
static int lower_unread(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  return !(ir_flags[ins->o] & (IRF_G | IRF_S | IRF_C)) && ins->o != IR_CARG &&
         ref_hasvalue(A, ref) && A->iend[ref - A->kbot] <= (int32_t)ref;
}

/* Does the back edge move the value PHI ins carries (lower_phis)? */
static int phi_moves(Lower *A, IRIns *ins) {
  return ins->o == IR_PHI && !irt_ispri(ins->t) && !loc_same(A, ins->op1, ins->op2);
}

/* The carried value whose location a back-edge move puts x into (x the next value of a PHI
 * that moves), or 0. */
static IRRef phi_carrier(Lower *A, IRRef x) {
  IRRef r;
  for (r = A->loopref; r < A->nins; r++)
    if (LIR(A, r)->op2 == x && phi_moves(A, LIR(A, r))) return LIR(A, r)->op1;
  return 0;
}

/* The INTR snapshot sn as it holds after the back edge's PHI moves (the next value of a PHI
 * whose value moves is read from the carried value's location, where the move put it): a new
 * snapshot of the trace (its exit never starts a side trace), or -1 when an entry's location
 * is overwritten by a move without being carried there (an old value), or names a sunk table. */
static int intr_postmove(Lower *A, int sn) {
  Trace *T = A->T;
  SnapShot *ns;
  SnapEntry *map;
  uint32_t e, nent = T->snap[sn].nent;
  IRRef r;
  void *p;
  for (r = A->loopref; r < A->nins; r++)
    if (phi_moves(A, LIR(A, r)) && irref_isk(LIR(A, r)->op1)) return -1;
  for (e = 0; e < nent; e++) {
    IRRef x = T->snapmap[T->snap[sn].mapofs + e].ref;
    if (irref_isk(x)) continue;
    if (trace_sunk(T, x)) return -1;
    if (phi_carrier(A, x)) continue;   /* read where its move puts it */
    for (r = A->loopref; r < A->nins; r++)
      if (phi_moves(A, LIR(A, r)) && loc_same(A, x, LIR(A, r)->op1)) return -1;   /* overwritten */
  }
  p = realloc(T->snap, (size_t)(T->nsnap + 2) * sizeof *T->snap);
  if (!p) return -1;
  T->snap = p;
  p = realloc(T->snapmap, (size_t)(T->nsnapmap + nent + 1) * sizeof *T->snapmap);
  if (!p) return -1;
  T->snapmap = p;
  ns = &T->snap[T->nsnap];
  *ns = T->snap[sn];
  ns->mapofs = (uint32_t)T->nsnapmap;
  ns->ref = A->nins;   /* covers no instruction (snap_at never picks it) */
  ns->count = 0;
  ns->tries = 0xffff;  /* an interrupt exit */
  ns->side = 0;
  map = &T->snapmap[T->nsnapmap];
  for (e = 0; e < nent; e++) {
    SnapEntry en = T->snapmap[T->snap[sn].mapofs + e];
    IRRef c = irref_isk(en.ref) ? 0 : phi_carrier(A, en.ref);
    if (c) en.ref = c;
    map[e] = en;
  }
  T->nsnapmap += (int)nent;
  return T->nsnap++;
}

/* Can the INTR at ref be left out (loop_backedge; a link's: lower_trace)? No call in the loop
 * (a library call may set the interrupt word: a collector step due, a flush), a snapshot that
 * holds at the jump (after the back edge's PHI moves: intr_postmove), and code that may be
 * patched as it runs. */
static int intr_patchable(Lower *A, IRRef ref) {
  IRRef r;
  if (!A->J->patchok || !JIT_OPT(A->J, patch)) return 0;
  if (!A->loopref) {
    /* The test before a link to another trace (rec_link): left out when the trace calls
     * nothing at all (a library call or an allocation may set the collector's byte, which
     * only such tests see), links without making frames and with no table to make (the jump
     * is then where the snapshot holds: its slots were only written to the stack). */
    Trace *T = A->T;
    const SnapShot *ls = &T->snap[T->nsnap - 1];
    uint32_t e;
    if (A->ncall || T->link <= 0 || ls->nframe || ref != A->nins - 1 ||
        A->cursnap != T->nsnap - 1)
      return 0;
    for (e = 0; e < ls->nent; e++)
      if (trace_sunk(T, T->snapmap[ls->mapofs + e].ref)) return 0;
    return 1;
  }
  if (ref < A->loopref || A->ncall != A->ncallloop) return 0;
  for (r = A->loopref; r < A->nins; r++) {
    if (phi_moves(A, LIR(A, r))) {
      /* The back edge moves values: its jump is the site if the snapshot can be read after
       * the moves. */
      int sn = intr_postmove(A, A->cursnap);
      if (sn < 0) return 0;
      A->intrmoved = 1;
      A->intrsnap = sn;
      return 1;
    }
  }
  return 1;
}

/* --- calls --- */

static void emit_call(Lower *A, const void *fn) {
  A->ncall++;
  if (!x64_call(&A->a, fn)) {
    x64_mov_ri(&A->a, RID_TMP, (uint64_t)(uintptr_t)fn);
    x64_call_r(&A->a, RID_TMP);
  }
}

/* A value from before the LOOP that the loop reads and no PHI carries: it keeps its register
 * (and the register's save slot) through the whole loop. */
static int loop_invariant(Lower *A, IRRef ref) {
  return A->loopref && ref < A->loopref && A->iend[ref - A->kbot] > (int32_t)A->loopref &&
         !A->phiof[ref - A->kbot];
}

/* Save (or restore) the caller-saved registers live across position pos, except `keep`. In a
 * loop that calls, the invariants were saved once before it (save_invariants): restored only. */
static void save_live(Lower *A, IRRef pos, int restore, IRRef except) {
  IRRef ref;
  for (ref = REF_FIRST; ref < A->nins; ref++) {
    RegSp *rs = LRS(A, ref);
    /* (an inherited SLOAD holds its register from the entry on: ra_inherit) */
    if (ref >= pos && !(A->inh && A->inh[ref - A->kbot])) continue;
    if (ref == except || rs->reg == RA_NONE || !ref_hasvalue(A, ref)) continue;
    if (A->iend[ref - A->kbot] <= (int32_t)pos) continue;
    if (!restore && A->loopsaved && pos > A->loopref && loop_invariant(A, ref)) continue;
    if (ref_isfp(A, ref)) {
      X64Mem m = x64_mem(X64_RSP, SAVE_OFS + 128 + 8 * rs->reg);
      if (restore) x64_movsd_rm(&A->a, rs->reg, m);
      else x64_movsd_mr(&A->a, m, rs->reg);
    } else if (CALLER_SAVED_GPR & (1u << rs->reg)) {
      X64Mem m = x64_mem(X64_RSP, SAVE_OFS + 8 * rs->reg);
      if (restore) x64_mov_rm(&A->a, 8, rs->reg, m);
      else x64_mov_mr(&A->a, 8, m, rs->reg);
    }
  }
}

/* Before the LOOP of a loop that calls C: each invariant in a register the call clobbers goes
 * to that register's save slot once, where no other value goes during the loop (the
 * invariant holds the register throughout); the calls in the loop then only restore it. */
static void save_invariants(Lower *A) {
  IRRef ref;
  int calls = 0;
  for (ref = A->loopref; ref < A->nins && !calls; ref++) calls = ins_calls(A, ref);
  if (!calls) return;
  for (ref = REF_FIRST; ref < A->loopref; ref++) {
    RegSp *rs = LRS(A, ref);
    if (rs->reg == RA_NONE || !ref_hasvalue(A, ref) || ir_issunk(LIR(A, ref)) ||
        !loop_invariant(A, ref))
      continue;
    if (ref_isfp(A, ref))
      x64_movsd_mr(&A->a, x64_mem(X64_RSP, SAVE_OFS + 128 + 8 * rs->reg), rs->reg);
    else if (CALLER_SAVED_GPR & (1u << rs->reg))
      x64_mov_mr(&A->a, 8, x64_mem(X64_RSP, SAVE_OFS + 8 * rs->reg), rs->reg);
  }
  A->loopsaved = 1;
}

/* fn(J, a) or fn(J, a, b) (b < 0: none) for an instruction with no result, a and b the
 * registers holding the arguments (b not rsi, neither rdi), with the live caller-saved
 * registers saved around the call. */
static void call_j(Lower *A, IRRef ref, const void *fn, int a, int b) {
  X64Asm *as = &A->a;
  save_live(A, ref, 0, 0);
  x64_mov_rr(as, 8, X64_RSI, a);
  if (b >= 0) x64_mov_rr(as, 8, X64_RDX, b);
  x64_mov_rr(as, 8, X64_RDI, RID_J);
  emit_call(A, fn);
  save_live(A, ref, 1, 0);
}

/* --- typed loads and stores of NaN-boxed values --- */

static uint32_t irt_itype(IRType t) {
  switch (t) {
    case IRT_NIL: return ITYPE_NIL;
    case IRT_FALSE: return ITYPE_FALSE;
    case IRT_TRUE: return ITYPE_TRUE;
    case IRT_LUD: return ITYPE_LIGHTUD;
    case IRT_STR: return ITYPE_STR;
    case IRT_THREAD: return ITYPE_THREAD;
    case IRT_FUNC: return ITYPE_FUNC;
    case IRT_TAB: return ITYPE_TAB;
    case IRT_UDATA: return ITYPE_UDATA;
    case IRT_PROTO: return ITYPE_PROTO;
    default: return ITYPE_UPVAL;
  }
}

/* Register r holds a boxed value of type t: the guard of its type (with check), then the
 * payload alone. Uses RID_TMP2. */
static void typecheck_untag(Lower *A, int r, IRType t, int check) {
  X64Asm *as = &A->a;
  if (check) {
    x64_mov_rr(as, 8, RID_TMP2, r);
    x64_shift_ri(as, X64_SHR, 8, RID_TMP2, VAL_SHIFT);
    x64_alu_ri(as, X64_CMP, 4, RID_TMP2, (int32_t)irt_itype(t));
    exit_jcc(A, X64_CC_NE);
  }
  x64_shift_ri(as, X64_SHL, 8, r, 64 - VAL_SHIFT);
  x64_shift_ri(as, X64_SHR, 8, r, 64 - VAL_SHIFT);
}

/* A typed load whose next instruction guards it equal to a constant (a method or function
 * fetched from a table or an upvalue and called: HLOAD fun, EQ fun:K): one compare of the
 * boxed word with the boxed constant. Where it differs, the type guard and then the EQ's exit
 * (its snapshot, the value untagged in its register) as the two instructions would take them.
 * Only when the value's register is where it lives (no spill store after the load). */
static int load_eqfused(Lower *A, IRRef ref, X64Mem m) {
  X64Asm *as = &A->a;
  IRIns *ins = LIR(A, ref), *eq;
  RegSp *rs = LRS(A, ref);
  IRType t = (IRType)ins->t;
  uint8_t *jok;
  int r, saved;
  if (ref + 1 >= A->nins) return 0;
  eq = LIR(A, ref + 1);
  if (eq->o != IR_EQ || eq->op1 != ref || !irref_isk(eq->op2) || LIR(A, eq->op2)->o != IR_KGC ||
      LIR(A, eq->op2)->t != t || ir_issunk(eq) || !irt_isgc(t) || (rs->reg == RA_NONE && rs->spill))
    return 0;
  r = dest_gpr(A, ref);
  x64_mov_rm(as, 8, r, m);
  x64_mov_ri(as, RID_TMP2, val_mktag(irt_itype(t)) | k_bits(A, eq->op2));
  x64_alu_rr(as, X64_CMP, 8, r, RID_TMP2);
  jok = x64_jcc(as, X64_CC_E);
  /* It differs: the load's type guard (its snapshot), then the EQ's exit. */
  typecheck_untag(A, r, t, 1);
  saved = A->cursnap;
  A->cursnap = snap_at(A->T, saved, ref + 1);
  exit_jcc(A, (X64Cond)-1);
  A->cursnap = saved;
  /* Equal: the register holds the constant, untagged. */
  if (jok) x64_patch_rel32(jok, as->p);
  if (rs->reg != RA_NONE && A->iend[ref - A->kbot] > (int32_t)(ref + 1))
    x64_mov_ri(as, r, k_bits(A, eq->op2));
  A->eqdone = ref + 1;
  return 1;
}

/* The guard that the Value at m is a number: its top 16 bits below the tags'. */
static void typecheck_num(Lower *A, X64Mem m) {
  m.disp += 6;
  x64_alu_mi(&A->a, X64_CMP, 2, m, (int32_t)(int16_t)(ITYPE_MIN_TAG >> 1));
  exit_jcc(A, X64_CC_AE);
}

/* Load the Value at m as `ref` of type t, guarding the type. */
static void load_typed(Lower *A, IRRef ref, X64Mem m, int check) {
  IRIns *ins = LIR(A, ref);
  IRType t = (IRType)ins->t;
  X64Asm *as = &A->a;
  if (t == IRT_NUM) {
    int x = dest_xmm(A, ref);
    if (check) typecheck_num(A, m);
    x64_movsd_rm(as, x, m);
    dest_done(A, ref, x);
  } else if (irt_ispri(t)) {
    if (check) {
      /* nil, false and true are single words (value.h): compare the whole word, or for
       * false and true its upper half (no other value has their upper halves: their payload
       * is 0, and no double in the VM is such a NaN) */
      if (t == IRT_NIL) {
        x64_alu_mi(as, X64_CMP, 8, m, -1);   /* VAL_NIL: all ones, the sign-extended -1 */
      } else {
        X64Mem hi = m;
        hi.disp += 4;
        x64_alu_mi(as, X64_CMP, 4, hi, (int32_t)(uint32_t)((t == IRT_FALSE ? VAL_FALSE : VAL_TRUE) >> 32));
      }
      exit_jcc(A, X64_CC_NE);
    }
  } else if (check && load_eqfused(A, ref, m)) {
    /* done */
  } else {
    int r = dest_gpr(A, ref);
    x64_mov_rm(as, 8, r, m);
    typecheck_untag(A, r, t, check);
    dest_done(A, ref, r);
  }
}

/* Store val's value, boxed, at m. Uses RID_TMP only (m's base must not be RID_TMP). */
static void store_boxed(Lower *A, X64Mem m, IRRef val) {
  IRIns *ins = LIR(A, val);
  IRType t = (IRType)ins->t;
  X64Asm *as = &A->a;
  if (t == IRT_NUM) {
    if (irref_isk(val) && (int64_t)k_bits(A, val) == (int64_t)(int32_t)k_bits(A, val)) {
      x64_mov_mi(as, 8, m, (int32_t)k_bits(A, val));   /* +0 and a few denormals */
    } else if (irref_isk(val)) {
      x64_mov_ri(as, RID_TMP, k_bits(A, val));
      x64_mov_mr(as, 8, m, RID_TMP);
    } else {
      x64_movsd_mr(as, m, xmm_of(A, val, XID_TMP));
    }
  } else if (irt_ispri(t)) {
    x64_mov_ri(as, RID_TMP, val_mktag(irt_itype(t)) | (t == IRT_NIL ? VAL_PAYLOAD : 0));
    x64_mov_mr(as, 8, m, RID_TMP);
  } else if (irt_isgc(t) || t == IRT_LUD) {
    Value tag = val_mktag(irt_itype(t));
    if (irref_isk(val)) {
      x64_mov_ri(as, RID_TMP, tag | k_bits(A, val));
    } else {
      RegSp *rs = LRS(A, val);
      x64_mov_ri(as, RID_TMP, tag);
      if (rs->reg != RA_NONE) x64_alu_rr(as, X64_OR, 8, RID_TMP, rs->reg);
      else x64_alu_rm(as, X64_OR, 8, RID_TMP, spillmem(rs->spill));
    }
    x64_mov_mr(as, 8, m, RID_TMP);
  } else {
    lower_fail(A, "store of an unboxed machine value");
  }
}

/* The boxed value of ref in *v when it needs no register: a constant, or a value of a type
 * that has one value (nil, false, true); else 0. */
static int flush_kvalue(Trace *T, IRRef ref, uint64_t *v) {
  IRIns *ins = trace_ir(T, ref);
  IRType t = (IRType)ins->t;
  if (irt_ispri(t)) {
    *v = val_mktag(irt_itype(t)) | (t == IRT_NIL ? VAL_PAYLOAD : 0);
  } else if (!irref_isk(ref)) {
    return 0;
  } else if (t == IRT_NUM || t == IRT_INT) {
    union { double d; uint64_t u; } n;
    n.d = ins->o == IR_KINT ? (double)ins->k.i : ins->k.n;
    *v = n.u;
  } else {
    *v = val_mktag(irt_itype(t)) | ins->k.u64;
  }
  return 1;
}

/* Store the value of trace T's ref, boxed, at m, from where T's allocation keeps it (register,
 * spill slot or constant): the link of a side trace writes its slots back so, and a side trace
 * starts by writing back its parent's snapshot. Uses RID_TMP and XID_TMP only. */
static void flush_value(X64Asm *as, Trace *T, IRRef ref, X64Mem m) {
  IRIns *ins = trace_ir(T, ref);
  IRType t;
  RegSp *rs;
  uint64_t k;
  if (ir_issunk(ins)) {   /* opt_sink leaves no sunk table in a snapshot written back so */
    as->overflow = 1;
    return;
  }
  if (flush_kvalue(T, ref, &k)) {
    x64_mov_ri(as, RID_TMP, k);
    x64_mov_mr(as, 8, m, RID_TMP);
    return;
  }
  t = (IRType)ins->t;
  rs = &T->rs[ref - T->kbot];
  if (t == IRT_NUM) {
    if (rs->reg != RA_NONE) {
      x64_movsd_mr(as, m, rs->reg);
    } else {
      x64_mov_rm(as, 8, RID_TMP, spillmem(rs->spill));
      x64_mov_mr(as, 8, m, RID_TMP);
    }
  } else if (t == IRT_INT) {
    int r = rs->reg;
    if (r == RA_NONE) {
      x64_mov_rm(as, 4, RID_TMP, spillmem(rs->spill));
      r = RID_TMP;
    }
    x64_cvtsi2sd(as, 4, XID_TMP, r);
    x64_movsd_mr(as, m, XID_TMP);
  } else {
    x64_mov_ri(as, RID_TMP, val_mktag(irt_itype(t)));
    if (rs->reg != RA_NONE) x64_alu_rr(as, X64_OR, 8, RID_TMP, rs->reg);
    else x64_alu_rm(as, X64_OR, 8, RID_TMP, spillmem(rs->spill));
    x64_mov_mr(as, 8, m, RID_TMP);
  }
}

/* Writes snapshot sn's slots to the stack, but for sunk tables (see side_unsink); returns
 * how many of those it left. A constant stored again right after (a recursive call's function
 * in each frame) reuses the scratch register that holds it. */
static int flush_snap(X64Asm *as, Trace *T, const SnapShot *sn) {
  uint32_t e;
  int nsunk = 0, have = 0;
  uint64_t last = 0, v;
  for (e = 0; e < sn->nent; e++) {
    SnapEntry en = T->snapmap[sn->mapofs + e];
    if (trace_sunk(T, en.ref)) {
      nsunk++;
    } else if (flush_kvalue(T, en.ref, &v)) {
      if (!have || v != last) x64_mov_ri(as, RID_TMP, v);
      x64_mov_mr(as, 8, x64_mem(RID_BASE, 8 * en.slot), RID_TMP);
      have = 1;
      last = v;
    } else {
      IRIns *ins = trace_ir(T, en.ref);
      flush_value(as, T, en.ref, x64_mem(RID_BASE, 8 * en.slot));
      /* A number in a register is stored without the scratch register; others may use it. */
      if (!((ins->t == IRT_NUM || ins->t == IRT_INT) && T->rs[en.ref - T->kbot].reg != RA_NONE))
        have = 0;
    }
  }
  return nsunk;
}

/* A side trace whose parent's snapshot holds tables the parent never made (allocation
 * sinking): after the other slots, every register is saved as the exit handler saves them
 * (the values stored into those tables are in the parent's registers and spill slots) and
 * jit_side_unsink makes the tables, as an exit would. */
static void side_unsink(X64Asm *as, JitState *J, Trace *P, int sn) {
  extern void jit_side_unsink(JitState *J, ExitState *ex, int traceno, int snapno);
  int r;
  (void)J;
  x64_alu_ri(as, X64_SUB, 8, X64_RSP, (int32_t)sizeof(ExitState));
  for (r = 0; r < 16; r++)
    if (r != X64_RSP) x64_mov_mr(as, 8, x64_mem(X64_RSP, 8 * r), r);
  for (r = 0; r < 16; r++) x64_movsd_mr(as, x64_mem(X64_RSP, 128 + 8 * r), r);
  x64_mov_rr(as, 8, X64_RDI, RID_J);
  x64_mov_rr(as, 8, X64_RSI, X64_RSP);
  x64_mov_ri(as, X64_RDX, (uint64_t)P->no);
  x64_mov_ri(as, X64_RCX, (uint64_t)sn);
  x64_mov_ri(as, X64_RAX, (uint64_t)(uintptr_t)jit_side_unsink);
  x64_call_r(as, X64_RAX);
  x64_alu_ri(as, X64_ADD, 8, X64_RSP, (int32_t)sizeof(ExitState));
}

/* A side trace's entry, after its parent's snapshot went to the stack: the inherited SLOADs
 * that got a register take their values from the parent's registers and spill slots (where
 * the parent's exit left them), as one parallel move. A move whose destination another move
 * still reads is made once that one is; what remains (a cycle) and every SLOAD not moved so
 * loads from the stack where it is. */
static void side_inherit(Lower *A) {
  X64Asm *as = &A->a;
  Trace *P = A->J->trace[A->T->parent];
  struct { IRRef ref, pr; int dcls, dreg, scls, sreg; } mv[32];
  int n = 0, k, j, progress;
  IRRef ref;
  for (ref = REF_FIRST; ref < A->nins && n < 32; ref++) {
    IRIns *ins = LIR(A, ref);
    IRRef pr;
    IRType tt, pt;
    RegSp *rs = LRS(A, ref), *prs;
    if (A->inh[ref - A->kbot] != 1 || rs->reg == RA_NONE) continue;
    pr = parent_ref(A, (int16_t)ins->op1);
    if (!pr || irref_isk(pr) || ir_issunk(trace_ir(P, pr))) continue;
    tt = (IRType)ins->t;
    pt = (IRType)trace_ir(P, pr)->t;
    if (!(tt == pt || (tt == IRT_NUM && pt == IRT_INT))) continue;
    if (!(tt == IRT_NUM || tt == IRT_INT || irt_isgc(tt))) continue;
    prs = &P->rs[pr - P->kbot];
    mv[n].ref = ref;
    mv[n].pr = pr;
    mv[n].dcls = irt_isfp(tt);
    mv[n].dreg = rs->reg;
    mv[n].scls = irt_isfp(pt);
    mv[n].sreg = prs->reg == RA_NONE ? -1 : prs->reg;
    if (prs->reg == RA_NONE && !prs->spill) continue;   /* nowhere: leave it to the SLOAD */
    n++;
  }
  do {
    progress = 0;
    for (k = 0; k < n; k++) {
      int blocked = 0;
      if (!mv[k].ref) continue;
      if (!(mv[k].dcls == mv[k].scls && mv[k].dreg == mv[k].sreg))
        for (j = 0; j < n; j++)
          if (j != k && mv[j].ref && mv[j].sreg == mv[k].dreg && mv[j].scls == mv[k].dcls) blocked = 1;
      if (blocked) continue;
      {
        RegSp *prs = &P->rs[mv[k].pr - P->kbot];
        int d = mv[k].dreg, s = mv[k].sreg;
        if (mv[k].dcls && !mv[k].scls) {          /* an int to a double */
          if (s < 0) { x64_mov_rm(as, 4, RID_TMP, spillmem(prs->spill)); s = RID_TMP; }
          x64_cvtsi2sd(as, 4, d, s);
        } else if (mv[k].dcls) {
          if (s < 0) x64_movsd_rm(as, d, spillmem(prs->spill));
          else if (s != d) x64_movsd_rr(as, d, s);
        } else {
          int w = LIR(A, mv[k].ref)->t == IRT_INT ? 4 : 8;
          if (s < 0) x64_mov_rm(as, w, d, spillmem(prs->spill));
          else if (s != d) x64_mov_rr(as, w, d, s);
        }
      }
      A->inh[mv[k].ref - A->kbot] = 2;
      mv[k].ref = 0;
      progress = 1;
    }
  } while (progress);
}

/* --- comparisons --- */

static void guard_int(Lower *A, IROp o, IRRef a, IRRef b, int w) {
  X64Asm *as = &A->a;
  int ra = gpr_of(A, a, RID_TMP);
  X64Cond exitcc;
  if (irref_isk(b) && LIR(A, b)->o == IR_KINT) {
    x64_alu_ri(as, X64_CMP, w, ra, LIR(A, b)->k.i);
  } else if (irref_isk(b) && LIR(A, b)->o == IR_KPTR && LIR(A, b)->k.ptr == NULL) {
    x64_test_rr(as, w, ra, ra);
  } else if (!irref_isk(b) && LRS(A, b)->reg == RA_NONE) {
    x64_alu_rm(as, X64_CMP, w, ra, spillmem(LRS(A, b)->spill));   /* cmp ra, [spill] */
  } else {
    int rb = gpr_of(A, b, RID_TMP2);
    x64_alu_rr(as, X64_CMP, w, ra, rb);
  }
  switch (o) {
    case IR_LT: exitcc = X64_CC_GE; break;
    case IR_GE: exitcc = X64_CC_L; break;
    case IR_LE: exitcc = X64_CC_G; break;
    case IR_GT: exitcc = X64_CC_LE; break;
    case IR_ULT: exitcc = X64_CC_AE; break;
    case IR_EQ: exitcc = X64_CC_NE; break;
    default: exitcc = X64_CC_E; break;
  }
  exit_jcc(A, exitcc);
}

/* The constant pool slot of number constant ref (not +0, which is made by a xorpd), or -1. */
static int kpool_of(Lower *A, IRRef ref) {
  return irref_isk(ref) && k_bits(A, ref) != 0 ? kpool_find(A, k_bits(A, ref)) : -1;
}

static void guard_num(Lower *A, IROp o, IRRef a, IRRef b) {
  X64Asm *as = &A->a;
  int ka = kpool_of(A, a), kb = kpool_of(A, b);
  /* An ordering compares b with a (ucomisd b, a), so that an unordered result exits; an
   * (in)equality a with b. ucomisd's second operand may be memory: a constant there is read
   * from the pool. */
  if (o == IR_EQ || o == IR_NE) {
    if (kb < 0 && ka >= 0) {   /* the constant second */
      IRRef t = a; a = b; b = t;
      kb = ka;
    }
    int xa = xmm_of(A, a, XID_TMP);
    if (kb >= 0) x64_ucomisd_rm(as, xa, x64_mem_rip(&A->kpool[kb]));
    else x64_ucomisd_rr(as, xa, xmm_of(A, b, XID_TMP2));
  } else if (ka >= 0) {
    x64_ucomisd_rm(as, xmm_of(A, b, XID_TMP2), x64_mem_rip(&A->kpool[ka]));
  } else {
    int xa = xmm_of(A, a, XID_TMP), xb = xmm_of(A, b, XID_TMP2);
    x64_ucomisd_rr(as, xb, xa);
  }
  switch (o) {
    case IR_LT: exit_jcc(A, X64_CC_BE); break;   /* b > a */
    case IR_GE: exit_jcc(A, X64_CC_A); break;
    case IR_LE: exit_jcc(A, X64_CC_B); break;    /* b >= a */
    case IR_GT: exit_jcc(A, X64_CC_AE); break;
    case IR_EQ: exit_jcc(A, X64_CC_NE); exit_jcc(A, X64_CC_P); break;
    default: {  /* NE: exit when ordered and equal */
      uint8_t *skip = x64_jcc(as, X64_CC_P);
      exit_jcc(A, X64_CC_E);
      if (skip) x64_patch_rel32(skip, as->p);
      break;
    }
  }
}

/* --- floating point --- */

static void fp_binop(Lower *A, X64SseOp op, int d, int x1, int x2, int commutative) {
  X64Asm *as = &A->a;
  if (!as->vex && d == x2 && d != x1) {
    if (commutative) {
      x64_sse_rrr(as, op, d, x2, x1);
      return;
    }
    x64_movsd_rr(as, XID_TMP2, x2);
    x2 = XID_TMP2;
  }
  x64_sse_rrr(as, op, d, x1, x2);
}

static const void *const fpm_fn[IRFPM__MAX] = {
  (const void *)floor, (const void *)ceil, (const void *)sqrt, (const void *)fabs,
  (const void *)sin, (const void *)cos, (const void *)tan, (const void *)exp,
  (const void *)log, (const void *)log10
};

static void call_fp(Lower *A, IRRef ref, const void *fn, IRRef a, IRRef b) {
  X64Asm *as = &A->a;
  int d;
  save_live(A, ref, 0, ref);
  /* Arguments into xmm0/xmm1 (through scratch: an argument may sit in the other's register). */
  x64_movsd_rr(as, XID_TMP, xmm_of(A, a, XID_TMP));
  if (b) x64_movsd_rr(as, XID_TMP2, xmm_of(A, b, XID_TMP2));
  x64_movsd_rr(as, 0, XID_TMP);
  if (b) x64_movsd_rr(as, 1, XID_TMP2);
  emit_call(A, fn);
  x64_movsd_rr(as, XID_TMP, 0);
  save_live(A, ref, 1, ref);
  d = dest_xmm(A, ref);
  x64_movsd_rr(as, d, XID_TMP);
  dest_done(A, ref, d);
}

/* Helpers called from traces. */
static size_t jit_tablen(Table *t) { return tab_len(t); }
static const Value *jit_tabgetnum(Table *t, double d) { return tab_getnum(t, d); }
/* TNEW: a table made without a collection (live values are in registers, not on the Lua
 * stack): the emergency collection of a failed allocation is off, and a failure returns NULL
 * (the trace exits; the interpreter allocates again, with everything). Past the threshold the
 * trace flags the step for jit_enter to take. */
typedef struct TNewArgs { Table *t; int b, c; } TNewArgs;
static void tnew_protected(lua_State *L, void *ud) {
  TNewArgs *a = (TNewArgs *)ud;
  a->t = tab_new(L, a->b, a->c);
}
/* f(L, ud) for a helper that allocates: no emergency collection, an error caught (0 returned,
 * else 1), the pending GC step flagged for jit_enter. */
static int jit_alloccall(JitState *J, void (*f)(lua_State *L, void *ud), void *ud) {
  lua_State *L = J->L;
  global_State *g = G(L);
  uint8_t stopem = g->gcstopem;
  int st;
  g->gcstopem = 1;
  st = err_rawrunprotected(L, f, ud);
  g->gcstopem = stopem;
  if (st != 0) return 0;
  if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
  return 1;
}
/* coroutine.resume(co, ...) at func (nargs values above it, co first) in its usual case, co
 * suspended in a yield called from Lua (do_resumeyield): no C frame for resume, and the values
 * and results moved between the stacks directly, the results (true and co's values, or false
 * and the error) left at func as the call's, nres of them (all: nres < 0, L->top after them).
 * 0 when not that case, with nothing done. */
static int jit_coresume(lua_State *L, Value *func, int nargs, int nres) {
  lua_State *co;
  int status, n, r, k;
  Value *from;
  if (nargs < 1 || !val_isthread(func[1])) return 0;
  co = val_thread(func[1]);
  status = do_resumeyield(L, co, nargs - 1);   /* the values from L->top, taken off */
  if (status < 0) return 0;
  if (status != 0 && status != LUA_YIELD) {
    n = 1;   /* the error value */
    r = 2;
  } else {
    n = (int)(co->top - co->base);
    r = n + 1;
  }
  if (L->stack_last - func <= r + LUA_MINSTACK) {
    ptrdiff_t f = savestack(L, func), citop = savestack(L, L->ci->top);
    L->top = func + 2;
    if (!lua_checkstack(L, r + LUA_MINSTACK)) err_runerror(L, "too many results to resume");
    func = restorestack(L, f);
    L->ci->top = restorestack(L, citop);   /* the Lua frame's own top, not raised for them */
  }
  from = co->top - n;
  func[0] = (status != 0 && status != LUA_YIELD) ? VAL_FALSE : VAL_TRUE;
  for (k = 0; k < n; k++) func[1 + k] = from[k];   /* usually one or two: no memcpy call */
  co->top = from;
  if (nres < 0) {
    L->top = func + r;
  } else {
    for (; r < nres; r++) func[r] = VAL_NIL;
  }
  return 1;
}

/* A C function called as do_precall calls it, without its generic checks: no hook, room on
 * the stack and in the frame array (as the interpreter's CALL calls one; coroutine.resume in
 * its usual case without a frame, jit_coresume); 0 when not so. */
static inline int jit_callcfast(lua_State *L, Value *func, int nargs, int nres) {
  CFunc *cf;
  int n;
  if (!val_isfunc(*func) || !(cf = &val_func(*func)->c)->isC || L->hookmask != 0) return 0;
  if (cf->f == lib_coresume && jit_coresume(L, func, nargs, nres)) return 1;
  if (L->ci == L->end_ci ||
      (char *)L->stack_last - (char *)L->top <= (ptrdiff_t)(LUA_MINSTACK * sizeof(Value)))
    return 0;
  do_cframe(L, func, nres);
  n = (*cf->f)(L);
  if (L->hookmask) do_poscall(L, L->top - n);   /* it set a hook: the general return */
  else do_cpos(L, L->top - n, n, nres);
  return 1;
}

/* CALLC: the library function in slot A (its arguments above it, every slot written back)
 * called as the interpreter's CALL would. The stack is the interpreter's at that CALL, so an
 * error the function raises unwinds through the trace as from the interpreter, and a step of
 * the collector it takes finds every value the trace holds in a register also in a slot or
 * reachable from one (nothing read from memory before the call is used after it). Finalizers
 * may run then: J->ncallc keeps jit.flush from handing this trace's code to new traces (see
 * trace_flushall; an error leaves it counted, which only delays that once). Returns the base,
 * which moves when the stack does. */
static Value *jit_callc(JitState *J, Value *base, uint64_t pk, int32_t nres, const SnapFrame *fr,
                        int32_t nfr) {
  lua_State *L = J->L;
  int a = (int)((pk >> 48) & 0xff), nargs = (int)(pk >> 56);
  /* From an inlined frame: the frames are made first (as an exit makes them), so that the
   * function's errors and the stack it sees are the interpreter's, and taken down after. */
  Value *fb = nfr ? jit_pushframes(J, fr, nfr, base) : base;
  L->ci->savedpc = (const Instr *)(uintptr_t)(pk & (((uint64_t)1 << 48) - 1));
  L->top = fb + a + 1 + nargs;
  J->ncallc++;
  G(L)->vmstate = PROF_VM_C;   /* for the profiler (prof.h) */
  if (!jit_callcfast(L, fb + a, nargs, nres)) do_precall(L, fb + a, nres, 0, 0);
  G(L)->vmstate = PROF_VM_TRACE;
  J->ncallc--;
  J->L = L;
  if (G(L)->totalbytes >= G(L)->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
  if (nfr) {
    Value *top = L->top;
    L->ci -= nfr;
    L->base = L->ci->base;
    L->top = top;
  }
  if (nres >= 0) L->top = L->ci->top;   /* else it ends the results */
  return L->base;
}

/* A position of string.sub as lua_tointeger converts it (NaN is 0; out of range, saturated);
 * one test in the usual case. */
static inline ptrdiff_t strsub_pos(double d) {
  if (d > -9223372036854775808.0 && d < 9223372036854775807.0) return (ptrdiff_t)d;
  return d != d ? 0 : d > 0 ? PTRDIFF_MAX : PTRDIFF_MIN;
}

/* The substring from i to j (1 <= i <= j <= len), made without an error handler; NULL when
 * memory is short. */
static Str *strsub_make(JitState *J, const Str *s, ptrdiff_t i, ptrdiff_t j) {
  Str *r = str_newtry(J->L, s->data + i - 1, (size_t)(j - i + 1));
  if (r) {
    global_State *g = J->g;
    if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
  }
  return r;
}
/* STRSUB: string.sub as the library computes it (lua_tointeger of the positions), the string
 * made without an error handler; NULL when memory is short (the trace exits). */
static Str *strsub_range(JitState *J, Str *s, ptrdiff_t i, ptrdiff_t j) {
  ptrdiff_t len = (ptrdiff_t)s->len;
  if (i < 0) i += len + 1;
  if (i < 1) i = 1;
  if (j < 0) j += len + 1;
  if (j < 0) j = 0;
  if (j > len) j = len;
  if (i > j) return str_newtry(J->L, "", 0);
  if (i == 1 && j == len) return s;
  return strsub_make(J, s, i, j);
}
static Str *jit_strsub(JitState *J, Str *s, double di, double dj) {
  return strsub_range(J, s, strsub_pos(di), strsub_pos(dj));
}
/* The positions as int32s, i in the low half of ij and j in the high one. Positions within
 * the string (a loop's substrings) go straight to the string table. */
static Str *jit_strsubi(JitState *J, Str *s, uint64_t ij) {
  ptrdiff_t i = (int32_t)(uint32_t)ij, j = (int32_t)(uint32_t)(ij >> 32);
  if (i >= 1 && i <= j && (size_t)j < s->len) return strsub_make(J, s, i, j);
  return strsub_range(J, s, i, j);
}

/* TRESIZEA: room in the array part for SETLIST's keys up to last (tab_resizearray), without a
 * collection; 0 when out of memory (the trace exits, the interpreter does it again). */
typedef struct ResizeArgs { Table *t; int last; } ResizeArgs;
static void resize_protected(lua_State *L, void *ud) {
  ResizeArgs *a = (ResizeArgs *)ud;
  tab_resizearray(L, a->t, a->last);
}
static uintptr_t jit_tabresizea(JitState *J, Table *t, int32_t last) {
  ResizeArgs args;
  args.t = t;
  args.last = last;
  return (uintptr_t)jit_alloccall(J, resize_protected, &args);
}

/* TOSTR: a number's string as the interpreter makes it, without an error (NULL: the trace
 * exits). TONUMS: a string's number as tonumber converts it, or JIT_NOTNUM (the trace exits). */
static Str *jit_tostr(JitState *J, double n) {
  char buf[NUM_MAXSTR];
  int len = num_tostr(buf, n);
  Str *r = str_newtry(J->L, buf, (size_t)len);
  if (r) {
    global_State *g = G(J->L);
    if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
  }
  return r;
}
#define JIT_NOTNUM UINT64_C(0x7ff4a5a5a5a5a5a5)   /* a signalling NaN: strtod makes none */
static uint64_t jit_tonums(Str *s) {
  double d;
  uint64_t u;
  if (!num_str2d(str_data(s), &d)) return JIT_NOTNUM;
  memcpy(&u, &d, sizeof u);
  return u;
}

/* FNEW: a closure as CLOSURE makes it (upvalues open on the stack slots of the frame whose base
 * is `base`: the trace keeps those slots' values, which every exit and library call writes
 * back), without a collection; NULL when out of memory (the trace exits). */
typedef struct FNewArgs { LFunc *parent; Proto *p; Value *base; Closure *c; } FNewArgs;
static void fnew_protected(lua_State *L, void *ud) {
  FNewArgs *a = (FNewArgs *)ud;
  a->c = func_newclosure(L, a->parent, a->p, a->base);
}
static Closure *jit_fnew(JitState *J, Value *base, LFunc *parent, uint32_t packed) {
  FNewArgs args;
  Proto *p = parent->p->p[packed & 0xffff];
  Value *level = base + (int16_t)(packed >> 16);
  /* Usually no error to catch: made with the allocations that fail without one. Failing, the
   * protected path makes it again. */
  Closure *ncl = func_newclosuretry(J->L, parent, p, level);
  if (ncl) {
    global_State *g = G(J->L);
    if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
    return ncl;
  }
  args.parent = parent;
  args.p = p;
  args.base = level;
  args.c = NULL;
  return jit_alloccall(J, fnew_protected, &args) ? args.c : NULL;
}
/* UCLOSE: the slots were written back just before. */
static void jit_uclose(JitState *J, Value *level) { func_close(J->L, level); }

static Table *jit_tnew(JitState *J, uint32_t bc) {
  TNewArgs args;
  /* A table in one block: no error to catch. */
  args.t = tab_newtry(J->L, (int)(bc & 0xffff), (int)(bc >> 16));
  if (args.t) {
    global_State *g = G(J->L);
    if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
    return args.t;
  }
  args.t = NULL;
  args.b = (int)(bc & 0xffff);
  args.c = (int)(bc >> 16);
  return jit_alloccall(J, tnew_protected, &args) ? args.t : NULL;
}

/* CAT: a .. b for strings and numbers, as the interpreter computes it, without a collection
 * (as TNEW); NULL on failure (out of memory, a string too long): the trace exits and the
 * interpreter does it again, raising the error. */
typedef struct CatArgs { int n; Value v[4]; Str *r; } CatArgs;
static void cat_protected(lua_State *L, void *ud) {
  CatArgs *c = (CatArgs *)ud;
  char num[4][NUM_MAXSTR];   /* numbers formatted here, not made into strings */
  size_t len = 0, at = 0, l[4];
  const char *d[4];
  char *buf;
  int k;
  for (k = 0; k < c->n; k++) {
    if (val_isnum(c->v[k])) {
      l[k] = (size_t)num_tostr(num[k], val_num(c->v[k]));
      d[k] = num[k];
    } else {
      l[k] = val_str(c->v[k])->len;
      d[k] = val_str(c->v[k])->data;
    }
    len += l[k];
    if (len >= ((size_t)1 << 46)) err_runerror(L, "string length overflow");
  }
  buf = state_buffer(L, len);
  for (k = 0; k < c->n; k++) {
    memcpy(buf + at, d[k], l[k]);
    at += l[k];
  }
  c->r = str_new(L, buf, len);
}
/* One operand of a short CAT appended at buf + len (CAT_BUF bytes in all); the new length, or
 * (size_t)-1 when it does not fit. */
#define CAT_BUF 256
static inline size_t cat_put(char *buf, size_t len, uint64_t v) {
  Value x = (Value)v;
  size_t l;
  if (val_isnum(x)) {
    if (len + NUM_MAXSTR > CAT_BUF) return (size_t)-1;
    return len + (size_t)num_tostr(buf + len, val_num(x));
  }
  l = val_str(x)->len;   /* (read once: the copy's byte stores could alias it) */
  if (l > CAT_BUF - len) return (size_t)-1;
  str_copyshort(buf + len, val_str(x)->data, l);
  return len + l;
}

static Str *jit_cat(JitState *J, int n, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  CatArgs args;
  {
    /* Short results: formatted on the C stack and made without an error handler. n is 2 to 4
     * (the recorder splits longer CATs). */
    char buf[CAT_BUF];
    size_t len = cat_put(buf, 0, a);
    if (len != (size_t)-1) len = cat_put(buf, len, b);
    if (n > 2 && len != (size_t)-1) len = cat_put(buf, len, c);
    if (n > 3 && len != (size_t)-1) len = cat_put(buf, len, d);
    if (len != (size_t)-1) {
      Str *r = str_newtry(J->L, buf, len);
      if (r) {
        global_State *g = G(J->L);
        if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
        return r;
      }
    }
  }
  args.n = n;
  args.v[0] = (Value)a;
  args.v[1] = (Value)b;
  args.v[2] = (Value)c;
  args.v[3] = (Value)d;
  args.r = NULL;
  return jit_alloccall(J, cat_protected, &args) ? args.r : NULL;
}

/* A key inserted into a table with no free node: the table grows (tab_set, as the interpreter
 * does), without a collection; NULL when that fails (the trace exits). The node and array
 * parts may move: the trace reads their addresses again after any NEWREF (ir_emit). */
typedef struct GrowArgs { Table *t; Value key; Value *slot; } GrowArgs;
static void grow_protected(lua_State *L, void *ud) {
  GrowArgs *g = (GrowArgs *)ud;
  g->slot = tab_set(L, g->t, g->key);
}
static Value *jit_tabgrow(JitState *J, Table *t, Value key) {
  GrowArgs args;
  args.t = t;
  args.key = key;
  args.slot = NULL;
  return jit_alloccall(J, grow_protected, &args) ? args.slot : NULL;
}
/* NEWREF of a number key: its slot in t, the key inserted if absent, else NULL. */
static Value *jit_tabnewnum(Table *t, JitState *J, double d) {
  const Value *p = tab_getnum(t, d);
  Value *r;
  if (p != &tab_nilvalue) return (Value *)p;
  if (d != d) return NULL;   /* a NaN key: the interpreter raises the error */
  t->nomm &= (uint8_t)~0x1f;
  r = tab_trynewkey(NULL, t, val_fromnum(d));   /* no barrier for a number key: no L */
  return r ? r : jit_tabgrow(J, t, val_fromnum(d));
}
/* NEWREF of a string key: its slot in t, the key inserted if absent (with the collector's
 * barrier for the key), else NULL. */
static Value *jit_tabnewstr(JitState *J, Table *t, Str *key) {
  const Value *p = tab_getstr(t, key);
  Value *r;
  if (p != &tab_nilvalue) return (Value *)p;
  t->nomm &= (uint8_t)~0x1f;
  r = tab_trynewkey(J->L, t, val_fromstr(key));
  return r ? r : jit_tabgrow(J, t, val_fromstr(key));
}
/* SETMT: as lua_setmetatable does for a table. */
static void jit_setmt(JitState *J, Table *t, Table *mt) {
  t->mt = mt;
  if (mt) gc_objbarriertab(J->L, t, mt);
}
static void jit_barrierback(JitState *J, Table *t) { gc_barrierback_(J->L, t); }
/* USTORE of an object into a black upvalue: the forward barrier (the value marked if white). */
static void jit_ubarrier(JitState *J, UpVal *uv, GCObj *o) { gc_objbarrier(J->L, uv, o); }

/* ref := fn(op1) or fn(op1, op2): op1 a pointer (rdi), op2 a double (xmm0); the result from
 * rax. */
/* After a call whose arguments are set up and live registers saved: the call, then rax to
 * ref's location with the saved registers back. */
static void call_gpr_done(Lower *A, IRRef ref, const void *fn) {
  X64Asm *as = &A->a;
  int r;
  emit_call(A, fn);
  x64_mov_rr(as, 8, RID_TMP, X64_RAX);
  save_live(A, ref, 1, ref);
  r = dest_gpr(A, ref);
  x64_mov_rr(as, 8, r, RID_TMP);
  dest_done(A, ref, r);
}

static void call_gpr(Lower *A, IRRef ref, const void *fn, IRRef op1, IRRef op2) {
  X64Asm *as = &A->a;
  x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, op1, RID_TMP2));
  if (op2) {
    int xk = xmm_of(A, op2, XID_TMP);
    if (xk != XID_TMP) x64_movsd_rr(as, XID_TMP, xk);
  }
  save_live(A, ref, 0, ref);
  x64_mov_rr(as, 8, X64_RDI, RID_TMP2);
  if (op2) x64_movsd_rr(as, 0, XID_TMP);
  call_gpr_done(A, ref, fn);
}

/* RID_TMP := the main node of hash RID_TMP (low 32 bits) in table t: node + (hash & hmask). */
_Static_assert(sizeof(Node) == 24, "hash_node scales node indices by 24");
static void hash_node(Lower *A, int t) {
  X64Asm *as = &A->a;
  x64_alu_rm(as, X64_AND, 4, RID_TMP, x64_mem(t, (int32_t)offsetof(Table, hmask)));
  x64_lea(as, 8, RID_TMP, x64_memx(RID_TMP, RID_TMP, 2, 0));   /* * 3 ... */
  x64_shift_ri(as, X64_SHL, 8, RID_TMP, 3);                     /* ... * 8: sizeof(Node) */
  x64_alu_rm(as, X64_ADD, 8, RID_TMP, x64_mem(t, (int32_t)offsetof(Table, node)));
}

/* HREF and NEWREF: the slot of number key op2 in table op1, in RID_TMP. An integer key within
 * the array part is found inline, and so is one in the hash part (a variable key the recording
 * saw outside the array, such as t[0] before t[i]): its chain is walked with tab_hashnum's hash.
 * Other keys, and a NEWREF whose key is absent (it inserts), go through fn. */
static void numref(Lower *A, IRRef ref, const void *fn, int insert) {
  X64Asm *as = &A->a;
  IRIns *ins = LIR(A, ref);
  uint8_t *slow1, *slow2, *hash, *found, *nextnode, *join1, *join2, *join3 = NULL, *loop;
  int r, t = gpr_of(A, ins->op1, RID_TMP2), xk = xmm_of(A, ins->op2, XID_TMP);
  x64_cvttsd2si(as, 4, RID_TMP, xk);
  x64_cvtsi2sd(as, 4, XID_TMP2, RID_TMP);
  x64_ucomisd_rr(as, xk, XID_TMP2);
  slow1 = x64_jcc(as, X64_CC_NE);
  slow2 = x64_jcc(as, X64_CC_P);
  x64_alu_rm(as, X64_CMP, 4, RID_TMP, x64_mem(t, (int32_t)offsetof(Table, asize)));
  hash = x64_jcc(as, X64_CC_AE);
  x64_mov_rm(as, 8, RID_TMP2, x64_mem(t, (int32_t)offsetof(Table, array)));
  x64_lea(as, 8, RID_TMP, x64_memx(RID_TMP2, RID_TMP, 8, 0));
  join1 = x64_jmp(as);
  /* The hash part: XID_TMP2 holds the key as a double (+0 for -0, as tab_hashnum hashes). */
  x64_patch_rel32(hash, as->p);
  x64_movq_rx(as, RID_TMP, XID_TMP2);
  x64_mov_rr(as, 8, RID_TMP2, RID_TMP);
  x64_shift_ri(as, X64_SHR, 8, RID_TMP2, 33);
  x64_alu_rr(as, X64_XOR, 8, RID_TMP, RID_TMP2);
  x64_mov_ri(as, RID_TMP2, UINT64_C(0xff51afd7ed558ccd));
  x64_imul_rr(as, 8, RID_TMP, RID_TMP2);
  x64_mov_rr(as, 8, RID_TMP2, RID_TMP);
  x64_shift_ri(as, X64_SHR, 8, RID_TMP2, 33);
  x64_alu_rr(as, X64_XOR, 8, RID_TMP, RID_TMP2);
  hash_node(A, gpr_of(A, ins->op1, RID_TMP2));
  loop = as->p;
  /* A key that is not a number is a NaN: unordered, never equal. */
  x64_ucomisd_rm(as, XID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(Node, key)));
  nextnode = x64_jcc(as, X64_CC_P);
  found = x64_jcc(as, X64_CC_E);
  x64_patch_rel32(nextnode, as->p);
  x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_TMP, (int32_t)offsetof(Node, next)));
  x64_test_rr(as, 8, RID_TMP, RID_TMP);
  x64_jcc_to(as, X64_CC_NE, loop);
  if (!insert) {
    x64_mov_ri(as, RID_TMP, (uint64_t)(uintptr_t)&tab_nilvalue);
    join3 = x64_jmp(as);
  }
  /* Not found (NEWREF), or not an integer: the call. */
  x64_patch_rel32(slow1, as->p);
  x64_patch_rel32(slow2, as->p);
  x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
  xk = xmm_of(A, ins->op2, XID_TMP);
  if (xk != XID_TMP) x64_movsd_rr(as, XID_TMP, xk);
  save_live(A, ref, 0, ref);
  x64_mov_rr(as, 8, X64_RDI, RID_TMP2);
  x64_mov_rr(as, 8, X64_RSI, RID_J);   /* fn(t, J, key): jit_tabgetnum ignores J */
  x64_movsd_rr(as, 0, XID_TMP);
  emit_call(A, fn);
  x64_mov_rr(as, 8, RID_TMP, X64_RAX);
  save_live(A, ref, 1, ref);
  join2 = x64_jmp(as);
  x64_patch_rel32(found, as->p);
  x64_lea(as, 8, RID_TMP, x64_mem(RID_TMP, (int32_t)offsetof(Node, val)));
  x64_patch_rel32(join1, as->p);
  x64_patch_rel32(join2, as->p);
  if (join3) x64_patch_rel32(join3, as->p);
  r = dest_gpr(A, ref);
  x64_mov_rr(as, 8, r, RID_TMP);
  dest_done(A, ref, r);
}

/* The walk of a chain from the node in RID_TMP for the boxed key in RID_TMP2: the returned
 * jump is taken with RID_TMP at the node holding the key; the code after it runs when no node
 * does. */
static uint8_t *chain_walk(Lower *A) {
  X64Asm *as = &A->a;
  uint8_t *found, *loop = as->p;
  x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(Node, key)));
  found = x64_jcc(as, X64_CC_E);
  x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_TMP, (int32_t)offsetof(Node, next)));
  x64_test_rr(as, 8, RID_TMP, RID_TMP);
  x64_jcc_to(as, X64_CC_NE, loop);
  return found;
}

/* chain_walk for constant string key kref. */
static uint8_t *chain_findk(Lower *A, IRRef kref) {
  x64_mov_ri(&A->a, RID_TMP2, k_bits(A, kref) | val_mktag(ITYPE_STR));
  return chain_walk(A);
}

/* An HREF's result after its chain walk: the address of the value in the node where found
 * leads, else that of tab_nilvalue. */
static void href_result(Lower *A, IRRef ref, uint8_t *found) {
  X64Asm *as = &A->a;
  uint8_t *join;
  int r;
  x64_mov_ri(as, RID_TMP, (uint64_t)(uintptr_t)&tab_nilvalue);
  join = x64_jmp(as);
  x64_patch_rel32(found, as->p);
  x64_lea(as, 8, RID_TMP, x64_mem(RID_TMP, (int32_t)offsetof(Node, val)));
  x64_patch_rel32(join, as->p);
  r = dest_gpr(A, ref);
  x64_mov_rr(as, 8, r, RID_TMP);
  dest_done(A, ref, r);
}

/* HREF of a constant string key: its hash chain walked inline; the address of its value, or
 * of tab_nilvalue when the key is absent. */
static void strref(Lower *A, IRRef ref) {
  X64Asm *as = &A->a;
  IRIns *ins = LIR(A, ref);
  Str *key = (Str *)LIR(A, ins->op2)->k.ptr;
  x64_mov_ri(as, RID_TMP, key->hash);
  hash_node(A, gpr_of(A, ins->op1, RID_TMP2));
  href_result(A, ref, chain_findk(A, ins->op2));
}

/* HREF of a variable string key op2 (a Str in a register or spilled) in table op1: its chain
 * walked with the string's hash, as strref does for a constant; the nil slot if absent. */
static void strvref(Lower *A, IRRef ref) {
  X64Asm *as = &A->a;
  IRIns *ins = LIR(A, ref);
  RegSp *ks = LRS(A, ins->op2);
  int k = gpr_of(A, ins->op2, RID_TMP);
  x64_mov_rm(as, 4, RID_TMP, x64_mem(k, (int32_t)offsetof(Str, hash)));
  hash_node(A, gpr_of(A, ins->op1, RID_TMP2));
  x64_mov_ri(as, RID_TMP2, val_mktag(ITYPE_STR));
  if (ks->reg != RA_NONE) x64_alu_rr(as, X64_OR, 8, RID_TMP2, ks->reg);
  else x64_alu_rm(as, X64_OR, 8, RID_TMP2, spillmem(ks->spill));
  href_result(A, ref, chain_walk(A));
}

/* --- one instruction --- */

/* ref := op1 aop op2 on int32 (op2 an immediate when constant); `ov` exits on overflow. */
static void int_binop(Lower *A, IRRef ref, X64Alu aop, int ov) {
  X64Asm *as = &A->a;
  IRIns *ins = LIR(A, ref);
  int d = dest_gpr(A, ref);
  int r1 = gpr_of(A, ins->op1, RID_TMP);
  if (irref_isk(ins->op2) && !ov && d != r1 && (aop == X64_ADD || aop == X64_SUB) &&
      LIR(A, ins->op2)->k.i != INT32_MIN) {
    /* Into another register, no overflow check (no flags wanted): one lea, not mov + add. */
    int32_t k = LIR(A, ins->op2)->k.i;
    x64_lea(as, 4, d, x64_mem(r1, aop == X64_ADD ? k : -k));
  } else if (irref_isk(ins->op2)) {
    if (d != r1) x64_mov_rr(as, 4, d, r1);
    x64_alu_ri(as, aop, 4, d, LIR(A, ins->op2)->k.i);
  } else {
    int r2 = gpr_of(A, ins->op2, RID_TMP2);
    if (d == r2 && d != r1) {
      x64_mov_rr(as, 4, RID_TMP2, r2);
      r2 = RID_TMP2;
    }
    if (d != r1) x64_mov_rr(as, 4, d, r1);
    x64_alu_rr(as, aop, 4, d, r2);
  }
  if (ov) exit_jcc(A, X64_CC_O);
  dest_done(A, ref, d);
}

/* RID_TMP := L; with check, exit if an open upvalue is at or above the base (a return or tail
 * call from the frame would have to close it). */
static void guard_noupval(Lower *A, int check) {
  X64Asm *as = &A->a;
  uint8_t *noup;
  x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
  if (!check) return;
  x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, openupval)));
  x64_test_rr(as, 8, RID_TMP2, RID_TMP2);
  noup = x64_jcc(as, X64_CC_E);
  x64_alu_rm(as, X64_CMP, 8, RID_BASE, x64_mem(RID_TMP2, (int32_t)offsetof(UpVal, v)));
  exit_jcc(A, X64_CC_BE);
  x64_patch_rel32(noup, as->p);
}

static void lower_ins(Lower *A, IRRef ref) {
  IRIns *ins = LIR(A, ref);
  X64Asm *as = &A->a;
  IRType t = (IRType)ins->t;
  switch ((IROp)ins->o) {
    case IR_NOP: case IR_PHI: case IR_LOOP: break;
    case IR_SLOAD: {
      X64Mem m = x64_mem(RID_BASE, 8 * (int16_t)ins->op1);
      if (A->inh && A->inh[ref - A->kbot] == 2) break;   /* side_inherit moved it */
      if (ins->op2 & IRSLOAD_TOINT) {
        /* The slot's bits must be those of the int32 converted back to a double: that
         * rejects fractions, values out of range, -0 (its int is 0, whose double is +0),
         * NaN and every value that is not a number (tagged NaNs) with one compare. */
        int r = dest_gpr(A, ref), t = r == RID_TMP ? RID_TMP2 : RID_TMP;
        x64_movsd_rm(as, XID_TMP, m);
        x64_cvttsd2si(as, 4, r, XID_TMP);
        x64_cvtsi2sd(as, 4, XID_TMP2, r);
        x64_movq_rx(as, t, XID_TMP2);
        x64_alu_rm(as, X64_CMP, 8, t, m);
        exit_jcc(A, X64_CC_NE);
        dest_done(A, ref, r);
      } else {
        load_typed(A, ref, m, ins->op2 & IRSLOAD_TYPECHECK);
      }
      break;
    }
    case IR_FLOAD: {
      int o = gpr_ofobj(A, ins->op1);   /* (r11 serves: its own load into r11 comes after) */
      int r = dest_gpr(A, ref);
      int32_t ofs;
      int w = 8;
      if (ins->op2 >= IRFL_FUNC_UPVAL) {
        ofs = (int32_t)(offsetof(LFunc, upvals) + sizeof(UpVal *) * (ins->op2 - IRFL_FUNC_UPVAL));
      } else {
        static const int32_t fofs[IRFL__MAX] = {
#define IRFL_OFS(name, ty, ofs) (int32_t)(ofs),
          IRFL_LIST(IRFL_OFS)
#undef IRFL_OFS
        };
        ofs = fofs[ins->op2];
        if (t == IRT_U32) w = 4;
      }
      x64_mov_rm(as, w, r, x64_mem(o, ofs));
      dest_done(A, ref, r);
      break;
    }
    case IR_AREF: {
      int arr;
      if (aref_fused(A, ref)) break;   /* its loads and stores address it (aref_mem) */
      arr = gpr_of(A, ins->op1, RID_TMP2);
      int r = dest_gpr(A, ref);
      if (irref_isk(ins->op2)) {
        x64_lea(as, 8, r, x64_mem(arr, 8 * LIR(A, ins->op2)->k.i));
      } else {
        int ix = gpr_of(A, ins->op2, RID_TMP);
        x64_lea(as, 8, r, x64_memx(arr, ix, 8, 0));
      }
      dest_done(A, ref, r);
      break;
    }
    case IR_HREFK: {
      /* The node array in a scratch register (r10, or r11 where it is already), the key in
       * the other. */
      int node = gpr_ofobj(A, ins->op1);
      int kr = node == RID_TMP ? RID_TMP2 : RID_TMP;
      int r = aref_fused(A, ref) ? -1 : dest_gpr(A, ref);
      int32_t ofs = (int32_t)(sizeof(Node) * (size_t)ins->k.i);
      /* The key as the node holds it: a string boxed with its tag, a number as it is. */
      x64_mov_ri(as, kr, LIR(A, ins->op2)->o == IR_KNUM ? k_bits(A, ins->op2)
                                                       : k_bits(A, ins->op2) | val_mktag(ITYPE_STR));
      A->sc[kr == RID_TMP ? 0 : 1] = 0;
      x64_alu_rm(as, X64_CMP, 8, kr, x64_mem(node, ofs + (int32_t)offsetof(Node, key)));
      exit_jcc(A, X64_CC_NE);
      if (r < 0) break;   /* fused: its loads and stores address the node (hslot_mem) */
      x64_lea(as, 8, r, x64_mem(node, ofs + (int32_t)offsetof(Node, val)));
      dest_done(A, ref, r);
      break;
    }
    case IR_HNEWK: {
      int node = gpr_of(A, ins->op1, RID_TMP2);
      int r = dest_gpr(A, ref);
      int32_t ofs = (int32_t)(sizeof(Node) * (size_t)ins->k.i);
      x64_alu_mi(as, X64_CMP, 8, x64_mem(node, ofs + (int32_t)offsetof(Node, key)), -1);   /* nil */
      exit_jcc(A, X64_CC_NE);
      x64_mov_ri(as, RID_TMP, k_bits(A, ins->op2) | val_mktag(ITYPE_STR));
      x64_mov_mr(as, 8, x64_mem(node, ofs + (int32_t)offsetof(Node, key)), RID_TMP);
      x64_lea(as, 8, r, x64_mem(node, ofs + (int32_t)offsetof(Node, val)));
      dest_done(A, ref, r);
      break;
    }
    case IR_ALOAD: case IR_HLOAD:
      if (load_fused(A, ref)) typecheck_num(A, load_mem(A, ins));   /* its reader loads it */
      else load_typed(A, ref, load_mem(A, ins), 1);
      break;
    case IR_ULOAD: {
      /* op1: the value's address (UREF, UREFC, or the constant one UREFC folded to) */
      int addr = gpr_of(A, ins->op1, RID_TMP2);
      load_typed(A, ref, x64_mem(addr, 0), 1);
      break;
    }
    case IR_UREFC: {
      /* The address of the value inside the upvalue, where v points once it is closed. */
      int uv = gpr_of(A, ins->op1, RID_TMP);
      int d = dest_gpr(A, ref);
      x64_lea(as, 8, RID_TMP2, x64_mem(uv, (int32_t)offsetof(UpVal, value)));
      x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(uv, (int32_t)offsetof(UpVal, v)));
      exit_jcc(A, X64_CC_NE);
      if (d != RID_TMP2) x64_mov_rr(as, 8, d, RID_TMP2);
      dest_done(A, ref, d);
      break;
    }
    case IR_ASTORE:
      store_boxed(A, aref_mem(A, ins->op1), ins->op2);
      break;
    case IR_HSTORE:
      store_boxed(A, hslot_mem(A, ins->op1), ins->op2);
      break;
    case IR_UREF: {
      int uv = gpr_of(A, ins->op1, RID_TMP);
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(uv, (int32_t)offsetof(UpVal, v)));
      if (ins->op2 == IRUREF_AWAY) {
        /* Exit if base <= v < L->stack_last: a slot the trace may hold. The result is v. */
        uint8_t *below;
        int d = dest_gpr(A, ref);
        x64_alu_rr(as, X64_CMP, 8, RID_TMP2, RID_BASE);
        below = x64_jcc(as, X64_CC_B);
        x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
        x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, stack_last)));
        exit_jcc(A, X64_CC_B);
        x64_patch_rel32(below, as->p);
        if (d != RID_TMP2) x64_mov_rr(as, 8, d, RID_TMP2);
        dest_done(A, ref, d);
      } else {
        x64_lea(as, 8, RID_TMP, x64_mem(RID_BASE, 8 * ((int32_t)ins->op2 - IRUREF_AT)));
        x64_alu_rr(as, X64_CMP, 8, RID_TMP2, RID_TMP);
        exit_jcc(A, X64_CC_NE);
      }
      break;
    }
    case IR_USTORE: {
      int uv = gpr_of(A, ins->op1, RID_TMP2);   /* store_boxed uses RID_TMP */
      /* op1: the value's address, as for ULOAD; the upvalue is UREF's operand, or the
       * address less the value's offset when it is closed (UREFC) */
      int open = LIR(A, ins->op1)->o == IR_UREF;
      store_boxed(A, x64_mem(uv, 0), ins->op2);
      if (irt_isgc(LIR(A, ins->op2)->t)) {
        /* An object into a black (closed) upvalue: gc_barrier, as USET does. */
        uint8_t *skip;
        int v;
        uv = gpr_of(A, ins->op1, RID_TMP);
        if (!open) {
          x64_lea(as, 8, RID_TMP, x64_mem(uv, -(int32_t)offsetof(UpVal, value)));
        } else {
          uv = gpr_of(A, LIR(A, ins->op1)->op1, RID_TMP);
          if (uv != RID_TMP) x64_mov_rr(as, 8, RID_TMP, uv);
        }
        x64_movzx_rm(as, 1, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(UpVal, marked)));
        x64_test_ri(as, 4, RID_TMP2, GC_BLACK);
        skip = x64_jcc(as, X64_CC_E);
        v = gpr_of(A, ins->op2, RID_TMP2);
        if (v != RID_TMP2) x64_mov_rr(as, 8, RID_TMP2, v);
        call_j(A, ref, (const void *)jit_ubarrier, RID_TMP, RID_TMP2);
        x64_patch_rel32(skip, as->p);
      }
      break;
    }
    case IR_TBAR: {
      int tr = gpr_of(A, ins->op1, RID_TMP);
      uint8_t *skip;
      x64_movzx_rm(as, 1, RID_TMP2, x64_mem(tr, (int32_t)offsetof(Table, marked)));
      x64_test_ri(as, 4, RID_TMP2, GC_BLACK);
      skip = x64_jcc(as, X64_CC_E);
      call_j(A, ref, (const void *)jit_barrierback, tr, -1);
      if (skip) x64_patch_rel32(skip, as->p);
      break;
    }
    case IR_HREF:
      if (LIR(A, ins->op2)->o == IR_KGC) strref(A, ref);
      else if (LIR(A, ins->op2)->t == IRT_STR) strvref(A, ref);
      else numref(A, ref, (const void *)jit_tabgetnum, 0);
      break;
    case IR_STRSUB: {
      /* jit_strsub(J, s, i, j) with double positions, jit_strsubi(J, s, ij) with INT ones in
       * one register (i zero-extended below j << 32) */
      IRIns *ca = LIR(A, ins->op2);
      int isint = LIR(A, ca->op1)->t == IRT_INT, xi, xj;
      if (isint) {
        x64_mov_rr(as, 4, RID_TMP, gpr_of(A, ca->op1, RID_TMP));
        x64_mov_rr(as, 4, RID_TMP2, gpr_of(A, ca->op2, RID_TMP2));
        x64_shift_ri(as, X64_SHL, 8, RID_TMP2, 32);
        x64_alu_rr(as, X64_OR, 8, RID_TMP, RID_TMP2);
      } else {
        xi = xmm_of(A, ca->op1, XID_TMP);
        if (xi != XID_TMP) x64_movsd_rr(as, XID_TMP, xi);
        xj = xmm_of(A, ca->op2, XID_TMP2);
        if (xj != XID_TMP2) x64_movsd_rr(as, XID_TMP2, xj);
      }
      x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_mov_rr(as, 8, X64_RSI, RID_TMP2);
      if (isint) {
        x64_mov_rr(as, 8, X64_RDX, RID_TMP);
      } else {
        x64_movsd_rr(as, 0, XID_TMP);
        x64_movsd_rr(as, 1, XID_TMP2);
      }
      call_gpr_done(A, ref, isint ? (const void *)jit_strsubi : (const void *)jit_strsub);
      break;
    }
    case IR_HABSK: {
      /* The key's chain walked (as strref): a node holding it with a value other than nil
       * exits. op1 a table: from the node its hash gives; op1 the table's nodes (a PTR, the
       * size guarded): from node k.i. A metamethod's name in a table: test byte [t + nomm],
       * bit; jnz past the walk. */
      Str *key = (Str *)LIR(A, ins->op2)->k.ptr;
      int t = gpr_of(A, ins->op1, RID_TMP2), e = TM_EQ + 1;
      uint8_t *ok1 = NULL, *ok2, *found;
      if (LIR(A, ins->op1)->t == IRT_TAB) e = jit_nommevent(G(A->J->L), key);
      if (e <= TM_EQ) {
        x64_test_mi(as, x64_mem(t, (int32_t)offsetof(Table, nomm)), (uint8_t)(1u << e));
        ok1 = x64_jcc(as, X64_CC_NE);
      }
      if (LIR(A, ins->op1)->t == IRT_TAB) {
        x64_mov_ri(as, RID_TMP, key->hash);
        hash_node(A, t);
      } else {
        x64_lea(as, 8, RID_TMP, x64_mem(t, (int32_t)(sizeof(Node) * (size_t)ins->k.i)));
      }
      found = chain_findk(A, ins->op2);
      ok2 = x64_jmp(as);
      x64_patch_rel32(found, as->p);
      x64_alu_mi(as, X64_CMP, 8, x64_mem(RID_TMP, (int32_t)offsetof(Node, val)), -1);   /* nil */
      exit_jcc(A, X64_CC_NE);
      if (ok1) x64_patch_rel32(ok1, as->p);
      x64_patch_rel32(ok2, as->p);
      break;
    }
    case IR_TNOMM:
      x64_mov_mi(as, 1, x64_mem(gpr_of(A, ins->op1, RID_TMP), (int32_t)offsetof(Table, nomm)), 0);
      break;
    case IR_NEWREF:
      if (LIR(A, ins->op2)->o == IR_KGC || LIR(A, ins->op2)->t == IRT_STR) {
        /* jit_tabnewstr(J, t, key) */
        x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
        if (LIR(A, ins->op2)->o != IR_KGC)
          x64_mov_rr(as, 8, RID_TMP, gpr_of(A, ins->op2, RID_TMP));
        save_live(A, ref, 0, ref);
        x64_mov_rr(as, 8, X64_RSI, RID_TMP2);
        if (LIR(A, ins->op2)->o == IR_KGC) x64_mov_ri(as, X64_RDX, k_bits(A, ins->op2));
        else x64_mov_rr(as, 8, X64_RDX, RID_TMP);
        x64_mov_rr(as, 8, X64_RDI, RID_J);
        call_gpr_done(A, ref, (const void *)jit_tabnewstr);
      } else {
        numref(A, ref, (const void *)jit_tabnewnum, 1);
      }
      break;
    case IR_CAT: {
      /* jit_cat(J, n, a, b, c, d), the operands boxed (a string's pointer with its tag, a
       * number's bits) and parked first in the save slots of registers that are never saved
       * (an argument register may still hold a later operand). */
      static const int park[4] = { RID_TMP2, RID_TMP, RID_BASE, RID_J };
      static const int argreg[4] = { X64_RDX, X64_RCX, X64_R8, X64_R9 };
      IRRef ops[4];
      int n = cat_operands(A, ref, ops), k;
      save_live(A, ref, 0, ref);
      for (k = 0; k < n; k++) {
        if (irt_isfp(LIR(A, ops[k])->t)) {
          x64_movq_rx(as, RID_TMP2, xmm_of(A, ops[k], XID_TMP));
        } else {
          int r = gpr_of(A, ops[k], RID_TMP2);
          if (r != RID_TMP2) x64_mov_rr(as, 8, RID_TMP2, r);
          x64_mov_ri(as, RID_TMP, val_mktag(ITYPE_STR));
          x64_alu_rr(as, X64_OR, 8, RID_TMP2, RID_TMP);
        }
        x64_mov_mr(as, 8, x64_mem(X64_RSP, SAVE_OFS + 8 * park[k]), RID_TMP2);
      }
      for (k = 0; k < n; k++) x64_mov_rm(as, 8, argreg[k], x64_mem(X64_RSP, SAVE_OFS + 8 * park[k]));
      x64_mov_ri(as, X64_RSI, (uint64_t)n);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      call_gpr_done(A, ref, (const void *)jit_cat);
      break;
    }
    case IR_CARG:
      break;
    case IR_SETMT: {
      /* jit_setmt(J, t, mt) */
      x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
      x64_mov_rr(as, 8, RID_TMP, gpr_of(A, ins->op2, RID_TMP));
      call_j(A, ref, (const void *)jit_setmt, RID_TMP2, RID_TMP);
      break;
    }
    case IR_TNEW:
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_mov_ri(as, X64_RSI, (uint64_t)ins->op1 | ((uint64_t)ins->op2 << 16));
      call_gpr_done(A, ref, (const void *)jit_tnew);
      break;
    case IR_TLEN:
      call_gpr(A, ref, (const void *)jit_tablen, ins->op1, 0);
      break;
    case IR_TRESIZEA:
      x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_mov_rr(as, 8, X64_RSI, RID_TMP2);
      x64_mov_ri(as, X64_RDX, (uint64_t)ins->op2);
      call_gpr_done(A, ref, (const void *)jit_tabresizea);
      break;
    case IR_TOSTR: {
      int x = xmm_of(A, ins->op1, XID_TMP);
      if (x != XID_TMP) x64_movsd_rr(as, XID_TMP, x);
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_movsd_rr(as, 0, XID_TMP);
      call_gpr_done(A, ref, (const void *)jit_tostr);
      break;
    }
    case IR_TONUMS: {
      int d;
      x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_TMP2);
      emit_call(A, (const void *)jit_tonums);
      x64_mov_rr(as, 8, RID_TMP, X64_RAX);
      save_live(A, ref, 1, ref);
      x64_mov_ri(as, RID_TMP2, JIT_NOTNUM);
      x64_alu_rr(as, X64_CMP, 8, RID_TMP, RID_TMP2);
      if (ins->op2) {   /* expected no number: nil */
        exit_jcc(A, X64_CC_NE);
        break;
      }
      exit_jcc(A, X64_CC_E);
      d = dest_xmm(A, ref);
      x64_movq_xr(as, d, RID_TMP);
      dest_done(A, ref, d);
      break;
    }
    case IR_FNEW:
      x64_mov_rr(as, 8, RID_TMP2, gpr_of(A, ins->op1, RID_TMP2));
      save_live(A, ref, 0, ref);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_mov_rr(as, 8, X64_RSI, RID_BASE);
      x64_mov_rr(as, 8, X64_RDX, RID_TMP2);
      x64_mov_ri(as, X64_RCX, (uint64_t)(uint32_t)LIR(A, ins->op2)->k.i);
      call_gpr_done(A, ref, (const void *)jit_fnew);
      break;
    case IR_UCLOSE:
      if (flush_snap(as, A->T, &A->T->snap[A->cursnap])) lower_fail(A, "sunk table at a CLOSE");
      save_live(A, ref, 0, 0);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_lea(as, 8, X64_RSI, x64_mem(RID_BASE, 8 * (int16_t)ins->op1));
      emit_call(A, (const void *)jit_uclose);
      save_live(A, ref, 1, 0);
      break;
    case IR_TOPEQ:
      /* The count the call left (the exit keeps L->top for the interpreter), then L->top back
       * at the frame's top: the collector marks a thread's stack up to L->top only. */
      x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, top)));
      x64_alu_rr(as, X64_SUB, 8, RID_TMP2, RID_BASE);
      x64_alu_ri(as, X64_CMP, 8, RID_TMP2, 8 * (int32_t)(int16_t)ins->op1);
      exit_jcc(A, X64_CC_NE);
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, ci)));
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP2, (int32_t)offsetof(CallInfo, top)));
      x64_mov_mr(as, 8, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, top)), RID_TMP2);
      break;
    case IR_CALLC:
      /* The snapshot's slots to the stack, then the call; the base may have moved. */
      flush_snap(as, A->T, &A->T->snap[A->cursnap]);
      save_live(A, ref, 0, 0);
      x64_mov_rr(as, 8, X64_RDI, RID_J);
      x64_mov_rr(as, 8, X64_RSI, RID_BASE);
      x64_mov_ri(as, X64_RDX, LIR(A, ins->op1)->k.u64);
      x64_mov_ri(as, X64_RCX, (uint64_t)(uint32_t)((int32_t)ins->op2 - 1));
      {
        SnapShot *cs = &A->T->snap[A->cursnap];
        x64_mov_ri(as, X64_R8, (uint64_t)(uintptr_t)&A->T->framemap[cs->frameofs]);
        x64_mov_ri(as, X64_R9, cs->nframe);
      }
      emit_call(A, (const void *)jit_callc);
      x64_mov_rr(as, 8, RID_BASE, X64_RAX);
      save_live(A, ref, 1, 0);
      break;
    case IR_LT: case IR_GE: case IR_LE: case IR_GT: case IR_ULT: case IR_EQ: case IR_NE: {
      IRType ct = (IRType)LIR(A, ins->op1)->t;
      if (ref == A->eqdone) break;   /* emitted with its load (load_eqfused) */
      if (ct == IRT_NUM) guard_num(A, (IROp)ins->o, ins->op1, ins->op2);
      else guard_int(A, (IROp)ins->o, ins->op1, ins->op2,
                     (ct == IRT_INT || ct == IRT_U32) ? 4 : 8);
      break;
    }
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_ADDOV: case IR_SUBOV: {
      IROp o = (IROp)ins->o;
      if (t == IRT_NUM) {
        int d = dest_xmm(A, ref);
        X64SseOp sop = o == IR_ADD ? X64_ADDSD : o == IR_SUB ? X64_SUBSD : o == IR_MUL ? X64_MULSD : X64_DIVSD;
        IRRef a1 = ins->op1, a2 = ins->op2, l = load_fusedop(A, ins);
        int ki = -1;
        if ((o == IR_ADD || o == IR_MUL) && ((irref_isk(a1) && !irref_isk(a2)) || l == a1)) {
          a1 = ins->op2;
          a2 = ins->op1;
        }
        if (irref_isk(a2)) ki = kpool_find(A, k_bits(A, a2));
        if (l) {
          /* op x, [the fused load's slot] */
          int x1 = xmm_of(A, a1, XID_TMP);
          x64_sse_rrm(as, sop, d, x1, load_mem(A, LIR(A, l)));
        } else if (ki >= 0) {
          /* op x, [constant]: no register for the constant. */
          int x1 = xmm_of(A, a1, XID_TMP);
          x64_sse_rrm(as, sop, d, x1, x64_mem_rip(&A->kpool[ki]));
        } else {
          int x1 = xmm_of(A, a1, XID_TMP), x2 = xmm_of(A, a2, XID_TMP2);
          fp_binop(A, sop, d, x1, x2, o == IR_ADD || o == IR_MUL);
        }
        dest_done(A, ref, d);
      } else {
        if (o == IR_MUL || o == IR_DIV) { lower_fail(A, "NYI: integer multiply"); break; }
        int_binop(A, ref, (o == IR_SUB || o == IR_SUBOV) ? X64_SUB : X64_ADD,
                  o == IR_ADDOV || o == IR_SUBOV);
      }
      break;
    }
    case IR_MOD: {
      int x1 = xmm_of(A, ins->op1, XID_TMP), x2;
      int d;
      /* t = floor(a / b) * b; d = a - t, in scratch so a and b stay intact until the end. */
      if (x1 == XID_TMP) { x64_movsd_rr(as, XID_TMP2, XID_TMP); x1 = XID_TMP2; }
      x2 = xmm_of(A, ins->op2, XID_TMP);
      if (x2 == XID_TMP && x1 == XID_TMP2) { lower_fail(A, "MOD of two constants"); break; }
      if (x2 == XID_TMP) {
        /* b lives only in TMP: a is in a register. t in TMP2. */
        x64_sse_rrr(as, X64_DIVSD, XID_TMP2, x1, XID_TMP);
        x64_roundsd(as, XID_TMP2, XID_TMP2, 9);
        x64_sse_rrr(as, X64_MULSD, XID_TMP2, XID_TMP2, XID_TMP);
        x64_sse_rrr(as, X64_SUBSD, XID_TMP, x1, XID_TMP2);
      } else {
        int tt = x1 == XID_TMP2 ? XID_TMP : XID_TMP2;
        fp_binop(A, X64_DIVSD, tt, x1, x2, 0);
        x64_roundsd(as, tt, tt, 9);
        x64_sse_rrr(as, X64_MULSD, tt, tt, x2);
        if (tt == XID_TMP2) {
          x64_sse_rrr(as, X64_SUBSD, XID_TMP, x1, XID_TMP2);
        } else {
          /* a is in TMP2 (a constant), t in TMP */
          x64_sse_rrr(as, X64_SUBSD, XID_TMP2, XID_TMP2, XID_TMP);
          x64_movsd_rr(as, XID_TMP, XID_TMP2);
        }
      }
      d = dest_xmm(A, ref);
      if (d != XID_TMP) x64_movsd_rr(as, d, XID_TMP);
      dest_done(A, ref, d);
      break;
    }
    case IR_POW:
      call_fp(A, ref, (const void *)pow, ins->op1, ins->op2);
      break;
    case IR_NEG: case IR_FPMATH: {
      int fn = ins->o == IR_NEG ? -1 : ins->op2;
      if (fn == IRFPM_SIN || fn == IRFPM_COS || fn == IRFPM_TAN || fn == IRFPM_EXP ||
          fn == IRFPM_LOG || fn == IRFPM_LOG10) {
        call_fp(A, ref, fpm_fn[fn], ins->op1, 0);
      } else {
        int x1 = xmm_of(A, ins->op1, XID_TMP);
        int d = dest_xmm(A, ref);
        /* roundsd and sqrtsd keep the upper half of a register they do not compute from: take
         * it from the source (VEX: the first source x1; SSE: a copy into d) rather than from
         * d's last writer, which would chain unrelated computations (loop iterations). */
        if (!as->vex && d != x1 && (fn == IRFPM_FLOOR || fn == IRFPM_CEIL || fn == IRFPM_SQRT)) {
          x64_movsd_rr(as, d, x1);
          x1 = d;
        }
        if (fn == IRFPM_FLOOR) x64_roundsd(as, d, x1, 9);
        else if (fn == IRFPM_CEIL) x64_roundsd(as, d, x1, 10);
        else if (fn == IRFPM_SQRT) x64_sse_rrr(as, X64_SQRTSD, d, x1, x1);
        else {
          uint64_t mask = fn == IRFPM_ABS ? UINT64_C(0x7fffffffffffffff) : UINT64_C(0x8000000000000000);
          x64_mov_ri(as, RID_TMP, mask);
          x64_movq_xr(as, XID_TMP2, RID_TMP);
          fp_binop(A, fn == IRFPM_ABS ? X64_ANDPD : X64_XORPD, d, x1, XID_TMP2, 1);
        }
        dest_done(A, ref, d);
      }
      break;
    }
    case IR_MIN: case IR_MAX: {
      int d = dest_xmm(A, ref);
      int x1 = xmm_of(A, ins->op1, XID_TMP), x2 = xmm_of(A, ins->op2, XID_TMP2);
      /* math.min(a, b) is b < a ? b : a: minsd with b first. */
      fp_binop(A, ins->o == IR_MIN ? X64_MINSD : X64_MAXSD, d, x2, x1, 0);
      dest_done(A, ref, d);
      break;
    }
    case IR_TOBIT: {
      /* The low 32 bits of op1 + 2^52 + 2^51. */
      int x1 = xmm_of(A, ins->op1, XID_TMP);
      int d = dest_gpr(A, ref);
      x64_mov_ri(as, RID_TMP, UINT64_C(0x4338000000000000));
      x64_movq_xr(as, XID_TMP2, RID_TMP);
      x64_sse_rrr(as, X64_ADDSD, XID_TMP2, XID_TMP2, x1);
      x64_movq_rx(as, RID_TMP, XID_TMP2);
      x64_mov_rr(as, 4, d, RID_TMP);   /* an INT's upper half is zero (it may index memory) */
      dest_done(A, ref, d);
      break;
    }
    case IR_BAND: case IR_BOR: case IR_BXOR:
      int_binop(A, ref, ins->o == IR_BAND ? X64_AND : ins->o == IR_BOR ? X64_OR : X64_XOR, 0);
      break;
    case IR_BNOT: case IR_BSWAP: {
      int d = dest_gpr(A, ref);
      int r1 = gpr_of(A, ins->op1, RID_TMP);
      if (d != r1) x64_mov_rr(as, 4, d, r1);
      if (ins->o == IR_BNOT) x64_not(as, 4, d);
      else x64_bswap(as, 4, d);
      dest_done(A, ref, d);
      break;
    }
    case IR_BSHL: case IR_BSHR: case IR_BSAR: case IR_BROL: case IR_BROR: {
      static const X64Shift sop[] = { X64_SHL, X64_SHR, X64_SAR, X64_ROL, X64_ROR };
      X64Shift op = sop[ins->o - IR_BSHL];
      int d = dest_gpr(A, ref);
      if (irref_isk(ins->op2)) {
        int r1 = gpr_of(A, ins->op1, RID_TMP);
        if (d != r1) x64_mov_rr(as, 4, d, r1);
        x64_shift_ri(as, op, 4, d, (uint8_t)(LIR(A, ins->op2)->k.i & 31));
      } else {
        /* The count must be in cl: shift a copy in TMP, with rcx saved in TMP2 meanwhile
         * (the hardware masks the count to 5 bits, as bit.* does). */
        int r1 = gpr_of(A, ins->op1, RID_TMP);
        RegSp *cs = LRS(A, ins->op2);
        if (r1 != RID_TMP) x64_mov_rr(as, 4, RID_TMP, r1);
        x64_mov_rr(as, 8, RID_TMP2, X64_RCX);
        if (cs->reg != RA_NONE) x64_mov_rr(as, 4, X64_RCX, cs->reg);
        else x64_mov_rm(as, 4, X64_RCX, spillmem(cs->spill));
        x64_shift_rcl(as, op, 4, RID_TMP);
        x64_mov_rr(as, 8, X64_RCX, RID_TMP2);
        x64_mov_rr(as, 4, d, RID_TMP);
      }
      dest_done(A, ref, d);
      break;
    }
    case IR_SBYTE: {
      int s = gpr_of(A, ins->op1, RID_TMP2);
      int d = dest_gpr(A, ref);
      if (irref_isk(ins->op2)) {
        x64_movzx_rm(as, 1, d, x64_mem(s, (int32_t)offsetof(Str, data) + LIR(A, ins->op2)->k.i));
      } else {
        int ix = gpr_of(A, ins->op2, RID_TMP);
        x64_movzx_rm(as, 1, d, x64_memx(s, ix, 1, (int32_t)offsetof(Str, data)));
      }
      dest_done(A, ref, d);
      break;
    }
    case IR_TONUM: {
      IRType st = (IRType)LIR(A, ins->op1)->t;
      int r = gpr_of(A, ins->op1, RID_TMP);
      int d = dest_xmm(A, ref);
      if (st == IRT_U32) {
        x64_mov_rr(as, 4, RID_TMP, r);
        x64_cvtsi2sd(as, 8, d, RID_TMP);
      } else {
        x64_cvtsi2sd(as, st == IRT_INT ? 4 : 8, d, r);
      }
      dest_done(A, ref, d);
      break;
    }
    case IR_TOINT: {
      int x = xmm_of(A, ins->op1, XID_TMP);
      int r = dest_gpr(A, ref);
      x64_cvttsd2si(as, 4, r, x);
      x64_cvtsi2sd(as, 4, XID_TMP2, r);
      x64_ucomisd_rr(as, x, XID_TMP2);
      exit_jcc(A, X64_CC_NE);
      exit_jcc(A, X64_CC_P);
      dest_done(A, ref, r);
      break;
    }
    case IR_INTR:
      if (intr_patchable(A, ref)) {
        A->intrat = as->p;
        if (!A->intrmoved) A->intrsnap = A->cursnap;
        break;
      }
      intr_test(A);
      break;
    case IR_FLUSHED:
      x64_alu_mi(as, X64_CMP, 1,
                 x64_mem(RID_J, (int32_t)offsetof(JitState, interrupt.byte[JIT_INTR_FLUSH])), 0);
      exit_jcc(A, X64_CC_NE);
      break;
    case IR_RETF: {
      /* The guards (the frame's status, the caller's pc, no open upvalue at or above the base
       * unless the function makes no closures), then L->ci--, L->top = the caller's top, and
       * the base down by op2 slots. */
      int32_t ciofs = (int32_t)offsetof(lua_State, ci);
      x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, ciofs));
      x64_alu_mi(as, X64_CMP, 2, x64_mem(RID_TMP2, (int32_t)offsetof(CallInfo, callstatus)), 0);
      exit_jcc(A, X64_CC_NE);
      x64_mov_ri(as, RID_TMP, LIR(A, ins->op1)->k.u64);
      x64_alu_rm(as, X64_CMP, 8, RID_TMP,
                 x64_mem(RID_TMP2, (int32_t)offsetof(CallInfo, savedpc) - (int32_t)sizeof(CallInfo)));
      exit_jcc(A, X64_CC_NE);
      guard_noupval(A, !(ins->op2 & IRRETF_NOUPV));
      if (!(ins->op2 & IRRETF_NOUPV)) x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, ciofs));
      x64_lea(as, 8, RID_TMP2, x64_mem(RID_TMP2, -(int32_t)sizeof(CallInfo)));
      x64_mov_mr(as, 8, x64_mem(RID_TMP, ciofs), RID_TMP2);
      x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP2, (int32_t)offsetof(CallInfo, top)));
      x64_mov_mr(as, 8, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, top)), RID_TMP2);
      x64_lea(as, 8, RID_BASE, x64_mem(RID_BASE, -8 * (int32_t)(ins->op2 & ~IRRETF_NOUPV)));
      x64_mov_mr(as, 8, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, base)), RID_BASE);
      break;
    }
    case IR_TAILF:
      guard_noupval(A, !(ins->op2 & IRRETF_NOUPV));
      x64_lea(as, 8, RID_TMP2, x64_mem(RID_BASE, 8 * (int32_t)ins->op1));
      if (!(ins->op2 & IRTAILF_SAMETOP)) {
        x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, stack_last)));
        exit_jcc(A, X64_CC_AE);
      }
      x64_mov_mr(as, 8, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, top)), RID_TMP2);
      x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, ci)));
      if (!(ins->op2 & IRTAILF_SAMETOP))
        x64_mov_mr(as, 8, x64_mem(RID_TMP, (int32_t)offsetof(CallInfo, top)), RID_TMP2);
      x64_alu_mi(as, X64_ADD, 4, x64_mem(RID_TMP, (int32_t)offsetof(CallInfo, tailcalls)), 1);
      break;
    default:
      lower_fail(A, "NYI: IR instruction in the backend");
      break;
  }
}

/* --- the back edge: PHI moves as one parallel copy --- */

typedef struct Move { IRRef dst, src; int done, fromtmp; } Move;

static int loc_same(Lower *A, IRRef a, IRRef b) {
  RegSp *x = LRS(A, a), *y;
  if (irref_isk(b)) return 0;
  y = LRS(A, b);
  if (x->reg != RA_NONE) return x->reg == y->reg && ref_isfp(A, a) == ref_isfp(A, b);
  return x->spill && x->spill == y->spill;
}

/* dst := src, or dst := the value parked in the second scratch register (fromtmp). */
static void move_one(Lower *A, IRRef dst, IRRef src, int fromtmp) {
  RegSp *d = LRS(A, dst);
  if (ref_isfp(A, dst)) {
    int x = fromtmp ? XID_TMP2 : xmm_of(A, src, XID_TMP);
    if (d->reg != RA_NONE) { if (d->reg != x) x64_movsd_rr(&A->a, d->reg, x); }
    else x64_movsd_mr(&A->a, spillmem(d->spill), x);
  } else {
    int r = fromtmp ? RID_TMP2 : gpr_of(A, src, RID_TMP);
    if (d->reg != RA_NONE) { if (d->reg != r) x64_mov_rr(&A->a, 8, d->reg, r); }
    else x64_mov_mr(&A->a, 8, spillmem(d->spill), r);
  }
}

/* The PHIs take their next values at once (a parallel copy): a move waits while another still
 * reads its destination; a cycle of such waits is broken by parking one destination's value in
 * the second scratch register (r10 or xmm14), from where its readers take it. */
static void lower_phis(Lower *A) {
  Move mv[256];
  int n = 0, left, k, j, parked = 0;
  IRRef ref;
  for (ref = A->loopref; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    if (ins->o != IR_PHI || irt_ispri(ins->t)) continue;
    if (n == 256) { lower_fail(A, "too many PHIs"); return; }
    if (loc_same(A, ins->op1, ins->op2)) continue;
    mv[n].dst = ins->op1;
    mv[n].src = ins->op2;
    mv[n].done = mv[n].fromtmp = 0;
    n++;
  }
  left = n;
  while (left > 0) {
    int progress = 0;
    for (k = 0; k < n; k++) {
      int blocked = 0;
      if (mv[k].done) continue;
      for (j = 0; j < n; j++)
        if (j != k && !mv[j].done && !mv[j].fromtmp && loc_same(A, mv[k].dst, mv[j].src)) {
          blocked = 1;
          break;
        }
      if (blocked) continue;
      move_one(A, mv[k].dst, mv[k].src, mv[k].fromtmp);
      mv[k].done = 1;
      left--;
      progress = 1;
    }
    if (progress) continue;
    /* Only cycles are left. One at a time: the scratch register holds one value. */
    for (k = 0; k < n && !(!mv[k].done && mv[k].fromtmp); k++) {}
    if (k < n || parked > 64) { lower_fail(A, "PHI cycle too complex"); return; }
    for (k = 0; k < n && mv[k].done; k++) {}
    {
      IRRef d = mv[k].dst;
      RegSp *rs = LRS(A, d);
      if (ref_isfp(A, d)) {
        if (rs->reg != RA_NONE) x64_movsd_rr(&A->a, XID_TMP2, rs->reg);
        else x64_movsd_rm(&A->a, XID_TMP2, spillmem(rs->spill));
      } else {
        if (rs->reg != RA_NONE) x64_mov_rr(&A->a, 8, RID_TMP2, rs->reg);
        else x64_mov_rm(&A->a, 8, RID_TMP2, spillmem(rs->spill));
      }
      for (j = 0; j < n; j++)
        if (!mv[j].done && loc_same(A, d, mv[j].src)) mv[j].fromtmp = 1;
      parked++;
    }
  }
}

/* --- the trace --- */

/* Before a link from inlined frames (snapshot ls): room for the frames and for the linked
 * tree's slots and frames above them, as jit_enter checks at a trace's entry. Any tree's needs
 * are within JIT_LINKSLOTS and JIT_LINKCI (jit_enter keeps that much room), so the check is
 * two compares with constants. Else the link snapshot's exit. */
static void link_room(Lower *A, SnapShot *ls) {
  X64Asm *as = &A->a;
  int32_t nbase = 0, k;
  for (k = 0; k < ls->nframe; k++)
    nbase = A->T->framemap[ls->frameofs + k].funcslot + 1 + A->T->framemap[ls->frameofs + k].vabase;
  A->cursnap = A->T->nsnap - 1;
  x64_mov_rm(as, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
  x64_lea(as, 8, RID_TMP2, x64_mem(RID_BASE, 8 * (nbase + JIT_LINKSLOTS)));
  x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, stack_last)));
  exit_jcc(A, X64_CC_AE);
  x64_mov_rm(as, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, ci)));
  x64_lea(as, 8, RID_TMP2, x64_mem(RID_TMP2, (int32_t)sizeof(CallInfo) * (ls->nframe + JIT_LINKCI)));
  x64_alu_rm(as, X64_CMP, 8, RID_TMP2, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, end_ci)));
  exit_jcc(A, X64_CC_AE);
}

_Static_assert(offsetof(CallInfo, func) == 0 && offsetof(CallInfo, base) == 8 &&
               offsetof(CallInfo, top) == 16 && offsetof(CallInfo, savedpc) == 24 &&
               offsetof(CallInfo, nresults) == 32 && offsetof(CallInfo, tailcalls) == 36 &&
               offsetof(CallInfo, callstatus) == 40 && offsetof(CallInfo, contlast) == 42 &&
               offsetof(CallInfo, olderrfunc) == 44 && sizeof(CallInfo) == 48,
               "link_frames writes a CallInfo as three pairs of words");

/* The three pairs of words of each frame of fr that link_frames adds or stores: {func, base}
 * and {top, savedpc} as offsets from the base (savedpc: the next frame's return pc, or the
 * code of the last frame's function, added to zero), and {nresults | tailcalls, callstatus |
 * contlast | olderrfunc} as stored. */
static void link_consts(uint64_t *k, const SnapFrame *fr, int n) {
  int e;
  for (e = 0; e < n; e++, k += 6) {
    const SnapFrame *sf = &fr[e];
    int64_t nb = 8 * (int64_t)(sf->funcslot + 1 + sf->vabase);
    k[0] = (uint64_t)(8 * (int64_t)sf->funcslot);
    k[1] = (uint64_t)nb;
    k[2] = (uint64_t)(nb + 8 * (int64_t)sf->pt->maxstack);
    k[3] = (uint64_t)(uintptr_t)(e < n - 1 ? fr[e + 1].retpc : sf->pt->code);
    k[4] = (uint32_t)sf->nresults | (uint64_t)(uint32_t)sf->tailcalls << 32;
    k[5] = 0;
  }
}

/* The n inlined frames fr as the interpreter's CALL makes them (jit_pushframes in C): the
 * caller's return pc, then each CallInfo as three 16-byte stores, from the base in both words
 * of one xmm register ({base, 0} in another) plus link_consts' pairs. Registers are free here:
 * the snapshot's slots were stored. */
static void link_frames(Lower *A, const SnapFrame *fr, int n) {
  X64Asm *as = &A->a;
  int e;
  int32_t nb = 8 * (fr[n - 1].funcslot + 1 + fr[n - 1].vabase);
  if (!A->klink) {   /* its constants did not fit in front of the code (lower_trace) */
    lower_fail(A, "machine code area full");
    return;
  }
  x64_mov_rm(as, 8, X64_RAX, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
  x64_mov_rm(as, 8, X64_RCX, x64_mem(X64_RAX, (int32_t)offsetof(lua_State, ci)));
  x64_mov_ri(as, X64_RDX, (uint64_t)(uintptr_t)fr[0].retpc);
  x64_mov_mr(as, 8, x64_mem(X64_RCX, (int32_t)offsetof(CallInfo, savedpc)), X64_RDX);
  x64_movq_xr(as, 1, RID_BASE);                          /* xmm1 = {base, 0} */
  x64_sse_rrr(as, X64_PUNPCKLQDQ, 0, 1, 1);              /* xmm0 = {base, base} */
  for (e = 0; e < n; e++) {
    const uint64_t *k = A->klink + 6 * e;
    int32_t o = (int32_t)sizeof(CallInfo) * (e + 1);
    x64_sse_rrm(as, X64_PADDQ, 2, 0, x64_mem_rip(&k[0]));
    x64_movups_mr(as, x64_mem(X64_RCX, o), 2);
    x64_sse_rrm(as, X64_PADDQ, 3, 1, x64_mem_rip(&k[2]));
    x64_movups_mr(as, x64_mem(X64_RCX, o + 16), 3);
    if (e == 0 || k[4] != k[-2]) x64_movups_rm(as, 4, x64_mem_rip(&k[4]));
    x64_movups_mr(as, x64_mem(X64_RCX, o + 32), 4);
  }
  x64_alu_ri(as, X64_ADD, 8, X64_RCX, (int32_t)sizeof(CallInfo) * n);
  x64_mov_mr(as, 8, x64_mem(X64_RAX, (int32_t)offsetof(lua_State, ci)), X64_RCX);
  /* L->top: the new frame's top, as just stored (computed again rather than read back) */
  x64_lea(as, 8, X64_RDX, x64_mem(RID_BASE, nb + 8 * (int32_t)fr[n - 1].pt->maxstack));
  x64_mov_mr(as, 8, x64_mem(X64_RAX, (int32_t)offsetof(lua_State, top)), X64_RDX);
  x64_lea(as, 8, RID_BASE, x64_mem(RID_BASE, nb));
  x64_mov_mr(as, 8, x64_mem(X64_RAX, (int32_t)offsetof(lua_State, base)), RID_BASE);
}

/* Does function trace T start with SLOAD #-1 and an EQ guard of it against a closure constant,
 * with no other use of the load (no instruction, no snapshot)? Then a link that knows the
 * closure may enter past the guard (Trace.fnskip). */
static void *fn_entryguard(Lower *A) {
  Trace *T = A->T;
  IRIns *ld, *eq;
  IRRef ref;
  int s;
  if (!trace_isfunc(T) || T->nins < REF_FIRST + 2) return NULL;
  ld = LIR(A, REF_FIRST);
  eq = LIR(A, REF_FIRST + 1);
  if (ld->o != IR_SLOAD || (int16_t)ld->op1 != -1 || eq->o != IR_EQ || eq->op1 != REF_FIRST ||
      !irref_isk(eq->op2) || LIR(A, eq->op2)->o != IR_KGC || LIR(A, eq->op2)->t != IRT_FUNC)
    return NULL;
  for (ref = REF_FIRST + 2; ref < A->nins; ref++) {
    IRIns *ins = LIR(A, ref);
    if ((ir_mode1[ins->o] == IRM_R && ins->op1 == REF_FIRST) ||
        (ir_mode2[ins->o] == IRM_R && ins->op2 == REF_FIRST))
      return NULL;
  }
  for (s = 0; s < T->nsnap; s++) {
    uint32_t e;
    for (e = 0; e < T->snap[s].nent; e++)
      if (T->snapmap[T->snap[s].mapofs + e].ref == REF_FIRST) return NULL;
  }
  return LIR(A, eq->op2)->k.ptr;
}

/* Where a link at the end of the trace, with last snapshot ls, enters trace X: past X's guard of
 * its closure when the snapshot has that closure as a constant in the function slot of the
 * frame X runs in (the last frame the link makes, or slot -1 without frames). */
static uint8_t *link_entry(Lower *A, Trace *X, SnapShot *ls) {
  uint8_t *start = X == A->T ? A->a.start : X->mcode;
  uint32_t skip = X == A->T ? A->fnskip : X->fnskip;
  int fs = ls->nframe ? A->T->framemap[ls->frameofs + ls->nframe - 1].funcslot : -1;
  uint32_t e;
  if (!skip) return start;
  for (e = 0; e < ls->nent; e++) {
    const SnapEntry *se = &A->T->snapmap[ls->mapofs + e];
    if (se->slot == fs) {
      IRIns *k = irref_isk(se->ref) ? LIR(A, se->ref) : NULL;
      return k && k->o == IR_KGC && k->k.ptr == X->fnkey ? start + skip : start;
    }
  }
  return start;
}

/* An exit stub's first instruction: the exit's snapshot number into J->exitno (the trace's
 * number follows, then the jump to the exit handler). */
static void stub_head(X64Asm *a, int sn) {
  x64_mov_mi(a, 4, x64_mem(RID_J, (int32_t)offsetof(JitState, exitno)), sn);
}

/* An exit stub's first instruction becomes a jump to the side trace at target (trace_compiled);
 * or back to what lower_trace wrote there (snapshot sn; trace_relink). */
void lower_patchstub(JitState *J, uint8_t *stub, const uint8_t *target) {
  X64Asm a;
  x64_init(&a, stub, 16, J->vex);
  x64_jmp_to(&a, target);
}

void lower_unpatchstub(JitState *J, uint8_t *stub, int sn) {
  X64Asm a;
  x64_init(&a, stub, 16, J->vex);
  stub_head(&a, sn);
}

int lower_trace(JitState *J, Trace *T, uint8_t *buf, size_t size, size_t *used, size_t *entry) {
  Lower L_, *A = &L_;
  IRRef ref;
  uint8_t *loop = NULL;
  uint8_t **stub;
  int s, k;
  memset(A, 0, sizeof *A);
  A->J = J;
  A->T = T;
  A->ir = T->ir;
  A->kbot = T->kbot;
  A->nins = T->nins;
  A->rs = T->rs;
  A->loopref = 0;
  A->loopsaved = 0;
  for (ref = REF_FIRST; ref < T->nins; ref++)
    if (trace_ir(T, ref)->o == IR_LOOP) { A->loopref = ref; break; }
  A->iend = (int32_t *)calloc((size_t)(T->nins - T->kbot) + 1, sizeof(int32_t));
  A->phiof = (IRRef *)calloc((size_t)(T->nins - T->kbot) + 1, sizeof(IRRef));
  A->phinext = (IRRef *)calloc((size_t)(T->nins - T->kbot) + 1, sizeof(IRRef));
  if (T->parent) A->inh = (uint8_t *)calloc((size_t)(T->nins - T->kbot) + 1, 1);
  A->afuse = (uint8_t *)calloc((size_t)(T->nins - T->kbot) + 1, 1);
  if (!A->iend || !A->phiof || !A->phinext || (T->parent && !A->inh) || !A->afuse) {
    free(A->iend);
    free(A->phiof);
    free(A->phinext);
    free(A->inh);
    free(A->afuse);
    J->abortmsg = "out of memory";
    return 0;
  }
  aref_findfused(A);
  load_findfused(A);
  ra_intervals(A);
  ra_allocate(A);
  /* The number constants (other than +0) go in front of the code, read RIP-relative. */
  {
    IRRef kr;
    size_t poolbytes, linkbytes = 0;
    SnapShot *ls = T->nsnap ? &T->snap[T->nsnap - 1] : NULL;
    A->klink = NULL;
    if (ls && ls->nframe && T->link > 0 && (size_t)ls->nframe * sizeof(CallInfo) <= size / 4) {
      A->klink = (uint64_t *)(void *)buf;
      link_consts(A->klink, &T->framemap[ls->frameofs], ls->nframe);
      linkbytes = (size_t)ls->nframe * sizeof(CallInfo);   /* six words a frame */
    }
    A->kpool = (uint64_t *)(void *)(buf + linkbytes);
    for (kr = T->kbot; kr < REF_BIAS; kr++) {
      IRIns *ki = LIR(A, kr);
      if (ki->o == IR_KNUM && ki->k.u64 != 0 && kpool_find(A, ki->k.u64) < 0) {
        if (linkbytes + (size_t)(A->nkpool + 1) * 8 > size / 2) break;
        A->kpool[A->nkpool++] = ki->k.u64;
      }
    }
    poolbytes = (linkbytes + (size_t)A->nkpool * 8 + 15) & ~(size_t)15;
    *entry = poolbytes;
    x64_init(&A->a, buf + poolbytes, size - poolbytes, J->vex);
  }
  if (T->parent) {
    /* Entered from the parent's exit: its snapshot's slots to the stack first (this trace
     * loads what it uses). */
    Trace *P = J->trace[T->parent];
    if (flush_snap(&A->a, P, &P->snap[T->parentsnap])) {
      side_unsink(&A->a, J, P, T->parentsnap);
      A->ncall++;   /* (it allocates: see intr_patchable) */
    }
    else if (A->inh) side_inherit(A);   /* (side_unsink's call clobbers the registers) */
  }
  if (!A->err) {
    void *fnkey = fn_entryguard(A);
    s = 0;
    for (ref = REF_FIRST; ref < A->nins && !A->err; ref++) {
      int lowered;
      A->cursnap = s = snap_at(T, s, ref);
      A->scon = JIT_OPT(J, reuse) && ref != A->loopref && (ref != REF_FIRST + 2 || !fnkey)
                ? sc_keeps(A, ref) : 0;
      if (!A->scon) A->sc[0] = A->sc[1] = 0;   /* (fnkey: Trace.fnskip lands here) */
      if (ref == A->loopref) {
        save_invariants(A);
        loop = A->a.p;
        A->ncallloop = A->ncall;
      }
      if (ref == REF_FIRST && A->a.p != A->a.start) fnkey = NULL;   /* code before the guard */
      lowered = !ir_issunk(LIR(A, ref)) && !lower_unread(A, ref);
      if (lowered) lower_ins(A, ref);
      if (A->scon != 1) A->sc[0] = A->sc[1] = 0;
      if (A->scon && lowered) sc_done(A, ref);
      A->scon = 0;
      if (ref == REF_FIRST + 1 && fnkey) {
        A->fnskip = (uint32_t)(A->a.p - A->a.start);
        T->fnkey = fnkey;
      }
    }
    if (!A->err) {
      if (loop) {
        lower_phis(A);
        loop_backedge(A, loop);
      } else if (T->link < 0) {
        /* A trace that returns to the interpreter, which runs the RET: its last snapshot's
         * slots to the stack (in its first frame: L->base is the base), and the interpreter
         * resumes at the snapshot's pc, as after an exit, without the exit handler. */
        SnapShot *ls = &T->snap[T->nsnap - 1];
        flush_snap(&A->a, T, ls);
        if (ls->topslot) {
          x64_mov_rm(&A->a, 8, RID_TMP, x64_mem(RID_J, (int32_t)offsetof(JitState, L)));
          x64_lea(&A->a, 8, RID_TMP2, x64_mem(RID_BASE, 8 * (ls->topslot - 1)));
          x64_mov_mr(&A->a, 8, x64_mem(RID_TMP, (int32_t)offsetof(lua_State, top)), RID_TMP2);
        }
        x64_mov_ri(&A->a, RID_TMP, (uint64_t)(uintptr_t)ls->pc);
        x64_mov_mr(&A->a, 8, x64_mem(RID_J, (int32_t)offsetof(JitState, exitpc)), RID_TMP);
        /* At a RET with a trace of its own (down-recursion, JIT_RETF), unless this trace is
         * in its tree (see trace_retpatch): on in that trace. Else to the interpreter, through
         * a jump that trace_compiled points at such a trace once there is one. */
        {
          int rno = T->link == -1 ? trace_find(J, ls->pc) : 0;
          if (rno > 0 && rno != T->root && J->trace[rno] && trace_isret(J->trace[rno])) {
            T->retlink = rno;
            x64_jmp_to(&A->a, J->trace[rno]->mcode);
          } else {
            uint8_t *f = x64_jmp(&A->a);
            x64_patch_rel32(f, J->leave);
            if (f && T->link == -1) T->retjmp = (uint32_t)(f - A->a.start);
          }
        }
      } else if (T->link && (T->link == T->no || J->trace[T->link])) {
        /* A trace's end: its slots to the stack, then into the trace it links to (itself, for
         * a function's trace calling the function). */
        SnapShot *ls = &T->snap[T->nsnap - 1];
        Trace *X = T->link == T->no ? T : J->trace[T->link];
        uint8_t *target;
        if (ls->nframe) link_room(A, ls);
        flush_snap(&A->a, T, ls);
        if (ls->nframe) link_frames(A, &T->framemap[ls->frameofs], ls->nframe);
        target = link_entry(A, X, ls);
        if (A->intrat) {
          /* No interrupt test (intr_patchable): the jump is the site. */
          uint8_t *site = site_jmp(A, target);
          if (site) intr_site(A, site, target);
        } else {
          x64_jmp_to(&A->a, target);
        }
      } else {
        lower_fail(A, "no loop");
      }
    }
  }
  /* Exit stubs, one per snapshot that a guard uses. */
  stub = (uint8_t **)calloc((size_t)T->nsnap + 1, sizeof *stub);
  T->stubofs = (uint32_t *)calloc((size_t)T->nsnap + 1, sizeof *T->stubofs);
  if (!stub || !T->stubofs) lower_fail(A, "out of memory");
  for (k = 0; k < A->nfix && !A->err; k++) {
    int sn = A->fix[k].snap;
    if (!stub[sn]) {
      stub[sn] = A->a.p;
      T->stubofs[sn] = (uint32_t)(A->a.p - A->a.start);
      stub_head(&A->a, sn);
      x64_mov_mi(&A->a, 4, x64_mem(RID_J, (int32_t)offsetof(JitState, exittrace)), T->no);
      x64_jmp_to(&A->a, J->exithandler);
    }
    if (!A->a.overflow && A->fix[k].field) x64_patch_rel32(A->fix[k].field, stub[sn]);
  }
  if (T->intrfield) T->intrexit = T->stubofs[A->intrsnap];
  free(stub);
  if (A->a.overflow) lower_fail(A, "machine code area full");
  T->spillslots = A->nspill;
  T->fnskip = A->fnskip;
  free(T->iend);
  T->iend = A->err ? NULL : A->iend;
  if (A->err) free(A->iend);
  free(A->phiof);
  free(A->phinext);
  free(A->inh);
  free(A->afuse);
  free(A->fix);
  if (A->err) {
    J->abortmsg = A->err;
    return 0;
  }
  *used = *entry + x64_size(&A->a);
  return 1;
}

/* The shared stubs: enter(mcode, base, J) and the exit handler. */
int lower_stubs(JitState *J, uint8_t *buf, size_t size, size_t *used) {
  X64Asm a_, *as = &a_;
  int r;
  extern void jit_exit_restore(JitState *J, ExitState *ex);
  x64_init(as, buf, size, J->vex);
  J->enter = as->p;
  x64_push(as, X64_RBX);
  x64_push(as, X64_RBP);
  x64_push(as, X64_R12);
  x64_push(as, X64_R13);
  x64_push(as, X64_R14);
  x64_push(as, X64_R15);
  x64_alu_ri(as, X64_SUB, 8, X64_RSP, JIT_SPILLBYTES + 8);
  x64_mov_rr(as, 8, RID_BASE, X64_RSI);
  x64_mov_rr(as, 8, RID_J, X64_RDX);
  x64_jmp_r(as, X64_RDI);
  while (x64_size(as) & 15) x64_nop(as, 1);
  J->exithandler = as->p;
  x64_alu_ri(as, X64_SUB, 8, X64_RSP, (int32_t)sizeof(ExitState));
  for (r = 0; r < 16; r++)
    if (r != X64_RSP) x64_mov_mr(as, 8, x64_mem(X64_RSP, 8 * r), r);
  for (r = 0; r < 16; r++) x64_movsd_mr(as, x64_mem(X64_RSP, 128 + 8 * r), r);
  x64_mov_rr(as, 8, X64_RDI, RID_J);
  x64_mov_rr(as, 8, X64_RSI, X64_RSP);
  x64_mov_ri(as, X64_RAX, (uint64_t)(uintptr_t)jit_exit_restore);
  x64_call_r(as, X64_RAX);
  x64_alu_ri(as, X64_ADD, 8, X64_RSP, (int32_t)sizeof(ExitState));
  /* The way back to the interpreter without an exit (J->exitpc set, the stack written). */
  J->leave = as->p;
  x64_alu_ri(as, X64_ADD, 8, X64_RSP, JIT_SPILLBYTES + 8);
  x64_pop(as, X64_R15);
  x64_pop(as, X64_R14);
  x64_pop(as, X64_R13);
  x64_pop(as, X64_R12);
  x64_pop(as, X64_RBP);
  x64_pop(as, X64_RBX);
  x64_ret(as);
  if (as->overflow) return 0;
  *used = x64_size(as);
  return 1;
}

/* -jdump's machine code: disassembled by libcapstone when it is installed (loaded with dlopen,
 * never a dependency), else as hex bytes, 16 to a line. */
#include <dlfcn.h>
void lower_disasm(FILE *out, const uint8_t *code, size_t size) {
  static void *cs;
  static int tried;
  typedef int (*open_fn)(int, int, size_t *);
  typedef size_t (*disasm_fn)(size_t, const uint8_t *, size_t, uint64_t, size_t, void **);
  typedef void (*free_fn)(void *, size_t);
  typedef int (*close_fn)(size_t *);
  if (!tried) {
    tried = 1;
    cs = dlopen("libcapstone.so.5", RTLD_NOW);
    if (!cs) cs = dlopen("libcapstone.so.4", RTLD_NOW);
    if (!cs) cs = dlopen("libcapstone.so", RTLD_NOW);
  }
  if (cs) {
    open_fn cs_open = (open_fn)dlsym(cs, "cs_open");
    disasm_fn cs_disasm = (disasm_fn)dlsym(cs, "cs_disasm");
    free_fn cs_free = (free_fn)dlsym(cs, "cs_free");
    close_fn cs_close = (close_fn)dlsym(cs, "cs_close");
    size_t h;
    /* CS_ARCH_X86 = 3, CS_MODE_64 = 8 (capstone 4 and 5) */
    if (cs_open && cs_disasm && cs_free && cs_close && cs_open(3, 8, &h) == 0) {
      /* cs_insn: id (4) pad, address (8), size (2), bytes[24], mnemonic[32], op_str[160], ... */
      struct insn { unsigned int id; uint64_t address; uint16_t size; uint8_t bytes[24];
                    char mnemonic[32]; char op_str[160]; void *detail; };
      void *insns;
      size_t n = cs_disasm(h, code, size, (uint64_t)(uintptr_t)code, 0, &insns), k;
      if (n > 0) {
        for (k = 0; k < n; k++) {
          struct insn *ci = (struct insn *)((char *)insns + k * sizeof(struct insn));
          fprintf(out, "%012llx  %-8s %s\n", (unsigned long long)ci->address, ci->mnemonic, ci->op_str);
        }
        cs_free(insns, n);
        cs_close(&h);
        return;
      }
      cs_close(&h);
    }
  }
  {
    size_t k;
    for (k = 0; k < size; k++) {
      if (k % 16 == 0) fprintf(out, "%s%012llx ", k ? "\n" : "", (unsigned long long)(uintptr_t)(code + k));
      fprintf(out, " %02x", code[k]);
    }
    fprintf(out, "\n");
  }
}
