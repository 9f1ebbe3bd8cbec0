/* The allocator luaL_newstate gives a state (src/api/lalloc.c), driven directly: blocks of a
 * class are handed out one chunk at a time, a chunk whose blocks are all free is given back
 * when memory runs out, and a large block shrunk while no chunk can be had is adopted as a
 * small one and freed correctly. mmap is replaced so that the test can limit the memory mapped. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

/* Bytes mapped, and a limit that mmap fails beyond (0: none). */
static size_t mapped, limit;
static void *test_mmap(void *a, size_t n, int prot, int flags, int fd, off_t off) {
  void *m;
  if (limit != 0 && mapped + n > limit) return MAP_FAILED;
  m = mmap(a, n, prot, flags, fd, off);
  if (m != MAP_FAILED) mapped += n;
  return m;
}
static int test_munmap(void *a, size_t n) {
  mapped -= n;
  return munmap(a, n);
}
#define mmap(a, n, prot, flags, fd, off) test_mmap(a, n, prot, flags, fd, off)
#define munmap(a, n) test_munmap(a, n)
#include "../../../src/api/lalloc.c"
#undef mmap
#undef munmap

#define N 20000

static void *blocks[N], *again[N / 2];

static int distinct_chunks(void **v, int n) {
  int i, k = 0;
  for (i = 0; i < n; i++)
    if (i == 0 || pool_chunkof(v[i]) != pool_chunkof(v[i - 1])) k++;
  return k;
}

int main(void) {
  Pool *p = (Pool *)pool_new();
  void *keep, *big, *adopted;
  int i, ok;
  keep = pool_alloc(p, NULL, 0, 24);  /* keeps the pool alive through the test */
  /* 48-byte blocks: 1365 to a chunk. */
  for (i = 0; i < N; i++) {
    blocks[i] = pool_alloc(p, NULL, 0, 48);
    memset(blocks[i], i & 255, 48);
  }
  printf("fresh blocks in %d chunks\n", distinct_chunks(blocks, N));
  /* Free every other block, in an order that interleaves the chunks; the blocks handed out next
   * are again one chunk's before the next one's. */
  for (i = 0; i < N / 2; i += 2) {
    pool_alloc(p, blocks[i], 48, 0);
    pool_alloc(p, blocks[N - 1 - i], 48, 0);
  }
  for (i = 0; i < N / 2; i++) again[i] = pool_alloc(p, NULL, 0, 48);
  printf("reused blocks in %d chunks\n", distinct_chunks(again, N / 2));
  ok = 1;
  for (i = 1; i < N; i += 2) {
    int k = i < N / 2 ? i : i - 1;
    ok &= ((unsigned char *)blocks[k])[47] == (k & 255);
  }
  printf("kept blocks intact: %d\n", ok);

  /* Out of memory: no chunk can be mapped. A large block shrunk to a class that has no free
   * block is adopted; freed, it goes back to the C library. */
  big = pool_alloc(p, NULL, 0, 1000);
  memset(big, 7, 1000);
  /* The 16 chunks so far (15 of 48-byte blocks, one of 24) used up the first mapped region. */
  printf("region used up: %d\n", p->region == p->regionend);
  limit = mapped;  /* nothing more can be mapped */
  printf("new class without memory: %s\n", pool_alloc(p, NULL, 0, 200) ? "block" : "NULL");
  adopted = pool_alloc(p, big, 1000, 200);
  printf("adopted: %d, content kept: %d\n", p->adopted, ((unsigned char *)adopted)[199] == 7);
  pool_alloc(p, adopted, 200, 0);
  /* Once every 48-byte block is freed, their chunks are given back when another class needs
   * memory, and that class gets a chunk again. */
  for (i = 0; i < N / 2; i++) pool_alloc(p, again[i], 48, 0);
  for (i = 1; i < N; i += 2) pool_alloc(p, blocks[i < N / 2 ? i : i - 1], 48, 0);
  blocks[0] = pool_alloc(p, NULL, 0, 200);
  printf("after trimming: %s\n", blocks[0] ? "block" : "NULL");
  limit = 0;
  pool_alloc(p, blocks[0], 200, 0);
  pool_alloc(p, keep, 24, 0);  /* the last block: the pool is released */
  printf("done\n");
  return 0;
}
