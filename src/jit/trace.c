/*
 * trace.c - the life of a trace: hot loops, recording, assembly, patching, entry and exits,
 * aborts and blacklisting, the machine-code area, options and -jv / -jdump output.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <cpuid.h>
#endif

#include "jit_int.h"
#include "opcodes.h"
#include "state.h"
#include "debug.h"
#include "gc.h"
#include "prof.h"
#include "limit.h"
#include "err.h"
#include "tab.h"

/* --- the machine-code area --- */

/* One mmap'ed area within +-2 GiB of the VM's code (so traces call C helpers with rel32),
 * read-write only while a trace is written, read-execute otherwise. */
static int mc_alloc(JitState *J, size_t size) {
  uintptr_t target = (uintptr_t)(void *)&jit_init;
  uintptr_t step = (uintptr_t)1 << 26, d;
  for (d = step; d < ((uintptr_t)1 << 31) - size - step; d += step) {
    int side;
    for (side = 0; side < 2; side++) {
      uintptr_t hint = side ? target + d : (target > d ? target - d : 0);
      void *p;
      if (!hint) continue;
      hint &= ~(uintptr_t)0xffff;
      p = mmap((void *)hint, size, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS
#ifdef MAP_FIXED_NOREPLACE
               | MAP_FIXED_NOREPLACE
#endif
               , -1, 0);
      if (p == MAP_FAILED) continue;
      {
        intptr_t dist = (intptr_t)((uintptr_t)p - target);
        if (dist > -((intptr_t)1 << 31) + (intptr_t)size && dist < ((intptr_t)1 << 31) - (intptr_t)size) {
          J->mcarea = (uint8_t *)p;
          J->mcsize = size;
          J->mctop = 0;
          return 1;
        }
      }
      munmap(p, size);
    }
  }
  return 0;
}

/* --- loops without an interrupt test --- */

#if defined(__x86_64__) || defined(__i386__)
#define cpu_relax() __builtin_ia32_pause()
#else
#define cpu_relax() ((void)0)
#endif

static int intr_trylock(JitState *J) {
  int free_ = 0;
  return __atomic_compare_exchange_n(&J->intrlock, &free_, 1, 0, __ATOMIC_ACQUIRE,
                                     __ATOMIC_RELAXED);
}

static void intr_unlock(JitState *J) { __atomic_store_n(&J->intrlock, 0, __ATOMIC_RELEASE); }

/* Not in a signal handler: only another thread holds the lock, for a moment. */
static void intr_lock(JitState *J) {
  while (!intr_trylock(J)) cpu_relax();
}

/* One back edge's rel32 in one store (it lies within a cache line, loop_backedge): code
 * running in another thread fetches the old jump or the new one. */
typedef uint32_t __attribute__((aligned(1), may_alias)) u32_unaligned;

static void intr_point(uint8_t *field, const uint8_t *target) {
  uint32_t rel = (uint32_t)(int32_t)(target - (field + 4));
  *(volatile u32_unaligned *)(void *)field = rel;
}

/* Under intrlock: every site to the state the HOOK byte asks for. While mc_write has the area
 * open the stores need no mprotect; else the area is made writable and executable for them
 * (code of this state may be running in another thread meanwhile). */
static void intr_sync_locked(JitState *J) {
  int want, i;
  __atomic_store_n(&J->intrwant, 0, __ATOMIC_SEQ_CST);
  want = J->interrupt.byte[JIT_INTR_HOOK] != 0;
  if (want == J->intrpatched) return;
  if (J->nisite && !J->mcopen &&
      mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_WRITE | PROT_EXEC) != 0)
    return;   /* (cannot happen: jit_ready found it possible; the loops stay as they were) */
  for (i = 0; i < J->nisite; i++)
    intr_point(J->isite[i].field, want ? J->isite[i].exit : J->isite[i].loop);
  if (J->nisite && !J->mcopen) mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_EXEC);
  J->intrpatched = want;
}

/* Async-signal-safe and callable from any thread (jit_sethook, jit_interrupt): nothing but
 * atomics, stores into the code and mprotect. When another holds the lock, the holder syncs
 * as it lets go. */
static void intr_sync(JitState *J) {
  __atomic_store_n(&J->intrwant, 1, __ATOMIC_SEQ_CST);
  while (__atomic_load_n(&J->intrwant, __ATOMIC_SEQ_CST) && intr_trylock(J)) {
    intr_sync_locked(J);
    intr_unlock(J);
  }
}

/* The area writable while a trace is written or patched (the sites' lock held), executable
 * otherwise. */
static void mc_write(JitState *J, int writable) {
  if (writable) {
    intr_lock(J);
    mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_WRITE);
    J->mcopen = 1;
  } else {
    intr_sync_locked(J);
    mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_EXEC);
    J->mcopen = 0;
    intr_unlock(J);
    if (__atomic_load_n(&J->intrwant, __ATOMIC_SEQ_CST)) intr_sync(J);
  }
}

/* --- state --- */

void jit_init(lua_State *L) {
  global_State *g = G(L);
  JitState *J = (JitState *)calloc(1, sizeof *J);
  static const int32_t defaults[JIT_P__MAX] = {
#define JIT_PARAM_DEF(name, def) def,
    JIT_PARAM_LIST(JIT_PARAM_DEF)
#undef JIT_PARAM_DEF
  };
  int i;
  g->jit = NULL;
  for (i = 0; i < JIT_HOTCOUNT; i++) g->hotcount[i] = 0xffff;
  if (!J) return;
  J->g = g;
  memcpy(J->param, defaults, sizeof defaults);
  J->opt = 0xffffffffu;
  J->out = stderr;
#if defined(__x86_64__)
  {
    unsigned int a, b, c, d;
    if (__get_cpuid(1, &a, &b, &c, &d)) {
      J->sse41 = (c >> 19) & 1;
      J->vex = ((c >> 28) & 1) && ((c >> 27) & 1);   /* AVX and OSXSAVE */
    }
  }
  J->on = J->sse41;   /* the backend needs roundsd */
#else
  J->on = 0;
#endif
  if (getenv("APOGEE_JIT_NOVEX")) J->vex = 0;
  J->perfmap = getenv("APOGEE_PERFMAP") != NULL;
  /* Testing aid (make test-jit): every state starts with this -Ohotloop. */
  {
    const char *h = getenv("APOGEE_HOTLOOP");
    if (h && atoi(h) > 0) J->param[JIT_P_hotloop] = atoi(h) > 65000 ? 65000 : atoi(h);
    h = getenv("APOGEE_HOTEXIT");
    if (h && atoi(h) > 0) J->param[JIT_P_hotexit] = atoi(h);
  }
  g->jit = J;
  for (i = 0; i < JIT_HOTCOUNT; i++) g->hotcount[i] = (uint16_t)J->param[JIT_P_hotloop];
}

static void trace_free(JitState *J, Trace *T) {
  (void)J;
  free(T->stubofs);
  free(T->framemap);
  free(T->ir);
  free(T->gck);
  free(T->rs);
  free(T->iend);
  free(T->snap);
  free(T->snapmap);
  free(T);
}

void jit_free(global_State *g) {
  JitState *J = g->jit;
  int i;
  if (!J) return;
  for (i = 1; i <= J->ntrace; i++) if (J->trace[i]) trace_free(J, J->trace[i]);
  free(J->trace);
  free(J->map);
  free(J->irbuf);
  free(J->snap);
  free(J->isite);
  free(J->snapmap);
  free(J->framemap);
  opt_freeall(J);
  if (J->mcarea) munmap(J->mcarea, J->mcsize);
  free(J);
  g->jit = NULL;
}

/* --- the pc -> trace map --- */

int trace_find(JitState *J, const Instr *pc) {
  int i;
  if (!J->sizemap) return 0;
  i = (int)(((uintptr_t)pc >> 2) & (uintptr_t)(J->sizemap - 1));
  while (J->map[i].pc) {
    if (J->map[i].pc == pc) return J->map[i].traceno;
    i = (i + 1) & (J->sizemap - 1);
  }
  return 0;
}

static int map_insert(JitState *J, const Instr *pc, int no) {
  int i;
  if (J->ntrace * 2 + 2 >= J->sizemap) {
    int n = J->sizemap ? J->sizemap * 2 : 64, k;
    void *old = J->map;
    int oldsize = J->sizemap;
    J->map = calloc((size_t)n, sizeof *J->map);
    if (!J->map) { J->map = old; return 0; }
    J->sizemap = n;
    for (k = 0; k < oldsize; k++) {
      const Instr *p = ((__typeof__(J->map))old)[k].pc;
      if (p && ((__typeof__(J->map))old)[k].traceno) map_insert(J, p, ((__typeof__(J->map))old)[k].traceno);
    }
    free(old);
  }
  i = (int)(((uintptr_t)pc >> 2) & (uintptr_t)(J->sizemap - 1));
  while (J->map[i].pc && J->map[i].pc != pc) i = (i + 1) & (J->sizemap - 1);
  J->map[i].pc = pc;
  J->map[i].traceno = no;
  return 1;
}

/* Removing from open addressing: rebuild from the live traces. */
static void map_rebuild(JitState *J) {
  int i;
  if (J->map) memset(J->map, 0, (size_t)J->sizemap * sizeof *J->map);
  for (i = 1; i <= J->ntrace; i++)
    if (J->trace[i] && !J->trace[i]->parent && !trace_isfunc(J->trace[i]))
      map_insert(J, J->trace[i]->startpc, i);
}

/* --- messages --- */

static int pc_line(Proto *p, const Instr *pc) {
  int n = (int)(pc - p->code);
  return p->lineinfo && n >= 0 && n < p->sizelineinfo ? p->lineinfo[n] : 0;
}

static void pc_where(char *buf, size_t n, Proto *p, const Instr *pc) {
  char id[60];
  obj_chunkid(id, str_data(p->source), sizeof id);
  snprintf(buf, n, "%s:%d", id, pc_line(p, pc));
}

static int jit_ready(JitState *J);

/* --- recording --- */

static void rec_stop(JitState *J) {
  if (J->L) limit_maskand(J->L, (uint8_t)~JIT_RECMASK);   /* atomic: see limit.h */
  J->state = JREC_IDLE;
  J->proto = NULL;
  J->parent = 0;
  J->luacallci = 0;
}

/* Is the recording's thread one that resumed L (L runs inside a call the recording is making)?
 * Then a hot loop or call of L waits: the recording goes on when that call returns. */
static int rec_resumedby(JitState *J, lua_State *L) {
  lua_State *T;
  for (T = L->resumer; T != NULL; T = T->resumer)
    if (T == J->L) return 1;
  return 0;
}

static int penalty_find(JitState *J, const Instr *pc) {
  int i;
  for (i = 0; i < 64; i++) if (J->penalty[i].pc == pc) return i;
  return -1;
}

static void hot_start(lua_State *L, const Instr *pc, BCOp startop);

void jit_hotloop(lua_State *L, const Instr *pc) {
  hot_start(L, pc, bc_op(*pc));
}

/* A counter ran out at pc: a loop instruction, or a RET where a trace left (startop
 * JIT_RETF, trace_retentry). */
static void hot_start(lua_State *L, const Instr *pc, BCOp startop) {
  JitState *J = J_OF(L);
  global_State *g = G(L);
  int pi;
  g->hotcount[jit_hotslot(pc)] = J ? (uint16_t)J->param[JIT_P_hotloop] : 0xffff;
  if (!J || !J->on) return;
  if (!J->mcarea && !jit_ready(J)) {
    J->on = 0;
    return;
  }
  if (J->state != JREC_IDLE) {
    if (J->L == L && (L->hookmask & JIT_RECMASK)) return;
    if (rec_resumedby(J, L)) return;
    J->abortmsg = "recording interrupted";
    trace_aborted(J);
  }
  if (L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LIMIT_HOOKMASK)) return;
  /* Only an unpatched loop starts a trace (the counter of a loop just compiled may run out as
   * its old instruction finishes). */
  if (startop != JIT_RETF && bc_op(*pc) != BC_FORLOOP && bc_op(*pc) != BC_LOOP) return;
  if (J->ntrace >= J->param[JIT_P_maxtrace]) return;
  pi = penalty_find(J, pc);
  if (pi >= 0 && startop == JIT_RETF && J->penalty[pi].tries >= J->param[JIT_P_blacklist]) {
    g->hotcount[jit_hotslot(pc)] = 60000;   /* blacklisted (no instruction to patch) */
    return;
  }
  if (pi >= 0 && J->penalty[pi].backoff > 0) {
    /* Still backing off after an abort: wait longer before trying again. */
    g->hotcount[jit_hotslot(pc)] = J->penalty[pi].backoff;
    J->penalty[pi].backoff = 0;
    return;
  }
  J->state = JREC_START;
  J->L = L;
  J->parent = J->parentsnap = 0;
  J->proto = J->startpt = ci_func(L->ci)->l.p;
  J->nrestart = 0;
  J->startpc = pc;
  J->startop = startop;
  J->retry = pi >= 0 && J->penalty[pi].tries > 0;
  limit_maskor(L, JIT_RECMASK);
}

uint16_t jit_hotcallstart(global_State *g) {
  JitState *J = g->jit;
  int n = J && J->on ? 2 * J->param[JIT_P_hotloop] : 0xffff;
  return (uint16_t)(n > 65000 ? 65000 : n);
}

/* A function's call counter ran out (the interpreter made its frame, and pc is its first
 * instruction): 1 if it has a trace to enter, else it may start recording one. */
int jit_hotcall(lua_State *L, Proto *p) {
  JitState *J = J_OF(L);
  int pi;
  if (p->jitf > 0 && J && J->on && J->trace[p->jitf]) {
    p->hotcall = 1;   /* every call comes here and enters the trace */
    return 1;
  }
  p->hotcall = jit_hotcallstart(G(L));
  if (!J || !J->on || p->jitf != 0) {
    if (p->jitf < 0) p->hotcall = 0xffff;   /* blacklisted */
    return 0;
  }
  if (!J->mcarea && !jit_ready(J)) {
    J->on = 0;
    return 0;
  }
  if (J->state != JREC_IDLE) {
    if (J->L == L && (L->hookmask & JIT_RECMASK)) return 0;
    if (rec_resumedby(J, L)) return 0;
    J->abortmsg = "recording interrupted";
    trace_aborted(J);
  }
  if (L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LIMIT_HOOKMASK)) return 0;
  if ((p->flags & PROTO_VARARG) || J->ntrace >= J->param[JIT_P_maxtrace]) return 0;
  pi = penalty_find(J, (const Instr *)(void *)p);
  if (pi >= 0 && J->penalty[pi].backoff > 0) {
    p->hotcall = J->penalty[pi].backoff;
    J->penalty[pi].backoff = 0;
    return 0;
  }
  J->state = JREC_START;
  J->L = L;
  J->parent = J->parentsnap = 0;
  J->retry = 0;
  J->nrestart = 0;
  /* Unrolled recursion makes long recordings: after an abort, the plain one. */
  J->recunroll = pi >= 0 && J->penalty[pi].tries > 0 ? 1 : J->param[JIT_P_recunroll];
  J->proto = J->startpt = p;
  J->startpc = p->code;
  J->startop = JIT_FUNCF;
  limit_maskor(L, JIT_RECMASK);
  return 0;
}

static void jit_record_(lua_State *L, const Instr *pc);

void jit_record(lua_State *L, const Instr *pc) {
  uint8_t vmstate = G(L)->vmstate;   /* for the profiler (prof.h) */
  G(L)->vmstate = PROF_VM_JIT;
  jit_record_(L, pc);
  G(L)->vmstate = vmstate;
}

static void jit_record_(lua_State *L, const Instr *pc) {
  JitState *J = J_OF(L);
  if (!J || J->state == JREC_IDLE || J->L != L) {
    limit_maskand(L, (uint8_t)~JIT_RECMASK);
    return;
  }
  if (L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LIMIT_HOOKMASK)) {
    J->abortmsg = "hook set";
    trace_aborted(J);
    return;
  }
  if (J->luacallci > 0) {
    /* The Lua code a library call of the trace runs (a sort's comparison): the call's, not the
     * trace's. Recording goes on at the instruction after the call. */
    if (L->ci - L->base_ci > J->luacallci) return;
    J->luacallci = 0;
  }
  if (J->state == JREC_WAIT) {
    /* Waiting for the loop instruction of a recording that left its loop (rec_leftloop). */
    if (pc != J->startpc) {
      if (++J->waited > JIT_WAITMAX) {
        J->abortmsg = "loop left";
        trace_aborted(J);
      }
      return;
    }
    J->state = JREC_START;
    /* The LOOP runs; recording starts at the instruction after it. A function's recording
     * starts at its first instruction, this one. */
    if (J->startop != JIT_FUNCF) return;
  }
  if (setjmp(J->abortjmp)) {
    if (J->restart) {
      J->restart = 0;
      J->nrestart++;
      J->waited = 0;
      J->luacallci = 0;
      opt_freeall(J);
      J->state = JREC_WAIT;
      return;
    }
    trace_aborted(J);
    return;
  }
  if (J->state == JREC_START) {
    if (!ci_isLua(L->ci) || (!J->parent && ci_func(L->ci)->l.p != J->proto)) rec_abort(J, "frame change");
    J->state = JREC_ACTIVE;
    rec_start(J, L);
  }
  rec_ins(J, L, pc);
}

void jit_abort_thread(lua_State *L) {
  JitState *J = J_OF(L);
  if (J && J->L == L) {
    if (J->state != JREC_IDLE) {
      J->abortmsg = "thread gone";
      trace_aborted(J);
    }
    J->L = NULL;
  }
}

void jit_sethook(lua_State *L) {
  /* Async-signal-safe (the CLI's Ctrl-C handler and hosts call lua_sethook from signal handlers
   * and other threads): only stores the interrupt word. A recording in progress notices the hook
   * at its next instruction (jit_record) and aborts there. */
  JitState *J = J_OF(L);
  if (!J) return;
  J->interrupt.byte[JIT_INTR_HOOK] = ((L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT)) ||
                                      __atomic_load_n(&G(L)->limit.pending, __ATOMIC_RELAXED))
                                         ? 1 : 0;   /* limit.h */
  intr_sync(J);
}

void jit_interrupt(global_State *g) {
  JitState *J = g->jit;
  if (!J) return;
  J->interrupt.byte[JIT_INTR_HOOK] = 1;
  intr_sync(J);
}

void trace_aborted(JitState *J) {
  const Instr *pc = J->startpc;
  opt_freeall(J);
  J->naborts++;
  if (J->verbose && J->proto) {
    char where[100], at[100];
    pc_where(where, sizeof where, J->startpt, pc);
    if (J->state == JREC_ACTIVE && J->curpc && J->pt) pc_where(at, sizeof at, J->pt, J->curpc);
    else snprintf(at, sizeof at, "start");
    if (J->parent)
      fprintf(J->out, "[TRACE --- (%d/%d) %s -- %s at %s]\n", J->parent, J->parentsnap, where,
              J->abortmsg ? J->abortmsg : "?", at);
    else
      fprintf(J->out, "[TRACE --- %s -- %s at %s]\n", where, J->abortmsg ? J->abortmsg : "?", at);
  }
  if (J->intretry) {
    /* Recorded again at the loop's next iteration, with the int counters (record.c). */
    J->intretry = 0;
    if (pc) G(J->L)->hotcount[jit_hotslot(pc)] = 1;
  } else if (pc && J->proto && !J->parent) {
    /* Penalise the start: back off exponentially, then blacklist it. A function's entry is
     * counted under its prototype's address (its first instruction may be a loop's). */
    int isf = J->startop == JIT_FUNCF;
    int pi;
    if (isf) pc = (const Instr *)(void *)J->proto;
    pi = penalty_find(J, pc);
    if (pi < 0) {
      pi = J->penaltyslot;
      J->penaltyslot = (J->penaltyslot + 1) & 63;
      J->penalty[pi].pc = pc;
      J->penalty[pi].tries = 0;
    }
    J->penalty[pi].tries++;
    if (J->blacklistnow) J->penalty[pi].tries = J->param[JIT_P_blacklist];
    if (J->penalty[pi].tries >= J->param[JIT_P_blacklist]) {
      if (J->startop == JIT_RETF) {
        /* A return has no instruction to patch: its entry stays, and hot_start sees it. */
        J->penalty[pi].backoff = 60000;
      } else {
        if (isf) {
          J->proto->jitf = -1;
          J->proto->hotcall = 0xffff;
        } else {
          Instr *ip = (Instr *)pc;
          BCOp op = bc_op(*ip);
          if (op == BC_FORLOOP) bc_setop(*ip, BC_IFORLOOP);
          else if (op == BC_LOOP) bc_setop(*ip, BC_ILOOP);
        }
        J->penalty[pi].pc = NULL;
      }
      if (J->verbose) {
        char where[100];
        pc_where(where, sizeof where, J->proto, J->startpc);
        fprintf(J->out, "[TRACE --- %s -- blacklisted]\n", where);
      }
    } else {
      unsigned b = (unsigned)J->param[JIT_P_hotloop] << (J->penalty[pi].tries + isf);
      J->penalty[pi].backoff = (uint16_t)(b > 60000 ? 60000 : b);
    }
  }
  rec_stop(J);
}

/* --- a finished trace --- */

static void dump_bytecode_line(JitState *J) {
  char where[100];
  pc_where(where, sizeof where, J->startpt, J->startpc);
  if (J->parent) fprintf(J->out, "---- TRACE %d start %d/%d %s\n", J->ntrace + 1, J->parent, J->parentsnap, where);
  else fprintf(J->out, "---- TRACE %d start %s\n", J->ntrace + 1, where);
}

/* How a trace ends, for -jv and -jdump: "loop", "loop, no loop copy" (a loop's trace that
 * links to itself: -O-loop, or a type that changes between iterations), "-> N" (a link),
 * "-> return", "-> interpreter" (before a loop without a trace), or a link to
 * itself from the function's entry: "up-recursion" from a call inside, "tail-recursion" from a
 * tail call of its own frame. */
/* APOGEE_PERFMAP set: each trace's machine code is named in /tmp/perf-PID.map, the file perf
 * reads to name code that no ELF file holds ("TRACE_7_(1/3)_life.lua:39"). */
static void perfmap_add(JitState *J, Trace *T, int no) {
  char path[64], where[100];
  FILE *f;
  snprintf(path, sizeof path, "/tmp/perf-%ld.map", (long)getpid());
  f = fopen(path, "a");
  if (!f) return;
  pc_where(where, sizeof where, J->startpt, T->startpc);
  if (T->parent)
    fprintf(f, "%lx %zx TRACE_%d_(%d/%d)_%s\n", (unsigned long)(uintptr_t)T->mcode, T->szmcode, no,
            T->parent, T->parentsnap, where);
  else
    fprintf(f, "%lx %zx TRACE_%d_%s\n", (unsigned long)(uintptr_t)T->mcode, T->szmcode, no, where);
  fclose(f);
}

static void trace_howends(JitState *J, Trace *T, char *buf, size_t n) {
  (void)J;
  if (T->link == -1) snprintf(buf, n, "-> return");
  else if (T->link < 0) snprintf(buf, n, "-> interpreter");
  else if (T->link == T->no && trace_isret(T)) snprintf(buf, n, "down-recursion");
  else if (T->link == T->no && !trace_isfunc(T)) snprintf(buf, n, "loop, no loop copy");
  else if (T->link == T->no) snprintf(buf, n, T->snap[T->nsnap - 1].nframe ? "up-recursion" : "tail-recursion");
  else if (T->link) snprintf(buf, n, "-> %d", T->link);
  else snprintf(buf, n, "loop");
}

/* R, a trace of a RET (JIT_RETF), is new: the traces that end at that RET ("-> return") jump
 * to it from now on, not to the interpreter (which would enter it through trace_go). Not those
 * of its own tree: a side trace of an exit at its start that ends at the same RET (R's return
 * guard failed there) would go round between them. */
static void trace_retpatch(JitState *J, Trace *R) {
  int i;
  mc_write(J, 1);
  for (i = 1; i <= J->ntrace; i++) {
    Trace *T = J->trace[i];
    if (T && T->root != R->no && T->link == -1 && T->retjmp && !T->retlink &&
        T->snap[T->nsnap - 1].pc == R->startpc) {
      uint8_t *field = T->mcode + T->retjmp;
      int32_t rel = (int32_t)(R->mcode - (field + 4));
      memcpy(field, &rel, 4);
      T->retlink = R->no;
    }
  }
  mc_write(J, 0);
}

/* Under intrlock (mc_write open): trace T's back edge (at mcode) joins the sites, pointing
 * where the others point. */
static int intr_addsite(JitState *J, Trace *T, uint8_t *mcode) {
  if (J->nisite == J->sizeisite) {
    int n = J->sizeisite ? 2 * J->sizeisite : 32;
    void *p = realloc(J->isite, (size_t)n * sizeof *J->isite);
    if (!p) {
      J->abortmsg = "out of memory";
      return 0;
    }
    J->isite = p;
    J->sizeisite = n;
  }
  J->isite[J->nisite].field = mcode + T->intrfield;
  J->isite[J->nisite].loop = mcode + (int32_t)T->intrloop;   /* (a link's: another trace) */
  J->isite[J->nisite].exit = mcode + T->intrexit;
  if (J->intrpatched) intr_point(J->isite[J->nisite].field, J->isite[J->nisite].exit);
  J->nisite++;
  return 1;
}

/* R, the root trace of the loop at its start pc, is new. A side trace that ends before that
 * loop, "-> interpreter" (rec_loopstop: there was no trace there when it was recorded), leaves
 * through the interpreter into R on every run: its parent's exit goes back to the exit handler
 * (lower_unpatchstub), so that a new side trace is recorded there, which links to R. The old
 * one's code stays, unreachable. */
static void trace_relink(JitState *J, Trace *R) {
  int i;
  for (i = 1; i < R->no; i++) {
    Trace *T = J->trace[i], *P;
    SnapShot *ps;
    if (!T || !T->parent || T->link != -2 || T->snap[T->nsnap - 1].pc != R->startpc) continue;
    P = J->trace[T->parent];
    if (!P || !P->stubofs || (ps = &P->snap[T->parentsnap])->side != T->no) continue;
    mc_write(J, 1);
    lower_unpatchstub(J, P->mcode + P->stubofs[T->parentsnap], T->parentsnap);
    mc_write(J, 0);
    ps->side = 0;
    ps->count = 0;
    T->link = -3;   /* unreachable: not relinked again */
  }
}

void trace_compiled(JitState *J) {
  Trace *T;
  size_t nir = (size_t)(J->nins - J->nk), used = 0, avail, entry = 0;
  int no = J->ntrace + 1;
  if (J->ntrace + 1 >= J->sizetrace) {
    int n = J->sizetrace ? 2 * J->sizetrace : 16;
    Trace **t = (Trace **)realloc(J->trace, (size_t)n * sizeof *t);
    if (!t) rec_abort(J, "out of memory");
    memset(t + J->sizetrace, 0, (size_t)(n - J->sizetrace) * sizeof *t);
    J->trace = t;
    J->sizetrace = n;
  }
  T = (Trace *)calloc(1, sizeof *T);
  if (!T) rec_abort(J, "out of memory");
  T->no = no;
  T->root = J->parent ? J->trace[J->parent]->root : no;
  T->parent = J->parent;
  T->parentsnap = J->parentsnap;
  T->link = J->link;
  T->proto = J->proto;
  T->startpc = J->startpc;
  T->startop = J->startop;
  T->entrypc = J->entrypc;
  T->kbot = J->nk;
  T->nins = J->nins;
  T->ir = (IRIns *)malloc(nir * sizeof(IRIns));
  T->rs = (RegSp *)calloc(nir, sizeof(RegSp));
  T->snap = (SnapShot *)malloc((size_t)(J->nsnap + 1) * sizeof(SnapShot));
  T->snapmap = (SnapEntry *)malloc((size_t)(J->nsnapmap + 1) * sizeof(SnapEntry));
  T->framemap = (SnapFrame *)malloc((size_t)(J->nframemap + 1) * sizeof(SnapFrame));
  if (!T->ir || !T->rs || !T->snap || !T->snapmap || !T->framemap) {
    trace_free(J, T);
    rec_abort(J, "out of memory");
  }
  memcpy(T->ir, IR(J, J->nk), nir * sizeof(IRIns));
  {
    IRRef ref;
    int n = 0;
    for (ref = T->kbot; ref < REF_BIAS; ref++) n += trace_ir(T, ref)->o == IR_KGC;
    T->gck = (GCObj **)malloc((size_t)(n + 1) * sizeof(GCObj *));
    if (!T->gck) {
      trace_free(J, T);
      rec_abort(J, "out of memory");
    }
    for (ref = T->kbot; ref < REF_BIAS; ref++)
      if (trace_ir(T, ref)->o == IR_KGC) T->gck[T->ngck++] = (GCObj *)trace_ir(T, ref)->k.ptr;
  }
  memcpy(T->snap, J->snap, (size_t)J->nsnap * sizeof(SnapShot));
  if (J->nsnapmap) memcpy(T->snapmap, J->snapmap, (size_t)J->nsnapmap * sizeof(SnapEntry));
  T->nsnap = J->nsnap;
  T->nsnapmap = J->nsnapmap;
  if (J->nframemap) memcpy(T->framemap, J->framemap, (size_t)J->nframemap * sizeof(SnapFrame));
  T->nframemap = J->nframemap;
  T->maxslot = J->maxslot;
  T->maxdepth = J->maxdepth;
  T->treeslot = T->maxslot;
  T->treedepth = T->maxdepth;
  if (J->dump) {
    dump_bytecode_line(J);
    if (J->dump & 2) {
      fprintf(J->out, "---- TRACE %d IR\n", no);
      ir_dump(J->out, T->ir, T->kbot, T->nins, T->snap, T->nsnap, T->snapmap);
    }
  }
  avail = J->mcsize - J->mctop;
  if ((size_t)J->param[JIT_P_maxmcode] * 1024 < J->mctop + 256) {
    trace_free(J, T);
    rec_abort(J, "machine code limit (-Omaxmcode) reached");
  }
  mc_write(J, 1);
  if (!lower_trace(J, T, J->mcarea + J->mctop, avail, &used, &entry) ||
      (T->intrfield && !intr_addsite(J, T, J->mcarea + J->mctop + entry))) {
    mc_write(J, 0);
    trace_free(J, T);
    rec_abort(J, J->abortmsg ? J->abortmsg : "assembly failed");
  }
  mc_write(J, 0);
  T->mcode = J->mcarea + J->mctop + entry;
  T->szmcode = used - entry;
  J->mctop = (J->mctop + used + 15) & ~(size_t)15;
  if (J->dump & 4) {
    fprintf(J->out, "---- TRACE %d mcode %zu\n", no, used);
    lower_disasm(J->out, T->mcode, used);
  }
  J->trace[no] = T;
  J->ntrace = no;
  if (T->parent) {
    /* The parent's exit stub jumps here from now on. */
    Trace *P = J->trace[T->parent];
    mc_write(J, 1);
    lower_patchstub(J, P->mcode + P->stubofs[T->parentsnap], T->mcode);
    mc_write(J, 0);
    P->snap[T->parentsnap].side = (uint16_t)no;
    {
      Trace *R = J->trace[T->root];
      R->nside++;
      if (!T->link) R->nsideloop++;
      if (T->maxslot > R->treeslot) R->treeslot = T->maxslot;
      if (T->maxdepth > R->treedepth) R->treedepth = T->maxdepth;
    }
  } else if (trace_isfunc(T)) {
    T->proto->jitf = no;
    T->proto->hotcall = 1;
  } else if (T->startop == JIT_RETF) {
    map_insert(J, T->startpc, no);   /* entered where traces leave at the RET (trace_go) */
    trace_retpatch(J, T);
  } else {
    Instr *ip = (Instr *)T->startpc;
    map_insert(J, T->startpc, no);
    bc_setop(*ip, T->startop == BC_FORLOOP ? BC_JFORLOOP : BC_JLOOP);
    trace_relink(J, T);
  }
  if (J->verbose) {
    char where[100];
    pc_where(where, sizeof where, J->startpt, T->startpc);
    char how[32];
    trace_howends(J, T, how, sizeof how);
    if (T->parent) fprintf(J->out, "[TRACE %3d (%d/%d) %s %s]\n", no, T->parent, T->parentsnap, where, how);
    else fprintf(J->out, "[TRACE %3d %s %s]\n", no, where, how);
  }
  if (J->dump) {
    char how[32];
    trace_howends(J, T, how, sizeof how);
    fprintf(J->out, "---- TRACE %d stop %s\n\n", no, how);
  }
  if (J->perfmap) perfmap_add(J, T, no);
  rec_stop(J);
}

/* --- running traces --- */

typedef void (*EnterFn)(uint8_t *mcode, Value *base, JitState *J);

/* Into trace T's code through the shared entry stub. Clang's -fsanitize=function (in the
 * fuzzers' builds) checks a signature word in front of a function called through a pointer:
 * generated code has none (the check read the page before the code area). */
#if defined(__clang__)
__attribute__((no_sanitize("function")))
#endif
static void enter_mcode(JitState *J, Trace *T, Value *base) {
  ((EnterFn)(void *)J->enter)(T->mcode, base, J);
}

static const Instr *trace_run(lua_State *L, JitState *J, Trace *T);
static const Instr *trace_go(lua_State *L, JitState *J, Trace *T);
static void flush_pending(JitState *J);

/* A trace allocated past the collector's threshold and left at its loop test: the step it
 * could not take (values lived in registers) is taken before a trace is entered, at a safe
 * point. It may run finalizers, which may flush traces: before the lookup. A flush asked for
 * while compiled code was suspended in a library call is done here too. */
static void enter_gcstep(lua_State *L, JitState *J) {
  if (J->interrupt.byte[JIT_INTR_GC]) {
    J->interrupt.byte[JIT_INTR_GC] = 0;
    gc_check(L);
  }
  flush_pending(J);
}

const Instr *jit_enter(lua_State *L, const Instr *pc) {
  JitState *J = J_OF(L);
  int no;
  Trace *T;
  enter_gcstep(L, J);
  if (J->flushpending) return NULL;   /* the traces may hold stale constants (jit_uvchanged) */
  no = trace_find(J, pc);
  if (!no || !(T = J->trace[no])) return NULL;
  return trace_run(L, J, T);
}

/* The function of the frame just made has a trace (p->jitf > 0): every call of it comes here,
 * so the usual case (room enough, no step of the collector due) goes straight in. */
const Instr *jit_enterf(lua_State *L, Proto *p) {
  JitState *J = J_OF(L);
  Trace *T = J->trace[p->jitf];
  p->hotcall = 1;
  if (T && J->on && !J->interrupt.byte[JIT_INTR_GC] && !J->flushpending &&
      L->end_ci - L->ci > JIT_LINKCI && L->stack_last - L->base > JIT_LINKSLOTS)
    return trace_go(L, J, T);
  if (!J->on) return NULL;
  enter_gcstep(L, J);
  if (J->flushpending || p->jitf <= 0 || !(T = J->trace[p->jitf])) return NULL;
  return trace_run(L, J, T);
}

/* Makes room in the stack and frame array for T to run; 0 if there cannot be (the
 * interpreter runs this time). */
static int trace_room(lua_State *L, Trace *T) {
  /* Room for every slot and inlined frame the tree may write back at an exit: the stack and
   * the frame array grow as a call would grow them, within the call depth limit (else the
   * interpreter runs this time). The stack may move: the interpreter reloads its base. */
  if (L->end_ci - L->ci <= T->treedepth + 1 && !state_reserveci(L, T->treedepth + 1)) return 0;
  if (L->stack_last - L->base <= T->treeslot + 1) {
    state_growstack(L, T->treeslot + 2);
    if (L->stack_last - L->base <= T->treeslot + 1) return 0;
  }
  /* A link from inlined frames (up-recursion) checks for the most any tree may need above the
   * frames it makes (lower.c, link_room): keep that much room, as far as the limits allow, so
   * that the check fails only when a recursion has used it up (an exit, then a call here grows
   * the stack again). */
  if (L->stack_last - L->base <= JIT_LINKSLOTS) state_growstack(L, JIT_LINKSLOTS + 1);
  if (L->end_ci - L->ci <= JIT_LINKCI) state_reserveci(L, JIT_LINKCI);
  return 1;
}

static const Instr *trace_run(lua_State *L, JitState *J, Trace *T) {
  if (!trace_room(L, T)) return NULL;
  return trace_go(L, J, T);
}

/* The interpreter is about to run the RET at pc, where compiled code left: the trace of that
 * return (down-recursion: each time round it returns into a frame of its function and runs
 * that to the same RET), with room made for it; or NULL, the return then counted, and when it
 * is hot a trace of it recorded from here (startop JIT_RETF). */
static Trace *trace_retentry(lua_State *L, JitState *J, const Instr *pc) {
  int no;
  Trace *T;
  if (!J->on || J->interrupt.word || L->hookmask || !ci_isLua(L->ci)) return NULL;
  no = trace_find(J, pc);
  if (no > 0 && (T = J->trace[no]) != NULL && trace_isret(T)) {
    if (!trace_room(L, T)) return NULL;
    L->ci->savedpc = pc;
    return T;
  }
  /* Counted only where it returns into a frame of the same function (with a fixed number
   * of values). */
  if (bc_b(*pc) != 0 && L->ci - 1 > L->base_ci && ci_isLua(L->ci - 1) &&
      ci_func(L->ci - 1)->l.p == ci_func(L->ci)->l.p &&
      --G(L)->hotcount[jit_hotslot(pc)] == 0)
    hot_start(L, pc, JIT_RETF);
  return NULL;
}

/* Runs T (which has room); returns where the interpreter goes on. */
static const Instr *trace_go(lua_State *L, JitState *J, Trace *T) {
  const Instr *pc;
  Trace *R = NULL;   /* the last trace of a return entered here */
  for (;;) {
    int no;
    J->L = L;
    J->exitpc = NULL;
    J->reenter = 0;
    G(L)->vmstate = PROF_VM_TRACE;   /* for the profiler (prof.h) */
    enter_mcode(J, T, L->base);
    G(L)->vmstate = PROF_VM_INTERP;
    pc = J->exitpc;
    flush_pending(J);
    if (!(no = J->reenter)) {
      /* Left at a RET (a trace's end, "-> return", or an exit there): on in that return's
       * trace, if it has one (not the one that just left at its own RET: its return guard
       * failed there). */
      if (pc && bc_op(*pc) == BC_RET && !(R && R->startpc == pc) &&
          (T = trace_retentry(L, J, pc)) != NULL) {
        R = T;
        continue;
      }
      return pc;
    }
    /* It left at a link's interrupt check for a step of the collector only: the step, at this
     * safe point (the interpreter's state is whole, its pc the exit's), then on in the trace
     * the link went to, rather than in the interpreter until the next trace entry. The step
     * may run finalizers (Lua code, other traces, a flush). */
    J->reenter = 0;
    if (ci_isLua(L->ci)) L->ci->savedpc = pc;
    enter_gcstep(L, J);
    if (!J->on || J->interrupt.word || L->hookmask || !(T = J->trace[no]) || T->entrypc != pc ||
        !trace_room(L, T))
      return pc;
  }
}

/* The original instruction of a patched loop (for FORPREP / JFORLOOP / JLOOP handlers). */
Instr jit_origins(lua_State *L, const Instr *pc) {
  Instr i = *pc;
  BCOp op = bc_op(i);
  (void)L;
  if (op == BC_JFORLOOP || op == BC_IFORLOOP) bc_setop(i, BC_FORLOOP);
  else if (op == BC_JLOOP || op == BC_ILOOP) bc_setop(i, BC_LOOP);
  return i;
}

static Value snap_value(Trace *T, IRRef ref, ExitState *ex, uint64_t *spill) {
  IRIns *ins = trace_ir(T, ref);
  IRType t = (IRType)ins->t;
  uint64_t raw;
  if (irref_isk(ref)) {
    switch (ins->o) {
      case IR_KNUM: return ins->k.u64;
      case IR_KINT: return val_fromnum_raw((double)ins->k.i);
      case IR_KPRI: return t == IRT_NIL ? VAL_NIL : t == IRT_FALSE ? VAL_FALSE : VAL_TRUE;
      default: break;
    }
    raw = ins->k.u64;
  } else if (irt_ispri(t)) {
    return t == IRT_NIL ? VAL_NIL : t == IRT_FALSE ? VAL_FALSE : VAL_TRUE;
  } else {
    RegSp *rs = &T->rs[ref - T->kbot];
    if (rs->reg != RA_NONE) {
      if (t == IRT_NUM) memcpy(&raw, &ex->fpr[rs->reg], sizeof raw);
      else raw = ex->gpr[rs->reg];
    } else {
      raw = spill[rs->spill - 1];
    }
  }
  switch (t) {
    case IRT_NUM: return raw;
    case IRT_INT: return val_fromnum_raw((double)(int32_t)(uint32_t)raw);
    case IRT_STR: return val_frompt(ITYPE_STR, (void *)(uintptr_t)raw);
    case IRT_TAB: return val_frompt(ITYPE_TAB, (void *)(uintptr_t)raw);
    case IRT_FUNC: return val_frompt(ITYPE_FUNC, (void *)(uintptr_t)raw);
    case IRT_UDATA: return val_frompt(ITYPE_UDATA, (void *)(uintptr_t)raw);
    case IRT_THREAD: return val_frompt(ITYPE_THREAD, (void *)(uintptr_t)raw);
    case IRT_LUD: return val_frompt(ITYPE_LIGHTUD, (void *)(uintptr_t)raw);
    default: return VAL_NIL;
  }
}

/* The tables of snapshot s that the trace never made (allocation sinking, opt_sink): each is
 * made now, with the stores into it that come before the snapshot, and put in its slots. The
 * values stored are where the trace keeps them (the register allocator keeps them alive up to
 * every exit that needs them). No collection runs meanwhile (the stored values are only in
 * registers and spill slots); when memory runs out, the interpreter's error is raised, from
 * the stack the exit has rebuilt. */
typedef struct UnsinkArgs {
  Trace *T; SnapShot *s; ExitState *ex; uint64_t *spill; Value *base;
} UnsinkArgs;

static void unsink_protected(lua_State *L, void *ud) {
  UnsinkArgs *a = (UnsinkArgs *)ud;
  Trace *T = a->T;
  SnapShot *s = a->s;
  uint32_t e, f;
  for (e = 0; e < s->nent; e++) {
    SnapEntry en = T->snapmap[s->mapofs + e];
    IRIns *ins;
    Table *t;
    IRRef r;
    if (!trace_sunk(T, en.ref)) continue;
    /* The same table in an earlier slot: made already. */
    for (f = 0; f < e; f++)
      if (T->snapmap[s->mapofs + f].ref == en.ref) break;
    if (f < e) {
      a->base[en.slot] = a->base[T->snapmap[s->mapofs + f].slot];
      continue;
    }
    ins = trace_ir(T, en.ref);
    t = tab_new(L, (int)ins->op1, (int)ins->op2);
    a->base[en.slot] = val_fromtab(t);
    for (r = en.ref + 1; r < s->ref; r++) {
      IRIns *st = trace_ir(T, r);
      Value v;
      if (!ir_issunk(st) || sink_tableof(T->ir, T->kbot, r) != en.ref) continue;
      v = snap_value(T, st->op2, a->ex, a->spill);
      if (st->o == IR_ASTORE) {
        IRIns *aref = trace_ir(T, st->op1);
        t->array[trace_ir(T, aref->op2)->k.i] = v;
      } else {
        IRIns *key = trace_ir(T, trace_ir(T, st->op1)->op2);   /* HNEWK's or NEWREF's */
        if (key->o == IR_KNUM) *tab_set(L, t, key->k.u64) = v;
        else *tab_setstr(L, t, (Str *)key->k.ptr) = v;
      }
    }
  }
}

static void snap_unsink(JitState *J, Trace *T, SnapShot *s, ExitState *ex, uint64_t *spill,
                        Value *base) {
  lua_State *L = J->L;
  global_State *g = G(L);
  uint8_t stopem = g->gcstopem;
  UnsinkArgs a;
  int st;
  a.T = T; a.s = s; a.ex = ex; a.spill = spill; a.base = base;
  g->gcstopem = 1;
  st = err_rawrunprotected(L, unsink_protected, &a);
  g->gcstopem = stopem;
  if (g->totalbytes >= g->gcthreshold) J->interrupt.byte[JIT_INTR_GC] = 1;
  if (st != 0) {
    L->ci->savedpc = s->pc;
    err_throw_mem(L);
  }
}

/* Called by a side trace as it starts (lower.c, side_unsink): its parent's snapshot holds
 * tables the parent never made; the registers are in ex, as at an exit. */
void jit_side_unsink(JitState *J, ExitState *ex, int traceno, int snapno);
void jit_side_unsink(JitState *J, ExitState *ex, int traceno, int snapno) {
  Trace *T = J->trace[traceno];
  Value *base = (Value *)(uintptr_t)ex->gpr[14];
  snap_unsink(J, T, &T->snap[snapno], ex, (uint64_t *)(void *)(ex + 1), base);
}

/* An exit got hot: record a side trace from it, starting with the interpreter's next
 * instruction (ENTER_TRACE switches to the recording dispatch). */
static void side_start(JitState *J, Trace *T, int sn, Value *base) {
  SnapShot *s = &T->snap[sn];
  lua_State *L = J->L;
  s->count = 0;
  if (!J->on || J->state != JREC_IDLE || !L || s->side) return;
  if (s->tries >= J->param[JIT_P_tryside]) return;
  if (J->trace[T->root]->nside >= J->param[JIT_P_maxside] || J->ntrace >= J->param[JIT_P_maxtrace]) return;
  if (L->hookmask & (LUA_MASKLINE | LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LIMIT_HOOKMASK)) return;
  if (!T->stubofs || !T->stubofs[sn]) return;
  s->tries++;
  J->sidebase = base;
  J->state = JREC_START;
  J->parent = T->no;
  J->parentsnap = sn;
  J->proto = T->proto;
  J->startpt = ci_func(L->ci)->l.p;   /* the exit's innermost frame (a vararg function's base is
                                        not its function slot + 1) */
  J->startpc = s->pc;
  J->startop = bc_op(*s->pc);
  limit_maskor(L, JIT_RECMASK);
}

/* The n inlined frames fr (their slots written already) as the interpreter's CALL would have
 * made them, above the frame whose base is base; returns the base of the last one. Room for
 * them was checked (at jit_enter for the frames of a tree; before a link, in the trace). */
Value *jit_pushframes(JitState *J, const SnapFrame *fr, int n, Value *base) {
  lua_State *L = J->L;
  CallInfo *ci = L->ci;
  int e;
  for (e = 0; e < n; e++) {
    const SnapFrame *sf = &fr[e];
    Value *func = base + sf->funcslot;
    Proto *p = val_func(*func)->l.p;
    ci->savedpc = sf->retpc;
    ci++;
    ci->func = func;
    ci->base = func + 1 + sf->vabase;
    ci->top = ci->base + p->maxstack;
    ci->savedpc = p->code;
    ci->nresults = sf->nresults;
    ci->tailcalls = sf->tailcalls;
    ci->callstatus = 0;
    ci->contlast = 0;
  }
  L->ci = ci;
  L->base = ci->base;
  L->top = ci->top;
  return ci->base;
}

/* Called by the exit handler: rebuild the Lua stack from the snapshot of the exit taken. */
void jit_exit_restore(JitState *J, ExitState *ex);
void jit_exit_restore(JitState *J, ExitState *ex) {
  Trace *T = J->trace[J->exittrace];
  SnapShot *s = &T->snap[J->exitno];
  Value *base = (Value *)(uintptr_t)ex->gpr[14];
  uint64_t *spill = (uint64_t *)(void *)(ex + 1);
  uint32_t e;
  int nsunk = 0;
  for (e = 0; e < s->nent; e++) {
    SnapEntry en = T->snapmap[s->mapofs + e];
    if (trace_sunk(T, en.ref)) {
      base[en.slot] = VAL_NIL;   /* made below, once the stack is whole */
      nsunk++;
    } else {
      base[en.slot] = snap_value(T, en.ref, ex, spill);
    }
  }
  if (s->nframe) jit_pushframes(J, &T->framemap[s->frameofs], s->nframe, base);
  if (s->topslot) J->L->top = base + s->topslot - 1;
  if (nsunk) snap_unsink(J, T, s, ex, spill, base);
  J->nexits++;
  J->exitpc = s->pc;
  /* A loop's back edge still pointing at its interrupt exit after the HOOK byte was cleared
   * (a sync that lost a race): back to the loop. */
  if (s->tries == 0xffff && J->intrpatched && !J->interrupt.byte[JIT_INTR_HOOK]) intr_sync(J);
  /* An exit taken because the interrupt word is set (a hook, a profiler tick) does not make
   * the exit hot: it would grow side traces wherever the ticks happen to land. */
  if (J->interrupt.word) {
    /* The interrupt check of a link (or of a loop's back edge), left for a collector step
     * alone: the trace linked to can be entered again right after the step (trace_run). */
    if (J->interrupt.word == (1u << (8 * JIT_INTR_GC)) && J->exitno == (uint32_t)T->nsnap - 1 &&
        s->tries == 0xffff) {
      int no = T->link > 0 ? T->link : T->no;
      Trace *X = J->trace[no];
      if (X && !X->parent && X->entrypc == s->pc) J->reenter = no;
    }
    return;
  }
  s->count++;
  if (s->count >= (uint32_t)J->param[JIT_P_hotexit]) side_start(J, T, (int)J->exitno, base);
}

/* --- collector --- */

void jit_mark(global_State *g, void (*mark)(global_State *g, GCObj *o)) {
  JitState *J = g->jit;
  int i;
  if (!J) return;
  if (J->state != JREC_IDLE) {   /* the constants of the trace being recorded */
    IRRef ref;
    for (ref = J->nk; ref < REF_BIAS; ref++)
      if (IR(J, ref)->o == IR_KGC) mark(g, (GCObj *)IR(J, ref)->k.ptr);
  }
  /* Each trace's list of its GC constants; most are marked already (a prototype's constants,
   * functions and tables reachable from the globals): those cost no call. */
  for (i = 1; i <= J->ntrace; i++) {
    Trace *T = J->trace[i];
    int k;
    if (!T) continue;
    for (k = 0; k < T->ngck; k++)
      if (gc_iswhite(T->gck[k])) mark(g, T->gck[k]);
  }
}

static void trace_unpatch(JitState *J, Trace *T) {
  Instr *ip = (Instr *)T->startpc;
  (void)J;
  if (trace_isfunc(T)) {
    if (T->proto->jitf == T->no) {
      T->proto->jitf = 0;
      T->proto->hotcall = jit_hotcallstart(J->g);
    }
    return;
  }
  if (bc_op(*ip) == BC_JFORLOOP || bc_op(*ip) == BC_JLOOP) bc_setop(*ip, T->startop);
}

/* Free every trace of prototype p, with the whole tree of each (side traces jump into their
 * parents' code) and every tree that links into a freed one. */
void jit_freeproto(global_State *g, Proto *p) {
  JitState *J = g->jit;
  int i, any = 0, changed = 1;
  uint8_t *dead;
  if (!J) return;
  if (J->state != JREC_IDLE && J->proto == p) {
    J->abortmsg = "prototype collected";
    trace_aborted(J);
  }
  if (p->code)   /* NULL when the prototype died half-built (an error while loading) */
    for (i = 0; i < 64; i++)
      if ((J->penalty[i].pc >= p->code && J->penalty[i].pc < p->code + p->sizecode) ||
          J->penalty[i].pc == (const Instr *)(void *)p)
        J->penalty[i].pc = NULL;
  for (i = 1; i <= J->ntrace; i++) if (J->trace[i] && J->trace[i]->proto == p) any = 1;
  if (!any) return;
  dead = (uint8_t *)calloc((size_t)J->ntrace + 1, 1);
  if (!dead) {   /* cannot work out the trees: drop everything */
    trace_flushall(J);
    return;
  }
  for (i = 1; i <= J->ntrace; i++)
    if (J->trace[i] && J->trace[i]->proto == p) dead[J->trace[i]->root] = 1;
  while (changed) {
    changed = 0;
    for (i = 1; i <= J->ntrace; i++) {
      Trace *T = J->trace[i];
      if (T && !dead[T->root] &&
          ((T->link > 0 && dead[J->trace[T->link] ? J->trace[T->link]->root : 0]) ||
           (T->retlink > 0 && dead[J->trace[T->retlink] ? J->trace[T->retlink]->root : 0]))) {
        dead[T->root] = 1;
        changed = 1;
      }
    }
  }
  if (J->state != JREC_IDLE && J->parent && dead[J->trace[J->parent]->root]) {
    J->abortmsg = "parent trace freed";
    trace_aborted(J);
  }
  for (i = 1; i <= J->ntrace; i++) {
    Trace *T = J->trace[i];
    if (T && dead[T->root]) {
      if (!T->parent && T->proto != p) trace_unpatch(J, T);
      J->trace[i] = NULL;
      trace_free(J, T);
    }
  }
  free(dead);
  map_rebuild(J);
}

int jit_ncallc(global_State *g) { return g->jit ? g->jit->ncallc : 0; }
void jit_setncallc(global_State *g, int n) { if (g->jit) g->jit->ncallc = n; }

/* A flush asked for while compiled code was suspended in a library call, once none is. */
static void flush_pending(JitState *J) {
  if (J->flushpending && J->ncallc == 0) trace_flushall(J);
}

/* debug.setlocal or debug.setupvalue assigned a variable that traces may take as a constant
 * (UV_IMMUTABLE): every trace goes, as jit.flush() does, and from now on no trace takes such a
 * variable as a constant (a program that does it once may do it in a loop: a flush each time
 * would compile its traces again and again). Compiled code suspended in the library call that
 * did it leaves right after the call (FLUSHED), before it uses a constant. */
void jit_uvchanged(lua_State *L) {
  JitState *J = J_OF(L);
  if (!J || J->uvnoconst) return;
  J->uvnoconst = 1;
  if (J->mcarea) trace_flushall(J);
}

IRRef trace_parentload(const Trace *P, int sn, int s) {
  IRRef snapref = P->snap[sn].ref, r, found = 0;
  for (r = REF_FIRST; r < snapref; r++) {
    const IRIns *pi = trace_ir(P, r);
    if (pi->o == IR_CALLC || pi->o == IR_RETF || pi->o == IR_TAILF) return 0;
    if (!found && pi->o == IR_SLOAD && (int16_t)pi->op1 == s && !(pi->op2 & IRSLOAD_CALLRES))
      found = r;
  }
  return found;
}

void trace_flushall(JitState *J) {
  int i;
  if (J->state != JREC_IDLE) {
    J->abortmsg = "flushed";
    trace_aborted(J);
  }
  if (J->ncallc > 0) {
    /* Compiled code is suspended in a library call (a finalizer flushing, a sort's comparison,
     * a coroutine it resumed): when the call returns it runs on, exits through its snapshots
     * and links to other traces. Everything stays until no such call is under way; then the
     * flush is done (flush_pending: where the interpreter enters or leaves compiled code). */
    J->flushpending = 1;
    J->interrupt.byte[JIT_INTR_FLUSH] = 1;
    return;
  }
  J->flushpending = 0;
  J->interrupt.byte[JIT_INTR_FLUSH] = 0;
  for (i = 1; i <= J->ntrace; i++) {
    if (J->trace[i]) {
      if (!J->trace[i]->parent) trace_unpatch(J, J->trace[i]);
      trace_free(J, J->trace[i]);
      J->trace[i] = NULL;
    }
  }
  J->ntrace = 0;
  map_rebuild(J);
  /* The code goes: so do the back edges in it (before anything is written there again). */
  intr_lock(J);
  J->nisite = 0;
  intr_unlock(J);
  J->mctop = J->mcstubs;   /* keep the stubs at the start of the area */
}

/* --- options --- */

static int jit_ready(JitState *J) {
  size_t used;
  if (J->mcarea) return 1;
  if (!J->sse41) return 0;
  if (!mc_alloc(J, (size_t)4 << 20)) return 0;
  mc_write(J, 1);
  if (!lower_stubs(J, J->mcarea, 4096, &used)) {
    mc_write(J, 0);
    munmap(J->mcarea, J->mcsize);
    J->mcarea = NULL;
    return 0;
  }
  mc_write(J, 0);
  J->mctop = J->mcstubs = (used + 15) & ~(size_t)15;
  /* Can the back edges be patched while code runs (a system may refuse writable and
   * executable memory)? If not, every loop tests the interrupt word. */
  J->patchok = mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_WRITE | PROT_EXEC) == 0;
  mprotect(J->mcarea, J->mcsize, PROT_READ | PROT_EXEC);
  return 1;
}

/* Called once the state is fully built (luaL_openlibs or first hot loop). */
int jit_status(lua_State *L) {
  JitState *J = J_OF(L);
  return J && J->on && jit_ready(J);
}

static const char *const opt_names[] = {
#define JIT_OPT_NAME(name) #name,
  JIT_OPT_LIST(JIT_OPT_NAME)
#undef JIT_OPT_NAME
};
static const char *const param_names[] = {
#define JIT_PARAM_NAME(name, def) #name,
  JIT_PARAM_LIST(JIT_PARAM_NAME)
#undef JIT_PARAM_NAME
};

/* Pushes the names of the optimisations that are on (jit.status's results after the first). */
int jit_pushflags(lua_State *L) {
  JitState *J = J_OF(L);
  int i, n = 0;
  if (!J) return 0;
  for (i = 0; i < (int)(sizeof opt_names / sizeof opt_names[0]); i++)
    if (J->opt & (1u << i)) {
      lua_pushstring(L, opt_names[i]);
      n++;
    }
  return n;
}

/* One -O argument (without the -O): a level 0..3, name=value, +name, -name or name. */
const char *jit_option(lua_State *L, const char *o) {
  JitState *J = J_OF(L);
  size_t i;
  if (!J) return "JIT not available";
  if (*o == 0 || (o[0] >= '0' && o[0] <= '3' && o[1] == 0)) {
    int level = *o ? o[0] - '0' : 3;
    J->opt = level == 0 ? 0 : level == 1 ? (1u << JIT_OPTB_fold) | (1u << JIT_OPTB_cse) | (1u << JIT_OPTB_dce)
                                          : 0xffffffffu;
    return NULL;
  }
  for (i = 0; i < sizeof param_names / sizeof param_names[0]; i++) {
    size_t n = strlen(param_names[i]);
    if (strncmp(o, param_names[i], n) == 0 && o[n] == '=') {
      char *end;
      long v = strtol(o + n + 1, &end, 10);
      /* 0 is a value for the limits of side traces (none), not for the others. */
      if (*end || v < (i == JIT_P_sideloop || i == JIT_P_maxside || i == JIT_P_tryside ? 0 : 1) ||
          v > 0x7fffffff)
        return "bad parameter value";
      if (i == JIT_P_hotloop && v > 65000) v = 65000;
      J->param[i] = (int32_t)v;
      if (i == JIT_P_hotloop) {
        int k;
        for (k = 0; k < JIT_HOTCOUNT; k++) G(L)->hotcount[k] = (uint16_t)v;
      }
      return NULL;
    }
  }
  {
    int on = 1;
    const char *name = o;
    if (*name == '+' ) name++;
    else if (*name == '-') { on = 0; name++; }
    else if (strncmp(name, "no", 2) == 0 && 0) { on = 0; name += 2; }
    for (i = 0; i < sizeof opt_names / sizeof opt_names[0]; i++) {
      if (strcmp(name, opt_names[i]) == 0) {
        if (on) J->opt |= 1u << i;
        else J->opt &= ~(1u << i);
        return NULL;
      }
    }
  }
  return "unknown or malformed optimization flag";
}

const char *jit_control(lua_State *L, const char *cmd) {
  JitState *J = J_OF(L);
  if (!J) return "JIT not available";
  if (strcmp(cmd, "on") == 0) {
    if (!J->sse41) return "JIT needs SSE4.1";
    J->on = 1;
  } else if (strcmp(cmd, "off") == 0) {
    J->on = 0;
    if (J->state != JREC_IDLE) { J->abortmsg = "JIT turned off"; trace_aborted(J); }
  } else if (strcmp(cmd, "flush") == 0) {
    if (J->mcarea) trace_flushall(J);
  } else if (strcmp(cmd, "v") == 0) {
    J->verbose = 1;
  } else if (strncmp(cmd, "dump", 4) == 0) {
    const char *f = cmd[4] == '=' ? cmd + 5 : "tim";
    J->dump = 0;
    if (strchr(f, 'b') || strchr(f, 't')) J->dump |= 1;
    if (strchr(f, 'i')) J->dump |= 2;
    if (strchr(f, 'm')) J->dump |= 4;
    if (!J->dump) J->dump = 1;
  } else {
    return "unknown -j option";
  }
  return NULL;
}

/* The counts behind jit.status and -jv. */
int jit_naborts(lua_State *L) {
  JitState *J = J_OF(L);
  return J ? (int)J->naborts : 0;
}

double jit_nexits(lua_State *L) {
  JitState *J = J_OF(L);
  return J ? (double)J->nexits : 0;
}

int jit_ntraces(lua_State *L) {
  JitState *J = J_OF(L);
  int i, n = 0;
  if (!J) return 0;
  for (i = 1; i <= J->ntrace; i++) if (J->trace[i]) n++;
  return n;
}
