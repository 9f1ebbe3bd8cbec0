/*
 * vm.c - the interpreter.
 *
 * The handlers (vm_ops.h) are written once and built one of two ways:
 *
 * - Tail-calling (Clang 19 or later, `preserve_none` + `musttail`): every handler is a function
 *   taking the interpreter state (L, base, pc, k, the dispatch table, the instruction) in
 *   registers and ending in a guaranteed tail call to the next handler. Nothing is spilled
 *   between handlers, and because preserve_none makes R12-R15 the first argument registers, L,
 *   base, pc and k survive calls into the C helpers of slow paths. This is the default when the
 *   compiler supports it (vm.o is built with clang-19 when it is installed; see the Makefile).
 * - Direct-threaded (any GCC or Clang): the handlers are labels inside vm_execute and each one
 *   ends by jumping through a table of label addresses ("labels as values").
 *
 * Both give every opcode its own indirect branch for the predictor. base (the frame's first
 * register), pc and k stay in locals; the running closure is always base[-1] (do.c keeps a copy
 * of the function there in vararg frames), the frame is L->ci. Every operation that can call out
 * (metamethods, errors, allocation) first saves pc into the frame (SAVEPC) and afterwards
 * reloads base, since the stack may have moved. Lua-to-Lua calls and returns stay inside the
 * loop, and so do pcall frames and metamethod calls (cont.c); a frame marked CIST_FRESH (entered
 * by a new vm_execute from C) leaves it when it returns.
 *
 * Hooks cost nothing when off: `disp` points at the plain handler table; while a line or count
 * hook is set it points at a table whose entries all lead to one stub that runs the hook and then
 * the real handler. The plain table is writable: the profiler's signal handler points all its
 * entries at the stub too (vm_profarm), which makes the next instruction a safe point where the
 * stub takes the sample (prof.h); the stub always runs the real handler from a constant copy.
 *
 * Invariant: while a Lua frame runs, L->top == ci->top, except between an instruction that
 * leaves a variable number of values (CALL with C = 0, VARARG with B = 0) and the one consuming
 * them. The collector relies on it to see every register.
 */
#include <math.h>
#include <string.h>

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
#include "jit.h"
#include "cont.h"
#include "prof.h"
#include "limit.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#if !defined(__GNUC__)
#error "the interpreter needs labels as values or musttail (GCC or Clang)"
#endif

/* AddressSanitizer's fake stacks are dynamic allocas, which Clang 19 cannot combine with
 * preserve_none: sanitized builds use the direct-threaded interpreter. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VM_NO_TAILCALL_ASAN 1
#endif
#endif
#if !defined(APOGEE_NO_TAILCALL) && !defined(VM_NO_TAILCALL_ASAN) && defined(__clang__) && \
    __clang_major__ >= 19 && defined(__has_attribute)
#if __has_attribute(musttail) && __has_attribute(preserve_none)
#define VM_TAILCALL 1
#endif
#endif
#ifndef VM_TAILCALL
#define VM_TAILCALL 0
#endif

/* Runs the count and line hooks before the instruction at pc - 1. A line event fires, as in
 * Lua 5.1, when the instruction starts a new line, when control jumped backwards (each loop
 * iteration, even on one line) and on entering a function. (Instructions 5.1 does not have
 * carry the line of the next one: see code.c.) A numeric for is entered differently: 5.1's
 * FORPREP jumps to FORLOOP, whose jump back starts the first iteration, while ours falls into
 * the body; so entering the body from FORPREP makes the events 5.1's FORLOOP would have made
 * (its line, if it differs from FORPREP's) and counts as a backward jump. */
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
    int newline = npc < p->sizelineinfo ? p->lineinfo[npc] : 0;   /* 0: no line info */
    int oldnpc = (int)(oldpc - p->code) - 1;
    int known = oldnpc >= 0 && oldnpc < p->sizelineinfo;
    if (known && npc == oldnpc + 1 && bc_op(p->code[oldnpc]) == BC_FORPREP) {
      int forloop = oldnpc + bc_sd(p->code[oldnpc]);   /* FORPREP skips to just after it */
      if (forloop > oldnpc && forloop < p->sizelineinfo &&
          p->lineinfo[forloop] != p->lineinfo[oldnpc]) {
        ci->savedpc = p->code + forloop + 1;   /* getinfo's currentline in the hook */
        do_callhook(L, LUA_HOOKLINE, p->lineinfo[forloop]);
        ci->savedpc = pc;
        if (L->status == LUA_YIELD) return;
      }
      known = 0;   /* the jump back */
    }
    if (npc == 0 || pc <= oldpc || !known || newline != p->lineinfo[oldnpc])
      do_callhook(L, LUA_HOOKLINE, newline);
  }
}

/* The profiler's safe point, before the instruction at pc - 1: the frame's saved pc is the
 * current one while the sample is taken (and the previous one again after, for traceexec). */
static __attribute__((noinline, cold)) void vm_profsample(lua_State *L, const Instr *pc) {
  const Instr *oldpc = L->ci->savedpc;
  L->ci->savedpc = pc;
  prof_safepoint(L);
  L->ci->savedpc = oldpc;
}

static const Value prim_values[3] = { VAL_NIL, VAL_FALSE, VAL_TRUE };

static void vm_pcallprotected(lua_State *L, Value *func, int nresults);

/* The fast functions' C functions, by FF_* id (vm.h); the math library computes the same. */
static double (*const vm_ffmath[FF__MAX])(double) = {
  NULL, fabs, ceil, floor, sqrt, sin, cos, tan, exp, log, log10,
};

/* Operands and the frame, shared by both builds. */
#define RA      (base + bc_a(i))
#define RB      (base + bc_b(i))
#define RC      (base + bc_c(i))
#define RD      (base + bc_d(i))
#define KC      (k + bc_c(i))
#define KD      (k + bc_d(i))
#define CL        (&val_func(base[-1])->l)
#define SAVEPC()  (L->ci->savedpc = pc)
#define PROTECT(x) do { SAVEPC(); x; base = L->base; } while (0)
#define CONDJMP(cond) do { if (cond) pc += bc_sd(*pc) + 1; else pc++; } while (0)
/* Both numbers. The tag bound goes through an empty asm so that it sits in a register and each
 * test is one compare and branch (left alone, Clang turns `v < bound` into a shift, a compare
 * and a setb). */
static inline Value vm_numbound(void) {
  Value bound = val_mktag(ITYPE_MIN_TAG);
#ifdef __clang__
  __asm__("" : "+r"(bound));
#endif
  return bound;
}
static inline int vm_isnum2(Value a, Value b) {
  Value bound = vm_numbound();
  return a < bound && b < bound;
}
#define ISNUM2(a, b) vm_isnum2((a), (b))
#define ISNUM(a) ((a) < vm_numbound())

/* 1 when the number key kv is an integer in 0..t->asize-1 (its slot), with it in *ix.
 * On x86-64 the conversion is the CPU's (any input gives a defined result: out of range and
 * NaN become INT64_MIN), the range test is one unsigned compare, and the integer test compares
 * bit patterns (so -0 fails it and takes the slow path, which finds slot 0 too), with no
 * floating-point branches. */
static inline int vm_arrayix(const Table *t, Value kv, uint64_t *ix) {
#if defined(__x86_64__)
  int64_t n = _mm_cvttsd_si64(_mm_set_sd(val_num(kv)));
#else
  double d = val_num(kv);
  int64_t n;
  if (!(d >= 0.0 && d < 4294967296.0)) return 0;
  n = (int64_t)d;
#endif
  *ix = (uint64_t)n;
  return *ix < t->asize && val_fromnum_raw((double)n) == kv;
}
/* The dispatch goes through vm_hook while a line or count hook is set or the JIT records. */
/* FORLOOP's step: 1 (with the index updated) when the loop goes on. */
static inline int vm_forstep(Value *ra) {
  double step = val_num(ra[2]);
  double idx = val_num(ra[0]) + step;
  double limit = val_num(ra[1]);
  if (step > 0 ? idx <= limit : limit <= idx) {
    ra[0] = ra[3] = val_fromnum_raw(idx);
    return 1;
  }
  return 0;
}
/* Run the trace of patched loop instruction lpc; continue where it exits (or at pc if it has
 * none any more). */
#define ENTER_TRACE(lpc) \
  do { const Instr *npc_; SAVEPC(); npc_ = jit_enter(L, (lpc)); base = L->base; k = CL->p->k; \
       pc = npc_ ? npc_ : pc; SETDISP(); } while (0)   /* no `if`: GCC's misleading-indentation */
/* The same for the trace of the function whose frame was just made (pc: its first instruction). */
#define ENTER_FTRACE(p) \
  do { const Instr *npc_; SAVEPC(); npc_ = jit_enterf(L, (p)); base = L->base; k = CL->p->k; \
       pc = npc_ ? npc_ : pc; SETDISP(); } while (0)
/* LIMIT_HOOKMASK: a resource limit needs limit_hook before each instruction (limit.h). */
#define HOOKED(L) ((L)->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT | JIT_RECMASK | LIMIT_HOOKMASK))
/* Does instruction i run the hooks? The count goes down first, also under a line hook, and LOOP
 * (which Lua 5.1 does not have) does not count. */
#define VM_HOOKNOW(L, i) \
  ((((L)->hookmask & LUA_MASKCOUNT) && bc_op(bc_unpatch(i)) != BC_LOOP && --(L)->hookcount == 0) || \
   ((L)->hookmask & LUA_MASKLINE))
/* What the hook dispatch runs before an instruction, in both interpreters (vm_hook,
 * hook_entry): a profiler sample, a limit's count or error, the JIT recorder, then Lua's line
 * and count hooks (a hook that yields returns from the interpreter). */
#define VM_HOOK_STEPS() \
  do { \
    if (UNLIKELY(prof_pending)) {   /* a profiler tick: sample here (prof.c) */ \
      vm_profsample(L, pc); \
      base = L->base; \
    } \
    if (L->hookmask & LIMIT_HOOKMASK) {   /* counts the instruction, or raises a limit's error */ \
      SAVEPC(); \
      limit_hook(L); \
    } \
    if (L->hookmask & JIT_RECMASK) { \
      SAVEPC(); \
      jit_record(L, pc - 1); \
      base = L->base; \
    } \
    if (VM_HOOKNOW(L, i)) { \
      traceexec(L, pc);   /* saves pc itself: it compares with the previous saved pc */ \
      base = L->base; \
      if (L->status == LUA_YIELD) { \
        L->ci->savedpc = pc - 1; \
        return; \
      } \
    } \
  } while (0)
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
/* Keeps a short fill loop a loop: Clang would make it a call to memset, and a call in a fast
 * path costs the handler a stack frame. */
#define NOIDIOM(p) __asm__("" : "+r"(p))

#if VM_TAILCALL

struct VMEntry;
#define VM_ARGS lua_State *L, Value *base, const Instr *pc, const Value *k, \
                const struct VMEntry *disp, Instr i
#define VM_PASS L, base, pc, k, disp, i
#define VMFN static __attribute__((preserve_none)) void
#define VMCOLD static __attribute__((preserve_none, cold, noinline)) void
typedef __attribute__((preserve_none)) void (*VMHandler)(VM_ARGS);
typedef struct VMEntry { VMHandler f; } VMEntry;

#define BC_DECL(name, fmt, sem) VMFN h_##name(VM_ARGS);
BC_OPCODES(BC_DECL)
#undef BC_DECL
VMFN vm_hook(VM_ARGS);
VMFN vm_reentry(VM_ARGS);

/* disp_normal is what SETDISP picks when no hook is set; the profiler may point its entries at
 * vm_hook for one instruction (vm_profarm). disp_real never changes. */
static VMEntry disp_normal[BC__MAX] = {
#define BC_ENTRY(name, fmt, sem) { h_##name },
  BC_OPCODES(BC_ENTRY)
};
static const VMEntry disp_real[BC__MAX] = {
  BC_OPCODES(BC_ENTRY)
#undef BC_ENTRY
};
static const VMEntry disp_hook[BC__MAX] = {
#define BC_HOOKENTRY(name, fmt, sem) { vm_hook },
  BC_OPCODES(BC_HOOKENTRY)
#undef BC_HOOKENTRY
};

#define OP(name)  VMFN h_##name(VM_ARGS)
#define HANDLER(name) h_##name
#define SLOWOP(name) VMCOLD name(VM_ARGS)
#define SLOW(name) do { __attribute__((musttail)) return name(VM_PASS); } while (0)
#define NEXT() do { i = *pc++; __attribute__((musttail)) return disp[bc_op(i)].f(VM_PASS); } while (0)
#define REENTER() do { __attribute__((musttail)) return vm_reentry(VM_PASS); } while (0)
#define VM_EXIT() return
#define SETDISP() (disp = HOOKED(L) ? disp_hook : disp_normal)

VMFN vm_reentry(VM_ARGS) {
  base = L->base;
  k = CL->p->k;
  pc = L->ci->savedpc;
  SETDISP();
  NEXT();
}

/* Async-signal-safe: only stores. */
void vm_profarm(void) {
  int op;
  for (op = 0; op < BC__MAX; op++) disp_normal[op].f = vm_hook;
}
void vm_profdisarm(void) {
  memcpy(disp_normal, disp_real, sizeof disp_normal);
}

VMFN vm_hook(VM_ARGS) {
  VM_HOOK_STEPS();
  SETDISP();
  __attribute__((musttail)) return disp_real[bc_op(i)].f(VM_PASS);
}

#include "vm_ops.h"

/* Runs the interpreter from L->ci's saved pc until a CIST_FRESH frame returns or a yield. */
static void vm_run(lua_State *L) {
  vm_reentry(L, NULL, NULL, NULL, disp_normal, 0);
}

#else  /* direct-threaded */

/* The live table SETDISP picks when no hook is set (a copy of vm_run's disp_real, made at its
 * first run); the profiler may point its entries at the hook stub (vm_profarm). */
static const void *disp_normal[BC__MAX];
static const void *const *disp_realp;
static const void *disp_hooklabel;

/* Async-signal-safe: only stores. */
void vm_profarm(void) {
  int op;
  if (disp_realp == NULL) return;
  for (op = 0; op < BC__MAX; op++) disp_normal[op] = disp_hooklabel;
}
void vm_profdisarm(void) {
  if (disp_realp != NULL) memcpy(disp_normal, disp_realp, sizeof disp_normal);
}

static void vm_run(lua_State *L) {
  static const void *const disp_real[BC__MAX] = {
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
  Value *base;
  const Value *k;
  const Instr *pc;
  Instr i;

#define OP(name)  op_##name:
#define HANDLER(name) op_##name
#define SLOWOP(name) name:
#define SLOW(name) goto name
#define NEXT()    do { i = *pc++; goto *disp[bc_op(i)]; } while (0)
#define REENTER() goto reentry
#define VM_EXIT() return
#define SETDISP() (disp = HOOKED(L) ? disp_hook : disp_normal)

  if (UNLIKELY(disp_realp == NULL)) {
    memcpy(disp_normal, disp_real, sizeof disp_normal);
    disp_hooklabel = &&hook_entry;
    disp_realp = disp_real;
  }

reentry:
  base = L->base;
  k = CL->p->k;
  pc = L->ci->savedpc;
  SETDISP();
  NEXT();

hook_entry:
  VM_HOOK_STEPS();
  SETDISP();
  goto *disp_real[bc_op(i)];

#include "vm_ops.h"
}

#endif

/* --- entries: protection for pcall frames ---
 *
 * An error raised above a pcall frame unwinds by longjmp to the catch point of the vm_execute
 * running that frame, which unwinds the frames to it (cont_catch) and goes on interpreting.
 * A vm_execute makes its catch point only when it first needs one (at its first pcall, or when
 * it resumes a coroutine that has pcall frames), so calls from C that run no pcall pay no
 * setjmp. The catch point belongs to the vm_execute at C depth L->nccalls (err_vmprotected);
 * the frames it runs are those above the innermost CIST_FRESH frame. */

enum { VM_PCALL, VM_AFTERRET, VM_CAUGHT };

typedef struct VMStart {
  int mode;
  ptrdiff_t func;   /* VM_PCALL: the pcall's function slot */
  int nresults;     /* VM_PCALL */
  int st, last;     /* VM_AFTERRET: the frame that returned */
} VMStart;

static void vm_start(lua_State *L, void *ud) {
  VMStart *s = (VMStart *)ud;
  const Instr *pc;
  switch (s->mode) {
    case VM_PCALL: pc = cont_call(L, restorestack(L, s->func), s->nresults, 0, 0); break;
    case VM_AFTERRET: pc = cont_afterret(L, s->st, s->last); break;
    default: pc = cont_pcallerror(L); break;
  }
  if (pc == NULL) return;   /* yielded */
  L->ci->savedpc = pc;
  L->base = L->ci->base;
  vm_run(L);
}

/* The frame below those this vm_execute runs. */
static CallInfo *vm_entryframe(lua_State *L) {
  CallInfo *ci = L->ci;
  while (ci > L->base_ci && !(ci->callstatus & CIST_FRESH)) ci--;
  return ci;
}

static void vm_protected(lua_State *L, VMStart *s) {
  ptrdiff_t limit = saveci(L, vm_entryframe(L));
  for (;;) {
    int status = err_runprotected(L, vm_start, s, L->nccalls);
    if (status == 0) return;
    /* An error no pcall frame of ours catches goes on to the next catch point outwards. */
    if (!cont_catch(L, status, restoreci(L, limit))) err_throw(L, status);
    s->mode = VM_CAUGHT;
  }
}

static __attribute__((noinline)) void vm_pcallprotected(lua_State *L, Value *func, int nresults) {
  VMStart s;
  s.mode = VM_PCALL;
  s.func = savestack(L, func);
  s.nresults = nresults;
  s.st = s.last = 0;
  vm_protected(L, &s);
}

void vm_execute(lua_State *L) {
  uint8_t vmstate = G(L)->vmstate;   /* for the profiler: C code may be calling Lua */
  G(L)->vmstate = PROF_VM_INTERP;
  vm_run(L);
  G(L)->vmstate = vmstate;
}

static __attribute__((noinline)) void vm_resumecont(lua_State *L, int st, int last, int protect) {
  VMStart s;
  s.mode = VM_AFTERRET;
  s.func = 0;
  s.nresults = 0;
  s.st = st;
  s.last = last;
  if (protect) vm_protected(L, &s);
  else vm_start(L, &s);
}

static void vm_resume_(lua_State *L, int st, int last);

void vm_resume(lua_State *L, int st, int last) {
  uint8_t vmstate = G(L)->vmstate;   /* for the profiler: resumed from coroutine.resume (C) */
  G(L)->vmstate = PROF_VM_INTERP;
  vm_resume_(L, st, last);
  G(L)->vmstate = vmstate;
}

static void vm_resume_(lua_State *L, int st, int last) {
  CallInfo *ci;
  /* The coroutine's frames run here are those above its CIST_FRESH body frame. */
  for (ci = L->ci; ci > L->base_ci && !(ci->callstatus & CIST_FRESH); ci--) {
    if (ci->callstatus & CIST_PCALL) {
      vm_resumecont(L, st, last, 1);
      return;
    }
  }
  if (st != 0) {
    vm_resumecont(L, st, last, 0);
  } else if (ci_isLua(L->ci)) {   /* the usual case: a yield called from Lua */
    L->base = L->ci->base;
    vm_run(L);
  }
}
