/*
 * jit_int.h - the trace compiler's shared state, for the files of src/jit only.
 *
 * Pipeline (one trace at a time): record.c records the bytecode executed by one loop iteration
 * into IR (through ir.c's emitter, which folds constants and eliminates common subexpressions),
 * takes snapshots at guards, then peels the loop (opt_loop in record.c: the body is re-emitted
 * once after a LOOP marker, so invariant code and guards stay before it and loop-carried values
 * become PHIs) and removes dead code. x64/lower.c allocates registers by linear scan and emits
 * machine code; trace.c owns the traces, the machine-code area, patching and the exits.
 */
#ifndef APOGEE_JIT_INT_H
#define APOGEE_JIT_INT_H

#include <stdio.h>
#include "jit.h"
#include "ir.h"
#include "opcodes.h"

/* One entry of a snapshot: stack slot `slot` (base-relative) holds the value of `ref`. */
typedef struct SnapEntry {
  int16_t slot;
  IRRef ref;
} SnapEntry;

/* One inlined call frame of a snapshot, outermost first: the called function is in slot
 * funcslot (relative to the trace's base), its frame starts at funcslot + 1, the caller
 * resumes at retpc and wants nresults results. */
typedef struct SnapFrame {
  int16_t funcslot;
  int16_t nresults;
  int16_t vabase;       /* slots from funcslot + 1 to the frame's base: a vararg function's
                           arguments and the copy of the function above them, else 0 */
  uint16_t tailcalls;   /* tail calls made in the frame (ci->tailcalls, for tracebacks) */
  const Instr *retpc;
  Proto *pt;            /* the called function's prototype (the trace guards it) */
} SnapFrame;

#define JIT_MAXDEPTH 8         /* inlined frames */

typedef struct SnapShot {
  uint32_t mapofs;     /* first entry in the snapshot map */
  uint16_t nent;       /* number of entries */
  uint16_t nframe;     /* inlined frames at this point */
  uint32_t frameofs;   /* first of them in the frame map */
  IRRef ref;           /* first IR instruction this snapshot covers */
  int16_t topslot;     /* 1 + the slot L->top points to at the exit (an instruction that takes
                          the values up to the top: CALL or RET with B = 0), or 0 */
  const Instr *pc;     /* where the interpreter resumes */
  uint32_t count;      /* times this exit was taken */
  uint16_t tries;      /* side traces attempted from this exit */
  uint16_t side;       /* the side trace its stub jumps to, or 0 */
  int16_t deadbase;    /* the temporaries left out as dead (record.c, snap_purge): slot
                          deadbase + k for each bit k of deadmask (the first 64 of them) */
  uint64_t deadmask;
} SnapShot;

/* Where the register allocator put an instruction's result. */
#define RA_NONE  0xff          /* no register (constant, or spilled only) */
typedef struct RegSp {
  uint8_t reg;           /* gpr 0..15, or xmm 0..15 (by type), or RA_NONE */
  uint16_t spill;        /* spill slot + 1 (8 bytes each), or 0 */
} RegSp;

typedef struct Trace {
  int no;
  int root;                /* the root trace of its tree (itself for a root trace) */
  int parent, parentsnap;  /* a side trace: the trace and exit it starts from; else 0 */
  int link;                /* a side trace: the trace it jumps to at its end; else 0 */
  int nside;               /* a root trace: side traces in its tree */
  int nsideloop;           /* a root trace: side traces in its tree that loop (rec_sideloop) */
  Proto *proto;
  const Instr *startpc;    /* a root trace: the patched loop instruction; a side trace: the
                              exit's pc, where it starts */
  BCOp startop;            /* its original opcode */
  const Instr *entrypc;    /* the first instruction the trace runs */
  int loopreg;             /* FORLOOP traces: A of the FORLOOP */
  IRIns *ir;               /* copy of the IR, indexed by ref - kbot */
  GCObj **gck;             /* its GC constants (KGC), for the collector (jit_mark) */
  int ngck;
  IRRef kbot, nins;        /* constants from kbot, instructions up to nins - 1 */
  RegSp *rs;               /* indexed like ir */
  int32_t *iend;           /* indexed like ir: the last position where each value is live (its
                              register or spill slot holds it up to there; parent_ref) */
  SnapShot *snap;
  int nsnap;
  SnapEntry *snapmap;
  int nsnapmap;
  SnapFrame *framemap;
  int nframemap;
  int maxslot;             /* highest slot (trace-base relative) it touches, + 1 */
  int maxdepth;            /* deepest inlined frame */
  int treeslot, treedepth; /* a root trace: the same over its whole tree (checked at entry) */
  uint8_t *mcode;          /* entry point */
  size_t szmcode;
  uint32_t *stubofs;       /* exit stub of each snapshot (offset from mcode), 0 if none */
  int spillslots;
  /* A function's trace that starts by guarding the closure in its frame (and uses that load
   * for nothing else): the code after the guard (offset from mcode), and the closure. A link
   * whose snapshot has that closure as a constant in the slot enters there. 0 if none. */
  uint32_t fnskip;
  void *fnkey;
  /* A trace that ends at a RET ("-> return"): the jump to the interpreter there (its rel32
   * field, offset from mcode), which trace_compiled points at that RET's trace once there is
   * one (down-recursion); retlink: that trace, once the jump goes there. */
  uint32_t retjmp;
  int retlink;
  /* A loop with no call in it has no interrupt test (lower.c, loop_backedge), nor does the
   * link of a trace without calls: the rel32 field of its back edge (or link jump), the loop's
   * start (or the trace linked to, an int32 offset) and the exit stub of its interrupt
   * snapshot, offsets from mcode (intrfield 0: it tests the interrupt word itself).
   * While JIT_INTR_HOOK is set the field points at the exit (intr_sync, trace.c). */
  uint32_t intrfield, intrloop, intrexit;
} Trace;

#define trace_ir(T, ref) (&(T)->ir[(ref) - (T)->kbot])
/* Is snapshot entry ref of trace T a table the trace never made (opt_sink)? */
#define trace_sunk(T, ref) (!irref_isk(ref) && ir_issunk(trace_ir(T, ref)))

/* Optimisation flags (-O...). */
#define JIT_OPT_LIST(_) _(fold) _(cse) _(dce) _(loop) _(narrow) _(fwd) _(abc) _(sink) _(patch) _(purge) _(reuse)
enum {
#define JIT_OPT_ENUM(name) JIT_OPTB_##name,
  JIT_OPT_LIST(JIT_OPT_ENUM)
#undef JIT_OPT_ENUM
};
#define JIT_OPT(J, name) ((J)->opt & (1u << JIT_OPTB_##name))

/* Parameters (-Oname=value). */
#define JIT_PARAM_LIST(_) \
  _(hotloop, 56) _(maxtrace, 1000) _(maxrecord, 4000) _(maxsnap, 500) _(maxmcode, 2048) \
  _(tryside, 4) _(blacklist, 6) _(hotexit, 10) _(maxside, 100) _(sideloop, 4) \
  _(recunroll, 6)
enum {
#define JIT_PARAM_ENUM(name, def) JIT_P_##name,
  JIT_PARAM_LIST(JIT_PARAM_ENUM)
#undef JIT_PARAM_ENUM
  JIT_P__MAX
};

/* JREC_WAIT: a root trace's recording that left its loop on the iteration it began with starts
 * again when the loop instruction runs next (within JIT_WAITMAX instructions), instead of
 * recording on or counting an abort (rec_leftloop). */
enum { JREC_IDLE, JREC_START, JREC_ACTIVE, JREC_WAIT };
#define JIT_WAITMAX 2000
#define JIT_MAXRESTART 4
/* Returns below its first frame a trace may record (RETF guards, rec_retf). */
#define JIT_MAXRETF 4

/* The start "opcode" of a root trace of a function's entry (startpc: its first instruction;
 * Proto.jitf names the trace, which is entered at calls, not through a patched instruction). */
#define JIT_FUNCF BC__MAX
#define trace_isfunc(T) (!(T)->parent && (T)->startop == JIT_FUNCF)
/* The start "opcode" of a root trace of a return (startpc: a RET): down-recursion. Compiled
 * code that leaves at the RET goes on in it (trace_go), no instruction is patched; the trace
 * returns into a frame of the same function and runs it to the same RET, where it links to
 * itself (or leaves at another RET, or links to the function's trace at a call). */
#define JIT_RETF (BC__MAX + 1)
#define trace_isret(T) (!(T)->parent && (T)->startop == JIT_RETF)

#define JIT_MAXSLOTS 512       /* slots a trace may touch, over its inlined frames */
/* What a link from inlined frames checks for above the frames it makes (any tree's treeslot
 * and treedepth are within these): stack slots and CallInfos. */
#define JIT_LINKSLOTS (JIT_MAXSLOTS + 2)
#define JIT_LINKCI (JIT_MAXDEPTH + 2)
#define JIT_SLOTBIAS 1         /* slot[] is indexed by base-relative slot + 1 (slot -1 = the
                                  function) */
/* Bytes of JitState.interrupt. JIT_INTR_FLUSH: a flush of every trace waits for compiled code
 * suspended in a library call (trace_flushall), which leaves at its next check (FLUSHED after
 * the call, INTR at a loop's end); no trace is entered meanwhile. */
enum { JIT_INTR_HOOK, JIT_INTR_GC, JIT_INTR_FLUSH };
#define JIT_SPILLBYTES 1024    /* the trace frame's spill area (fixed: one frame layout) */

/* Machine-visible part first: the exit stubs and the loops address these from r15. */
typedef struct JitState {
  /* Non-zero: compiled code leaves at its next loop test. Each reason has its own byte, written
   * whole (no read-modify-write: a signal handler may store another byte meanwhile). */
  union {
    volatile uint32_t word;
    volatile uint8_t byte[4];   /* JIT_INTR_* */
  } interrupt;
  uint32_t exitno;              /* written by an exit stub: the snapshot */
  uint32_t exittrace;           /* and the trace */
  uint32_t pad_;
  /* Everything below is C-only. */
  global_State *g;
  lua_State *L;                 /* the thread running compiled code or recording */
  int on;
  uint32_t opt;
  int32_t param[JIT_P__MAX];
  int verbose;                  /* -jv */
  int dump;                     /* -jdump: bit 1 bytecode, 2 IR, 4 machine code */
  FILE *out;                    /* where -jv / -jdump write (stderr) */
  int perfmap;                  /* APOGEE_PERFMAP: write /tmp/perf-PID.map for perf */

  /* Recording. */
  int state;                    /* JREC_* */
  Proto *proto;
  const Instr *startpc;         /* the loop instruction that got hot */
  BCOp startop;
  const Instr *entrypc;
  int parent, parentsnap;       /* recording a side trace: the trace and exit it starts from */
  int link;                     /* the trace a side trace ends in (set when it closes) */
  const Instr *loopseen[8];     /* a side trace: backward loop branches taken */
  int nloopseen;
  Value *base0;                 /* the trace's base: slot numbers in the IR are relative to it */
  Value *stack0;                /* L->stack when base0 was taken (the stack may move) */
  int baseofs;                  /* the current frame's base, in slots from base0 */
  Value *base;                  /* base0 + baseofs */
  Proto *pt;                    /* the current frame's prototype */
  struct {
    int16_t funcslot, nresults, vabase;
    uint16_t tailcalls;
    const Instr *retpc;
    Proto *pt;                  /* the caller's */
    int baseofs;                /* the caller's */
  } frame[JIT_MAXDEPTH];        /* inlined frames, outermost first */
  int depth;
  int maxdepth;
  Value *sidebase;              /* side_start: the parent's base at the exit */
  IRRef slot[JIT_MAXSLOTS + JIT_SLOTBIAS];  /* current value of each slot, 0 if not loaded */
  uint8_t modified[JIT_MAXSLOTS + JIT_SLOTBIAS];  /* written by the trace */
  int maxslot;                  /* highest slot index touched + 1 */
  int needsnap;
  int nrecorded;                /* bytecodes recorded */
  const Instr *curpc;           /* the instruction being recorded */
  IRRef sload[JIT_MAXSLOTS + JIT_SLOTBIAS];  /* the SLOAD of each slot read before written */
  /* A root trace of a numeric for loop with an INT index and limit: the index's SLOAD, the
   * limit (an SLOAD or a constant) with its value now, and the step's sign. In every iteration
   * the index lies between its value at entry and the limit, so a check of both ends, made
   * once, covers an array index or an addition of a constant (see rec_idx_abc). 0 if none. */
  IRRef scev_idx, scev_stop;
  int32_t scev_stopv;
  int scev_dir;
  int scev_slot;                /* the index's slot (absolute) */
  uint8_t *carried;             /* opt_loop: refs that are loop-carried values (by ref - REF_BIAS) */
  int nretf;                    /* RETFs recorded: returns below the trace's first frame */
  int ntailin;                  /* recursive tail calls a side trace went on through after a
                                   RETF (rec_callentry): one for each RETF at most */
  int luacalled;                /* a CALLC that runs Lua code was recorded: slots read anew */
  ptrdiff_t luacallci;          /* while > 0: the frame level of such a CALLC being made; the
                                   Lua code it runs above that level is not recorded */
  int callres, callnres;        /* after a CALLC: 1 + A, and the results it wants */
  int justcalled;               /* the last instruction called a Lua function (its frame is
                                   the current one): 1, or 2 if the call was recursive */
  int mtop;                     /* 1 + the top slot a call or return with a variable number of
                                   results left (for the next instruction), or 0 */
  int curtop;                   /* mtop as the instruction being recorded found it */
  Proto *startpt;               /* the prototype of the start pc (a side trace's may be another
                                   than the root's: an inlined or a lower frame's) */
  int sidecand;                 /* a side trace that may close a loop of its own (rec_start) */
  int blacklistnow;             /* the abort blacklists its start at once (rec_yieldstop) */
  int sidearmed;                /* it went round its parent's loop: it closes at its start pc */
  int retone;                   /* A + 1 of a RET A 0 that returns one value (the result of a
                                   library function tail-called just before), else 0 */
  IRRef peelonly[32];           /* guards of the entry's end: opt_loop does not copy them */
  int npeelonly;
  void *optbuf[7];              /* opt_loop's temporary buffers (freed on abort too) */
  char abortbuf[80];
  const char *abortmsg;         /* why the recording stopped */
  int abortline;
  jmp_buf abortjmp;             /* rec_abort longjmps here (inside jit_record only) */

  /* The IR being built. */
  IRIns *irbuf;                 /* irbuf[ref - irbot] */
  IRRef irbot, irtop;           /* the allocated range of refs */
  IRRef nk, nins;               /* lowest constant, next instruction */
  IRRef chain[IR__MAX];         /* newest instruction of each opcode */
  IRRef loopref;                /* the LOOP instruction, or 0 */

  SnapShot *snap;
  int nsnap, sizesnap;
  SnapEntry *snapmap;
  int nsnapmap, sizesnapmap;
  SnapFrame *framemap;
  int nframemap, sizeframemap;

  /* Traces. */
  Trace **trace;                /* trace[1..ntrace] (NULL where freed) */
  int ntrace, sizetrace;
  uint32_t naborts;             /* traces aborted so far (jit.util.naborts) */
  struct { const Instr *pc; int traceno; } *map;  /* patched pc -> trace (open addressing) */
  int sizemap;
  struct { const Instr *pc; uint16_t tries; uint16_t backoff; } penalty[64];  /* aborts */
  int penaltyslot;
  int retry;                    /* recording a loop whose recording aborted before */
  struct { const Instr *pc; uint64_t mask; uint8_t tries; } inthint[16];  /* loops' slots
                                   loaded as INTs (rec_intphis), round robin */
  int inthintslot;
  uint64_t intmask;             /* the recording's slots loaded as INTs (its start's hint) */
  int intretry;                 /* the abort records the loop again at once, without a penalty */
  int recunroll;                /* a function's trace: its calls of itself inlined before it links
                                   to itself (-Orecunroll; 1 after an abort) */
  int reenter;                  /* an exit at a link's interrupt check taken for a step of the
                                   collector only: the root trace the link went to (trace_run
                                   takes the step and goes on in it), else 0 */
  int restart;                  /* rec_leftloop's abort: wait for the loop, not abort */
  int nrestart;                 /* restarts of this hot loop's recording */
  int waited;                   /* instructions run in JREC_WAIT */

  /* Machine code. */
  uint8_t *mcarea;              /* one area, near the VM's code */
  size_t mcsize, mctop;         /* size, bytes used */
  size_t mcstubs;               /* bytes of the shared entry and exit stubs at the start */
  /* The back edges of loops without an interrupt test (Trace.intrfield): where the
   * interrupt's HOOK byte is set from a signal handler or another thread, intr_sync points them
   * at their loops' interrupt exits, and back when it is clear. Sites and code change only
   * under intrlock, which mc_write holds while the area is writable; a sync that finds it
   * taken leaves intrwant for the holder (no waiting in a signal handler). */
  struct { uint8_t *field, *loop, *exit; } *isite;
  int nisite, sizeisite;
  int intrlock, intrwant;       /* (atomic) */
  int intrpatched;              /* the sites point at the exits */
  int mcopen;                   /* mc_write made the area writable (not executable) */
  int patchok;                  /* the area can be made writable and executable at once */
  uint8_t *enter;               /* the shared entry stub: enter(mcode, base, J) */
  uint8_t *exithandler;         /* the shared exit handler */
  uint8_t *leave;               /* its end: back to the interpreter at J->exitpc */
  const Instr *exitpc;          /* set by jit_exit_restore: where the interpreter resumes */
  int vex;                      /* AVX present: VEX-encoded scalar floating point */
  int sse41;                    /* roundsd available */

  int ncallc;                   /* CALLCs under way (traces suspended in a C function) */
  int flushpending;             /* a flush asked for while ncallc > 0: done when it is 0 */
  int uvnoconst;                /* debug.setlocal/setupvalue assigned a variable the traces may
                                   take as a constant: they no longer do (jit_uvchanged) */

  /* Statistics. */
  unsigned long nexits;
} JitState;

/* What the exit handler saves: every register, then the trace frame (spill area) follows. */
typedef struct ExitState {
  uint64_t gpr[16];
  double fpr[16];
} ExitState;

#define J_OF(L) (G(L)->jit)

/* ir.c */
void ir_init(JitState *J);
IRRef ir_emit(JitState *J, IROp o, IRType t, IRRef op1, IRRef op2);     /* fold + CSE */
IRRef ir_emit_raw(JitState *J, IROp o, IRType t, IRRef op1, IRRef op2); /* no fold, no CSE */
IRRef ir_kint(JitState *J, int32_t i);
/* The metamethod event (TM_INDEX..TM_EQ, those Table.nomm caches as absent) whose name is s,
 * or TM_EQ + 1. */
static inline int jit_nommevent(global_State *g, const Str *s) {
  int e;
  for (e = 0; e <= TM_EQ && g->tmname[e] != s; e++) {}
  return e;
}

/* Is n an int32 exactly? */
static inline int knum_isint32(double n) {
  return n >= -2147483648.0 && n <= 2147483647.0 && n == (double)(int32_t)n;
}
IRRef ir_knum(JitState *J, double n);
IRRef ir_kgc(JitState *J, GCObj *o, IRType t);
IRRef ir_kptr(JitState *J, void *p);
IRRef ir_kpri(JitState *J, IRType t);
#define IR(J, ref) (&(J)->irbuf[(ref) - (J)->irbot])
/* Is ref a number constant (KNUM) / an int constant (KINT)? (J in scope.) */
#define ISKNUM(ref) (irref_isk(ref) && IR(J, ref)->o == IR_KNUM)
#define ISKINT(ref) (irref_isk(ref) && IR(J, ref)->o == IR_KINT)
void ir_dump(FILE *out, const IRIns *ir, IRRef kbot, IRRef nins, const SnapShot *snap, int nsnap,
             const SnapEntry *map);
void ir_dumpref(FILE *out, const IRIns *ir, IRRef kbot, IRRef ref);
int ir_fold_selftest(JitState *J, FILE *out);   /* used by tests/jit */
IRType ir_type_of_value(Value v);
int ir_tnewfresh(JitState *J, IRRef ref);   /* a table this part of the trace made, no call since */

/* record.c */
void rec_start(JitState *J, lua_State *L);
void rec_ins(JitState *J, lua_State *L, const Instr *pc);
_Noreturn void rec_abort(JitState *J, const char *msg);
void rec_snap(JitState *J, const Instr *pc);   /* take a snapshot now */
void opt_freeall(JitState *J);
void opt_sink(JitState *J);
IRRef sink_tableof(const IRIns *ir, IRRef kbot, IRRef store);  /* the sunk TNEW a store writes, or 0 */

/* trace.c */
void trace_compiled(JitState *J);       /* recording finished: assemble, install, patch */
void trace_aborted(JitState *J);
void *trace_mcalloc(JitState *J, size_t *avail);
void trace_mccommit(JitState *J, size_t used);
void trace_flushall(JitState *J);
/* Trace P's load of slot s that still gives the slot's value at P's snapshot sn: its first
 * SLOAD of s (not a call's result) before the snapshot, when nothing before the snapshot moved
 * the base or rewrote the frame (RETF, TAILF) or may have changed the slot (CALLC); else 0.
 * (A side trace from that exit: parent_typed, parent_ref.) */
IRRef trace_parentload(const Trace *P, int sn, int s);
Value *jit_pushframes(JitState *J, const SnapFrame *fr, int n, Value *base);
int trace_find(JitState *J, const Instr *pc);   /* the root trace of a patched loop, or 0 */

/* x64/lower.c */
/* Writes T's number constants and then its code at buf; *used: bytes written, *entry: where
 * the code starts. */
int lower_trace(JitState *J, Trace *T, uint8_t *buf, size_t size, size_t *used, size_t *entry);
int lower_stubs(JitState *J, uint8_t *buf, size_t size, size_t *used);
void lower_patchstub(JitState *J, uint8_t *stub, const uint8_t *target);
void lower_unpatchstub(JitState *J, uint8_t *stub, int sn);
void lower_disasm(FILE *out, const uint8_t *code, size_t size);

#endif
