/*
 * gc.h - the garbage collector.
 *
 * Current state: a stop-the-world mark-and-sweep collector, run when the allocated bytes pass a
 * threshold set from the live size after the previous cycle (pause, as 5.1's setpause). The
 * barrier macros are the hooks where the incremental collector will maintain the tri-colour
 * invariant; with a stop-the-world collector they have nothing to do.
 */
#ifndef APOGEE_GC_H
#define APOGEE_GC_H

#include "object.h"

GCObj *gc_newobj(lua_State *L, size_t size, int gct);
Udata *gc_newudata(lua_State *L, size_t size, Table *env);
void gc_fullgc(lua_State *L);
void gc_step(lua_State *L);
void gc_freeall(lua_State *L);
void gc_callallfinalizers(lua_State *L);

#define gc_check(L) \
  do { if (G(L)->totalbytes >= G(L)->gcthreshold) gc_step(L); } while (0)

#define gc_revive(g, o)            ((void)(g), (void)(o))
#define gc_barriertab(L, t, v)     ((void)(L), (void)(t), (void)(v))
#define gc_barrierupval(L, uv)     ((void)(L), (void)(uv))
#define gc_barrier(L, o, v)        ((void)(L), (void)(o), (void)(v))

#endif
