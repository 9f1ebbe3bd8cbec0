/*
 * mem.h - memory management through the state's lua_Alloc.
 *
 * All VM memory goes through mem_realloc, which counts bytes for the collector and, when an
 * allocation fails even after an emergency collection, raises a LUA_ERRMEM error ("not enough
 * memory") in the nearest protected call.
 */
#ifndef APOGEE_MEM_H
#define APOGEE_MEM_H

#include "object.h"

void *mem_realloc(lua_State *L, void *block, size_t oldsize, size_t newsize);
/* A new block of nsize > 0 bytes, or NULL when the allocator has none: no collection, no
 * error (compiled code allocating while its values live in registers). */
void *mem_tryalloc(lua_State *L, size_t nsize);
void *mem_growvec_(lua_State *L, void *block, int *size, size_t elemsize, int limit,
                   const char *what);
void mem_toobig(lua_State *L);

#define mem_free(L, b, s)        mem_realloc(L, (b), (s), 0)
#define mem_new(L, T)            ((T *)mem_realloc(L, NULL, 0, sizeof(T)))
#define mem_freeobj(L, b)        mem_realloc(L, (b), sizeof(*(b)), 0)
#define mem_newvec(L, n, T)      ((T *)mem_reallocvec_(L, NULL, 0, (size_t)(n), sizeof(T)))
#define mem_freevec(L, b, n, T)  mem_realloc(L, (b), (size_t)(n) * sizeof(T), 0)
#define mem_reallocvec(L, v, oldn, n, T) \
  ((v) = (T *)mem_reallocvec_(L, (v), (size_t)(oldn), (size_t)(n), sizeof(T)))

/* Grow vector v (of T, capacity `size`) so that index `n` fits; errors with
 * "too many <what> (limit is <limit>)" beyond limit. */
#define mem_growvec(L, v, n, size, T, limit, what) \
  do { if ((n) + 1 > (size)) (v) = (T *)mem_growvec_(L, (v), &(size), sizeof(T), (limit), (what)); } while (0)

static inline void *mem_reallocvec_(lua_State *L, void *v, size_t oldn, size_t n, size_t esize) {
  if (n + 1 > (size_t)-1 / esize) mem_toobig(L);
  return mem_realloc(L, v, oldn * esize, n * esize);
}

#endif
