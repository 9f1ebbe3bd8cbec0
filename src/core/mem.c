/*
 * mem.c - every allocation of the VM, through the embedder's lua_Alloc.
 */
#include "mem.h"
#include "err.h"
#include "state.h"
#include "lalloc.h"

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
  if (nb == NULL && nsize > 0) err_throw_mem(L);
  g->totalbytes = (g->totalbytes - osize) + nsize;
  return nb;
}
