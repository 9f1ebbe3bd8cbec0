/*
 * tab.c - Lua tables.
 *
 * A table has an array part for the keys 0..asize-1 and a hash part of 2^lsizenode nodes. The hash
 * part is a chained scatter table with Brent's variation: a colliding key goes into a free node
 * and is linked from its main position's chain; if the node at the main position is occupied by a
 * key that does not belong there, that key is moved out instead. This keeps chains short with a
 * load factor of 100%. When no free node is left the table is rehashed: all keys are counted and
 * the array part is sized so that more than half of its slots are in use, as Lua 5.1 does.
 *
 * Sizes are Lua 5.1's: the keys from 1 decide the array size n (tab_amax), and the array part
 * then has n + 1 slots, slot 0 for key 0 (tab.h). Key 0 is never counted when sizing, and it
 * lives in the hash part while the array part is empty.
 */
#include <math.h>
#include <string.h>

#include "tab.h"
#include "mem.h"
#include "gc.h"
#include "err.h"
#include "state.h"

#define MAXABITS 26
#define MAXASIZE (1 << MAXABITS)

const Value tab_nilvalue = VAL_NIL;

static Node dummynode_ = { VAL_NIL, VAL_NIL, NULL };
#define dummynode (&dummynode_)

/* --- hashing --- */

static Node *mainposition(const Table *t, Value key) {
  uint32_t h;
  if (val_isstr(key)) {
    h = val_str(key)->hash;
  } else if (val_isnum(key)) {
    h = tab_hashnum(val_num(key));  /* -0 and 0 are one key */
  } else {
    h = tab_mix64(key);
  }
  return &t->node[h & t->hmask];
}

/* Integer value of a number key if it is integral and fits an int; else 0 with *ok = 0. */
static inline int num_toint(double d, int *ok) {
  int i;
  if (!(d >= -2147483648.0 && d <= 2147483647.0)) {  /* also NaN; converting would be UB */
    *ok = 0;
    return 0;
  }
  i = (int)d;
  *ok = (double)i == d;
  return i;
}

/* --- allocation --- */

static void setnodevector(lua_State *L, Table *t, int size) {
  int lsize;
  if (size == 0) {
    t->node = dummynode;
    lsize = 0;
  } else {
    int i;
    lsize = obj_log2((unsigned)(size - 1)) + 1;
    if (lsize > MAXABITS) err_runerror(L, "table overflow");
    size = 1 << lsize;
    t->node = mem_newvec(L, size, Node);
    for (i = 0; i < size; i++) {
      t->node[i].next = NULL;
      t->node[i].key = VAL_NIL;
      t->node[i].val = VAL_NIL;
    }
  }
  t->lsizenode = (uint8_t)lsize;
  t->hmask = (1u << lsize) - 1;
  t->lastfree = t->node + (t->node == dummynode ? 0 : size);
}

/* Small array parts given to tab_new (table constructors, lua_createtable) are allocated with the
 * table in one block: one allocation instead of two for the many small tables. The array moves
 * out to a vector of its own when it outgrows that room; the room stays with the table. */
#define TAB_MAXCOLO 9
#define TAB_MAXCOLONODE 4
#define tab_iscolo(t) ((t)->colo != 0 && (t)->array == (Value *)((t) + 1))
/* Likewise a small hash part: nodes after the colocated array slots. */
#define tab_colonodes(t) ((Node *)((Value *)((t) + 1) + (t)->colo))
#define tab_iscolonode(t) ((t)->colonode != 0 && (t)->node == tab_colonodes(t))
#define tab_blocksize(t) \
  (sizeof(Table) + (t)->colo * sizeof(Value) + (t)->colonode * sizeof(Node))

/* Slots of an array part holding the keys 0..n. */
static inline uint32_t aslots(int n) {
  return n > 0 ? (uint32_t)n + 1 : 0;
}

static void setarrayvector(lua_State *L, Table *t, int size) {
  uint32_t i;
  if (tab_iscolo(t)) {
    if ((uint32_t)size > t->colo) {
      Value *nv = mem_newvec(L, size, Value);
      memcpy(nv, t->array, t->asize * sizeof(Value));
      t->array = nv;
    }
  } else {
    mem_reallocvec(L, t->array, t->asize, size, Value);
  }
  for (i = t->asize; i < (uint32_t)size; i++) t->array[i] = VAL_NIL;
  t->asize = (uint32_t)size;
}

/* The parts a new table keeps inside its own block: colo array slots, colonode nodes. */
static uint32_t tab_colosize(int narray, int nhash, uint32_t *colo, uint32_t *colonode) {
  uint32_t nslots = aslots(narray);
  *colo = nslots <= TAB_MAXCOLO ? nslots : 0;
  *colonode = nhash <= 0 ? 0 : nhash <= 1 ? 1 : nhash <= 2 ? 2 : nhash <= 4 ? 4 : 0;
  return nslots;
}

static void tab_init(Table *t, uint32_t colo, uint32_t colonode);

uint32_t tab_newasize(int narray) { return aslots(narray); }

Table *tab_newtry(lua_State *L, int narray, int nhash) {
  uint32_t colo, colonode;
  uint32_t nslots = tab_colosize(narray, nhash, &colo, &colonode);
  Table *t;
  if ((nslots && !colo) || (nhash > 0 && !colonode)) return NULL;   /* needs more blocks */
  t = (Table *)gc_newobjtry(L, sizeof(Table) + colo * sizeof(Value) + colonode * sizeof(Node),
                            GCT_TAB);
  if (t) tab_init(t, colo, colonode);
  return t;
}

Table *tab_new(lua_State *L, int narray, int nhash) {
  uint32_t colo, colonode;
  uint32_t nslots = tab_colosize(narray, nhash, &colo, &colonode);
  Table *t = (Table *)gc_newobj(L, sizeof(Table) + colo * sizeof(Value) + colonode * sizeof(Node),
                                GCT_TAB);
  tab_init(t, colo, colonode);
  if (!colo && nslots) setarrayvector(L, t, (int)nslots);
  if (!colonode && nhash > 0) setnodevector(L, t, nhash);
  return t;
}

static void tab_init(Table *t, uint32_t colo, uint32_t colonode) {
  t->colo = (uint8_t)colo;
  t->neg0 = 0;
  t->colonode = (uint16_t)colonode;
  t->mt = NULL;
  t->nomm = 0x1f;
  t->array = NULL;
  t->asize = 0;
  t->lsizenode = 0;
  t->hmask = 0;
  t->node = dummynode;
  t->lastfree = dummynode;
  t->gclist = NULL;
  if (colo) {
    uint32_t i;
    t->array = (Value *)(t + 1);
    for (i = 0; i < colo; i++) t->array[i] = VAL_NIL;
    t->asize = colo;
  }
  if (colonode) {
    uint32_t i;
    Node *n = tab_colonodes(t);
    for (i = 0; i < colonode; i++) {
      n[i].next = NULL;
      n[i].key = VAL_NIL;
      n[i].val = VAL_NIL;
    }
    t->node = n;
    t->lsizenode = (uint8_t)(colonode == 1 ? 0 : colonode == 2 ? 1 : 2);
    t->hmask = colonode - 1;
    t->lastfree = n + colonode;
  }
}

void tab_free(lua_State *L, Table *t) {
  if (t->node != dummynode && !tab_iscolonode(t)) mem_freevec(L, t->node, tab_sizenode(t), Node);
  if (!tab_iscolo(t)) mem_freevec(L, t->array, t->asize, Value);
  mem_realloc(L, t, tab_blocksize(t), 0);
}

/* --- lookup --- */

const Value *tab_getint(Table *t, int key) {
  if ((uint32_t)key < t->asize) return &t->array[key];
  return tab_getnumhash(t, (double)key);
}


const Value *tab_get(Table *t, Value key) {
  if (val_isstr(key)) return tab_getstr(t, val_str(key));
  if (val_isnum(key)) {
    int ok, k = num_toint(val_num(key), &ok);
    if (ok) return tab_getint(t, k);
    if (val_num(key) != val_num(key)) return &tab_nilvalue;
    {
      Node *n = mainposition(t, key);
      double d = val_num(key);
      do {
        if (val_isnum(n->key) && val_num(n->key) == d) return &n->val;
        n = n->next;
      } while (n);
      return &tab_nilvalue;
    }
  }
  if (val_isnil(key)) return &tab_nilvalue;
  {
    Node *n = mainposition(t, key);
    do {
      if (n->key == key) return &n->val;
      n = n->next;
    } while (n);
  }
  return &tab_nilvalue;
}

/* --- rehash --- */

static int computesizes(int nums[], int *narray) {
  int i, twotoi, a = 0, na = 0, n = 0;
  for (i = 0, twotoi = 1; twotoi / 2 < *narray; i++, twotoi *= 2) {
    if (nums[i] > 0) {
      a += nums[i];
      if (a > twotoi / 2) {
        n = twotoi;
        na = a;
      }
    }
    if (a == *narray) break;
  }
  *narray = n;
  return na;
}

static int countint(Value key, int *nums) {
  if (val_isnum(key)) {
    int ok, k = num_toint(val_num(key), &ok);
    if (ok && k > 0 && k <= MAXASIZE) {
      nums[obj_log2((unsigned)(k - 1)) + 1]++;
      return 1;
    }
  }
  return 0;
}

static int numusearray(const Table *t, int *nums) {
  int lg, ttlg, ause = 0;
  uint32_t i = 1, amax = tab_amax(t);
  for (lg = 0, ttlg = 1; lg <= MAXABITS; lg++, ttlg *= 2) {
    int lc = 0;
    uint32_t lim = (uint32_t)ttlg;
    if (lim > amax) {
      lim = amax;
      if (i > lim) break;
    }
    for (; i <= lim; i++)
      if (!val_isnil(t->array[i])) lc++;
    nums[lg] += lc;
    ause += lc;
  }
  return ause;
}

static int numusehash(const Table *t, int *nums, int *pnasize) {
  int totaluse = 0, ause = 0;
  int i = (int)tab_sizenode(t);
  while (i--) {
    Node *n = &t->node[i];
    if (!val_isnil(n->val)) {
      ause += countint(n->key, nums);
      totaluse++;
    }
  }
  *pnasize += ause;
  return totaluse;
}

static Value *newkey_(lua_State *L, Table *t, Value key, int append);

/* Reinsertion during a resize: never the append path, which would resize again under it. */
static Value *reinsert(lua_State *L, Table *t, Value key) {
  const Value *p = tab_get(t, key);
  if (p != &tab_nilvalue) return (Value *)p;
  return newkey_(L, t, key, 0);
}

/* Key 0 as 5.1 would list it: -0 when a -0 made it (tab_setfound), until a resize drops it
 * while it holds nil, as 5.1's rehash drops dead keys. Not exact: 5.1 would also keep a dead
 * key +0 that a later -0 store reuses, and a compiled store of a -0 key does not set neg0. */
static inline int isneg0(Value k) {
  return val_isnum(k) && val_num(k) == 0 && signbit(val_num(k));
}

void tab_resize(lua_State *L, Table *t, int nasize, int nhsize) {
  int i;
  int oldasize = (int)t->asize;
  int oldhsize = t->lsizenode;
  int neg0 = oldasize && t->neg0 && !val_isnil(t->array[0]);
  Node *nold = t->node;
  t->neg0 = 0;
  nasize = (int)aslots(nasize);
  if (nasize > oldasize) setarrayvector(L, t, nasize);
  setnodevector(L, t, nhsize);
  if (nasize < oldasize) {
    t->asize = (uint32_t)nasize;
    for (i = nasize; i < oldasize; i++) {
      if (!val_isnil(t->array[i]))
        *reinsert(L, t, val_fromnum_raw(i ? (double)i : neg0 ? -0.0 : 0.0)) = t->array[i];
    }
    if (!tab_iscolo(t)) mem_reallocvec(L, t->array, oldasize, nasize, Value);
  }
  for (i = (1 << oldhsize) - 1; i >= 0; i--) {
    Node *old = nold + i;
    if (!val_isnil(old->val)) {
      *reinsert(L, t, old->key) = old->val;
      if (t->asize && isneg0(old->key)) neg0 = 1;   /* moved into slot 0 */
    }
  }
  if (t->asize && neg0 && !val_isnil(t->array[0])) t->neg0 = 1;
  /* Colocated nodes stay with the table (the new part never reuses them). */
  if (nold != dummynode && !(t->colonode && nold == tab_colonodes(t)))
    mem_freevec(L, nold, 1 << oldhsize, Node);
}

void tab_clear(Table *t) {
  uint32_t i;
  t->neg0 = 0;
  for (i = 0; i < t->asize; i++) t->array[i] = VAL_NIL;
  if (t->node != dummynode) {
    uint32_t n = tab_sizenode(t);
    for (i = 0; i < n; i++) {
      t->node[i].next = NULL;
      t->node[i].key = VAL_NIL;
      t->node[i].val = VAL_NIL;
    }
    t->lastfree = t->node + n;
  }
}

void tab_resizearray(lua_State *L, Table *t, int nasize) {
  tab_resize(L, t, nasize, t->node == dummynode ? 0 : (int)tab_sizenode(t));
}

static void rehash(lua_State *L, Table *t, Value ek) {
  int nasize, na, has0;
  int nums[MAXABITS + 1];
  int i, totaluse;
  for (i = 0; i <= MAXABITS; i++) nums[i] = 0;
  nasize = numusearray(t, nums);
  totaluse = nasize;
  totaluse += numusehash(t, nums, &nasize);
  nasize += countint(ek, nums);
  totaluse++;
  /* Key 0 is counted with the others (numusearray skips slot 0), and goes to slot 0 when there
   * is an array part: then the hash part needs no room for it. */
  has0 = !val_isnil(*tab_getint(t, 0)) || (val_isnum(ek) && val_num(ek) == 0);
  if (t->asize && !val_isnil(t->array[0])) totaluse++;
  na = computesizes(nums, &nasize);
  if (nasize > 0 && has0) na++;
  tab_resize(L, t, nasize, totaluse - na);
}

/* --- insertion --- */

static Node *getfreepos(Table *t) {
  while (t->lastfree-- > t->node) {
    if (val_isnil(t->lastfree->key)) return t->lastfree;
  }
  return NULL;
}

/* Inserts a key known to be absent; returns its value slot. */
static Value *newkey_(lua_State *L, Table *t, Value key, int append) {
  Value *mp;
  if (append && t->node == dummynode && val_isnum(key) &&
      val_num(key) == (double)tab_amax(t) + 1 && tab_amax(t) < (1u << (MAXABITS - 1))) {
    /* Appending right after the array part (t[#t + 1] = v, filling 1..n in order): double the
     * array instead of hashing the key; a later rehash still shrinks it if it goes sparse. */
    int nhsize = t->node == dummynode ? 0 : (int)tab_sizenode(t);
    tab_resize(L, t, t->asize ? (int)tab_amax(t) * 2 : 4, nhsize);
    return &t->array[(uint32_t)val_num(key)];
  }
  mp = tab_trynewkey(L, t, key);
  if (mp) return mp;
  rehash(L, t, key);
  return tab_set(L, t, key);
}

Value *tab_trynewkey(lua_State *L, Table *t, Value key) {
  Node *mp = mainposition(t, key);
  if (!val_isnil(mp->val) || mp == dummynode) {
    Node *othern;
    Node *n = getfreepos(t);
    if (n == NULL) return NULL;
    othern = mainposition(t, mp->key);
    if (othern != mp) {
      /* The colliding node is out of its main position: move it to the free node. */
      while (othern->next != mp) othern = othern->next;
      othern->next = n;
      *n = *mp;
      mp->next = NULL;
      mp->val = VAL_NIL;
    } else {
      n->next = mp->next;
      mp->next = n;
      mp = n;
    }
  }
  mp->key = key;   /* -0 is stored as given (it hashes and compares as 0), as in 5.1 */
  gc_barriertab(L, t, key);
  return &mp->val;
}

static Value *newkey(lua_State *L, Table *t, Value key) {
  return newkey_(L, t, key, 1);
}

Value *tab_setfound(lua_State *L, Table *t, Value key, const Value *p) {
  t->nomm &= (uint8_t)~0x1f;  /* metamethods may have changed; keep the collector's bits */
  if (p != &tab_nilvalue) {   /* present, or a dead key's node: reused */
    if (t->asize && p == &t->array[0] && val_isnil(*p) && isneg0(key)) t->neg0 = 1;
    return (Value *)p;
  }
  if (val_isnil(key)) err_runerror(L, "table index is nil");
  if (val_isnum(key) && val_num(key) != val_num(key)) err_runerror(L, "table index is NaN");
  return newkey(L, t, key);
}

Value *tab_set(lua_State *L, Table *t, Value key) {
  return tab_setfound(L, t, key, tab_get(t, key));
}

Value *tab_setint(lua_State *L, Table *t, int key) {
  const Value *p = tab_getint(t, key);
  if (p != &tab_nilvalue) return (Value *)p;
  return newkey(L, t, val_fromnum_raw((double)key));
}

Value *tab_setstr(lua_State *L, Table *t, Str *key) {
  return tab_setfound(L, t, val_fromstr(key), tab_getstr(t, key));
}

/* --- traversal --- */

/* Index of a key for traversal: the array part's keys 1..asize-1 (at i - 1), then key 0 (at
 * asize - 1), then the nodes; -1 for nil. Key 0 comes after the others as in Lua 5.1, where it
 * is a hash key and usually the first: pairs over a 0-based array gives 1..n, then 0. */
static int findindex(lua_State *L, Table *t, Value key) {
  int i;
  if (val_isnil(key)) return -1;
  if (val_isnum(key)) {
    int ok, k = num_toint(val_num(key), &ok);
    if (ok && (uint32_t)k < t->asize) return k ? k - 1 : (int)t->asize - 1;
  }
  {
    Node *n = mainposition(t, key);
    do {
      if (obj_rawequal(n->key, key)) {
        i = (int)(n - t->node);
        return i + (int)t->asize;
      }
      n = n->next;
    } while (n);
  }
  err_runerror(L, "invalid key to 'next'");
}

int tab_next(lua_State *L, Table *t, Value *kv) {
  int i = findindex(L, t, kv[0]);
  for (i++; (uint32_t)i < t->asize; i++) {
    uint32_t k = (uint32_t)i + 1 < t->asize ? (uint32_t)i + 1 : 0;
    if (!val_isnil(t->array[k])) {
      kv[0] = val_fromnum_raw(k ? (double)k : t->neg0 ? -0.0 : 0.0);
      kv[1] = t->array[k];
      return 1;
    }
  }
  for (i -= (int)t->asize; i < (int)tab_sizenode(t); i++) {
    if (!val_isnil(t->node[i].val)) {
      kv[0] = t->node[i].key;
      kv[1] = t->node[i].val;
      return 1;
    }
  }
  return 0;
}

/* --- length --- */

static size_t unbound_search(Table *t, size_t j) {
  size_t i = j;
  j++;
  while (!val_isnil(*tab_getint(t, (int)j))) {
    i = j;
    j *= 2;
    if (j > (size_t)0x7fffffff - 2) {
      i = 1;
      while (!val_isnil(*tab_getint(t, (int)i))) i++;
      return i - 1;
    }
  }
  while (j - i > 1) {
    size_t m = (i + j) / 2;
    if (val_isnil(*tab_getint(t, (int)m))) j = m; else i = m;
  }
  return i;
}

size_t tab_len(Table *t) {
  size_t j = tab_amax(t);
  if (j > 0 && val_isnil(t->array[j])) {
    /* The probes' outcomes follow the data and mispredict as branches: conditional moves. */
    size_t i = 0;
    while (j - i > 1) {
      size_t m = (i + j) / 2;
      int isnil = val_isnil(t->array[m]);
      j = isnil ? m : j;
      i = isnil ? i : m;
    }
    return i;
  }
  if (t->node == dummynode) return j;
  return unbound_search(t, j);
}
