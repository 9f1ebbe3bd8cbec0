/*
 * state.c - creating and closing states and threads; growing stacks and frame arrays.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "state.h"
#include "limit.h"
#include "jit.h"
#include "prof.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "gc.h"
#include "err.h"
#include "meta.h"
#include "../front/lex.h"

typedef struct LG {
  lua_State l;
  global_State g;
} LG;

static void stack_init(lua_State *L1, lua_State *L) {
  int i;
  L1->base_ci = mem_newvec(L, BASIC_CI_SIZE, CallInfo);
  L1->ci = L1->base_ci;
  L1->size_ci = BASIC_CI_SIZE;
  L1->end_ci = L1->base_ci + L1->size_ci - 1;
  L1->stack = mem_newvec(L, BASIC_STACK_SIZE + EXTRA_STACK, Value);
  L1->stacksize = BASIC_STACK_SIZE + EXTRA_STACK;
  for (i = 0; i < L1->stacksize; i++) L1->stack[i] = VAL_NIL;
  L1->top = L1->stack;
  L1->stack_last = L1->stack + (L1->stacksize - EXTRA_STACK) - 1;
  /* The base frame: a dummy function slot below the C caller's stack. */
  L1->ci->func = L1->top;
  *L1->top++ = VAL_NIL;
  L1->base = L1->ci->base = L1->top;
  L1->ci->top = L1->top + LUA_MINSTACK;
  L1->ci->nresults = 0;
  L1->ci->savedpc = NULL;
  L1->ci->tailcalls = 0;
  L1->ci->callstatus = 0;
}

static void stack_free(lua_State *L, lua_State *L1) {
  mem_freevec(L, L1->base_ci, L1->size_ci, CallInfo);
  mem_freevec(L, L1->stack, L1->stacksize, Value);
}

static void thread_preinit(lua_State *L, global_State *g) {
  L->g = g;
  L->stack = NULL;
  L->stacksize = 0;
  L->errorjmp = NULL;
  L->hook = NULL;
  L->hookmask = 0;
  L->basehookcount = 0;
  L->allowhook = 1;
  L->hookcount = 0;
  L->openupval = NULL;
  L->size_ci = 0;
  L->nccalls = L->baseccalls = 0;
  L->status = 0;
  L->base_ci = L->ci = NULL;
  L->savedpc = NULL;
  L->errfunc = 0;
  L->gt = VAL_NIL;
  L->env = VAL_NIL;
  L->gclist = NULL;
  L->resumer = NULL;
}

/* Runs protected: allocations may fail. */
static void f_openstate(lua_State *L, void *ud) {
  global_State *g = G(L);
  (void)ud;
  stack_init(L, L);
  L->gt = val_fromtab(tab_new(L, 0, 2));
  g->registry = val_fromtab(tab_new(L, 0, 2));
  str_resize(L, 32);
  meta_init(L);
  lex_init(L);
  str_fix(str_newlit(L, "not enough memory"));
  str_fix(str_newlit(L, "error in error handling"));  /* so that raising it never allocates */
  g->gcthreshold = 4 * g->totalbytes;
}

static void close_state(lua_State *L) {
  global_State *g = G(L);
  prof_stop(g);   /* the profiler's timer must not tick into a freed state */
  limit_close(g);
  func_close(L, L->stack);
  gc_freeall(L);
  jit_free(g);
  mem_freevec(L, g->strt.hash, g->strt.size, Str *);
  mem_freevec(L, g->buf, g->bufsize, char);
  stack_free(L, L);
  (*g->frealloc)(g->ud, L, sizeof(LG), 0);
}

LUA_API lua_State *lua_newstate(lua_Alloc f, void *ud) {
  int i;
  lua_State *L;
  global_State *g;
  LG *lg = (LG *)(*f)(ud, NULL, 0, sizeof(LG));
  if (lg == NULL) return NULL;
  L = &lg->l;
  g = &lg->g;
  L->gcnext = NULL;
  L->gct = GCT_THREAD;
  L->marked = GC_FIXED;
  thread_preinit(L, g);
  g->frealloc = f;
  g->ud = ud;
  g->mainthread = L;
  limit_init(g, L);
  g->strt.size = 0;
  g->strt.nuse = 0;
  g->strt.hash = NULL;
  g->registry = VAL_NIL;
  g->allgc = NULL;
  g->udata = NULL;
  g->sweepgc = &g->allgc;
  g->safemark = NULL;
  g->gray = g->grayagain = g->graythreads = g->weak = NULL;
  g->gcdrains = 0;
  g->uvhead.gprev = g->uvhead.gnext = &g->uvhead;
  g->currentwhite = GC_WHITE0;
  g->otherwhite = GC_WHITE1;
  g->gcstate = GCS_PAUSE;
  g->gcemergency = 0;
  g->gcstopem = 1;  /* until the state is built */
  g->gcestimate = 0;
  g->gcdebt = 0;
  g->tobefnz = NULL;
  g->tobefnztail = &g->tobefnz;
  g->gcmaxstep = 0;
  g->gcnsteps = g->gcnslow = 0;
  g->gcstats = getenv("APOGEE_GCSTATS") != NULL;
  g->vmstate = 0;   /* PROF_VM_INTERP */
  g->totalbytes = sizeof(LG);
  g->gcthreshold = (size_t)-1;  /* no collection while building the state */
  g->gcpause = 200;
  g->gcstepmul = 200;
  g->gcrunning = 1;
  g->panic = NULL;
  g->buf = NULL;
  g->bufsize = 0;
  for (i = 0; i < TM_N; i++) g->tmname[i] = NULL;
  for (i = 0; i <= LUA_TTHREAD; i++) g->basemt[i] = NULL;
  jit_init(L);
  if (err_rawrunprotected(L, f_openstate, NULL) != 0) {
    close_state(L);
    return NULL;
  }
  g->gcstopem = 0;
  return L;
}

/* What lua_close does before freeing: the last finalizers. Returns the main thread. */
static lua_State *close_finalize(lua_State *L) {
  L = G(L)->mainthread;
  G(L)->gcstopem++;  /* the last finalizers run: no emergency collection under them */
  if (G(L)->gcstats)
    fprintf(stderr, "apogee: %lu collector steps, longest %.3f ms, %lu over 1 ms\n",
            G(L)->gcnsteps, G(L)->gcmaxstep * 1000, G(L)->gcnslow);
  func_close(L, L->stack);
  gc_callallfinalizers(L);
  L->errfunc = 0;
  L->ci = L->base_ci;
  L->base = L->top = L->ci->base;
  L->nccalls = L->baseccalls = 0;
  return L;
}

LUA_API void lua_close(lua_State *L) {
  close_state(close_finalize(L));
}

/* Built with a sanitizer, apogee_closeforexit frees as lua_close does: a leak checker would
 * report the heap a process leaves to the system. */
#if defined(__SANITIZE_ADDRESS__)
#define STATE_FULLCLOSE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || \
    __has_feature(leak_sanitizer)
#define STATE_FULLCLOSE 1
#endif
#endif
#ifndef STATE_FULLCLOSE
#define STATE_FULLCLOSE 0
#endif

LUA_API void apogee_closeforexit(lua_State *L) {
  global_State *g;
  if (STATE_FULLCLOSE) {
    lua_close(L);
    return;
  }
  L = close_finalize(L);
  g = G(L);
  prof_stop(g);
  limit_close(g);
}

lua_State *state_newthread(lua_State *L) {
  lua_State *L1 = (lua_State *)gc_newobj(L, sizeof(lua_State), GCT_THREAD);
  thread_preinit(L1, G(L));
  stack_init(L1, L);
  L1->gt = L->gt;
  L1->hookmask = L->hookmask & (uint8_t)~JIT_RECMASK;
  L1->basehookcount = L->basehookcount;
  L1->hook = L->hook;
  L1->hookcount = L1->basehookcount;
  return L1;
}

void state_freethread(lua_State *L, lua_State *L1) {
  jit_abort_thread(L1);
  limit_freethread(G(L));   /* no interrupt poster is writing into L1 */
  func_close(L1, L1->stack);
  stack_free(L, L1);
  mem_free(L, L1, sizeof(lua_State));
}

char *state_buffer(lua_State *L, size_t n) {
  global_State *g = G(L);
  if (n > g->bufsize) {
    size_t nsize = n < 64 ? 64 : n;
    g->buf = (char *)mem_realloc(L, g->buf, g->bufsize, nsize);
    g->bufsize = nsize;
  }
  return g->buf;
}

void state_freebuffer(lua_State *L) {
  global_State *g = G(L);
  mem_freevec(L, g->buf, g->bufsize, char);
  g->buf = NULL;
  g->bufsize = 0;
}

/* --- stack growth --- */

static void correctstack(lua_State *L, Value *oldstack) {
  CallInfo *ci;
  UpVal *up;
  L->top = (L->top - oldstack) + L->stack;
  for (up = L->openupval; up != NULL; up = up->open_next) up->v = (up->v - oldstack) + L->stack;
  for (ci = L->base_ci; ci <= L->ci; ci++) {
    ci->top = (ci->top - oldstack) + L->stack;
    ci->base = (ci->base - oldstack) + L->stack;
    ci->func = (ci->func - oldstack) + L->stack;
  }
  L->base = (L->base - oldstack) + L->stack;
}

void state_reallocstack(lua_State *L, int newsize) {
  Value *oldstack = L->stack;
  int realsize = newsize + 1 + EXTRA_STACK;
  int i;
  mem_reallocvec(L, L->stack, L->stacksize, realsize, Value);
  for (i = L->stacksize; i < realsize; i++) L->stack[i] = VAL_NIL;
  L->stacksize = realsize;
  L->stack_last = L->stack + newsize;
  correctstack(L, oldstack);
}

void state_growstack(lua_State *L, int n) {
  if (n <= L->stacksize) state_reallocstack(L, 2 * L->stacksize);
  else state_reallocstack(L, L->stacksize + n);
}

static void reallocci(lua_State *L, int newsize) {
  CallInfo *oldci = L->base_ci;
  mem_reallocvec(L, L->base_ci, L->size_ci, newsize, CallInfo);
  L->size_ci = newsize;
  L->ci = (L->ci - oldci) + L->base_ci;
  L->end_ci = L->base_ci + L->size_ci - 1;
}

int state_reserveci(lua_State *L, int n) {
  int need = (int)(L->ci - L->base_ci) + n + 2, size = L->size_ci;
  if (L->end_ci - L->ci > n) return 1;
  while (size < need) size *= 2;
  if (size > STATE_MAXCALLS) return 0;
  reallocci(L, size);
  return 1;
}

CallInfo *state_growci(lua_State *L) {
  if (L->size_ci > STATE_MAXCALLS) {
    /* Overflow while handling an overflow. */
    err_throw_errerr(L);
  }
  reallocci(L, 2 * L->size_ci);
  if (L->size_ci > STATE_MAXCALLS) err_runerror(L, "stack overflow");
  return ++L->ci;
}

/* After an overflow was handled, give back the extra frames. */
void state_shrinkci(lua_State *L) {
  int inuse = (int)(L->ci - L->base_ci);
  if (L->size_ci > STATE_MAXCALLS && inuse + 1 < STATE_MAXCALLS) {
    int goodsize = inuse < BASIC_CI_SIZE ? BASIC_CI_SIZE : 2 * inuse;
    if (goodsize > STATE_MAXCALLS) goodsize = STATE_MAXCALLS;
    reallocci(L, goodsize);
  }
}
