/*
 * prof.c - the sampling profiler: timer, signal handler, safe point, stack dumps.
 *
 * See prof.h for the design. One state at a time is profiled (the timer signal is the
 * process's), as in LuaJIT. The signal handler touches only: the tick count and first VM state
 * (this file), prof_pending, the live dispatch table (vm_profarm) and the JIT's interrupt word
 * (jit_interrupt); all are plain stores, async-signal-safe. Everything else (reading the stack,
 * building strings, calling the Lua callback) happens at the safe point, in the interpreter,
 * where the stack is consistent: the instruction about to run has not started, every register
 * is in the stack, and L->ci->savedpc says where the frame is.
 */
#include <string.h>
#include <sys/time.h>
#include <time.h>
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "lua.h"
#include "lauxlib.h"
#include "prof.h"
#include "state.h"
#include "jit.h"

typedef struct ProfState {
  global_State *volatile g;  /* the state being profiled, or NULL */
  lua_State *cbL;            /* the thread the callback runs on: the callback is its slot 1 */
  int cbref;                 /* registry reference anchoring cbL */
  int ticks;                 /* ticks since the last safe point (atomic) */
  volatile uint8_t vmstate;  /* the VM state at the first of them */
  int incb;                  /* the callback is running: no nested samples */
  struct sigaction oldsa;
  struct itimerval oldtimer;  /* setitimer's (when there is no POSIX timer) */
#if defined(__linux__) && defined(SIGEV_THREAD_ID)
  timer_t timer;
  int posixtimer;             /* the timer is a POSIX timer */
#endif
} ProfState;

static ProfState prof;
volatile sig_atomic_t prof_pending;

static void prof_signal(int sig) {
  global_State *g = prof.g;
  (void)sig;
  if (g == NULL) return;
  if (__atomic_fetch_add(&prof.ticks, 1, __ATOMIC_SEQ_CST) == 0) prof.vmstate = g->vmstate;
  prof_pending = 1;
  vm_profarm();
  jit_interrupt(g);
}

const char *prof_start(lua_State *L, long interval_us) {
  struct sigaction sa;
  struct itimerval tm;
  lua_State *L2;
  if (prof.g != NULL && prof.g != G(L)) return "profiler already running in another state";
  prof_stop(G(L));
  if (interval_us < 1) interval_us = 1;
  /* The callback's thread: the function stays in its first slot. */
  L2 = lua_newthread(L);
  lua_insert(L, -2);
  lua_xmove(L, L2, 1);
  prof.cbref = luaL_ref(L, LUA_REGISTRYINDEX);
  prof.cbL = L2;
  prof.ticks = 0;
  prof.incb = 0;
  prof_pending = 0;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = prof_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  prof.g = G(L);
  if (sigaction(SIGPROF, &sa, &prof.oldsa) != 0) {
    prof.g = NULL;
    luaL_unref(L, LUA_REGISTRYINDEX, prof.cbref);
    return "cannot install the SIGPROF handler";
  }
#if defined(__linux__) && defined(SIGEV_THREAD_ID)
  /* A CLOCK_MONOTONIC timer aimed at this thread: CPU-time timers (ITIMER_PROF,
   * CLOCK_PROCESS_CPUTIME_ID) only fire at the kernel's tick (4 ms at HZ=250), too coarse for
   * 1 ms. So the samples measure elapsed time; time blocked in a C function counts as C code. */
  {
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_THREAD_ID;
    ev.sigev_signo = SIGPROF;
    ev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
    prof.posixtimer = timer_create(CLOCK_MONOTONIC, &ev, &prof.timer) == 0;
    if (prof.posixtimer) {
      struct itimerspec its;
      its.it_interval.tv_sec = interval_us / 1000000;
      its.it_interval.tv_nsec = (interval_us % 1000000) * 1000;
      its.it_value = its.it_interval;
      if (timer_settime(prof.timer, 0, &its, NULL) == 0) return NULL;
      timer_delete(prof.timer);
      prof.posixtimer = 0;
    }
  }
#endif
  tm.it_interval.tv_sec = interval_us / 1000000;
  tm.it_interval.tv_usec = interval_us % 1000000;
  tm.it_value = tm.it_interval;
  if (setitimer(ITIMER_PROF, &tm, &prof.oldtimer) != 0) {
    sigaction(SIGPROF, &prof.oldsa, NULL);
    prof.g = NULL;
    luaL_unref(L, LUA_REGISTRYINDEX, prof.cbref);
    return "cannot start the profiling timer";
  }
  return NULL;
}

void prof_stop(global_State *g) {
  lua_State *L;
  if (g == NULL || prof.g != g) return;
#if defined(__linux__) && defined(SIGEV_THREAD_ID)
  if (prof.posixtimer) {
    timer_delete(prof.timer);
    prof.posixtimer = 0;
  } else
#endif
  setitimer(ITIMER_PROF, &prof.oldtimer, NULL);
  sigaction(SIGPROF, &prof.oldsa, NULL);
  prof.g = NULL;
  prof_pending = 0;
  vm_profdisarm();
  L = g->mainthread;
  luaL_unref(L, LUA_REGISTRYINDEX, prof.cbref);
  prof.cbL = NULL;
  jit_sethook(L);
}

void prof_safepoint(lua_State *L) {
  global_State *g = G(L);
  lua_State *L2 = prof.cbL;
  int n;
  /* While the JIT records this thread the sample waits (the callback's code must not be
   * recorded); the recorder's dispatch goes through the hook stub anyway. */
  if (L->hookmask & JIT_RECMASK) return;
  if (g != prof.g) {
    /* Another state (on another OS thread): it runs unhooked again; the profiled state's
     * sample stays pending, and the next tick arms the table again. */
    vm_profdisarm();
    return;
  }
  prof_pending = 0;
  vm_profdisarm();
  if (prof_pending) vm_profarm();   /* a tick came while the table was restored */
  if (prof.incb) return;   /* inside the callback: its ticks go to the next sample */
  jit_sethook(L);   /* compiled code no longer needs to leave */
  n = __atomic_exchange_n(&prof.ticks, 0, __ATOMIC_SEQ_CST);
  if (n <= 0 || L2 == NULL) return;
  {
    static const char states[] = "ICGNJ";
    char st = states[prof.vmstate < 5 ? prof.vmstate : 0];
    uint8_t allowhook = L->allowhook;
    int status;
    prof.incb = 1;
    L->allowhook = 0;   /* no debug hooks inside the callback (as inside a hook) */
    lua_settop(L2, 1);
    lua_pushvalue(L2, 1);
    *L2->top++ = val_fromthread(L);
    lua_pushinteger(L2, n);
    lua_pushlstring(L2, &st, 1);
    status = lua_pcall(L2, 3, 0, 0);
    L->allowhook = allowhook;
    prof.incb = 0;
    if (status != 0) {
      /* The callback's error is raised where the sample was taken. */
      state_checkstack(L, LUA_MINSTACK);
      L->ci->top = L->top + LUA_MINSTACK;
      lua_xmove(L2, L, 1);
      lua_error(L);
    }
  }
}

/* --- stack dumps (jit.profile.dumpstack) --- */

/* One frame's text is built here, then added to the luaL_Buffer (whose own buffer may be
 * flushed to the stack at any addition, so a position in it cannot be kept). */
typedef struct FrameBuf {
  char s[1024];
  size_t n;
} FrameBuf;

static void fb_addlstr(FrameBuf *fb, const char *s, size_t len) {
  if (len > sizeof fb->s - fb->n) len = sizeof fb->s - fb->n;
  memcpy(fb->s + fb->n, s, len);
  fb->n += len;
}
#define fb_addstr(fb, s) fb_addlstr((fb), (s), strlen(s))

/* The chunk name as LuaJIT prints it: "@file" and "=name" without their mark (the file without
 * its directories unless pathstrip is 0), other sources "[string]". */
static void put_chunkname(FrameBuf *fb, const char *src, int pathstrip) {
  if (*src == '@' || *src == '=') {
    const char *p = src + 1;
    if (pathstrip) {
      const char *slash = strrchr(p, '/');
      if (slash) p = slash + 1;
    }
    fb_addstr(fb, p);
  } else {
    fb_addstr(fb, "[string]");
  }
}

/* Appends one frame as fmt says (LuaJIT's letters, plus 'd'); *zap gets the length at the last
 * 'Z'. */
static void dump_frame(FrameBuf *fb, lua_Debug *ar, const char *fmt, int *pathstrip,
                       size_t *zap) {
  int c;
  int isLua = ar->what[0] != 'C';
  char num[16];
  for (; (c = (unsigned char)*fmt) != 0; fmt++) {
    switch (c) {
      case 'p':   /* keep the full path */
        *pathstrip = 0;
        break;
      case 'f': case 'F':   /* the function's name, else module:firstline */
        if (ar->name != NULL) {
          if (c == 'F' && isLua) {
            put_chunkname(fb, ar->source, *pathstrip);
            fb_addstr(fb, ":");
          }
          fb_addstr(fb, ar->name);
          break;
        }
        /* fall through */
      case 'l': case 'd':   /* module:line (the current one; 'd', 'f', 'F': the first) */
        if (isLua) {
          put_chunkname(fb, ar->source, *pathstrip);
          snprintf(num, sizeof num, ":%d",
                   c == 'l' && ar->currentline >= 0 ? ar->currentline : ar->linedefined);
          fb_addstr(fb, num);
        } else {
          fb_addstr(fb, "[C]");
        }
        break;
      case 'Z':   /* what follows is dropped after the last frame */
        *zap = fb->n;
        break;
      default: {
        char ch = (char)c;
        fb_addlstr(fb, &ch, 1);
        break;
      }
    }
  }
}

#define PROF_MAXLEVELS 1024

/* Frames of L1 from level 0 (the running function) outwards; 5.1's (tail call) markers are
 * skipped. depth > 0: the innermost depth frames, innermost first; depth < 0: the innermost
 * -depth frames, outermost first (at most PROF_MAXLEVELS). The frames are found by walking the
 * CallInfos (what lua_getstack does, once, instead of once per level). */
void prof_dumpstack(lua_State *L1, luaL_Buffer *b, const char *fmt, int depth) {
  int cis[PROF_MAXLEVELS];
  int n = 0, want = depth < 0 ? -depth : depth, pathstrip = 1, i;
  CallInfo *ci;
  lua_Debug ar;
  for (ci = L1->ci; ci > L1->base_ci && n < want && n < PROF_MAXLEVELS; ci--)
    cis[n++] = (int)(ci - L1->base_ci);
  for (i = 0; i < n; i++) {
    FrameBuf fb;
    size_t zap = (size_t)-1;
    fb.n = 0;
    ar.i_ci = cis[depth < 0 ? n - 1 - i : i];
    lua_getinfo(L1, "Snl", &ar);
    dump_frame(&fb, &ar, fmt, &pathstrip, &zap);
    if (i == n - 1 && zap != (size_t)-1) fb.n = zap;
    luaL_addlstring(b, fb.s, fb.n);
  }
}
