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

/* --- calling metamethods --- */

void meta_calltmres(lua_State *L, Value *res, Value f, Value a, Value b) {
  ptrdiff_t result = savestack(L, res);
  int inframe = res >= L->stack && res < L->stack + L->stacksize;
  state_checkstack(L, 3);
  L->top[0] = f;
  L->top[1] = a;
  L->top[2] = b;
  L->top += 3;
  do_call(L, L->top - 3, 1);
  L->top--;
  if (inframe) *restorestack(L, result) = *L->top;
  else *res = *L->top;
}

static void calltm(lua_State *L, Value f, Value a, Value b, Value c) {
  state_checkstack(L, 4);
  L->top[0] = f;
  L->top[1] = a;
  L->top[2] = b;
  L->top[3] = c;
  L->top += 4;
  do_call(L, L->top - 4, 0);
}

/* --- indexing --- */

void meta_index(lua_State *L, const Value *t, Value key, Value *res) {
  int loop;
  Value tv = *t;
  const Value *tp = t;
  int inframe = res >= L->stack && res < L->stack + L->stacksize;
  ptrdiff_t resr = savestack(L, res);
  for (loop = 0; loop < MAXTAGLOOP; loop++) {
    Value tm;
    if (val_istab(tv)) {
      Table *h = val_tab(tv);
      const Value *v = tab_get(h, key);
      const Value *tmp;
      if (!val_isnil(*v) || (tmp = meta_fasttm(L, h->mt, TM_INDEX)) == NULL) {
        if (inframe) *restorestack(L, resr) = *v; else *res = *v;
        return;
      }
      tm = *tmp;
    } else {
      tm = meta_gettmbyobj(L, tv, TM_INDEX);
      if (val_isnil(tm)) dbg_typeerror(L, tp, "index");
    }
    if (val_isfunc(tm)) {
      meta_calltmres(L, inframe ? restorestack(L, resr) : res, tm, tv, key);
      return;
    }
    tv = tm;
    tp = &tv;
  }
  err_runerror(L, "loop in gettable");
}

void meta_newindex(lua_State *L, const Value *t, Value key, Value val) {
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
        return;
      }
      tm = *tmp;
    } else {
      tm = meta_gettmbyobj(L, tv, TM_NEWINDEX);
      if (val_isnil(tm)) dbg_typeerror(L, tp, "index");
    }
    if (val_isfunc(tm)) {
      calltm(L, tm, tv, key, val);
      return;
    }
    tv = tm;
    tp = &tv;
  }
  err_runerror(L, "loop in settable");
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

static int call_bintm(lua_State *L, const Value *p1, const Value *p2, Value *res, TMS event) {
  Value tm = meta_gettmbyobj(L, *p1, event);
  if (val_isnil(tm)) tm = meta_gettmbyobj(L, *p2, event);
  if (val_isnil(tm)) return 0;
  meta_calltmres(L, res, tm, *p1, *p2);
  return 1;
}

void meta_arith(lua_State *L, Value *ra, const Value *rb, const Value *rc, TMS op) {
  double b, c;
  if (meta_tonumber(rb, &b) && meta_tonumber(rc, &c)) {
    *ra = val_fromnum_raw(meta_arithop(op, b, c));
  } else if (!call_bintm(L, rb, rc, ra, op)) {
    dbg_aritherror(L, rb, rc);
  }
}

void meta_len(lua_State *L, Value *ra, const Value *rb) {
  Value v = *rb;
  if (val_istab(v)) {
    *ra = val_fromnum_raw((double)tab_len(val_tab(v)));
  } else if (val_isstr(v)) {
    *ra = val_fromnum_raw((double)val_str(v)->len);
  } else {
    Value tm = meta_gettmbyobj(L, v, TM_LEN);
    if (val_isnil(tm)) dbg_typeerror(L, rb, "get length of");
    meta_calltmres(L, ra, tm, v, VAL_NIL);
  }
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

static int call_ordertm(lua_State *L, Value a, Value b, TMS event) {
  Value tm1 = meta_gettmbyobj(L, a, event);
  Value tm2;
  Value res;
  if (val_isnil(tm1)) return -1;
  tm2 = meta_gettmbyobj(L, b, event);
  if (!obj_rawequal(tm1, tm2)) return -1;
  meta_calltmres(L, &res, tm1, a, b);
  return val_istruthy(res);
}

static int sametype(Value a, Value b) {
  return val_type(a) == val_type(b);
}

int meta_lessthan(lua_State *L, const Value *l, const Value *r) {
  int res;
  if (!sametype(*l, *r)) dbg_ordererror(L, l, r);
  if (val_isnum(*l)) return val_num(*l) < val_num(*r);
  if (val_isstr(*l)) return str_lessthan(val_str(*l), val_str(*r));
  if ((res = call_ordertm(L, *l, *r, TM_LT)) != -1) return res;
  dbg_ordererror(L, l, r);
}

int meta_lessequal(lua_State *L, const Value *l, const Value *r) {
  int res;
  if (!sametype(*l, *r)) dbg_ordererror(L, l, r);
  if (val_isnum(*l)) return val_num(*l) <= val_num(*r);
  if (val_isstr(*l)) return !str_lessthan(val_str(*r), val_str(*l));
  if ((res = call_ordertm(L, *l, *r, TM_LE)) != -1) return res;
  if ((res = call_ordertm(L, *r, *l, TM_LT)) != -1) return !res;
  dbg_ordererror(L, l, r);
}

int meta_equal(lua_State *L, Value a, Value b) {
  const Value *tm;
  Value res;
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
  meta_calltmres(L, &res, *tm, a, b);
  return val_istruthy(res);
}

/* --- concatenation --- */

void meta_concat(lua_State *L, int total, int last) {
  do {
    Value *top = L->base + last + 1;
    int n = 2;
    if (!(val_isstr(top[-2]) || val_isnum(top[-2])) || !meta_tostring(L, top - 1)) {
      if (!call_bintm(L, top - 2, top - 1, top - 2, TM_CONCAT))
        dbg_concaterror(L, top - 2, top - 1);
    } else if (val_str(top[-1])->len == 0) {
      (void)meta_tostring(L, top - 2);
    } else {
      size_t tl = val_str(top[-1])->len;
      char *buffer;
      int i;
      for (n = 1; n < total && meta_tostring(L, top - n - 1); n++) {
        size_t l = val_str(top[-n - 1])->len;
        if (l >= ((size_t)1 << 46) - tl) err_runerror(L, "string length overflow");
        tl += l;
      }
      buffer = state_buffer(L, tl);
      tl = 0;
      for (i = n; i > 0; i--) {
        Str *s = val_str(top[-i]);
        memcpy(buffer + tl, s->data, s->len);
        tl += s->len;
      }
      top[-n] = val_fromstr(str_new(L, buffer, tl));
    }
    total -= n - 1;
    last -= n - 1;
  } while (total > 1);
}
