/*
 * gc.c - incremental tri-colour mark and sweep, with weak tables and userdata finalizers.
 *
 * A cycle: PAUSE -> (mark the roots) -> PROPAGATE: scan gray objects a bounded amount per step,
 * then re-scan the tables hit by barriers (grayagain) the same way, a few times at most ->
 * atomic phase (one step: re-scan threads, weak tables and the barrier hits since, mark the
 * values of open upvalues, queue unreachable finalizable userdata, clear dead weak entries, flip
 * the white) -> SWEEP: free objects still of the old white, a bounded number per step, in allgc
 * then in the userdata list, and repaint the rest -> FINALIZE: run due finalizers one per step
 * -> PAUSE. The atomic phase never walks the heap: userdata have their own list.
 *
 * Steps are driven by allocation: gc_check runs a step when the allocated bytes pass gcthreshold.
 * A step does work proportional to stepmul; at the end of a cycle the threshold is set to
 * estimate * pause / 100, as in Lua 5.1. Scanning uses explicit gray lists, so deep structures
 * never recurse on the C stack.
 *
 * A failed allocation runs gc_emergency: a full collection that may happen anywhere, so it keeps
 * what the running code may hold without anchoring (see markunanchored and traversethread), runs
 * no finalizer and resizes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gc.h"
#include "jit.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "state.h"
#include "meta.h"
#include "do.h"
#include "prof.h"

#define GCSTEPSIZE   1024u
#define GCSWEEPMAX   40
#define GCSWEEPCOST  10
#define GCFINALIZECOST 100
#define GCMAXDRAINS  4   /* times a cycle re-scans its barrier hits before the atomic phase */
#define GCMAXBUFFER  (64u << 10)  /* a bigger scratch buffer is freed at the end of a cycle */

#define WEAKKEY   0x20   /* in Table.nomm while a weak table is on the weak list */
#define WEAKVALUE 0x40

#define makewhite(g, o) \
  ((o)->marked = (uint8_t)(((o)->marked & ~(GC_WHITES | GC_BLACK)) | (g)->currentwhite))
#define white2gray(o)   ((o)->marked &= (uint8_t)~GC_WHITES)
#define gray2black(o)   ((o)->marked |= GC_BLACK)
#define black2gray(o)   ((o)->marked &= (uint8_t)~GC_BLACK)
#define isdeadobj(g, o) (((o)->marked & (g)->otherwhite & GC_WHITES) && !((o)->marked & GC_FIXED))

GCObj *gc_newobjtry(lua_State *L, size_t size, int gct) {
  global_State *g = G(L);
  GCObj *o = (GCObj *)mem_tryalloc(L, size);
  if (o == NULL) return NULL;
  o->gct = (uint8_t)gct;
  o->marked = g->currentwhite;
  o->gcnext = g->allgc;
  g->allgc = o;
  return o;
}

GCObj *gc_newobj(lua_State *L, size_t size, int gct) {
  global_State *g = G(L);
  GCObj *o = (GCObj *)mem_realloc(L, NULL, 0, size);
  o->gct = (uint8_t)gct;
  o->marked = g->currentwhite;
  o->gcnext = g->allgc;
  g->allgc = o;
  return o;
}

/* Userdata have a list of their own: only there does the atomic phase look for finalizers. */
Udata *gc_newudata(lua_State *L, size_t size, Table *env) {
  global_State *g = G(L);
  Udata *u;
  if (size > (size_t)-1 - sizeof(Udata) - 64) mem_toobig(L);
  u = (Udata *)mem_realloc(L, NULL, 0, sizeof(Udata) + size);
  u->gct = GCT_UDATA;
  u->marked = g->currentwhite;
  u->gcnext = g->udata;
  g->udata = (GCObj *)u;
  u->mt = NULL;
  u->env = env;
  u->len = size;
  return u;
}

/* --- marking --- */

static GCObj **gclistof(GCObj *o) {
  switch (o->gct) {
    case GCT_TAB: return &((Table *)o)->gclist;
    case GCT_FUNC: return &((Closure *)o)->c.gclist;
    case GCT_THREAD: return &((lua_State *)o)->gclist;
    case GCT_PROTO: return &((Proto *)o)->gclist;
    default: return NULL;
  }
}

static void reallymarkobject(global_State *g, GCObj *o);

#define markvalue(g, v) \
  do { if (val_isgc(v) && gc_iswhite(val_gc(v))) reallymarkobject((g), val_gc(v)); } while (0)
#define markobject(g, o) \
  do { if ((o) != NULL && gc_iswhite(o)) reallymarkobject((g), (GCObj *)(o)); } while (0)

static void reallymarkobject(global_State *g, GCObj *o) {
  white2gray(o);
  switch (o->gct) {
    case GCT_STR:
      gray2black(o);
      return;
    case GCT_UDATA: {
      Udata *u = (Udata *)o;
      gray2black(o);
      markobject(g, u->mt);
      markobject(g, u->env);
      return;
    }
    case GCT_UPVAL: {
      UpVal *uv = (UpVal *)o;
      markvalue(g, *uv->v);
      if (uv->v == &uv->value) gray2black(o);  /* open upvalues stay gray: their slot moves */
      return;
    }
    default: {
      GCObj **gl = gclistof(o);
      *gl = g->gray;
      g->gray = o;
    }
  }
}

static int weakmode(global_State *g, Table *t, int *wk, int *wv) {
  const Value *mode;
  *wk = *wv = 0;
  if (t->mt == NULL) return 0;
  mode = tab_getstr(t->mt, g->tmname[TM_MODE]);
  if (!val_isstr(*mode)) return 0;
  *wk = strchr(str_data(val_str(*mode)), 'k') != NULL;
  *wv = strchr(str_data(val_str(*mode)), 'v') != NULL;
  return *wk || *wv;
}

static size_t traversetable(global_State *g, Table *t) {
  int wk, wv;
  uint32_t i;
  markobject(g, t->mt);
  if (weakmode(g, t, &wk, &wv)) {
    /* Kept gray on the weak list: re-scanned in the atomic phase, then cleared. */
    t->nomm = (uint8_t)((t->nomm & 0x1f) | (wk ? WEAKKEY : 0) | (wv ? WEAKVALUE : 0));
    black2gray((GCObj *)t);
    t->gclist = g->weak;
    g->weak = (GCObj *)t;
  }
  if (!wv)
    for (i = 0; i < t->asize; i++) markvalue(g, t->array[i]);
  for (i = 0; i < tab_sizenode(t); i++) {
    Node *n = &t->node[i];
    if (val_isnil(n->val)) continue;
    if (!wk) markvalue(g, n->key);
    if (!wv) markvalue(g, n->val);
  }
  return sizeof(Table) + sizeof(Value) * t->asize + sizeof(Node) * tab_sizenode(t);
}

static size_t traverseproto(global_State *g, Proto *p) {
  int i;
  markobject(g, p->source);
  for (i = 0; i < p->sizek; i++) markvalue(g, p->k[i]);
  for (i = 0; i < p->sizep; i++) markobject(g, p->p[i]);
  for (i = 0; i < p->sizeupvalues; i++) markobject(g, p->upvalnames[i]);
  for (i = 0; i < p->sizelocvars; i++) markobject(g, p->locvars[i].name);
  return sizeof(Proto) + sizeof(Instr) * (size_t)p->sizecode + sizeof(Value) * (size_t)p->sizek;
}

static size_t traverseclosure(global_State *g, Closure *cl) {
  int i;
  markobject(g, cl->c.env);
  if (cl->c.isC) {
    for (i = 0; i < cl->c.nupvalues; i++) markvalue(g, cl->c.upvalue[i]);
    return func_sizeC(cl->c.nupvalues);
  }
  markobject(g, cl->l.p);
  for (i = 0; i < cl->l.nupvalues; i++) markobject(g, cl->l.upvals[i]);
  return func_sizeL(cl->l.nupvalues);
}

static size_t traversethread(global_State *g, lua_State *L1) {
  Value *o;
  markvalue(g, L1->gt);
  markvalue(g, L1->env);
  if (L1->stack == NULL) return sizeof(lua_State);
  if (g->gcemergency) {
    /* At an allocation the running code may keep values above top (registers of a Lua frame,
     * values being moved): keep everything. No slot refers to a freed object (see below). */
    for (o = L1->stack; o < L1->stack + L1->stacksize; o++) markvalue(g, *o);
  } else {
    for (o = L1->stack; o < L1->top; o++) markvalue(g, *o);
    /* Slots above top are dead: clear them so stale pointers are never followed later. */
    for (; o < L1->stack + L1->stacksize; o++) *o = VAL_NIL;
  }
  return sizeof(lua_State) + sizeof(Value) * (size_t)L1->stacksize +
         sizeof(CallInfo) * (size_t)L1->size_ci;
}

/* Scans one gray object; returns the work done (about the bytes scanned). */
static size_t propagatemark(global_State *g) {
  GCObj *o = g->gray;
  GCObj **gl = gclistof(o);
  g->gray = *gl;
  gray2black(o);
  switch (o->gct) {
    case GCT_TAB: return traversetable(g, (Table *)o);
    case GCT_FUNC: return traverseclosure(g, (Closure *)o);
    case GCT_PROTO: return traverseproto(g, (Proto *)o);
    case GCT_THREAD: {
      lua_State *th = (lua_State *)o;
      /* Threads stay gray and are scanned again in the atomic phase. */
      th->gclist = g->graythreads;
      g->graythreads = o;
      black2gray(o);
      return traversethread(g, th);
    }
    default: return 0;
  }
}

static size_t propagateall(global_State *g) {
  size_t m = 0;
  while (g->gray) m += propagatemark(g);
  return m;
}

static void markobj_cb(global_State *g, GCObj *o) { markobject(g, o); }

static void markroot(lua_State *L) {
  global_State *g = G(L);
  int i;
  g->gray = NULL;
  g->grayagain = NULL;
  g->graythreads = NULL;
  g->gcdrains = 0;
  g->weak = NULL;
  /* The main thread is fixed, not in allgc: put it on the gray list by hand. */
  g->mainthread->marked &= (uint8_t)~(GC_BLACK | GC_WHITES);  /* gray */
  g->mainthread->gclist = g->gray;
  g->gray = (GCObj *)g->mainthread;
  markvalue(g, g->registry);
  for (i = 0; i <= LUA_TTHREAD; i++) markobject(g, g->basemt[i]);
  jit_mark(g, markobj_cb);   /* constants of compiled traces */
  g->gcstate = GCS_PROPAGATE;
}

/* --- weak tables --- */

static int iscleared(global_State *g, Value v) {
  if (!val_isgc(v)) return 0;
  if (val_isstr(v)) {
    /* Strings are values, never weak references: keep them. */
    if (gc_iswhite(val_gc(v))) reallymarkobject(g, val_gc(v));
    return 0;
  }
  return gc_iswhite(val_gc(v)) != 0;
}

static void clearweak(global_State *g, GCObj *l) {
  while (l) {
    Table *t = (Table *)l;
    int wk = (t->nomm & WEAKKEY) != 0, wv = (t->nomm & WEAKVALUE) != 0;
    uint32_t i;
    t->nomm &= 0x1f;
    if (wv) {
      for (i = 0; i < t->asize; i++)
        if (iscleared(g, t->array[i])) t->array[i] = VAL_NIL;
    }
    for (i = 0; i < tab_sizenode(t); i++) {
      Node *n = &t->node[i];
      if (val_isnil(n->val)) continue;
      if ((wk && iscleared(g, n->key)) || (wv && iscleared(g, n->val))) n->val = VAL_NIL;
    }
    gray2black(l);
    l = t->gclist;
  }
}

/* --- finalizers --- */

static int hasgc(global_State *g, Udata *u) {
  return u->mt != NULL && !val_isnil(*tab_getstr(u->mt, g->tmname[TM_GC]));
}

/* Unreached userdata with __gc move from the userdata list to the queue (newest first); the queue
 * keeps them alive (marktobefnz) until their finalizer has run. No allocation: the queue is
 * linked through the objects themselves. */
static void separateudata(lua_State *L, int all) {
  global_State *g = G(L);
  GCObj **p = &g->udata, *o;
  while ((o = *p) != NULL) {
    if ((o->marked & GC_FINALIZED) || (!all && !gc_iswhite(o)) || !hasgc(g, (Udata *)o)) {
      p = &o->gcnext;
      continue;
    }
    *p = o->gcnext;
    o->marked |= GC_FINALIZED;
    o->gcnext = NULL;
    *g->tobefnztail = o;
    g->tobefnztail = &o->gcnext;
  }
}

/* Queued userdata are not swept, so they stay black from one cycle to the next: what they refer
 * to is marked in every cycle regardless. */
static void marktobefnz(global_State *g) {
  GCObj *o;
  for (o = g->tobefnz; o != NULL; o = o->gcnext) {
    Udata *u = (Udata *)o;
    o->marked = (uint8_t)((o->marked & ~GC_WHITES) | GC_BLACK);
    markobject(g, u->mt);
    markobject(g, u->env);
  }
}

static void callfinalizer(lua_State *L) {
  global_State *g = G(L);
  Udata *u = (Udata *)g->tobefnz;
  const Value *tm;
  g->tobefnz = u->gcnext;
  if (g->tobefnz == NULL) g->tobefnztail = &g->tobefnz;
  u->gcnext = g->udata;  /* back among the others, collectable again in the next cycle */
  g->udata = (GCObj *)u;
  makewhite(g, (GCObj *)u);
  tm = u->mt ? tab_getstr(u->mt, g->tmname[TM_GC]) : &tab_nilvalue;
  if (val_isfunc(*tm)) {
    /* As in 5.1, an error in a finalizer propagates from the point that ran it. */
    uint8_t oldallowhook = L->allowhook;
    size_t oldthreshold = g->gcthreshold;
    g->gcthreshold = 2 * g->totalbytes;  /* no collection inside the finalizer */
    L->allowhook = 0;
    state_checkstack(L, 2);
    L->top[0] = *tm;
    L->top[1] = val_fromudata(u);
    L->top += 2;
    do_call(L, L->top - 2, 0);
    L->allowhook = oldallowhook;
    g->gcthreshold = oldthreshold;
  }
}

/* --- open upvalues --- */

void gc_linkupval(lua_State *L, UpVal *uv) {
  UpVal *head = &G(L)->uvhead;
  uv->gprev = head;
  uv->gnext = head->gnext;
  head->gnext->gprev = uv;
  head->gnext = uv;
}

void gc_unlinkupval(UpVal *uv) {
  uv->gnext->gprev = uv->gprev;
  uv->gprev->gnext = uv->gnext;
  uv->gprev = uv->gnext = NULL;
}

/* An upvalue has just been closed: if it was reached in this cycle, its value must be too. */
void gc_closeupval(lua_State *L, UpVal *uv) {
  global_State *g = G(L);
  if (!gc_iswhite(uv)) {
    if (g->gcstate == GCS_PROPAGATE) {
      gray2black((GCObj *)uv);
      markvalue(g, uv->value);
    } else {
      makewhite(g, (GCObj *)uv);
    }
  }
}

static void remarkupvals(global_State *g) {
  UpVal *uv;
  for (uv = g->uvhead.gnext; uv != &g->uvhead; uv = uv->gnext) markvalue(g, *uv->v);
}

/* --- barriers --- */

void gc_barrierback_(lua_State *L, Table *t) {
  global_State *g = G(L);
  black2gray((GCObj *)t);
  t->gclist = g->grayagain;
  g->grayagain = (GCObj *)t;
}

void gc_barrierf_(lua_State *L, GCObj *o, GCObj *v) {
  global_State *g = G(L);
  if (g->gcstate == GCS_PROPAGATE) reallymarkobject(g, v);
  else makewhite(g, o);  /* sweeping: avoid further barriers on o in this cycle */
}

void gc_revive_(global_State *g, GCObj *o) {
  makewhite(g, o);
}

/* --- atomic phase --- */

/* An emergency collection runs at an allocation, where the running code may hold objects it has
 * not stored anywhere yet: the objects made since the last safe point (gc_check) and strings it
 * has just looked up (an interned string can be garbage until it is stored). */
static void markunanchored(global_State *g) {
  GCObj *o;
  uint32_t i;
  for (o = g->allgc; o != NULL && o != g->safemark; o = o->gcnext)
    if (gc_iswhite(o)) reallymarkobject(g, o);
  for (i = 0; i < g->strt.size; i++) {
    Str *s;
    for (s = g->strt.hash[i]; s != NULL; s = s->hnext)
      if ((s->marked & GC_TOUCHED) && gc_iswhite(s)) reallymarkobject(g, (GCObj *)s);
  }
}

static void atomic(lua_State *L) {
  global_State *g = G(L);
  int i;
  jit_mark(g, markobj_cb);
  remarkupvals(g);
  propagateall(g);
  g->gray = g->weak;
  g->weak = NULL;
  {
    GCObj *l = g->gray;
    for (; l; l = ((Table *)l)->gclist) white2gray(l);
  }
  /* The running thread and the roots may have changed since they were scanned. */
  if (gc_iswhite(L)) reallymarkobject(g, (GCObj *)L);
  markvalue(g, g->registry);
  for (i = 0; i <= LUA_TTHREAD; i++) markobject(g, g->basemt[i]);
  if (g->gcemergency) markunanchored(g);
  propagateall(g);
  g->gray = g->grayagain;
  g->grayagain = NULL;
  propagateall(g);
  g->gray = g->graythreads;
  g->graythreads = NULL;
  propagateall(g);
  separateudata(L, 0);
  marktobefnz(g);
  propagateall(g);
  clearweak(g, g->weak);
  g->weak = NULL;
  /* Flip: what is still of the old white is garbage. */
  g->otherwhite = g->currentwhite;
  g->currentwhite = (uint8_t)(g->currentwhite ^ GC_WHITES);
  g->sweepgc = &g->allgc;
  g->sweepudata = 0;
  g->gcstate = GCS_SWEEP;
  g->gcestimate = g->totalbytes;
}

/* --- sweep --- */

static void freeobj(lua_State *L, GCObj *o) {
  switch (o->gct) {
    case GCT_STR: str_free(L, (Str *)o); break;
    case GCT_TAB: tab_free(L, (Table *)o); break;
    case GCT_FUNC: func_free(L, (Closure *)o); break;
    case GCT_UDATA: mem_free(L, o, sizeof(Udata) + ((Udata *)o)->len); break;
    case GCT_THREAD: state_freethread(L, (lua_State *)o); break;
    case GCT_PROTO: jit_freeproto(G(L), (Proto *)o); func_freeproto(L, (Proto *)o); break;
    case GCT_UPVAL: func_freeupval(L, (UpVal *)o); break;
    default: break;
  }
}

/* Sweeps up to count objects (of allgc, then of the userdata list); returns the number visited.
 * A survivor's GC_TOUCHED bit is cleared, except by an emergency collection, which must keep
 * those strings in both of its cycles. */
static int sweepstep(lua_State *L, int count) {
  global_State *g = G(L);
  GCObj *o;
  int n = 0;
  uint8_t keep = (uint8_t)~(GC_WHITES | GC_BLACK | (g->gcemergency ? 0 : GC_TOUCHED));
  while ((o = *g->sweepgc) != NULL && n < count) {
    n++;
    __builtin_prefetch(o->gcnext, 1);
    /* Open upvalues live as long as their slot: their thread closes or frees them. */
    if (isdeadobj(g, o) && !(o->gct == GCT_UPVAL && ((UpVal *)o)->v != &((UpVal *)o)->value)) {
      *g->sweepgc = o->gcnext;
      if (o == g->safemark) g->safemark = o->gcnext;  /* same boundary, one object older */
      freeobj(L, o);
    } else {
      o->marked = (uint8_t)((o->marked & keep) | g->currentwhite);
      g->sweepgc = &o->gcnext;
    }
  }
  return n;
}

static void endcycle(lua_State *L) {
  global_State *g = G(L);
  makewhite(g, (GCObj *)g->mainthread);
  if (!g->gcemergency) {
    /* Nothing uses them between safe points; an emergency collection may interrupt a resize
     * of the string table or a use of the scratch buffer, so it leaves both alone. */
    if (g->strt.nuse < g->strt.size / 4 && g->strt.size > 64) str_tryresize(L, g->strt.size / 2);
    if (g->bufsize > GCMAXBUFFER) state_freebuffer(L);
  }
  g->gcstate = g->tobefnz != NULL ? GCS_FINALIZE : GCS_PAUSE;
}

static size_t singlestep_(lua_State *L);

/* One step, with the VM state the profiler sees set to the collector's (prof.h). */
static size_t singlestep(lua_State *L) {
  uint8_t vmstate = G(L)->vmstate;
  size_t work;
  G(L)->vmstate = PROF_VM_GC;
  work = singlestep_(L);
  G(L)->vmstate = vmstate;
  return work;
}

static size_t singlestep_(lua_State *L) {
  global_State *g = G(L);
  switch (g->gcstate) {
    case GCS_PAUSE:
      markroot(L);
      return 0;
    case GCS_PROPAGATE:
      if (g->gray) return propagatemark(g);
      if (g->grayagain != NULL && g->gcdrains < GCMAXDRAINS) {
        /* Tables written since they were scanned (barrier hits): scan them again now, a step
         * at a time, so that the atomic phase is left with those written after this. */
        g->gray = g->grayagain;
        g->grayagain = NULL;
        g->gcdrains++;
        return 0;
      }
      atomic(L);
      return 0;
    case GCS_SWEEP: {
      size_t old = g->totalbytes;
      int n = sweepstep(L, GCSWEEPMAX);
      if (*g->sweepgc == NULL) {
        if (g->sweepudata) endcycle(L);
        else {
          g->sweepudata = 1;
          g->sweepgc = &g->udata;
        }
      }
      if (g->gcestimate > old - g->totalbytes) g->gcestimate -= old - g->totalbytes;
      return (size_t)n * GCSWEEPCOST;
    }
    case GCS_FINALIZE:
      if (g->tobefnz != NULL) {
        callfinalizer(L);
        if (g->gcestimate > GCFINALIZECOST) g->gcestimate -= GCFINALIZECOST;
        return GCFINALIZECOST;
      }
      g->gcstate = GCS_PAUSE;
      return 0;
    default:
      return 0;
  }
}

static void setthreshold(global_State *g) {
  size_t est = g->gcestimate < g->totalbytes ? g->totalbytes : g->gcestimate;
  g->gcthreshold = (est / 100) * (size_t)(g->gcpause > 0 ? g->gcpause : 1);
}

/* One scheduled step: work proportional to stepmul, then the next threshold. Bytes allocated
 * beyond the schedule are kept as debt and paid by the steps that follow at once. */
static void step(lua_State *L) {
  global_State *g = G(L);
  long lim = (long)((GCSTEPSIZE / 100) * (unsigned)(g->gcstepmul > 0 ? g->gcstepmul : 1));
  if (lim == 0) lim = (long)(((size_t)-1) >> 2);
  if (g->totalbytes > g->gcthreshold) g->gcdebt += g->totalbytes - g->gcthreshold;
  do {
    lim -= (long)singlestep(L);
    if (g->gcstate == GCS_PAUSE) break;
  } while (lim > 0);
  if (g->gcstate != GCS_PAUSE) {
    /* Behind schedule (a big allocation or collectgarbage("step", n)): step again at once. */
    if (g->gcdebt < GCSTEPSIZE) {
      g->gcthreshold = g->totalbytes + GCSTEPSIZE;
    } else {
      g->gcdebt -= GCSTEPSIZE;
      g->gcthreshold = g->totalbytes;
    }
  } else {
    g->gcdebt = 0;
    setthreshold(g);
  }
}

/* After a step: the stress mode's and a stopped collector's thresholds, the invariant check. */
static void afterstep(lua_State *L) {
  global_State *g = G(L);
#ifdef APOGEE_GCSTRESS
  g->gcthreshold = g->totalbytes;  /* a step at every allocation point */
#endif
  if (!g->gcrunning) g->gcthreshold = (size_t)-1;
#ifdef APOGEE_GCCHECK
  {
    /* Every step while the heap is small; on big heaps every 256th, to stay near linear. */
    static unsigned long nsteps;
    if (g->totalbytes < ((size_t)4 << 20) || (++nsteps & 255) == 0) gc_checkinvariant(L);
  }
#else
  (void)g;
#endif
}

/* With APOGEE_GCSTATS set in the environment, steps are timed in CPU time of the thread (for
 * bench/run's pause figure): lua_close reports the longest and how many took over 1 ms. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static __attribute__((noinline)) void timedstep(lua_State *L) {
  global_State *g = G(L);
  double t0 = now(), dt;
  step(L);
  dt = now() - t0;
  if (dt > g->gcmaxstep) g->gcmaxstep = dt;
  if (dt > 1e-3) g->gcnslow++;
  g->gcnsteps++;
}

void gc_step(lua_State *L) {
  if (G(L)->gcstats) timedstep(L);
  else step(L);
  afterstep(L);
}

/* collectgarbage("step", kb): steps as if kb KiB had been allocated (at least one step), also
 * when the collector is stopped; returns 1 when one of them finished a cycle. */
int gc_stepkb(lua_State *L, int kb) {
  global_State *g = G(L);
  size_t a = (size_t)(kb > 0 ? kb : 0) << 10;
  int done = 0;
  g->gcthreshold = a <= g->totalbytes ? g->totalbytes - a : 0;
  while (g->gcthreshold <= g->totalbytes) {
    step(L);
    if (g->gcstate == GCS_PAUSE) {
      done = 1;
      break;
    }
  }
  afterstep(L);
  return done;
}

/* Finishes the cycle in progress (whose marks may be out of date) without running finalizers,
 * then runs a whole one, up to FINALIZE (finalizers due) or PAUSE. */
static void fullcycle(lua_State *L) {
  global_State *g = G(L);
  if (g->gcstate == GCS_PROPAGATE) atomic(L);
  while (g->gcstate == GCS_SWEEP) singlestep(L);
  markroot(L);
  while (g->gcstate == GCS_PROPAGATE || g->gcstate == GCS_SWEEP) singlestep(L);
  g->gcdebt = 0;
  g->gcestimate = g->totalbytes;
  setthreshold(g);
  if (!g->gcrunning) g->gcthreshold = (size_t)-1;
}

void gc_fullgc(lua_State *L) {
  global_State *g = G(L);
  fullcycle(L);
  while (g->gcstate == GCS_FINALIZE) singlestep(L);
  g->gcestimate = g->totalbytes;
  setthreshold(g);
  if (!g->gcrunning) g->gcthreshold = (size_t)-1;
}

/* The due finalizers stay queued: the next step at a safe point runs them. */
void gc_emergency(lua_State *L) {
  global_State *g = G(L);
  g->gcemergency = 1;
  fullcycle(L);
  g->gcemergency = 0;
#ifdef APOGEE_GCSTRESS
  g->gcthreshold = g->totalbytes;
#endif
}

static void f_callfinalizer(lua_State *L, void *ud) {
  (void)ud;
  callfinalizer(L);
}

/* At lua_close: every pending finalizer runs; errors are ignored. */
void gc_callallfinalizers(lua_State *L) {
  global_State *g = G(L);
  separateudata(L, 1);
  while (g->tobefnz != NULL) {
    ptrdiff_t oldtop = savestack(L, L->top);
    if (do_pcall(L, f_callfinalizer, NULL, oldtop, 0) != 0) L->top = restorestack(L, oldtop);
  }
}

void gc_freeall(lua_State *L) {
  global_State *g = G(L);
  GCObj *o;
  /* Threads close their upvalues before anything is freed. */
  for (o = g->allgc; o != NULL; o = o->gcnext)
    if (o->gct == GCT_THREAD) func_close((lua_State *)o, ((lua_State *)o)->stack);
  while ((o = g->allgc) != NULL) {
    g->allgc = o->gcnext;
    if (o->gct == GCT_UPVAL && ((UpVal *)o)->gnext) gc_unlinkupval((UpVal *)o);
    freeobj(L, o);
  }
  while ((o = g->udata) != NULL) {
    g->udata = o->gcnext;
    freeobj(L, o);
  }
  while ((o = g->tobefnz) != NULL) {
    g->tobefnz = o->gcnext;
    freeobj(L, o);
  }
  g->tobefnztail = &g->tobefnz;
}

/* --- invariant check (debug builds) --- */

static void checkref(global_State *g, GCObj *from, Value v) {
  if (val_isgc(v) && gc_iswhite(val_gc(v)) && !(val_gc(v)->marked & GC_FIXED)) {
    fprintf(stderr, "GC invariant broken: black object (type %d) refers to white (type %d), state %d\n",
            from->gct, val_gc(v)->gct, g->gcstate);
    abort();
  }
}

#define checkobj(g, from, o) do { if ((o) != NULL) checkref((g), (from), val_frompt(ITYPE_TAB, (o)) ); } while (0)

void gc_checkinvariant(lua_State *L) {
  global_State *g = G(L);
  GCObj *lists[2], *o;
  int li;
  if (g->gcstate != GCS_PROPAGATE) return;
  lists[0] = g->allgc;
  lists[1] = g->udata;
  for (li = 0; li < 2; li++)
  for (o = lists[li]; o != NULL; o = o->gcnext) {
    if (!gc_isblack(o)) continue;
    switch (o->gct) {
      case GCT_TAB: {
        Table *t = (Table *)o;
        uint32_t i;
        if (t->nomm & (WEAKKEY | WEAKVALUE)) break;
        checkobj(g, o, t->mt);
        for (i = 0; i < t->asize; i++) checkref(g, o, t->array[i]);
        for (i = 0; i < tab_sizenode(t); i++)
          if (!val_isnil(t->node[i].val)) {
            checkref(g, o, t->node[i].key);
            checkref(g, o, t->node[i].val);
          }
        break;
      }
      case GCT_FUNC: {
        Closure *cl = (Closure *)o;
        int i;
        checkobj(g, o, cl->c.env);
        if (cl->c.isC) {
          for (i = 0; i < cl->c.nupvalues; i++) checkref(g, o, cl->c.upvalue[i]);
        } else {
          checkobj(g, o, cl->l.p);
          for (i = 0; i < cl->l.nupvalues; i++) checkobj(g, o, cl->l.upvals[i]);
        }
        break;
      }
      case GCT_UPVAL: checkref(g, o, *((UpVal *)o)->v); break;
      case GCT_UDATA: checkobj(g, o, ((Udata *)o)->mt); checkobj(g, o, ((Udata *)o)->env); break;
      case GCT_PROTO: {
        Proto *p = (Proto *)o;
        int i;
        for (i = 0; i < p->sizek; i++) checkref(g, o, p->k[i]);
        for (i = 0; i < p->sizep; i++) checkobj(g, o, p->p[i]);
        break;
      }
      default: break;
    }
  }
}
