/*
 * str.c - the string table: every string is interned once, with its hash cached.
 *
 * The table is an array of chains sized to a power of two; it doubles when the number of strings
 * reaches its size and is halved by the collector when strings die. Long strings hash a sample of
 * their bytes (as Lua 5.1 does) so interning a huge string costs one pass for the copy only.
 */
#include <string.h>

#include "str.h"
#include "mem.h"
#include "gc.h"
#include "state.h"

#define STR_MAXSIZE (((size_t)1 << 46) - sizeof(Str))   /* far beyond any real heap */

uint32_t str_hash(const char *s, size_t len) {
  uint32_t h = (uint32_t)len ^ 0x9e3779b9u;
  size_t step = (len >> 5) + 1;
  size_t i;
  for (i = len; i >= step; i -= step)
    h ^= ((h << 5) + (h >> 2) + (unsigned char)s[i - 1]);
  return h;
}

void str_resize(lua_State *L, uint32_t newsize) {
  StrTable *tb = &G(L)->strt;
  Str **newhash = mem_newvec(L, newsize, Str *);
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

static Str *str_create(lua_State *L, const char *s, size_t len, uint32_t h) {
  StrTable *tb = &G(L)->strt;
  Str *ts;
  if (len > STR_MAXSIZE) mem_toobig(L);
  ts = (Str *)gc_newobj(L, sizeof(Str) + len + 1, GCT_STR);
  ts->reserved = 0;
  ts->hash = h;
  ts->len = len;
  memcpy(ts->data, s, len);
  ts->data[len] = '\0';
  h &= tb->size - 1;
  ts->hnext = tb->hash[h];
  tb->hash[h] = ts;
  tb->nuse++;
  if (tb->nuse > tb->size && tb->size <= 0x3fffffffu) str_resize(L, tb->size * 2);
  return ts;
}

Str *str_new(lua_State *L, const char *s, size_t len) {
  uint32_t h = str_hash(s, len);
  Str *p;
  for (p = G(L)->strt.hash[h & (G(L)->strt.size - 1)]; p != NULL; p = p->hnext) {
    if (p->len == len && p->hash == h && memcmp(s, p->data, len) == 0) {
      gc_revive(G(L), (GCObj *)p);
      return p;
    }
  }
  return str_create(L, s, len, h);
}

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
