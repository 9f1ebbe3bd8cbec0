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
 * footprint stays at the peak of live small blocks. Blocks freed in one size class cannot serve
 * another, so when an allocation fails the pool first gives back the chunks whose blocks are all
 * free (pool_trim; the collector has usually just freed many) and tries again. When the last
 * block of the pool is freed (lua_close frees everything) the chunks and the pool are released.
 *
 * Shrinking a block never fails (the 5.1 manual requires that of an allocator): a small block
 * that cannot move to its smaller class stays where it is, and a large one that cannot get a
 * small block is shrunk by the C library and adopted as a small one (trimming then stops, as
 * that block belongs to no chunk).
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

#define chunk_of(b) ((Chunk *)((uintptr_t)(b) & ~(uintptr_t)(POOL_CHUNK - 1)))
#define CHUNK_USABLE (POOL_CHUNK - CHUNK_HEADER)
#define CHUNK_RELEASE ((size_t)-1)

void *pool_new(void) {
  Pool *p = (Pool *)calloc(1, sizeof(Pool));
  if (p != NULL) p->notrim = !POOL_MMAP;
  return p;
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
  return (Chunk *)malloc(POOL_CHUNK);
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

/* Gives the chunks whose blocks are all free back to the system; returns whether there were any.
 * Linear in the number of free blocks: run only when an allocation has failed. */
static int pool_trim(Pool *p) {
  Chunk *ch, **cp;
  FreeBlock **bp;
  int c, any = 0;
  if (p->notrim) return 0;
  for (ch = p->chunks; ch != NULL; ch = ch->next) ch->freebytes = 0;
  if (p->bump != NULL && p->bump < p->bumpend)
    chunk_of(p->bump)->freebytes += (size_t)(p->bumpend - p->bump);
  for (c = 0; c < POOL_NCLASSES; c++) {
    FreeBlock *b;
    for (b = p->free[c]; b != NULL; b = b->next)
      chunk_of(b)->freebytes += (size_t)(c + 1) * POOL_GRAIN;
  }
  for (ch = p->chunks; ch != NULL; ch = ch->next) {
    if (ch->freebytes == CHUNK_USABLE) {
      ch->freebytes = CHUNK_RELEASE;
      any = 1;
    }
  }
  if (!any) return 0;
  for (c = 0; c < POOL_NCLASSES; c++) {
    for (bp = &p->free[c]; *bp != NULL;) {
      if (chunk_of(*bp)->freebytes == CHUNK_RELEASE) *bp = (*bp)->next;
      else bp = &(*bp)->next;
    }
  }
  if (p->chunks != NULL && p->chunks->freebytes == CHUNK_RELEASE) p->bump = p->bumpend = NULL;
  {
    Chunk *released = NULL, **rp = &released;
    for (cp = &p->chunks; *cp != NULL;) {
      ch = *cp;
      if (ch->freebytes == CHUNK_RELEASE) {
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

static void *small_alloc(Pool *p, int c) {
  FreeBlock *b = p->free[c];
  size_t size = (size_t)(c + 1) * POOL_GRAIN;
  if (b != NULL) {
    p->free[c] = b->next;
    return b;
  }
  if ((size_t)(p->bumpend - p->bump) < size) {
    Chunk *ch = chunk_new(p);
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
    if (osize <= POOL_MAXSMALL) small_free(p, ptr, size_class(osize));
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
      p->notrim = 1;
      return nb != NULL ? nb : ptr;
    }
    memcpy(nb, ptr, osize < nsize ? osize : nsize);
    if (osize <= POOL_MAXSMALL) small_free(p, ptr, size_class(osize));
    else free(ptr);
    return nb;
  }
}
