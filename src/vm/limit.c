/*
 * limit.c - resource limits: a memory limit, an instruction budget, a deadline and interrupts
 * (the host's API, include/apogee.h; how the interpreter sees them, limit.h).
 *
 * Memory: while a limit is set, the state's allocator is wrapped by limit_alloc, which refuses
 * to grow past it; mem_realloc then runs its emergency collection and raises "not enough
 * memory" as for any failed allocation. Without a limit nothing is wrapped.
 *
 * Stops: an instruction budget, a deadline or apogee_interrupt "trip" the state: from then on
 * every instruction of every thread (and the pattern matcher's next check) raises the limit's
 * error, until the error reaches the host (limit_leave_). The deadline is kept by a watchdog
 * thread (pthread, one per state that has a deadline, started at the first one): it sleeps on a
 * condition variable until the deadline and then posts LIMIT_PTIME exactly as apogee_interrupt
 * posts LIMIT_PINTR: atomic ORs into `pending` and into the running thread's hookmask, and the
 * JIT's interrupt word. A thread rather than a timer signal, so that the host keeps its signals
 * and no system call of the host is interrupted (EINTR).
 *
 * The running thread (`running`, for posters) changes at lua_resume and lua_pcall. A poster
 * reads it and writes its hookmask between an increment and a decrement of `pokers`; a thread
 * is freed only once `pokers` is zero (limit_freethread), so a poster never writes into a freed
 * thread.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "apogee.h"
#include "limit.h"
#include "state.h"
#include "err.h"
#include "jit.h"

typedef struct LimitWatchdog {
  pthread_t thread;
  pthread_mutex_t mu;
  pthread_cond_t cv;   /* on CLOCK_MONOTONIC */
  double deadline;     /* under mu; 0: none (or posted already) */
  int quit;
  global_State *g;
} LimitWatchdog;

static double limit_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Async-signal-safe and thread-safe: only atomic operations and the JIT's interrupt word. */
static void limit_post(global_State *g, unsigned bits) {
  lua_State *r;
  __atomic_fetch_or(&g->limit.pending, bits, __ATOMIC_SEQ_CST);
  __atomic_fetch_add(&g->limit.pokers, 1, __ATOMIC_SEQ_CST);
  r = __atomic_load_n(&g->limit.running, __ATOMIC_SEQ_CST);
  if (r != NULL) limit_maskor(r, LIMIT_HOOKMASK);
  __atomic_fetch_sub(&g->limit.pokers, 1, __ATOMIC_SEQ_CST);
  jit_interrupt(g);
}

void limit_init(global_State *g, lua_State *L) {
  memset(&g->limit, 0, sizeof g->limit);
  g->limit.running = L;
}

void limit_freethread(global_State *g) {
  /* `running` is written with release stores (a fence at each resume and pcall would cost more
   * than the switch itself): this fence orders the thread's last store of it before the load
   * of `pokers`, so a poster that read the dying thread has already counted itself. */
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  while (__atomic_load_n(&g->limit.pokers, __ATOMIC_SEQ_CST) != 0) {
  }
}

/* --- memory --- */

static void *limit_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  global_State *g = (global_State *)ud;
  LimitState *ls = &g->limit;
  if (ptr == NULL) osize = 0;
  if (nsize > osize &&
      (g->totalbytes > ls->memlimit || nsize - osize > ls->memlimit - g->totalbytes))
    return NULL;
  return ls->frealloc(ls->ud, ptr, osize, nsize);
}

lua_Alloc limit_getallocf(global_State *g, void **ud) {
  if (g->frealloc == limit_alloc) {
    if (ud) *ud = g->limit.ud;
    return g->limit.frealloc;
  }
  if (ud) *ud = g->ud;
  return g->frealloc;
}

void limit_setallocf(global_State *g, lua_Alloc f, void *ud) {
  if (g->frealloc == limit_alloc) {
    g->limit.frealloc = f;
    g->limit.ud = ud;
  } else {
    g->frealloc = f;
    g->ud = ud;
  }
}

LUA_API int apogee_setmemlimit(lua_State *L, size_t bytes) {
  global_State *g = G(L);
  g->limit.memlimit = bytes;
  if (bytes != 0 && g->frealloc != limit_alloc) {
    g->limit.frealloc = g->frealloc;
    g->limit.ud = g->ud;
    g->frealloc = limit_alloc;
    g->ud = g;
  } else if (bytes == 0 && g->frealloc == limit_alloc) {
    g->frealloc = g->limit.frealloc;
    g->ud = g->limit.ud;
  }
  return 0;
}

LUA_API size_t apogee_getmemlimit(lua_State *L) { return G(L)->limit.memlimit; }
LUA_API size_t apogee_memused(lua_State *L) { return G(L)->totalbytes; }

/* --- stops --- */

static const char *const limit_msg[] = {
  NULL, "instruction limit exceeded", "time limit exceeded", "interrupted"
};

static void limit_trip(lua_State *L, int which) {
  LimitState *ls = &G(L)->limit;
  ls->tripped = ls->fired = which;
  __atomic_fetch_and(&ls->pending, ~(LIMIT_PINTR | LIMIT_PTIME), __ATOMIC_SEQ_CST);
}

void limit_charge(lua_State *L, unsigned cost) {
  LimitState *ls = &G(L)->limit;
  if (!ls->tripped) {
    unsigned p = __atomic_load_n(&ls->pending, __ATOMIC_SEQ_CST);
    if (p != 0) {
      limit_trip(L, (p & LIMIT_PINTR) ? APOGEE_LIMIT_INTERRUPT : APOGEE_LIMIT_TIME);
    } else if (ls->instrlimit != 0) {
      ls->icount += cost;
      if (ls->icount <= ls->instrlimit) return;
      ls->icount = ls->instrlimit;
      limit_trip(L, APOGEE_LIMIT_INSTRUCTIONS);
    } else {
      /* Nothing to do: clear the bit, unless a poster came in meanwhile. */
      limit_maskand(L, (uint8_t)~LIMIT_HOOKMASK);
      limit_sync(L);
      return;
    }
  }
  err_runerror(L, "%s", limit_msg[ls->tripped]);
}

void limit_hook(lua_State *L) {
  limit_charge(L, 1);
}

void limit_enter_(lua_State *L) {
  limit_maskor(L, LIMIT_HOOKMASK);
}

lua_State *limit_resume(lua_State *L) {
  LimitState *ls = &G(L)->limit;
  lua_State *prev = __atomic_load_n(&ls->running, __ATOMIC_RELAXED);
  L->resumer = prev;
  __atomic_store_n(&ls->running, L, __ATOMIC_RELEASE);
  limit_enter(L);
  return prev;
}

void limit_resumed(lua_State *L, lua_State *prev) {
  __atomic_store_n(&G(L)->limit.running, prev, __ATOMIC_RELEASE);
  L->resumer = NULL;
  if (prev != NULL) limit_leave(prev);
}

/* Is the code that runs next on thread L the host's: no Lua function below it, on L or on the
 * threads that resumed it? */
static int limit_inhost(lua_State *L) {
  lua_State *T;
  for (T = L; T != NULL; T = T->resumer) {
    CallInfo *ci;
    for (ci = T->ci; ci > T->base_ci; ci--)
      if (ci_isLua(ci)) return 0;
  }
  return 1;
}

static void limit_setdeadline(global_State *g, double deadline) {
  LimitState *ls = &g->limit;
  if (ls->wd) pthread_mutex_lock(&ls->wd->mu);
  ls->deadline = deadline;
  __atomic_fetch_and(&ls->pending, ~LIMIT_PTIME, __ATOMIC_SEQ_CST);
  if (ls->wd) {
    ls->wd->deadline = deadline;
    pthread_cond_signal(&ls->wd->cv);
    pthread_mutex_unlock(&ls->wd->mu);
  }
}

void limit_leave_(lua_State *L) {
  LimitState *ls = &G(L)->limit;
  if (!limit_inhost(L)) {
    limit_maskor(L, LIMIT_HOOKMASK);   /* the error goes on in the Lua code of L */
    return;
  }
  /* The error is back with the host: the state runs freely again, without the limit that
   * fired. Threads keep their bit until limit_hook finds nothing to do. */
  if (ls->tripped == APOGEE_LIMIT_INSTRUCTIONS) ls->instrlimit = ls->icount = 0;
  if (ls->tripped == APOGEE_LIMIT_TIME) limit_setdeadline(G(L), 0);
  ls->tripped = 0;
  __atomic_fetch_and(&ls->pending, ~LIMIT_PINTR, __ATOMIC_SEQ_CST);
  jit_sethook(L);   /* the JIT's interrupt word back to what the hooks need */
}

LUA_API void apogee_setinstrlimit(lua_State *L, unsigned long long n) {
  global_State *g = G(L);
  g->limit.instrlimit = n;
  g->limit.icount = 0;
  g->limit.fired = 0;
  if (n != 0) {
    limit_maskor(L, LIMIT_HOOKMASK);
    limit_maskor(g->mainthread, LIMIT_HOOKMASK);
  }
}

LUA_API unsigned long long apogee_getinstrlimit(lua_State *L) { return G(L)->limit.instrlimit; }
LUA_API unsigned long long apogee_instrcount(lua_State *L) { return G(L)->limit.icount; }

static void *limit_watchdog(void *arg) {
  LimitWatchdog *wd = (LimitWatchdog *)arg;
  pthread_mutex_lock(&wd->mu);
  while (!wd->quit) {
    if (wd->deadline == 0) {
      pthread_cond_wait(&wd->cv, &wd->mu);
    } else if (limit_now() >= wd->deadline) {
      wd->deadline = 0;
      limit_post(wd->g, LIMIT_PTIME);
    } else {
      struct timespec ts;
      double whole = floor(wd->deadline);
      ts.tv_sec = (time_t)whole;
      ts.tv_nsec = (long)((wd->deadline - whole) * 1e9);
      if (ts.tv_nsec > 999999999) ts.tv_nsec = 999999999;
      pthread_cond_timedwait(&wd->cv, &wd->mu, &ts);
    }
  }
  pthread_mutex_unlock(&wd->mu);
  return NULL;
}

static int limit_startwatchdog(global_State *g) {
  /* From malloc, not the state's allocator: the state's byte count stays what it holds. */
  LimitWatchdog *wd = (LimitWatchdog *)malloc(sizeof *wd);
  pthread_condattr_t ca;
  if (wd == NULL) return -1;
  memset(wd, 0, sizeof *wd);
  wd->g = g;
  pthread_mutex_init(&wd->mu, NULL);
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&wd->cv, &ca);
  pthread_condattr_destroy(&ca);
  if (pthread_create(&wd->thread, NULL, limit_watchdog, wd) != 0) {
    pthread_cond_destroy(&wd->cv);
    pthread_mutex_destroy(&wd->mu);
    free(wd);
    return -1;
  }
  g->limit.wd = wd;
  return 0;
}

void limit_close(global_State *g) {
  LimitWatchdog *wd = g->limit.wd;
  if (wd != NULL) {
    pthread_mutex_lock(&wd->mu);
    wd->quit = 1;
    pthread_cond_signal(&wd->cv);
    pthread_mutex_unlock(&wd->mu);
    pthread_join(wd->thread, NULL);
    pthread_cond_destroy(&wd->cv);
    pthread_mutex_destroy(&wd->mu);
    free(wd);
    g->limit.wd = NULL;
  }
  if (g->frealloc == limit_alloc) {
    g->frealloc = g->limit.frealloc;
    g->ud = g->limit.ud;
  }
}

LUA_API int apogee_settimelimit(lua_State *L, double seconds) {
  global_State *g = G(L);
  g->limit.fired = 0;
  if (!(seconds > 0)) {
    limit_setdeadline(g, 0);
    return 0;
  }
  if (g->limit.wd == NULL && limit_startwatchdog(g) != 0) return -1;
  limit_setdeadline(g, limit_now() + seconds);
  return 0;
}

LUA_API double apogee_gettimelimit(lua_State *L) {
  double d = G(L)->limit.deadline;
  return d == 0 ? 0 : d - limit_now();
}

LUA_API void apogee_interrupt(lua_State *L) {
  limit_post(G(L), LIMIT_PINTR);
}

LUA_API int apogee_limitstatus(lua_State *L) { return G(L)->limit.fired; }
