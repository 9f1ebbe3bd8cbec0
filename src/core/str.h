/*
 * str.h - interned strings.
 *
 * Every string is interned: two strings with the same bytes are the same object, so string
 * equality is pointer equality and table lookups by string compare pointers.
 */
#ifndef APOGEE_STR_H
#define APOGEE_STR_H

#include <stdint.h>
#include <string.h>

#include "object.h"

Str *str_new(lua_State *L, const char *s, size_t len);
/* The same without an error or a collection: NULL when memory is short (compiled code). */
Str *str_newtry(lua_State *L, const char *s, size_t len);
#define str_newz(L, s)    str_new(L, (s), strlen(s))
#define str_newlit(L, s)  str_new(L, "" s, sizeof(s) - 1)
void str_resize(lua_State *L, uint32_t newsize);
/* The same without an error (the collector shrinking the table, strings made by compiled code
 * growing it): on allocation failure it keeps the table as it is. */
void str_tryresize(lua_State *L, uint32_t newsize);
void str_free(lua_State *L, Str *s);
#define str_fix(s)        ((s)->marked |= GC_FIXED)
uint32_t str_hash(const char *s, size_t len);
/* Copies len bytes from s to d (not overlapping). Pieces of concatenations are usually short:
 * up to 16 bytes take at most two (overlapping) loads and stores instead of a call. */
static inline void str_copyshort(char *d, const char *s, size_t len) {
  if (len >= 8 && len <= 16) {
    uint64_t x, y;
    memcpy(&x, s, 8);
    memcpy(&y, s + len - 8, 8);
    memcpy(d, &x, 8);
    memcpy(d + len - 8, &y, 8);
  } else if (len >= 4 && len < 8) {
    uint32_t x, y;
    memcpy(&x, s, 4);
    memcpy(&y, s + len - 4, 4);
    memcpy(d, &x, 4);
    memcpy(d + len - 4, &y, 4);
  } else if (len < 4) {
    if (len > 0) {
      char a = s[0], b = s[len >> 1], c = s[len - 1];   /* loaded before any store */
      d[0] = a;
      d[len >> 1] = b;
      d[len - 1] = c;
    }
  } else {
    memcpy(d, s, len);
  }
}

/* Replaces the n strings on the stack top by their concatenation. */
void str_concat_top(lua_State *L, int n);

#endif
