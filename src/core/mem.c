/*
 * mem.c - every allocation of the VM, through the embedder's lua_Alloc.
 *
 * A failed allocation runs an emergency collection (gc_emergency) and is tried once more before
 * "not enough memory" is raised; the byte count changes only when an allocation succeeds. As the
 * 5.1 manual states, the allocator must not fail when a block shrinks.
 */
#include "mem.h"
#include "err.h"
#include "state.h"
#include "lalloc.h"
#include "gc.h"

#define MINSIZEARRAY 4

void mem_toobig(lua_State *L) {
  err_runerror(L, "memory allocation error: block too big");
}

void *mem_growvec_(lua_State *L, void *block, int *size, size_t elemsize, int limit,
                   const char *what) {
  int newsize;
  if (*size >= limit / 2) {
    if (*size >= limit) err_runerror(L, "%s", what);
    newsize = limit;
  } else {
    newsize = *size * 2;
    if (newsize < MINSIZEARRAY) newsize = MINSIZEARRAY;
  }
  block = mem_reallocvec_(L, block, (size_t)*size, (size_t)newsize, elemsize);
  *size = newsize;
  return block;
}

/* An allocation failed: collect everything that can be collected, then try once more. */
static __attribute__((noinline, cold)) void *mem_retry(lua_State *L, void *block, size_t osize,
                                                       size_t nsize) {
  global_State *g = G(L);
  void *nb = NULL;
  if (!g->gcstopem) {
    gc_emergency(L);
    nb = g->frealloc(g->ud, block, osize, nsize);
  }
  if (nb == NULL) {
    /* What was being built is abandoned: so is the scratch buffer it may have filled (it can be
     * as big as the string that did not fit). */
    state_freebuffer(L);
    err_throw_mem(L);
  }
  return nb;
}

void *mem_tryalloc(lua_State *L, size_t nsize) {
  global_State *g = G(L);
  void *nb = NULL;
  if (g->frealloc == pool_alloc) nb = pool_fastalloc(g->ud, nsize);
  if (nb == NULL) nb = g->frealloc(g->ud, NULL, 0, nsize);
  if (nb != NULL) g->totalbytes += nsize;
  return nb;
}

void *mem_realloc(lua_State *L, void *block, size_t osize, size_t nsize) {
  global_State *g = G(L);
  void *nb;
  if (g->frealloc == pool_alloc) {
    /* luaL_newstate's pool: its common cases inline (a third of the cost of the call). */
    if (block == NULL) {
      nb = pool_fastalloc(g->ud, nsize);
      if (nb != NULL) {
        g->totalbytes += nsize;
        return nb;
      }
    } else if (nsize == 0 && pool_fastfree(g->ud, block, osize)) {
      g->totalbytes -= osize;
      return NULL;
    }
  }
  nb = g->frealloc(g->ud, block, osize, nsize);
  if (nb == NULL && nsize > 0) nb = mem_retry(L, block, osize, nsize);
  g->totalbytes = (g->totalbytes - osize) + nsize;
  return nb;
}
