/*
 * lalloc.h - the allocator behind luaL_newstate.
 */
#ifndef APOGEE_LALLOC_H
#define APOGEE_LALLOC_H

#include <stddef.h>

/* Under AddressSanitizer every block must come from malloc, so that use after free is caught. */
#if defined(__SANITIZE_ADDRESS__)
#define APOGEE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define APOGEE_SANITIZED 1
#endif
#endif
#ifndef APOGEE_SANITIZED
#define APOGEE_SANITIZED 0
#endif

#define POOL_GRAIN     16
#define POOL_MAXSMALL  256
#define POOL_NCLASSES  (POOL_MAXSMALL / POOL_GRAIN)
#define POOL_CHUNK     (64 * 1024)

typedef struct FreeBlock { struct FreeBlock *next; } FreeBlock;

/* Chunks are POOL_CHUNK bytes at an address aligned to POOL_CHUNK (where mmap is available), so
 * a block's chunk is its address rounded down; freebytes is only used while trimming. */
typedef struct Chunk { struct Chunk *next; size_t freebytes; } Chunk;

typedef struct Pool {
  FreeBlock *free[POOL_NCLASSES];
  Chunk *chunks;
  char *bump;          /* unused tail of the newest chunk */
  char *bumpend;
  size_t live;         /* blocks handed out and not yet freed, small and large */
  int notrim;          /* a block not from a chunk is on a free list (or chunks are unaligned) */
  char *region;        /* mapped, not yet used chunks (lalloc.c) */
  char *regionend;
} Pool;

#define CHUNK_HEADER ((sizeof(Chunk) + POOL_GRAIN - 1) / POOL_GRAIN * POOL_GRAIN)

/* A new pool (the `ud` of pool_alloc), or NULL when out of memory. */
void *pool_new(void);
/* A lua_Alloc. Frees the pool itself once every block it handed out has been freed, which
 * happens when lua_close releases the state. */
void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* The common cases of pool_alloc, inlined by mem_realloc when the state uses the pool: a small
 * block from a non-empty free list, and a small block back to its list while others are live.
 * They return NULL / 0 when pool_alloc must do the work. */
static inline void *pool_fastalloc(void *ud, size_t nsize) {
  Pool *p = (Pool *)ud;
  if (nsize - 1 < POOL_MAXSMALL) {
    int c = (int)((nsize - 1) / POOL_GRAIN);
    FreeBlock *b = p->free[c];
    if (b != NULL) {
      p->free[c] = b->next;
      __builtin_prefetch(b->next, 1);
      p->live++;
      return b;
    }
  }
  return NULL;
}
static inline int pool_fastfree(void *ud, void *ptr, size_t osize) {
  Pool *p = (Pool *)ud;
  if (osize - 1 < POOL_MAXSMALL && p->live > 1) {
    FreeBlock *b = (FreeBlock *)ptr;
    int c = (int)((osize - 1) / POOL_GRAIN);
    b->next = p->free[c];
    p->free[c] = b;
    p->live--;
    return 1;
  }
  return 0;
}

#endif
