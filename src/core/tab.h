/*
 * tab.h - tables: an array part for keys 0..asize-1 and a chained hash part.
 *
 * The array part is sized for the keys from 1 as Lua 5.1 sizes it (more than half its slots in
 * use), then given one slot more, for key 0, as LuaJIT's is: array[k] holds key k, so 0-based
 * arrays stay out of the hash part and a lookup needs no "k - 1". An array part is never a lone
 * slot 0: asize is 0 or at least 2, and tab_amax(t) (asize - 1, or 0) is Lua 5.1's array size.
 *
 * Number keys that are integral are stored in the array part when they fit, and hash as the same
 * key whatever float they came from (t[1] and t[1.0] are one slot). nil and NaN are never keys.
 */
#ifndef APOGEE_TAB_H
#define APOGEE_TAB_H

#include "object.h"

extern const Value tab_nilvalue;   /* returned by lookups that find nothing */

Table *tab_new(lua_State *L, int narray, int nhash);
/* A table whose parts fit in its own block (small array and hash sizes), without a collection
 * or an error: NULL when memory is short or the sizes need more blocks (compiled code). */
Table *tab_newtry(lua_State *L, int narray, int nhash);
/* The array size (asize) of tab_new(L, narray, ...): what compiled code knows of a table it made. */
uint32_t tab_newasize(int narray);
void tab_free(lua_State *L, Table *t);
const Value *tab_get(Table *t, Value key);
/* String keys: inline, they are the most frequent lookups (fields, globals, methods). The key
 * is given both as a value and as the string, so a caller holding the value (the interpreter's
 * constants) does not re-tag it for the compare. */
static inline const Value *tab_getstrv(Table *t, Value kv, const Str *key) {
  Node *n = &t->node[key->hash & t->hmask];
  do {
    if (n->key == kv) return &n->val;
    n = n->next;
  } while (n);
  return &tab_nilvalue;
}
static inline const Value *tab_getstr(Table *t, Str *key) {
  return tab_getstrv(t, val_fromstr(key), key);
}

/* The hash of a 64-bit key (numbers, pointers). */
static inline uint32_t tab_mix64(uint64_t x) {
  x ^= x >> 33;
  x *= UINT64_C(0xff51afd7ed558ccd);
  x ^= x >> 33;
  return (uint32_t)x;
}

/* Hash of a number key (0 and -0 hash alike); the one definition for lookup and insertion. */
static inline uint32_t tab_hashnum(double d) {
  if (d == 0) d = 0;
  return tab_mix64(val_fromnum_raw(d));
}

/* Lookup of a number key (not NaN) in the hash part only: for keys outside the array part. */
static inline const Value *tab_getnumhash(Table *t, double d) {
  Node *n = &t->node[tab_hashnum(d) & t->hmask];
  do {
    if (val_isnum(n->key) && val_num(n->key) == d) return &n->val;
    n = n->next;
  } while (n);
  return &tab_nilvalue;
}

/* The largest key the array part holds: Lua 5.1's array size (keys 1..tab_amax(t)). */
static inline uint32_t tab_amax(const Table *t) {
  return t->asize ? t->asize - 1 : 0;
}

/* Lookup of any number key. */
static inline const Value *tab_getnum(Table *t, double d) {
  if (d >= 0 && d < (double)t->asize) {
    uint32_t ix = (uint32_t)d;
    if ((double)ix == d) return &t->array[ix];
  }
  return tab_getnumhash(t, d);
}

const Value *tab_getint(Table *t, int key);
/* Slot for key, created (holding nil) if absent. key must not be nil or NaN (checked by
 * tab_set, which raises 5.1's "table index is nil" / "table index is NaN"). */
Value *tab_set(lua_State *L, Table *t, Value key);
Value *tab_setint(lua_State *L, Table *t, int key);
/* tab_set for a key already looked up (p is what tab_get or a specialised lookup returned):
 * no second lookup. */
Value *tab_setfound(lua_State *L, Table *t, Value key, const Value *p);
Value *tab_setstr(lua_State *L, Table *t, Str *key);
/* Inserts key (absent, not nil or NaN) into the hash part if a free node is there, without
 * allocating; returns its value slot, or NULL when the table would have to grow (the trace
 * compiler's stores to new keys; L is used only for the barrier of a collectable key). */
Value *tab_trynewkey(lua_State *L, Table *t, Value key);
int tab_next(lua_State *L, Table *t, Value *keyval);  /* keyval[0] key in/out, keyval[1] value out */
size_t tab_len(Table *t);                           /* a border, as 5.1's luaH_getn */
/* The array part made to hold the keys 0..nasize (none if nasize is 0), the hash part room for
 * nhsize keys; the keys move to where they now belong. */
void tab_resize(lua_State *L, Table *t, int nasize, int nhsize);
/* The array part resized, the hash part kept as it is (no rehash of its keys can happen). */
void tab_resizearray(lua_State *L, Table *t, int nasize);
/* Every key removed, both parts keep their size (LuaJIT's table.clear). */
void tab_clear(Table *t);

#endif
