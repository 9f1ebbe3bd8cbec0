/*
 * lalloc.c - the allocator luaL_newstate gives a state.
 *
 * Most blocks a Lua program allocates are small and short-lived (tables, closures, short
 * strings, upvalues), and the VM always tells the allocator a block's size when it frees or
 * resizes it. So small blocks (up to POOL_MAXSMALL bytes) come from 64 KiB chunks, each of one
 * size class; a free pushes the block on its chunk's list (and queues the chunk in its class
 * the first time), and the pool hands out one chunk's freed blocks before the next chunk's.
 * That is a few instructions where malloc/free cost tens, and it keeps blocks made one after
 * another close together: the collector visits objects in the order they were made, and a
 * program that makes and drops many objects (trees, say) would otherwise get them scattered
 * over the whole heap by a single list of freed blocks. Bigger blocks go to the C library.
 *
 * Memory of the chunks is reused, not returned to the system, while the state lives: the
 * footprint stays at the peak of live small blocks. Blocks freed in one size class cannot serve
 * another, so when an allocation fails the pool first gives back the chunks whose blocks are all
 * free (pool_trim; the collector has usually just freed many) and tries again. When the last
 * block of the pool is freed (lua_close frees everything) the chunks and the pool are released.
 *
 * Shrinking a block never fails (the 5.1 manual requires that of an allocator): a small block
 * that cannot move to its smaller class stays where it is, and a large one that cannot get a
 * small block is shrunk by the C library and adopted as a small one. Such a block belongs to no
 * chunk, so from then on a freed small block is looked up among the chunks (slow, and only
 * after memory ran out).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#define POOL_MMAP 1
#else
#define POOL_MMAP 0
#endif

#include "lalloc.h"

static inline int size_class(size_t n) { return (int)((n - 1) / POOL_GRAIN); }

#define chunk_of(b) pool_chunkof(b)
#define CHUNK_USABLE (POOL_CHUNK - CHUNK_HEADER)

static inline size_t class_size(int c) { return (size_t)(c + 1) * POOL_GRAIN; }
/* Blocks a chunk of class c holds. */
static inline uint32_t class_blocks(int c) { return (uint32_t)(CHUNK_USABLE / class_size(c)); }

void *pool_new(void) {
  return calloc(1, sizeof(Pool));
}

#if POOL_MMAP
#define POOL_REGION ((size_t)16 * POOL_CHUNK)  /* chunks are mapped 16 at a time */

/* A mapping of size bytes aligned to POOL_CHUNK. The kernel usually puts a new mapping right
 * below the previous one, which keeps the alignment; if not, map POOL_CHUNK more and unmap the
 * excess. */
static char *map_aligned(size_t size) {
  char *m = (char *)mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  uintptr_t a;
  size_t lead;
  if (m == (char *)MAP_FAILED) return NULL;
  if (((uintptr_t)m & (POOL_CHUNK - 1)) == 0) return m;
  munmap(m, size);
  m = (char *)mmap(NULL, size + POOL_CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
  if (m == (char *)MAP_FAILED) return NULL;
  a = ((uintptr_t)m + POOL_CHUNK - 1) & ~(uintptr_t)(POOL_CHUNK - 1);
  lead = (size_t)(a - (uintptr_t)m);
  if (lead > 0) munmap(m, lead);
  if (lead < POOL_CHUNK) munmap((char *)a + size, POOL_CHUNK - lead);
  return (char *)a;
}
#endif

/* A chunk aligned to its size, carved from a region of POOL_REGION bytes mapped at once (one
 * chunk alone when that much is not available); chunks are unmapped one by one (pool_trim) or
 * in runs of neighbours (chunks_free). */
static Chunk *chunk_new(Pool *p) {
#if POOL_MMAP
  if (p->region == p->regionend) {
    char *r = map_aligned(POOL_REGION);
    if (r != NULL) {
      p->region = r;
      p->regionend = r + POOL_REGION;
    } else {
      return (Chunk *)map_aligned(POOL_CHUNK);
    }
  }
  p->region += POOL_CHUNK;
  return (Chunk *)(p->region - POOL_CHUNK);
#else
  (void)p;
  return (Chunk *)aligned_alloc(POOL_CHUNK, POOL_CHUNK);
#endif
}

/* Frees a list of chunks. Chunks are carved upwards from their region and listed newest first,
 * and new regions tend to be mapped right below the old ones, so a list is mostly descending
 * runs of neighbours: each run is unmapped at once (munmap is costly). */
static void chunks_free(Chunk *list) {
  while (list != NULL) {
#if POOL_MMAP
    char *lo = (char *)list, *hi = lo + POOL_CHUNK;
    list = list->next;
    while (list != NULL && (char *)list == lo - POOL_CHUNK) {
      lo = (char *)list;
      list = list->next;
    }
    munmap(lo, (size_t)(hi - lo));
#else
    Chunk *next = list->next;
    free(list);
    list = next;
#endif
  }
}

/* Whether a small block lies in one of the pool's chunks (it may be an adopted one). */
static int in_chunk(const Pool *p, const void *b) {
  const Chunk *ch;
  for (ch = p->chunks; ch != NULL; ch = ch->next)
    if (ch == chunk_of(b)) return 1;
  return 0;
}

/* Gives the chunks whose blocks are all free back to the system; returns whether there were any.
 * Linear in the number of free blocks: run only when an allocation has failed. */
static int pool_trim(Pool *p) {
  Chunk *ch, **cp;
  FreeBlock *b, **bp;
  int c, any = 0;
  for (ch = p->chunks; ch != NULL; ch = ch->next) {
    ch->nfree = 0;
    for (b = ch->free; b != NULL; b = b->next) ch->nfree++;
  }
  for (c = 0; c < POOL_NCLASSES; c++) {
    for (b = p->free[c]; b != NULL; b = b->next) chunk_of(b)->nfree++;
    if (p->bump[c] != NULL) {  /* blocks never handed out count as free */
      ch = chunk_of(p->bumpend[c] - 1);
      ch->nfree += class_blocks(c) - (uint32_t)((p->bump[c] - ((char *)ch + CHUNK_HEADER)) /
                                                 (ptrdiff_t)class_size(c));
    }
  }
  for (ch = p->chunks; ch != NULL; ch = ch->next) {
    ch->released = ch->nfree == class_blocks(ch->cls);
    any |= ch->released;
  }
  if (!any) return 0;
  for (c = 0; c < POOL_NCLASSES; c++) {
    Chunk **qp;
    for (bp = &p->free[c]; *bp != NULL;) {
      if (chunk_of(*bp)->released) *bp = (*bp)->next;
      else bp = &(*bp)->next;
    }
    for (qp = &p->queue[c]; *qp != NULL;) {
      if ((*qp)->released) *qp = (*qp)->qnext;
      else qp = &(*qp)->qnext;
    }
    if (p->bump[c] != NULL && chunk_of(p->bumpend[c] - 1)->released)
      p->bump[c] = p->bumpend[c] = NULL;
  }
  {
    Chunk *released = NULL, **rp = &released;
    for (cp = &p->chunks; *cp != NULL;) {
      ch = *cp;
      if (ch->released) {
        *cp = ch->next;
        *rp = ch;
        rp = &ch->next;
      } else {
        cp = &ch->next;
      }
    }
    *rp = NULL;
    chunks_free(released);
  }
  return 1;
}

/* A block of class c: the class's list, else the freed blocks of a queued chunk, else the
 * unused tail of the class's newest chunk, else a new chunk. */
static void *small_alloc(Pool *p, int c) {
  FreeBlock *b = p->free[c];
  size_t size = class_size(c);
  if (b == NULL && p->queue[c] != NULL) {
    Chunk *ch = p->queue[c];
    p->queue[c] = ch->qnext;
    ch->queued = 0;
    b = ch->free;
    ch->free = NULL;
  }
  if (b != NULL) {
    p->free[c] = b->next;
    return b;
  }
  if (p->bump[c] == NULL || (size_t)(p->bumpend[c] - p->bump[c]) < size) {
    Chunk *ch = chunk_new(p);
    if (ch == NULL) return NULL;
    memset(ch, 0, sizeof(Chunk));
    ch->cls = (int16_t)c;
    ch->next = p->chunks;
    p->chunks = ch;
    p->bump[c] = (char *)ch + CHUNK_HEADER;
    p->bumpend[c] = (char *)ch + POOL_CHUNK;
  }
  b = (FreeBlock *)p->bump[c];
  p->bump[c] += size;
  return b;
}

static void small_free(Pool *p, void *ptr) {
  if (p->adopted && !in_chunk(p, ptr)) {
    free(ptr);  /* an adopted block */
  } else {
    Chunk *ch = chunk_of(ptr);
    FreeBlock *b = (FreeBlock *)ptr;
    b->next = ch->free;
    ch->free = b;
    if (!ch->queued) {
      ch->queued = 1;
      ch->qnext = p->queue[ch->cls];
      p->queue[ch->cls] = ch;
    }
  }
}

static void pool_release(Pool *p) {
#if POOL_MMAP
  if (p->region != p->regionend) munmap(p->region, (size_t)(p->regionend - p->region));
#endif
  chunks_free(p->chunks);
  free(p);
}

/* A new block of nsize bytes, from a chunk or the C library; on failure, once more after
 * trimming. */
static void *block_alloc(Pool *p, size_t nsize) {
  void *nb = nsize <= POOL_MAXSMALL ? small_alloc(p, size_class(nsize)) : malloc(nsize);
  if (nb == NULL && pool_trim(p))
    nb = nsize <= POOL_MAXSMALL ? small_alloc(p, size_class(nsize)) : malloc(nsize);
  return nb;
}

void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Pool *p = (Pool *)ud;
  if (ptr == NULL) osize = 0;
  if (nsize == 0) {
    if (ptr == NULL) return NULL;
    if (osize <= POOL_MAXSMALL) small_free(p, ptr);
    else free(ptr);
    if (--p->live == 0) pool_release(p);
    return NULL;
  }
  if (ptr == NULL) {
    void *nb = block_alloc(p, nsize);
    if (nb != NULL) {
      p->live++;
    } else if (p->live == 0) {
      pool_release(p);  /* the state's very first block failed: lua_newstate gives up */
    }
    return nb;
  }
  if (osize <= POOL_MAXSMALL && nsize <= POOL_MAXSMALL && size_class(osize) == size_class(nsize))
    return ptr;
  if (osize > POOL_MAXSMALL && nsize > POOL_MAXSMALL) {
    void *nb = realloc(ptr, nsize);
    if (nb == NULL && pool_trim(p)) nb = realloc(ptr, nsize);
    if (nb == NULL && nsize < osize) nb = ptr;  /* shrinking never fails */
    return nb;
  }
  {
    /* Moving between the pool and the C library (or between classes). */
    void *nb = block_alloc(p, nsize);
    if (nb == NULL) {
      if (nsize > osize) return NULL;
      /* Shrinking never fails: a small block keeps its place (its class is bigger than
       * needed); a large one is shrunk in place and joins the small blocks. */
      if (osize <= POOL_MAXSMALL) return ptr;
      nb = realloc(ptr, nsize);
      p->adopted = 1;
      return nb != NULL ? nb : ptr;
    }
    memcpy(nb, ptr, osize < nsize ? osize : nsize);
    if (osize <= POOL_MAXSMALL) small_free(p, ptr);
    else free(ptr);
    return nb;
  }
}
