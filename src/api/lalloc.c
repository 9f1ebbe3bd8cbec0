/*
 * lalloc.c - the allocator luaL_newstate gives a state.
 *
 * Most blocks a Lua program allocates are small and short-lived (tables, closures, short
 * strings, upvalues), and the VM always tells the allocator a block's size when it frees or
 * resizes it. So small blocks (up to POOL_MAXSMALL bytes) come from per-size-class free lists,
 * carved from 64 KiB chunks; a free pushes the block back on its list. That is a few
 * instructions where malloc/free cost tens. Bigger blocks go to the C library.
 *
 * Memory of the chunks is reused, not returned to the system, while the state lives: the
 * footprint stays at the peak of live small blocks. When the last block of the pool is freed
 * (lua_close frees everything) the chunks and the pool are released.
 */
#include <stdlib.h>
#include <string.h>

#include "lalloc.h"

static inline int size_class(size_t n) { return (int)((n - 1) / POOL_GRAIN); }

void *pool_new(void) {
  Pool *p = (Pool *)calloc(1, sizeof(Pool));
  return p;
}

static void *small_alloc(Pool *p, int c) {
  FreeBlock *b = p->free[c];
  size_t size = (size_t)(c + 1) * POOL_GRAIN;
  if (b != NULL) {
    p->free[c] = b->next;
    return b;
  }
  if ((size_t)(p->bumpend - p->bump) < size) {
    Chunk *ch = (Chunk *)malloc(POOL_CHUNK);
    if (ch == NULL) return NULL;
    /* The old chunk's tail goes to the free lists, in pieces of the largest fitting class. */
    while (p->bumpend - p->bump >= POOL_GRAIN) {
      size_t rest = (size_t)(p->bumpend - p->bump);
      int rc = size_class(rest > POOL_MAXSMALL ? POOL_MAXSMALL : rest / POOL_GRAIN * POOL_GRAIN);
      FreeBlock *fb = (FreeBlock *)p->bump;
      fb->next = p->free[rc];
      p->free[rc] = fb;
      p->bump += (size_t)(rc + 1) * POOL_GRAIN;
    }
    ch->next = p->chunks;
    p->chunks = ch;
    p->bump = (char *)ch + CHUNK_HEADER;
    p->bumpend = (char *)ch + POOL_CHUNK;
  }
  b = (FreeBlock *)p->bump;
  p->bump += size;
  return b;
}

static void small_free(Pool *p, void *ptr, int c) {
  FreeBlock *b = (FreeBlock *)ptr;
  b->next = p->free[c];
  p->free[c] = b;
}

static void pool_release(Pool *p) {
  Chunk *ch = p->chunks;
  while (ch != NULL) {
    Chunk *next = ch->next;
    free(ch);
    ch = next;
  }
  free(p);
}

void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Pool *p = (Pool *)ud;
  if (ptr == NULL) osize = 0;
  if (nsize == 0) {
    if (ptr == NULL) return NULL;
    if (osize <= POOL_MAXSMALL) small_free(p, ptr, size_class(osize));
    else free(ptr);
    if (--p->live == 0) pool_release(p);
    return NULL;
  }
  if (ptr == NULL) {
    void *nb = nsize <= POOL_MAXSMALL ? small_alloc(p, size_class(nsize)) : malloc(nsize);
    if (nb != NULL) {
      p->live++;
    } else if (p->live == 0) {
      pool_release(p);  /* the state's very first block failed: lua_newstate gives up */
    }
    return nb;
  }
  if (osize <= POOL_MAXSMALL && nsize <= POOL_MAXSMALL && size_class(osize) == size_class(nsize))
    return ptr;
  if (osize > POOL_MAXSMALL && nsize > POOL_MAXSMALL) return realloc(ptr, nsize);
  {
    /* Moving between the pool and the C library (or between classes). */
    void *nb = nsize <= POOL_MAXSMALL ? small_alloc(p, size_class(nsize)) : malloc(nsize);
    if (nb == NULL) return NULL;
    memcpy(nb, ptr, osize < nsize ? osize : nsize);
    if (osize <= POOL_MAXSMALL) small_free(p, ptr, size_class(osize));
    else free(ptr);
    return nb;
  }
}
