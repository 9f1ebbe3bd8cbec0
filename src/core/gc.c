/*
 * gc.c - stop-the-world mark and sweep, with weak tables and userdata finalizers.
 *
 * Mark: from the roots (main thread, registry, globals, base metatables) objects are blackened
 * through an explicit gray list, so deep structures never recurse on the C stack. Weak tables are
 * traversed without marking their weak parts and remembered. Unreachable userdata with a __gc
 * metamethod are then resurrected (marked with everything they reach) and queued; weak entries whose
 * key or value is dead are cleared; the sweep frees every unmarked object; finally the queued
 * finalizers run, each once.
 */
#include <string.h>

#include "gc.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "state.h"
#include "meta.h"
#include "do.h"

#define ismarked(o)   (((GCObj *)(o))->marked & (GC_BLACK | GC_FIXED))
#define setmark(o)    (((GCObj *)(o))->marked |= GC_BLACK)

typedef struct GCState {
  GCObj *gray;      /* objects marked but not yet traversed, linked through gclist */
  Table *weak;      /* weak tables seen, linked through gclist */
} GCState;

GCObj *gc_newobj(lua_State *L, size_t size, int gct) {
  global_State *g = G(L);
  GCObj *o = (GCObj *)mem_realloc(L, NULL, 0, size);
  o->gct = (uint8_t)gct;
  o->marked = 0;
  o->gcnext = g->allgc;
  g->allgc = o;
  return o;
}

Udata *gc_newudata(lua_State *L, size_t size, Table *env) {
  Udata *u;
  if (size > (size_t)-1 - sizeof(Udata) - 64) mem_toobig(L);
  u = (Udata *)gc_newobj(L, sizeof(Udata) + size, GCT_UDATA);
  u->mt = NULL;
  u->env = env;
  u->len = size;
  return u;
}

/* --- mark --- */

static GCObj **gclistof(GCObj *o) {
  switch (o->gct) {
    case GCT_TAB: return &((Table *)o)->gclist;
    case GCT_FUNC: return &((Closure *)o)->c.gclist;
    case GCT_THREAD: return &((lua_State *)o)->gclist;
    case GCT_PROTO: return &((Proto *)o)->gclist;
    default: return NULL;
  }
}

static void markobj(GCState *st, GCObj *o) {
  if (o == NULL || ismarked(o)) return;
  setmark(o);
  switch (o->gct) {
    case GCT_STR: return;
    case GCT_UDATA: {
      Udata *u = (Udata *)o;
      if (u->mt) markobj(st, (GCObj *)u->mt);
      if (u->env) markobj(st, (GCObj *)u->env);
      return;
    }
    case GCT_UPVAL: {
      UpVal *uv = (UpVal *)o;
      if (val_isgc(*uv->v)) markobj(st, val_gc(*uv->v));
      return;
    }
    default: {
      GCObj **gl = gclistof(o);
      *gl = st->gray;
      st->gray = o;
    }
  }
}

#define markvalue(st, v) do { if (val_isgc(v)) markobj((st), val_gc(v)); } while (0)

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

static void traversetable(global_State *g, GCState *st, Table *t) {
  int wk, wv;
  uint32_t i;
  if (t->mt) markobj(st, (GCObj *)t->mt);
  if (weakmode(g, t, &wk, &wv)) {
    t->gclist = (GCObj *)st->weak;
    st->weak = t;
    t->nomm = (uint8_t)(t->nomm & 0x1f) | (uint8_t)(wk ? 0x20 : 0) | (uint8_t)(wv ? 0x40 : 0);
  } else {
    wk = wv = 0;
  }
  if (!wv)
    for (i = 0; i < t->asize; i++) markvalue(st, t->array[i]);
  for (i = 0; i < tab_sizenode(t); i++) {
    Node *n = &t->node[i];
    if (val_isnil(n->val)) continue;
    if (!wk) markvalue(st, n->key);
    if (!wv) markvalue(st, n->val);
  }
}

static void traverseproto(GCState *st, Proto *p) {
  int i;
  if (p->source) markobj(st, (GCObj *)p->source);
  for (i = 0; i < p->sizek; i++) markvalue(st, p->k[i]);
  for (i = 0; i < p->sizep; i++) if (p->p[i]) markobj(st, (GCObj *)p->p[i]);
  for (i = 0; i < p->sizeupvalues; i++) if (p->upvalnames[i]) markobj(st, (GCObj *)p->upvalnames[i]);
  for (i = 0; i < p->sizelocvars; i++) if (p->locvars[i].name) markobj(st, (GCObj *)p->locvars[i].name);
}

static void traverseclosure(GCState *st, Closure *cl) {
  int i;
  if (cl->c.env) markobj(st, (GCObj *)cl->c.env);
  if (cl->c.isC) {
    for (i = 0; i < cl->c.nupvalues; i++) markvalue(st, cl->c.upvalue[i]);
  } else {
    if (cl->l.p) markobj(st, (GCObj *)cl->l.p);
    for (i = 0; i < cl->l.nupvalues; i++) if (cl->l.upvals[i]) markobj(st, (GCObj *)cl->l.upvals[i]);
  }
}

static void traversethread(GCState *st, lua_State *L1) {
  Value *o, *lim = L1->top;
  UpVal *uv;
  markvalue(st, L1->gt);
  markvalue(st, L1->env);
  if (L1->stack == NULL) return;
  for (o = L1->stack; o < lim; o++) markvalue(st, *o);
  /* Slots above top are dead: clear them so stale pointers are never followed later. */
  for (; o < L1->stack + L1->stacksize; o++) *o = VAL_NIL;
  for (uv = L1->openupval; uv != NULL; uv = uv->open_next) setmark(uv);
}

static void propagate(global_State *g, GCState *st) {
  while (st->gray) {
    GCObj *o = st->gray;
    GCObj **gl = gclistof(o);
    st->gray = *gl;
    switch (o->gct) {
      case GCT_TAB: traversetable(g, st, (Table *)o); break;
      case GCT_FUNC: traverseclosure(st, (Closure *)o); break;
      case GCT_THREAD: traversethread(st, (lua_State *)o); break;
      case GCT_PROTO: traverseproto(st, (Proto *)o); break;
      default: break;
    }
  }
}

static void markroots(global_State *g, GCState *st) {
  int i;
  lua_State *L = g->mainthread;
  st->gray = NULL;
  st->weak = NULL;
  L->gclist = NULL;
  L->marked |= GC_BLACK;
  L->gclist = st->gray;
  st->gray = (GCObj *)L;
  markvalue(st, g->registry);
  for (i = 0; i <= LUA_TTHREAD; i++) if (g->basemt[i]) markobj(st, (GCObj *)g->basemt[i]);
}

/* A value is dead if it is an unmarked collectable object. Strings are never weak references. */
static int isdead(Value v) {
  if (!val_isgc(v)) return 0;
  if (val_isstr(v)) { setmark(val_gc(v)); return 0; }
  return !ismarked(val_gc(v));
}

static void clearweak(Table *t) {
  for (; t != NULL; t = (Table *)t->gclist) {
    int wk = (t->nomm & 0x20) != 0, wv = (t->nomm & 0x40) != 0;
    uint32_t i;
    t->nomm &= 0x1f;
    if (wv) {
      for (i = 0; i < t->asize; i++)
        if (isdead(t->array[i])) t->array[i] = VAL_NIL;
    }
    for (i = 0; i < tab_sizenode(t); i++) {
      Node *n = &t->node[i];
      if (val_isnil(n->val)) continue;
      if ((wk && isdead(n->key)) || (wv && isdead(n->val))) n->val = VAL_NIL;
    }
  }
}

/* --- sweep --- */

static void freeobj(lua_State *L, GCObj *o) {
  switch (o->gct) {
    case GCT_STR: str_free(L, (Str *)o); break;
    case GCT_TAB: tab_free(L, (Table *)o); break;
    case GCT_FUNC: func_free(L, (Closure *)o); break;
    case GCT_UDATA: mem_free(L, o, sizeof(Udata) + ((Udata *)o)->len); break;
    case GCT_THREAD: state_freethread(L, (lua_State *)o); break;
    case GCT_PROTO: func_freeproto(L, (Proto *)o); break;
    case GCT_UPVAL: func_freeupval(L, (UpVal *)o); break;
    default: break;
  }
}

static void sweep(lua_State *L, int all) {
  global_State *g = G(L);
  GCObj **pp = &g->allgc;
  GCObj *o;
  /* Dead threads close their upvalues before anything is freed. */
  for (o = g->allgc; o != NULL; o = o->gcnext)
    if (o->gct == GCT_THREAD && (all || !ismarked(o))) func_close((lua_State *)o, ((lua_State *)o)->stack);
  while ((o = *pp) != NULL) {
    if (!all && ismarked(o)) {
      o->marked &= (uint8_t)~GC_BLACK;
      pp = &o->gcnext;
    } else {
      *pp = o->gcnext;
      freeobj(L, o);
    }
  }
  g->mainthread->marked &= (uint8_t)~GC_BLACK;
}

/* --- finalizers --- */

static void callfinalizer(lua_State *L, Udata *u) {
  const Value *tm = tab_getstr(u->mt, G(L)->tmname[TM_GC]);
  if (!val_isfunc(*tm)) return;
  {
    int oldrunning = G(L)->gcrunning;
    uint8_t oldallowhook = L->allowhook;
    G(L)->gcrunning = 0;
    L->allowhook = 0;
    state_checkstack(L, 2);
    L->top[0] = *tm;
    L->top[1] = val_fromudata(u);
    L->top += 2;
    do_pcall_simple(L, L->top - 2, 0);
    L->allowhook = oldallowhook;
    G(L)->gcrunning = oldrunning;
  }
}

static void collect(lua_State *L, int *nfin, Udata ***fin) {
  global_State *g = G(L);
  GCState st;
  GCObj *o;
  int n = 0, cap = 0;
  Udata **list = NULL;
  markroots(g, &st);
  propagate(g, &st);
  /* Resurrect finalizable userdata (and what they reach) for their finalizers. */
  for (o = g->allgc; o != NULL; o = o->gcnext) {
    Udata *u;
    if (o->gct != GCT_UDATA || ismarked(o) || (o->marked & GC_FINALIZED)) continue;
    u = (Udata *)o;
    if (u->mt == NULL || val_isnil(*tab_getstr(u->mt, g->tmname[TM_GC]))) continue;
    if (n == cap) {
      int ncap = cap ? cap * 2 : 16;
      list = (Udata **)g->frealloc(g->ud, list, (size_t)cap * sizeof(Udata *), (size_t)ncap * sizeof(Udata *));
      if (list == NULL) { cap = 0; n = 0; break; }
      cap = ncap;
    }
    list[n++] = u;
  }
  {
    int i;
    for (i = 0; i < n; i++) {
      list[i]->marked |= GC_FINALIZED;
      markobj(&st, (GCObj *)list[i]);
    }
  }
  propagate(g, &st);
  clearweak(st.weak);
  sweep(L, 0);
  *nfin = n;
  *fin = list;
  (void)cap;
}

void gc_fullgc(lua_State *L) {
  global_State *g = G(L);
  int n, i;
  Udata **list;
  collect(L, &n, &list);
  /* Finalizers run in reverse order of creation, as 5.1 does. */
  for (i = 0; i < n; i++) callfinalizer(L, list[i]);
  if (list) g->frealloc(g->ud, list, 0, 0);
  {
    size_t live = g->totalbytes;
    g->gcthreshold = (live / 100) * (size_t)(g->gcpause > 0 ? g->gcpause : 1);
    if (g->gcthreshold < live + 1024) g->gcthreshold = live + 1024;
  }
  /* Shrink the string table when most strings died. */
  if (g->strt.nuse < g->strt.size / 4 && g->strt.size > 64) str_resize(L, g->strt.size / 2);
}

void gc_step(lua_State *L) {
  if (!G(L)->gcrunning) return;
  gc_fullgc(L);
}

void gc_callallfinalizers(lua_State *L) {
  global_State *g = G(L);
  GCObj *o;
  Udata **list = NULL;
  int n = 0, cap = 0, i;
  for (o = g->allgc; o != NULL; o = o->gcnext) {
    Udata *u;
    if (o->gct != GCT_UDATA || (o->marked & GC_FINALIZED)) continue;
    u = (Udata *)o;
    if (u->mt == NULL || val_isnil(*tab_getstr(u->mt, g->tmname[TM_GC]))) continue;
    if (n == cap) {
      int ncap = cap ? cap * 2 : 16;
      Udata **nl = (Udata **)g->frealloc(g->ud, list, (size_t)cap * sizeof(Udata *), (size_t)ncap * sizeof(Udata *));
      if (nl == NULL) break;
      list = nl;
      cap = ncap;
    }
    o->marked |= GC_FINALIZED;
    list[n++] = u;
  }
  for (i = 0; i < n; i++) callfinalizer(L, list[i]);
  if (list) g->frealloc(g->ud, list, 0, 0);
}

void gc_freeall(lua_State *L) {
  sweep(L, 1);
}
