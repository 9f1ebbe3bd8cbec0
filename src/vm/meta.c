/*
 * meta.c - metamethod lookup and the generic (slow) paths of the interpreter.
 */
#include <math.h>
#include <string.h>

#include "meta.h"
#include "state.h"
#include "str.h"
#include "tab.h"
#include "gc.h"
#include "do.h"
#include "debug.h"

#define MAXTAGLOOP 100

static const char *const tm_names[TM_N] = {
  "__index", "__newindex", "__gc", "__mode", "__eq",
  "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__len", "__lt", "__le",
  "__concat", "__call"
};

void meta_init(lua_State *L) {
  int i;
  for (i = 0; i < TM_N; i++) {
    G(L)->tmname[i] = str_newz(L, tm_names[i]);
    str_fix(G(L)->tmname[i]);
  }
}

const Value *meta_gettm(lua_State *L, Table *mt, TMS event) {
  const Value *tm = tab_getstr(mt, G(L)->tmname[event]);
  if (val_isnil(*tm)) {
    if (event <= TM_EQ) mt->nomm |= (uint8_t)(1u << event);
    return NULL;
  }
  return tm;
}

int meta_getstr_miss(lua_State *L, Table *h, Str *key, Value *out) {
  /* Method lookups through class chains come here at every level: the __index lookup is
   * inlined (meta_fasttm + meta_gettm), and the key compared as a value. */
  Str *idxname = G(L)->tmname[TM_INDEX];
  Value idxv = val_fromstr(idxname), keyv = val_fromstr(key);
  int loop;
  for (loop = 0; loop < MAXTAGLOOP; loop++) {
    Table *mt = h->mt;
    const Value *tm, *v;
    if (mt == NULL || (mt->nomm & (1u << TM_INDEX))) {
      *out = VAL_NIL;
      return 1;
    }
    tm = tab_getstrv(mt, idxv, idxname);
    if (val_isnil(*tm)) {
      mt->nomm |= (uint8_t)(1u << TM_INDEX);
      *out = VAL_NIL;
      return 1;
    }
    if (!val_istab(*tm)) return 0;
    h = val_tab(*tm);
    v = tab_getstrv(h, keyv, key);
    if (!val_isnil(*v)) {
      *out = *v;
      return 1;
    }
  }
  return 0;
}

Table *meta_getmt(lua_State *L, Value o) {
  if (val_istab(o)) return val_tab(o)->mt;
  if (val_isudata(o)) return val_udata(o)->mt;
  return G(L)->basemt[val_type(o)];
}

Value meta_gettmbyobj(lua_State *L, Value o, TMS event) {
  Table *mt = meta_getmt(L, o);
  if (mt == NULL) return VAL_NIL;
  return *tab_getstr(mt, G(L)->tmname[event]);
}

/* --- calling metamethods ---
 *
 * Each operation that may call a metamethod comes in two forms. The _k form (for the
 * interpreter) either completes or pushes the metamethod call, function and arguments, at
 * L->top and says so; the interpreter then runs that call as a frame of its own whose return
 * finishes the instruction (vm.c, cont.c), so the metamethod may yield. The plain form (for the
 * C API) makes the pushed call with do_call, a C-level call that cannot yield, as in 5.1. */

static void pushcall(lua_State *L, Value f, Value a, Value b) {
  state_checkstack(L, 3);
  L->top[0] = f;
  L->top[1] = a;
  L->top[2] = b;
  L->top += 3;
}

/* Runs the call pushed at L->top (function and nargs arguments) for one result and stores that
 * result into *res (which may be in the stack). */
static void callpushed(lua_State *L, Value *res, int nargs) {
  ptrdiff_t result = savestack(L, res);
  int inframe = res >= L->stack && res < L->stack + L->stacksize;
  do_call(L, L->top - nargs - 1, 1);
  L->top--;
  if (inframe) *restorestack(L, result) = *L->top;
  else *res = *L->top;
}

/* The truth of the result of the call pushed at L->top, negated when neg. */
static int calltest(lua_State *L, int neg) {
  Value res;
  callpushed(L, &res, 2);
  return val_istruthy(res) != neg;
}

void meta_calltmres(lua_State *L, Value *res, Value f, Value a, Value b) {
  pushcall(L, f, a, b);
  callpushed(L, res, 2);
}

/* --- indexing --- */

int meta_index_k(lua_State *L, const Value *t, Value key, Value *res) {
  int loop;
  Value tv = *t;
  const Value *tp = t;
  for (loop = 0; loop < MAXTAGLOOP; loop++) {
    Value tm;
    if (val_istab(tv)) {
      Table *h = val_tab(tv);
      const Value *v = tab_get(h, key);
      const Value *tmp;
      if (!val_isnil(*v) || (tmp = meta_fasttm(L, h->mt, TM_INDEX)) == NULL) {
        *res = *v;
        return 1;
      }
      tm = *tmp;
    } else {
      tm = meta_gettmbyobj(L, tv, TM_INDEX);
      if (val_isnil(tm)) dbg_typeerror(L, tp, "index");
    }
    if (val_isfunc(tm)) {
      pushcall(L, tm, tv, key);
      return 0;
    }
    tv = tm;
    tp = &tv;
  }
  err_runerror(L, "loop in gettable");
}

void meta_index(lua_State *L, const Value *t, Value key, Value *res) {
  if (!meta_index_k(L, t, key, res)) callpushed(L, res, 2);
}

int meta_newindex_k(lua_State *L, const Value *t, Value key, Value val) {
  int loop;
  Value tv = *t;
  const Value *tp = t;
  for (loop = 0; loop < MAXTAGLOOP; loop++) {
    Value tm;
    if (val_istab(tv)) {
      Table *h = val_tab(tv);
      const Value *v = tab_get(h, key);
      const Value *tmp;
      if (!val_isnil(*v) || (tmp = meta_fasttm(L, h->mt, TM_NEWINDEX)) == NULL) {
        Value *slot = (Value *)v;
        if (v == &tab_nilvalue) slot = tab_set(L, h, key);
        *slot = val;
        gc_barriertab(L, h, val);
        return 1;
      }
      tm = *tmp;
    } else {
      tm = meta_gettmbyobj(L, tv, TM_NEWINDEX);
      if (val_isnil(tm)) dbg_typeerror(L, tp, "index");
    }
    if (val_isfunc(tm)) {
      pushcall(L, tm, tv, key);
      state_checkstack(L, 1);
      *L->top++ = val;
      return 0;
    }
    tv = tm;
    tp = &tv;
  }
  err_runerror(L, "loop in settable");
}

void meta_newindex(lua_State *L, const Value *t, Value key, Value val) {
  if (!meta_newindex_k(L, t, key, val)) do_call(L, L->top - 4, 0);
}

/* --- coercions --- */

int meta_tonumber(const Value *o, double *out) {
  if (val_isnum(*o)) {
    *out = val_num(*o);
    return 1;
  }
  if (val_isstr(*o)) return num_str2d(str_data(val_str(*o)), out);
  return 0;
}

int meta_tostring(lua_State *L, Value *o) {
  char buf[NUM_MAXSTR];
  int len;
  if (val_isstr(*o)) return 1;
  if (!val_isnum(*o)) return 0;
  len = num_tostr(buf, val_num(*o));
  *o = val_fromstr(str_new(L, buf, (size_t)len));
  return 1;
}

/* --- arithmetic --- */

double meta_arithop(TMS op, double a, double b) {
  switch (op) {
    case TM_ADD: return a + b;
    case TM_SUB: return a - b;
    case TM_MUL: return a * b;
    case TM_DIV: return a / b;
    case TM_MOD: return a - floor(a / b) * b;
    case TM_POW: return pow(a, b);
    case TM_UNM: return -a;
    default: return 0;
  }
}

/* Pushes the call of the event's metamethod of p1, or else of p2; 0 if neither has one. */
static int push_bintm(lua_State *L, const Value *p1, const Value *p2, TMS event) {
  Value tm = meta_gettmbyobj(L, *p1, event);
  if (val_isnil(tm)) tm = meta_gettmbyobj(L, *p2, event);
  if (val_isnil(tm)) return 0;
  pushcall(L, tm, *p1, *p2);
  return 1;
}

int meta_arith_k(lua_State *L, Value *ra, const Value *rb, const Value *rc, TMS op) {
  double b, c;
  if (meta_tonumber(rb, &b) && meta_tonumber(rc, &c)) {
    *ra = val_fromnum_raw(meta_arithop(op, b, c));
    return 1;
  }
  if (!push_bintm(L, rb, rc, op)) dbg_aritherror(L, rb, rc);
  return 0;
}

void meta_arith(lua_State *L, Value *ra, const Value *rb, const Value *rc, TMS op) {
  if (!meta_arith_k(L, ra, rb, rc, op)) callpushed(L, ra, 2);
}

int meta_len_k(lua_State *L, Value *ra, const Value *rb) {
  Value v = *rb;
  if (val_istab(v)) {
    *ra = val_fromnum_raw((double)tab_len(val_tab(v)));
  } else if (val_isstr(v)) {
    *ra = val_fromnum_raw((double)val_str(v)->len);
  } else {
    Value tm = meta_gettmbyobj(L, v, TM_LEN);
    if (val_isnil(tm)) dbg_typeerror(L, rb, "get length of");
    pushcall(L, tm, v, VAL_NIL);
    return 0;
  }
  return 1;
}

void meta_len(lua_State *L, Value *ra, const Value *rb) {
  if (!meta_len_k(L, ra, rb)) callpushed(L, ra, 2);
}

/* --- comparison --- */

static int str_lessthan(const Str *ls, const Str *rs) {
  const char *l = ls->data, *r = rs->data;
  size_t ll = ls->len, lr = rs->len;
  for (;;) {
    int temp = strcoll(l, r);
    if (temp != 0) return temp < 0;
    {
      size_t len = strlen(l);
      if (len == lr) return 0;
      if (len == ll) return 1;
      len++;
      l += len; ll -= len;
      r += len; lr -= len;
    }
  }
}

static const Value *get_comptm(lua_State *L, Table *mt1, Table *mt2, TMS event) {
  const Value *tm1 = meta_fasttm(L, mt1, event);
  const Value *tm2;
  if (tm1 == NULL) return NULL;
  if (mt1 == mt2) return tm1;
  tm2 = meta_fasttm(L, mt2, event);
  if (tm2 == NULL) return NULL;
  if (obj_rawequal(*tm1, *tm2)) return tm1;
  return NULL;
}

/* Pushes the call of the order metamethod of a and b when both have the same one. */
static int push_ordertm(lua_State *L, Value a, Value b, TMS event) {
  Value tm1 = meta_gettmbyobj(L, a, event);
  Value tm2;
  if (val_isnil(tm1)) return 0;
  tm2 = meta_gettmbyobj(L, b, event);
  if (!obj_rawequal(tm1, tm2)) return 0;
  pushcall(L, tm1, a, b);
  return 1;
}

static int sametype(Value a, Value b) {
  return val_type(a) == val_type(b);
}

int meta_lessthan_k(lua_State *L, const Value *l, const Value *r) {
  if (!sametype(*l, *r)) dbg_ordererror(L, l, r);
  if (val_isnum(*l)) return val_num(*l) < val_num(*r);
  if (val_isstr(*l)) return str_lessthan(val_str(*l), val_str(*r));
  if (push_ordertm(L, *l, *r, TM_LT)) return META_CALL;
  dbg_ordererror(L, l, r);
}

int meta_lessequal_k(lua_State *L, const Value *l, const Value *r) {
  if (!sametype(*l, *r)) dbg_ordererror(L, l, r);
  if (val_isnum(*l)) return val_num(*l) <= val_num(*r);
  if (val_isstr(*l)) return !str_lessthan(val_str(*r), val_str(*l));
  if (push_ordertm(L, *l, *r, TM_LE)) return META_CALL;
  if (push_ordertm(L, *r, *l, TM_LT)) return META_CALLNEG;
  dbg_ordererror(L, l, r);
}

int meta_equal_k(lua_State *L, Value a, Value b) {
  const Value *tm;
  if (val_isnum(a)) return val_isnum(b) && val_num(a) == val_num(b);
  if (a == b) return 1;
  if (val_itype(a) != val_itype(b)) return 0;
  if (val_istab(a)) {
    tm = get_comptm(L, val_tab(a)->mt, val_tab(b)->mt, TM_EQ);
  } else if (val_isudata(a)) {
    tm = get_comptm(L, val_udata(a)->mt, val_udata(b)->mt, TM_EQ);
  } else {
    return 0;
  }
  if (tm == NULL) return 0;
  pushcall(L, *tm, a, b);
  return META_CALL;
}

int meta_lessthan(lua_State *L, const Value *l, const Value *r) {
  int res = meta_lessthan_k(L, l, r);
  return res >= 0 ? res : calltest(L, 0);
}

int meta_lessequal(lua_State *L, const Value *l, const Value *r) {
  int res = meta_lessequal_k(L, l, r);
  return res >= 0 ? res : calltest(L, res == META_CALLNEG);
}

int meta_equal(lua_State *L, Value a, Value b) {
  int res = meta_equal_k(L, a, b);
  return res >= 0 ? res : calltest(L, 0);
}

/* --- concatenation --- */

int meta_concat_k(lua_State *L, int total, int last) {
  do {
    Value *top = L->base + last + 1;
    int n = 2;
    if (!(val_isstr(top[-2]) || val_isnum(top[-2])) || !meta_tostring(L, top - 1)) {
      if (!push_bintm(L, top - 2, top - 1, TM_CONCAT)) dbg_concaterror(L, top - 2, top - 1);
      return last;
    } else if (val_str(top[-1])->len == 0) {
      (void)meta_tostring(L, top - 2);
    } else {
      /* The first few numbers among the operands are formatted here, not made into strings
       * (the operands are temporaries: nothing else sees them); more are converted in place. */
      char num[8][NUM_MAXSTR];
      int numlen[8], nf = 0;
      size_t tl = val_str(top[-1])->len;
      char *buffer;
      int i;
      for (n = 1; n < total; n++) {
        Value *o = top - n - 1;
        size_t l;
        if (val_isnum(*o) && nf < 8) {
          numlen[nf] = num_tostr(num[nf], val_num(*o));
          l = (size_t)numlen[nf++];
        } else if (meta_tostring(L, o)) {
          l = val_str(*o)->len;
        } else {
          break;
        }
        if (l >= ((size_t)1 << 46) - tl) err_runerror(L, "string length overflow");
        tl += l;
      }
      buffer = state_buffer(L, tl);
      tl = 0;
      for (i = n; i > 0; i--) {
        if (val_isnum(top[-i])) {   /* formatted above, the last one first from the left */
          nf--;
          memcpy(buffer + tl, num[nf], (size_t)numlen[nf]);
          tl += (size_t)numlen[nf];
        } else {
          Str *s = val_str(top[-i]);
          memcpy(buffer + tl, s->data, s->len);
          tl += s->len;
        }
      }
      top[-n] = val_fromstr(str_new(L, buffer, tl));
    }
    total -= n - 1;
    last -= n - 1;
  } while (total > 1);
  return 0;
}

void meta_concat(lua_State *L, int total, int last) {
  int first = last - total + 1;
  while ((last = meta_concat_k(L, total, last)) != 0) {
    /* The metamethod's result replaces the last two operands. */
    callpushed(L, L->base + last - 1, 2);
    last--;
    total = last - first + 1;
    if (total <= 1) break;
  }
}
