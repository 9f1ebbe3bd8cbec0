/*
 * gc.h - the incremental garbage collector.
 *
 * Tri-colour incremental mark and sweep, as in Lua 5.1. Objects are white (not yet reached; two
 * whites alternate between cycles so the sweep can tell this cycle's garbage from objects created
 * since the atomic phase), gray (reached, references not yet scanned: on a gray list) or black
 * (scanned). The invariant "no black object points to a white one" is kept by write barriers:
 *
 *   gc_barriertab   a store into a table: a black table turns gray again (backward barrier), as
 *                   tables are written often and one re-scan is cheaper than marking each value;
 *   gc_barrier      a store into a closure, upvalue or userdata: the stored white value is
 *                   marked (forward barrier).
 *
 * Threads are never black: their stacks are written without barriers and re-scanned in the atomic
 * phase. Every barrier starts with a test of the black bit, so outside marking a store pays one
 * predictable branch.
 */
#ifndef APOGEE_GC_H
#define APOGEE_GC_H

#include "object.h"

/* Collector states. */
enum { GCS_PAUSE, GCS_PROPAGATE, GCS_SWEEP, GCS_FINALIZE };

#define gc_iswhite(o)    (((GCObj *)(o))->marked & GC_WHITES)
#define gc_isblack(o)    (((GCObj *)(o))->marked & GC_BLACK)

GCObj *gc_newobj(lua_State *L, size_t size, int gct);
GCObj *gc_newobjtry(lua_State *L, size_t size, int gct);   /* NULL instead of an error */
Udata *gc_newudata(lua_State *L, size_t size, Table *env);
void gc_fullgc(lua_State *L);
/* A full collection at a failed allocation (mem_realloc), which may be anywhere: no finalizer
 * runs, nothing is resized, and objects the running code may hold without anchoring are kept
 * (every stack slot, objects made since the last gc_check, strings looked up since their last
 * sweep). */
void gc_emergency(lua_State *L);
void gc_step(lua_State *L);
int gc_stepkb(lua_State *L, int kb);
void gc_freeall(lua_State *L);
void gc_callallfinalizers(lua_State *L);
void gc_barrierback_(lua_State *L, Table *t);
void gc_barrierf_(lua_State *L, GCObj *o, GCObj *v);
void gc_revive_(global_State *g, GCObj *o);
void gc_closeupval(lua_State *L, UpVal *uv);
void gc_linkupval(lua_State *L, UpVal *uv);
void gc_unlinkupval(UpVal *uv);
/* Verifies the tri-colour invariant over the whole heap; aborts with a report if broken.
 * Called after every step in builds with -DAPOGEE_GCCHECK. */
void gc_checkinvariant(lua_State *L);

/* A safe point: every live object is reachable from a root (the stacks, the registry). A step
 * runs when the allocated bytes pass the threshold; the newest object is remembered, so that an
 * emergency collection at an allocation between two safe points keeps what was made since. */
#define gc_check(L) \
  do { global_State *g_ = G(L); \
       if (g_->totalbytes >= g_->gcthreshold) gc_step(L); \
       g_->safemark = g_->allgc; } while (0)

/* A string looked up while dead (between the atomic phase and its sweep) is alive again. */
#define gc_revive(g, o) \
  do { if (((GCObj *)(o))->marked & (g)->otherwhite) gc_revive_((g), (GCObj *)(o)); } while (0)

#define gc_barriertab(L, t, v) \
  do { if (gc_isblack(t) && val_isgc(v) && gc_iswhite(val_gc(v))) gc_barrierback_((L), (Table *)(t)); } while (0)

#define gc_barrier(L, o, v) \
  do { if (gc_isblack(o) && val_isgc(v) && gc_iswhite(val_gc(v))) \
         gc_barrierf_((L), (GCObj *)(o), val_gc(v)); } while (0)

#define gc_objbarrier(L, o, v) \
  do { if (gc_isblack(o) && gc_iswhite(v)) gc_barrierf_((L), (GCObj *)(o), (GCObj *)(v)); } while (0)

#define gc_objbarriertab(L, t, v) \
  do { if (gc_isblack(t) && gc_iswhite(v)) gc_barrierback_((L), (Table *)(t)); } while (0)

#endif
