/*
 * str.c - the string table: every string is interned once, with its hash cached.
 *
 * The table is an array of chains sized to a power of two; it doubles when the number of strings
 * reaches its size and is halved by the collector when strings die. The hash reads 8-byte words;
 * long strings hash a sample of them (as Lua 5.1 samples bytes), so interning a huge string costs
 * one pass for the copy only.
 */
#include <string.h>

#include "str.h"
#include "mem.h"
#include "gc.h"
#include "state.h"

#define STR_MAXSIZE (((size_t)1 << 46) - sizeof(Str))   /* far beyond any real heap */

static inline uint64_t rd64(const char *p) { uint64_t v; memcpy(&v, p, sizeof v); return v; }
static inline uint32_t rd32(const char *p) { uint32_t v; memcpy(&v, p, sizeof v); return v; }

#define HASH_MUL UINT64_C(0x9e3779b97f4a7c15)
#define HASH_FULL 256   /* strings up to this long hash every byte; longer ones a sample */

/* One 8-byte word into the state: rotate (so high bits come back down), xor, multiply. */
static inline uint64_t hash_word(uint64_t h, uint64_t w) {
  return (((h << 5) | (h >> 59)) ^ w) * HASH_MUL;
}

/* Hashes 8 bytes at a time (the last word overlapping the one before it), short strings in
 * one or two loads; strings longer than HASH_FULL hash 32 words spread over them plus the last
 * one, so interning a huge string costs one pass for the copy only. The final mix spreads every
 * input bit over the low bits, which index both the string table and table hash parts. */
static inline __attribute__((always_inline)) uint32_t hash_bytes(const char *s, size_t len) {
  uint64_t h = (uint64_t)len * HASH_MUL;
  if (len >= 8) {
    const char *last = s + len - 8;
    if (len <= HASH_FULL) {
      /* Two words a round into two states: each state's multiply waits for its own previous
       * one only, so the rounds overlap (half the latency of one chain); then the words left. */
      if (len > 24) {
        uint64_t h2 = h ^ HASH_MUL;
        for (; s + 8 < last; s += 16) {
          h = hash_word(h, rd64(s));
          h2 = hash_word(h2, rd64(s + 8));
        }
        h = hash_word(h, h2);
      }
      for (; s < last; s += 8) h = hash_word(h, rd64(s));
    } else {
      size_t step = (len - 8) >> 5, i;
      for (i = 0; i < 32; i++) h = hash_word(h, rd64(s + i * step));
    }
    h = hash_word(h, rd64(last));
  } else if (len >= 4) {
    h = hash_word(h, ((uint64_t)rd32(s) << 32) | rd32(s + len - 4));
  } else if (len > 0) {
    h = hash_word(h, ((uint64_t)(unsigned char)s[0] << 16) |
                     ((uint64_t)(unsigned char)s[len >> 1] << 8) | (unsigned char)s[len - 1]);
  }
  h ^= h >> 32;
  h *= UINT64_C(0xff51afd7ed558ccd);
  h ^= h >> 29;
  return (uint32_t)h;
}

uint32_t str_hash(const char *s, size_t len) { return hash_bytes(s, len); }

/* Equality of len bytes, without a call for short strings (both hold at least len bytes). */
static inline int str_eqbytes(const char *a, const char *b, size_t len) {
  if (len >= 8) {
    if (len <= 16) return rd64(a) == rd64(b) && rd64(a + len - 8) == rd64(b + len - 8);
    return memcmp(a, b, len) == 0;
  }
  if (len >= 4) return rd32(a) == rd32(b) && rd32(a + len - 4) == rd32(b + len - 4);
  /* Up to 3 bytes: the first, middle and last are all of them. */
  return len == 0 || (a[0] == b[0] && a[len >> 1] == b[len >> 1] && a[len - 1] == b[len - 1]);
}

static void str_rehash(lua_State *L, Str **newhash, uint32_t newsize) {
  StrTable *tb = &G(L)->strt;
  uint32_t i;
  for (i = 0; i < newsize; i++) newhash[i] = NULL;
  for (i = 0; i < tb->size; i++) {
    Str *p = tb->hash[i];
    while (p) {
      Str *next = p->hnext;
      uint32_t h = p->hash & (newsize - 1);
      p->hnext = newhash[h];
      newhash[h] = p;
      p = next;
    }
  }
  mem_freevec(L, tb->hash, tb->size, Str *);
  tb->size = newsize;
  tb->hash = newhash;
}

void str_resize(lua_State *L, uint32_t newsize) {
  str_rehash(L, mem_newvec(L, newsize, Str *), newsize);
}

void str_tryresize(lua_State *L, uint32_t newsize) {
  global_State *g = G(L);
  Str **newhash = (Str **)g->frealloc(g->ud, NULL, 0, newsize * sizeof(Str *));
  if (newhash == NULL) return;   /* keep the table: neither the collector nor a try may fail */
  g->totalbytes += newsize * sizeof(Str *);
  str_rehash(L, newhash, newsize);
}

/* try: NULL instead of an error when memory is short; the string table grows only when that
 * costs no error (compiled code makes most strings of some programs: without growing, the
 * table's chains got long). Out of line: a lookup that finds its string (most do) then saves
 * and restores few registers. */
__attribute__((noinline)) static Str *str_create(lua_State *L, const char *s, size_t len, uint32_t h, int try) {
  StrTable *tb = &G(L)->strt;
  Str *ts;
  if (len > STR_MAXSIZE) {
    if (try) return NULL;
    mem_toobig(L);
  }
  if (try) {
    ts = (Str *)gc_newobjtry(L, sizeof(Str) + len + 1, GCT_STR);
    if (ts == NULL) return NULL;
  } else {
    ts = (Str *)gc_newobj(L, sizeof(Str) + len + 1, GCT_STR);
  }
  ts->reserved = 0;
  ts->hash = h;
  ts->len = len;
  memcpy(ts->data, s, len);
  ts->data[len] = '\0';
  h &= tb->size - 1;
  ts->hnext = tb->hash[h];
  tb->hash[h] = ts;
  tb->nuse++;
  if (tb->nuse > tb->size && tb->size <= 0x3fffffffu) {
    if (!try) str_resize(L, tb->size * 2);
    else str_tryresize(L, tb->size * 2);
  }
  return ts;
}

/* A string found again: alive (a dead one the sweep has not freed yet comes back) and marked
 * found, since the caller may hold it unanchored (gc_emergency); written only when that
 * changes something. */
__attribute__((noinline)) static Str *str_found_revive(global_State *g, Str *p) {
  gc_revive(g, (GCObj *)p);
  p->marked |= GC_TOUCHED;
  return p;
}
static inline Str *str_found(global_State *g, Str *p) {
  if ((p->marked & (g->otherwhite | GC_TOUCHED)) != GC_TOUCHED) return str_found_revive(g, p);
  return p;
}

/* Strings longer than 16 bytes (compared with memcmp), out of line: the lookup of short ones
 * then calls nothing but in tail position, and one that finds its string saves no registers. */
__attribute__((noinline)) static Str *str_internlong(lua_State *L, const char *s, size_t len,
                                                     int try) {
  uint32_t h = hash_bytes(s, len);
  global_State *g = G(L);
  Str *p;
  for (p = g->strt.hash[h & (g->strt.size - 1)]; p != NULL; p = p->hnext)
    if (p->hash == h && p->len == len && memcmp(s, p->data, len) == 0) return str_found(g, p);
  return str_create(L, s, len, h, try);
}

static Str *str_intern(lua_State *L, const char *s, size_t len, int try) {
  uint32_t h;
  global_State *g;
  Str *p;
  if (len > 16) return str_internlong(L, s, len, try);
  h = hash_bytes(s, len);
  g = G(L);
  for (p = g->strt.hash[h & (g->strt.size - 1)]; p != NULL; p = p->hnext)
    if (p->hash == h && p->len == len && str_eqbytes(s, p->data, len)) return str_found(g, p);
  return str_create(L, s, len, h, try);
}

Str *str_new(lua_State *L, const char *s, size_t len) { return str_intern(L, s, len, 0); }
Str *str_newtry(lua_State *L, const char *s, size_t len) { return str_intern(L, s, len, 1); }

void str_free(lua_State *L, Str *s) {
  StrTable *tb = &G(L)->strt;
  Str **pp = &tb->hash[s->hash & (tb->size - 1)];
  while (*pp != s) pp = &(*pp)->hnext;
  *pp = s->hnext;
  tb->nuse--;
  mem_free(L, s, sizeof(Str) + s->len + 1);
}

void str_concat_top(lua_State *L, int n) {
  size_t total = 0;
  int i;
  char *buf;
  Str *res;
  for (i = n; i > 0; i--) total += val_str(L->top[-i])->len;
  buf = state_buffer(L, total);
  total = 0;
  for (i = n; i > 0; i--) {
    Str *s = val_str(L->top[-i]);
    memcpy(buf + total, s->data, s->len);
    total += s->len;
  }
  res = str_new(L, buf, total);
  L->top -= n - 1;
  L->top[-1] = val_fromstr(res);
}
