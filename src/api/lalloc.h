/*
 * lalloc.h - the allocator behind luaL_newstate.
 */
#ifndef APOGEE_LALLOC_H
#define APOGEE_LALLOC_H

#include <stddef.h>
#include <stdint.h>

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

/* Chunks are POOL_CHUNK bytes at an address aligned to POOL_CHUNK, so a block's chunk is its
 * address rounded down. A chunk holds blocks of one size class. Freed blocks go to their
 * chunk's own list; the pool hands out the blocks of one chunk at a time (the chunk's list is
 * moved to the pool's list of the class), so that blocks made one after another lie close
 * together, and so do the objects the collector then visits one after another. */
typedef struct Chunk {
  struct Chunk *next;   /* every chunk of the pool */
  struct Chunk *qnext;  /* the next chunk of the class's queue */
  FreeBlock *free;      /* blocks freed into this chunk since it was last handed out from */
  uint32_t nfree;       /* blocks on free (only counted when trimming) */
  int16_t cls;          /* size class */
  uint8_t queued;       /* on its class's queue */
  uint8_t released;     /* pool_trim: every block free */
} Chunk;

typedef struct Pool {
  FreeBlock *free[POOL_NCLASSES];   /* the blocks being handed out, of one chunk mostly */
  Chunk *queue[POOL_NCLASSES];      /* chunks of the class with freed blocks on their lists */
  char *bump[POOL_NCLASSES];        /* never used tail of the class's newest chunk */
  char *bumpend[POOL_NCLASSES];
  Chunk *chunks;
  size_t live;         /* blocks handed out and not yet freed, small and large */
  int adopted;         /* a block of the C library was adopted as a small one (pool_alloc) */
  char *region;        /* mapped, not yet used chunks (lalloc.c) */
  char *regionend;
} Pool;

#define CHUNK_HEADER ((sizeof(Chunk) + POOL_GRAIN - 1) / POOL_GRAIN * POOL_GRAIN)
#define pool_chunkof(b) ((Chunk *)((uintptr_t)(b) & ~(uintptr_t)(POOL_CHUNK - 1)))

/* A new pool (the `ud` of pool_alloc), or NULL when out of memory. */
void *pool_new(void);
/* A lua_Alloc. Frees the pool itself once every block it handed out has been freed, which
 * happens when lua_close releases the state. */
void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize);

/* The common cases of pool_alloc, inlined by mem_realloc when the state uses the pool: a small
 * block from a non-empty list, and a small block back to its chunk while others are live.
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
  if (osize - 1 < POOL_MAXSMALL && p->live > 1 && !p->adopted) {
    FreeBlock *b = (FreeBlock *)ptr;
    Chunk *ch = pool_chunkof(b);
    b->next = ch->free;
    ch->free = b;
    if (!ch->queued) {
      ch->queued = 1;
      ch->qnext = p->queue[ch->cls];
      p->queue[ch->cls] = ch;
    }
    p->live--;
    return 1;
  }
  return 0;
}

#endif
