/*
 * lapi.c - the Lua 5.1 C API: a thin layer that maps stack indices to value slots and calls the
 * internal functions.
 *
 * Valid indices: 1..top of the current C frame, -1..-top from the top, and the pseudo-indices
 * (registry, environment of the running C function, globals of the thread, upvalues). Misuse is
 * checked with api_check, which is active only in debug builds (-DAPOGEE_APICHECK), as in 5.1.
 */
#include <string.h>

#include "lua.h"
#include "state.h"
#include "mem.h"
#include "str.h"
#include "tab.h"
#include "func.h"
#include "gc.h"
#include "do.h"
#include "limit.h"
#include "meta.h"
#include "debug.h"
#include "zio.h"
#include "vm.h"
#include "../front/parse.h"
#include "undump.h"
#include "jit.h"

const char lua_ident[] = "$Apogee: Lua 5.1 compatible VM $";

#ifdef APOGEE_APICHECK
#include <stdio.h>
#include <stdlib.h>
#define api_check(L, e) do { if (!(e)) { fprintf(stderr, "API check failed: %s (%s:%d)\n", #e, __FILE__, __LINE__); abort(); } } while (0)
#else
#define api_check(L, e) ((void)(L))
#endif

#define api_checknelems(L, n) api_check(L, (n) <= (L->top - L->base))
#define api_incr_top(L) do { api_check(L, L->top < L->ci->top); L->top++; } while (0)

static Value nilobject_ = VAL_NIL;
#define nilobject (&nilobject_)

static Value *index2adr_pseudo(lua_State *L, int idx);

/* Inline for ordinary indices (nearly every call); pseudo-indices go out of line. */
static inline Value *index2adr(lua_State *L, int idx) {
  if (idx > 0) {
    Value *o = L->base + (idx - 1);
    api_check(L, idx <= L->ci->top - L->base);
    if (o >= L->top) return nilobject;
    return o;
  } else if (idx > LUA_REGISTRYINDEX) {
    api_check(L, idx != 0 && -idx <= L->top - L->base);
    return L->top + idx;
  }
  return index2adr_pseudo(L, idx);
}

static Value *index2adr_pseudo(lua_State *L, int idx) {
  switch (idx) {
    case LUA_REGISTRYINDEX: return &G(L)->registry;
    case LUA_ENVIRONINDEX: {
      Closure *func = curr_func(L);
      L->env = val_fromtab(func->c.env);
      return &L->env;
    }
    case LUA_GLOBALSINDEX: return &L->gt;
    default: {
      Closure *func = curr_func(L);
      idx = LUA_GLOBALSINDEX - idx;
      return (idx <= func->c.nupvalues) ? &func->c.upvalue[idx - 1] : nilobject;
    }
  }
}

static Table *getcurrenv(lua_State *L) {
  if (L->ci == L->base_ci) return state_gt(L);
  return curr_func(L)->c.env;
}

static void pushvalue(lua_State *L, Value v) {
  *L->top = v;
  api_incr_top(L);
}

LUA_API int lua_checkstack(lua_State *L, int size) {
  if (size > STATE_MAXCSTACK || (L->top - L->base + size) > STATE_MAXCSTACK) return 0;
  if (size > 0) {
    state_checkstack(L, size);
    if (L->ci->top < L->top + size) L->ci->top = L->top + size;
  }
  return 1;
}

LUA_API void lua_xmove(lua_State *from, lua_State *to, int n) {
  int i;
  if (from == to) return;
  api_checknelems(from, n);
  from->top -= n;
  for (i = 0; i < n; i++) *to->top++ = from->top[i];
}

LUA_API void lua_setlevel(lua_State *from, lua_State *to) {
  to->nccalls = from->nccalls;
}

LUA_API lua_CFunction lua_atpanic(lua_State *L, lua_CFunction panicf) {
  lua_CFunction old = G(L)->panic;
  G(L)->panic = panicf;
  return old;
}

LUA_API lua_State *lua_newthread(lua_State *L) {
  lua_State *L1;
  gc_check(L);
  L1 = state_newthread(L);
  pushvalue(L, val_fromthread(L1));
  return L1;
}

/* --- basic stack manipulation --- */

LUA_API int lua_gettop(lua_State *L) { return (int)(L->top - L->base); }

LUA_API void lua_settop(lua_State *L, int idx) {
  if (idx >= 0) {
    api_check(L, idx <= L->stack_last - L->base);
    while (L->top < L->base + idx) *L->top++ = VAL_NIL;
    L->top = L->base + idx;
  } else {
    api_check(L, -(idx + 1) <= (L->top - L->base));
    L->top += idx + 1;
  }
}

LUA_API void lua_remove(lua_State *L, int idx) {
  Value *p = index2adr(L, idx);
  while (++p < L->top) p[-1] = *p;
  L->top--;
}

LUA_API void lua_insert(lua_State *L, int idx) {
  Value *p = index2adr(L, idx);
  Value *q;
  for (q = L->top; q > p; q--) *q = q[-1];
  *p = *L->top;
}

LUA_API void lua_replace(lua_State *L, int idx) {
  if (idx == LUA_ENVIRONINDEX && L->ci == L->base_ci) {
    str_pushfstring(L, "no calling environment");
    err_throw(L, LUA_ERRRUN);
  }
  api_checknelems(L, 1);
  if (idx == LUA_ENVIRONINDEX) {
    Closure *func = curr_func(L);
    api_check(L, val_istab(L->top[-1]));
    func->c.env = val_tab(L->top[-1]);
    gc_barrier(L, func, L->top[-1]);
  } else {
    Value *o = index2adr(L, idx);
    *o = L->top[-1];
    if (idx < LUA_GLOBALSINDEX) gc_barrier(L, curr_func(L), L->top[-1]);  /* an upvalue */
  }
  L->top--;
}

LUA_API void lua_pushvalue(lua_State *L, int idx) { pushvalue(L, *index2adr(L, idx)); }

/* --- access functions --- */

/* Lua type of each tag, indexed by itype - ITYPE_MIN_TAG (as val_type, without a call). */
static const signed char tag_types[ITYPE_NIL - ITYPE_MIN_TAG + 1] = {
  LUA_TUSERDATA,      /* ITYPE_UDATA */
  LUA_TTABLE,         /* ITYPE_TAB */
  LUA_TTHREAD + 2,    /* (unused) */
  LUA_TFUNCTION,      /* ITYPE_FUNC */
  LUA_TTHREAD + 1,    /* ITYPE_PROTO */
  LUA_TTHREAD,        /* ITYPE_THREAD */
  LUA_TTHREAD + 2,    /* ITYPE_UPVAL */
  LUA_TSTRING,        /* ITYPE_STR */
  LUA_TLIGHTUSERDATA, /* ITYPE_LIGHTUD */
  LUA_TBOOLEAN,       /* ITYPE_TRUE */
  LUA_TBOOLEAN,       /* ITYPE_FALSE */
  LUA_TNIL            /* ITYPE_NIL */
};

LUA_API int lua_type(lua_State *L, int idx) {
  Value *o = index2adr(L, idx);
  if (o == nilobject) return LUA_TNONE;
  if (val_isnum(*o)) return LUA_TNUMBER;
  return tag_types[val_itype(*o) - ITYPE_MIN_TAG];
}

LUA_API const char *lua_typename(lua_State *L, int t) {
  (void)L;
  return t == LUA_TNONE ? "no value" : obj_typenames[t + 1];
}

LUA_API int lua_iscfunction(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  return val_isfunc(o) && val_func(o)->c.isC;
}

LUA_API int lua_isnumber(lua_State *L, int idx) {
  double d;
  return meta_tonumber(index2adr(L, idx), &d);
}

LUA_API int lua_isstring(lua_State *L, int idx) {
  int t = lua_type(L, idx);
  return t == LUA_TSTRING || t == LUA_TNUMBER;
}

LUA_API int lua_isuserdata(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  return val_isudata(o) || val_islightud(o);
}

LUA_API int lua_rawequal(lua_State *L, int index1, int index2) {
  Value *o1 = index2adr(L, index1);
  Value *o2 = index2adr(L, index2);
  return (o1 == nilobject || o2 == nilobject) ? 0 : obj_rawequal(*o1, *o2);
}

LUA_API int lua_equal(lua_State *L, int index1, int index2) {
  Value *o1 = index2adr(L, index1);
  Value *o2 = index2adr(L, index2);
  return (o1 == nilobject || o2 == nilobject) ? 0 : meta_equal(L, *o1, *o2);
}

LUA_API int lua_lessthan(lua_State *L, int index1, int index2) {
  Value *o1 = index2adr(L, index1);
  Value *o2 = index2adr(L, index2);
  Value a, b;
  if (o1 == nilobject || o2 == nilobject) return 0;
  a = *o1;
  b = *o2;
  if (val_isnum(a) && val_isnum(b)) return val_num(a) < val_num(b);
  return meta_lessthan(L, &a, &b);
}

LUA_API lua_Number lua_tonumber(lua_State *L, int idx) {
  Value *o = index2adr(L, idx);
  double d;
  if (val_isnum(*o)) return val_num(*o);
  if (meta_tonumber(o, &d)) return d;
  return 0;
}

LUA_API lua_Integer lua_tointeger(lua_State *L, int idx) {
  Value *o = index2adr(L, idx);
  double d;
  if (val_isnum(*o)) d = val_num(*o);   /* the usual case, without a call */
  else if (!meta_tonumber(o, &d)) return 0;
  if (d != d) return 0;
  if (d >= 9223372036854775807.0) return (lua_Integer)PTRDIFF_MAX;
  if (d <= -9223372036854775808.0) return (lua_Integer)PTRDIFF_MIN;
  return (lua_Integer)d;
}

LUA_API int lua_toboolean(lua_State *L, int idx) {
  return val_istruthy(*index2adr(L, idx));
}

#ifdef __GNUC__
#define API_NOINLINE __attribute__((noinline))
#else
#define API_NOINLINE
#endif

/* lua_tolstring of a value that is not a string: converts a number in place. Out of line, so
 * that the string case saves no registers. */
static API_NOINLINE const char *tolstring_slow(lua_State *L, int idx, Value *o, size_t *len) {
  if (!meta_tostring(L, o)) {
    if (len != NULL) *len = 0;
    return NULL;
  }
  gc_check(L);
  o = index2adr(L, idx);
  if (len != NULL) *len = val_str(*o)->len;
  return str_data(val_str(*o));
}

LUA_API const char *lua_tolstring(lua_State *L, int idx, size_t *len) {
  Value *o = index2adr(L, idx);
  Str *s;
  if (!val_isstr(*o)) return tolstring_slow(L, idx, o, len);
  s = val_str(*o);
  if (len != NULL) *len = s->len;
  return str_data(s);
}

LUA_API size_t lua_objlen(lua_State *L, int idx) {
  Value *o = index2adr(L, idx);
  if (val_isstr(*o)) return val_str(*o)->len;
  if (val_isudata(*o)) return val_udata(*o)->len;
  if (val_istab(*o)) return tab_len(val_tab(*o));
  if (val_isnum(*o)) {
    size_t l;
    lua_tolstring(L, idx, &l);
    return l;
  }
  return 0;
}

LUA_API lua_CFunction lua_tocfunction(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  return (val_isfunc(o) && val_func(o)->c.isC) ? val_func(o)->c.f : NULL;
}

LUA_API void *lua_touserdata(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  if (val_isudata(o)) return udata_mem(val_udata(o));
  if (val_islightud(o)) return val_ptr(o);
  return NULL;
}

LUA_API lua_State *lua_tothread(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  return val_isthread(o) ? val_thread(o) : NULL;
}

LUA_API const void *lua_topointer(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  switch (val_type(o)) {
    case LUA_TTABLE: case LUA_TFUNCTION: case LUA_TTHREAD: return val_ptr(o);
    case LUA_TUSERDATA: case LUA_TLIGHTUSERDATA: return lua_touserdata(L, idx);
    default: return NULL;
  }
}

/* --- push functions --- */

LUA_API void lua_pushnil(lua_State *L) { pushvalue(L, VAL_NIL); }
LUA_API void lua_pushnumber(lua_State *L, lua_Number n) { pushvalue(L, val_fromnum(n)); }
LUA_API void lua_pushinteger(lua_State *L, lua_Integer n) { pushvalue(L, val_fromnum_raw((double)n)); }

LUA_API void lua_pushlstring(lua_State *L, const char *s, size_t len) {
  gc_check(L);
  pushvalue(L, val_fromstr(str_new(L, s, len)));
}

LUA_API void lua_pushstring(lua_State *L, const char *s) {
  if (s == NULL) lua_pushnil(L);
  else lua_pushlstring(L, s, strlen(s));
}

LUA_API const char *lua_pushvfstring(lua_State *L, const char *fmt, va_list argp) {
  gc_check(L);
  return str_pushvfstring(L, fmt, argp);
}

LUA_API const char *lua_pushfstring(lua_State *L, const char *fmt, ...) {
  const char *ret;
  va_list argp;
  gc_check(L);
  va_start(argp, fmt);
  ret = str_pushvfstring(L, fmt, argp);
  va_end(argp);
  return ret;
}

LUA_API void lua_pushcclosure(lua_State *L, lua_CFunction fn, int n) {
  Closure *cl;
  gc_check(L);
  api_checknelems(L, n);
  cl = func_newC(L, n, getcurrenv(L));
  cl->c.f = fn;
  L->top -= n;
  while (n--) cl->c.upvalue[n] = L->top[n];
  pushvalue(L, val_fromfunc(cl));
}

LUA_API void lua_pushboolean(lua_State *L, int b) { pushvalue(L, val_frombool(b != 0)); }
LUA_API void lua_pushlightuserdata(lua_State *L, void *p) { pushvalue(L, val_fromlightud(p)); }

LUA_API int lua_pushthread(lua_State *L) {
  pushvalue(L, val_fromthread(L));
  return G(L)->mainthread == L;
}

/* --- get functions --- */

LUA_API void lua_gettable(lua_State *L, int idx) {
  Value *t = index2adr(L, idx);
  meta_index(L, t, L->top[-1], L->top - 1);
}

LUA_API void lua_getfield(lua_State *L, int idx, const char *k) {
  Value *t = index2adr(L, idx);
  Value key = val_fromstr(str_newz(L, k));
  state_checkstack(L, 1);
  t = index2adr(L, idx);
  L->top++;
  L->top[-1] = VAL_NIL;
  meta_index(L, t, key, L->top - 1);
}

LUA_API void lua_rawget(lua_State *L, int idx) {
  Value *t = index2adr(L, idx);
  api_check(L, val_istab(*t));
  L->top[-1] = *tab_get(val_tab(*t), L->top[-1]);
}

LUA_API void lua_rawgeti(lua_State *L, int idx, int n) {
  Value *o = index2adr(L, idx);
  Table *t;
  api_check(L, val_istab(*o));
  t = val_tab(*o);
  pushvalue(L, (uint32_t)n < t->asize ? t->array[n] : *tab_getint(t, n));
}

LUA_API void lua_createtable(lua_State *L, int narray, int nrec) {
  gc_check(L);
  pushvalue(L, val_fromtab(tab_new(L, narray, nrec)));
}

LUA_API int lua_getmetatable(lua_State *L, int objindex) {
  Value o = *index2adr(L, objindex);
  Table *mt = meta_getmt(L, o);
  if (mt == NULL) return 0;
  pushvalue(L, val_fromtab(mt));
  return 1;
}

LUA_API void lua_getfenv(lua_State *L, int idx) {
  Value o = *index2adr(L, idx);
  switch (val_type(o)) {
    case LUA_TFUNCTION: pushvalue(L, val_fromtab(val_func(o)->c.env)); break;
    case LUA_TUSERDATA: pushvalue(L, val_fromtab(val_udata(o)->env)); break;
    case LUA_TTHREAD: pushvalue(L, val_thread(o)->gt); break;
    default: pushvalue(L, VAL_NIL); break;
  }
}

/* --- set functions --- */

LUA_API void lua_settable(lua_State *L, int idx) {
  Value *t;
  api_checknelems(L, 2);
  t = index2adr(L, idx);
  meta_newindex(L, t, L->top[-2], L->top[-1]);
  L->top -= 2;
}

LUA_API void lua_setfield(lua_State *L, int idx, const char *k) {
  Value *t;
  Value key;
  api_checknelems(L, 1);
  key = val_fromstr(str_newz(L, k));
  t = index2adr(L, idx);
  meta_newindex(L, t, key, L->top[-1]);
  L->top--;
}

LUA_API void lua_rawset(lua_State *L, int idx) {
  Value *t;
  api_checknelems(L, 2);
  t = index2adr(L, idx);
  api_check(L, val_istab(*t));
  *tab_set(L, val_tab(*t), L->top[-2]) = L->top[-1];
  gc_barriertab(L, val_tab(*t), L->top[-1]);
  L->top -= 2;
}

LUA_API void lua_rawseti(lua_State *L, int idx, int n) {
  Value *o;
  Table *t;
  Value v;
  api_checknelems(L, 1);
  o = index2adr(L, idx);
  api_check(L, val_istab(*o));
  t = val_tab(*o);
  v = L->top[-1];
  if ((uint32_t)n < t->asize) t->array[n] = v;   /* the array part: no lookup */
  else *tab_setint(L, t, n) = v;
  gc_barriertab(L, t, v);
  L->top--;
}

LUA_API int lua_setmetatable(lua_State *L, int objindex) {
  Value *obj;
  Table *mt;
  api_checknelems(L, 1);
  obj = index2adr(L, objindex);
  if (val_isnil(L->top[-1])) {
    mt = NULL;
  } else {
    api_check(L, val_istab(L->top[-1]));
    mt = val_tab(L->top[-1]);
  }
  switch (val_type(*obj)) {
    case LUA_TTABLE:
      val_tab(*obj)->mt = mt;
      if (mt) gc_objbarriertab(L, val_tab(*obj), mt);
      break;
    case LUA_TUSERDATA:
      val_udata(*obj)->mt = mt;
      if (mt) gc_objbarrier(L, val_udata(*obj), mt);
      break;
    default: G(L)->basemt[val_type(*obj)] = mt; break;
  }
  L->top--;
  return 1;
}

LUA_API int lua_setfenv(lua_State *L, int idx) {
  Value *o;
  int res = 1;
  api_checknelems(L, 1);
  o = index2adr(L, idx);
  api_check(L, val_istab(L->top[-1]));
  switch (val_type(*o)) {
    case LUA_TFUNCTION:
      val_func(*o)->c.env = val_tab(L->top[-1]);
      gc_barrier(L, val_func(*o), L->top[-1]);
      break;
    case LUA_TUSERDATA:
      val_udata(*o)->env = val_tab(L->top[-1]);
      gc_barrier(L, val_udata(*o), L->top[-1]);
      break;
    case LUA_TTHREAD: val_thread(*o)->gt = L->top[-1]; break;
    default: res = 0; break;
  }
  L->top--;
  return res;
}

/* --- load and call --- */

#define adjustresults(L, nres) \
  do { if ((nres) == LUA_MULTRET && L->top >= L->ci->top) L->ci->top = L->top; } while (0)

LUA_API void lua_call(lua_State *L, int nargs, int nresults) {
  Value *func;
  api_checknelems(L, nargs + 1);
  func = L->top - (nargs + 1);
  limit_enter(L);
  do_call(L, func, nresults);
  adjustresults(L, nresults);
}

struct CallS { Value *func; int nresults; };

static void f_call(lua_State *L, void *ud) {
  struct CallS *c = (struct CallS *)ud;
  do_call(L, c->func, c->nresults);
}

LUA_API int lua_pcall(lua_State *L, int nargs, int nresults, int errfunc) {
  struct CallS c;
  int status;
  ptrdiff_t func;
  lua_State *running;
  api_checknelems(L, nargs + 1);
  if (errfunc == 0) {
    func = 0;
  } else {
    Value *o = index2adr(L, errfunc);
    func = savestack(L, o);
  }
  c.func = L->top - (nargs + 1);
  c.nresults = nresults;
  /* Release stores: only this thread writes `running`; limit.c explains the ordering. */
  running = __atomic_load_n(&G(L)->limit.running, __ATOMIC_RELAXED);
  __atomic_store_n(&G(L)->limit.running, L, __ATOMIC_RELEASE);
  limit_enter(L);
  status = do_pcall(L, f_call, &c, savestack(L, c.func), func);
  __atomic_store_n(&G(L)->limit.running, running, __ATOMIC_RELEASE);
  limit_leave(L);
  adjustresults(L, nresults);
  return status;
}

struct CCallS { lua_CFunction func; void *ud; };

static void f_ccall(lua_State *L, void *ud) {
  struct CCallS *c = (struct CCallS *)ud;
  Closure *cl = func_newC(L, 0, getcurrenv(L));
  cl->c.f = c->func;
  *L->top = val_fromfunc(cl);
  state_incrtop(L);
  *L->top = val_fromlightud(c->ud);
  state_incrtop(L);
  do_call(L, L->top - 2, 0);
}

LUA_API int lua_cpcall(lua_State *L, lua_CFunction func, void *ud) {
  struct CCallS c;
  int status;
  c.func = func;
  c.ud = ud;
  status = do_pcall(L, f_ccall, &c, savestack(L, L->top), 0);
  limit_leave(L);
  return status;
}

struct ParseS { Zio *z; const char *name; const char *mode; };

static void f_parser(lua_State *L, void *ud) {
  struct ParseS *p = (struct ParseS *)ud;
  int c = zio_lookahead(p->z);
  Proto *tf;
  Closure *cl;
  gc_check(L);
  if (p->mode && !strchr(p->mode, c == LUA_SIGNATURE[0] ? 'b' : 't')) {
    str_pushfstring(L, "attempt to load chunk with wrong mode");
    err_throw(L, LUA_ERRSYNTAX);
  }
  /* Both leave the prototype on the stack top, anchored while the closure is allocated. */
  tf = (c == LUA_SIGNATURE[0]) ? undump_chunk(L, p->z, p->name) : parse_chunk(L, p->z, p->name);
  cl = func_newL(L, tf->nups, state_gt(L));
  cl->l.p = tf;
  tf->nclosures = 1;   /* a main chunk's prototype, fresh: this is its only closure */
  {
    int i;
    for (i = 0; i < tf->nups; i++) cl->l.upvals[i] = func_newupval(L);
  }
  L->top[-1] = val_fromfunc(cl);
}

LUA_API int lua_loadx(lua_State *L, lua_Reader reader, void *data, const char *chunkname,
                      const char *mode) {
  Zio z;
  struct ParseS p;
  if (!chunkname) chunkname = "?";
  zio_init(L, &z, reader, data);
  p.z = &z;
  p.name = chunkname;
  p.mode = mode;
  return do_pcall(L, f_parser, &p, savestack(L, L->top), L->errfunc);
}

LUA_API int lua_load(lua_State *L, lua_Reader reader, void *data, const char *chunkname) {
  return lua_loadx(L, reader, data, chunkname, NULL);
}

LUA_API int lua_dump(lua_State *L, lua_Writer writer, void *data) {
  Value o = L->top[-1];
  api_checknelems(L, 1);
  if (val_isfunc(o) && !val_func(o)->c.isC) return undump_dump(L, val_func(o)->l.p, writer, data, 0);
  return 1;
}

LUA_API int lua_status(lua_State *L) { return L->status; }

/* --- garbage collection --- */

LUA_API int lua_gc(lua_State *L, int what, int data) {
  global_State *g = G(L);
  switch (what) {
    case LUA_GCSTOP: g->gcthreshold = (size_t)-1; g->gcrunning = 0; return 0;
    case LUA_GCRESTART: g->gcthreshold = g->totalbytes; g->gcrunning = 1; return 0;
    case LUA_GCCOLLECT: gc_fullgc(L); return 0;
    case LUA_GCCOUNT: return (int)(g->totalbytes >> 10);
    case LUA_GCCOUNTB: return (int)(g->totalbytes & 0x3ff);
    case LUA_GCSTEP: return gc_stepkb(L, data);  /* 1 when a cycle finished */
    case LUA_GCSETPAUSE: { int old = g->gcpause; g->gcpause = data; return old; }
    case LUA_GCSETSTEPMUL: { int old = g->gcstepmul; g->gcstepmul = data; return old; }
    default: return -1;
  }
}

/* --- miscellaneous --- */

LUA_API int lua_error(lua_State *L) {
  api_checknelems(L, 1);
  dbg_errormsg(L);
}

LUA_API int lua_next(lua_State *L, int idx) {
  Value *t = index2adr(L, idx);
  int more;
  api_check(L, val_istab(*t));
  more = tab_next(L, val_tab(*t), L->top - 1);
  if (more) {
    api_incr_top(L);
  } else {
    L->top--;
  }
  return more;
}

LUA_API void lua_concat(lua_State *L, int n) {
  api_checknelems(L, n);
  if (n >= 2) {
    gc_check(L);
    meta_concat(L, n, (int)(L->top - L->base) - 1);
    L->top -= (n - 1);
  } else if (n == 0) {
    pushvalue(L, val_fromstr(str_new(L, "", 0)));
  }
}

LUA_API lua_Alloc lua_getallocf(lua_State *L, void **ud) {
  return limit_getallocf(G(L), ud);
}

LUA_API void lua_setallocf(lua_State *L, lua_Alloc f, void *ud) {
  limit_setallocf(G(L), f, ud);
}

LUA_API void *lua_newuserdata(lua_State *L, size_t size) {
  Udata *u;
  gc_check(L);
  u = gc_newudata(L, size, getcurrenv(L));
  pushvalue(L, val_fromudata(u));
  return udata_mem(u);
}

static const char *aux_upvalue(Value fi, int n, Value **val, GCObj **owner) {
  Closure *f;
  if (!val_isfunc(fi)) return NULL;
  f = val_func(fi);
  if (f->c.isC) {
    if (!(1 <= n && n <= f->c.nupvalues)) return NULL;
    *val = &f->c.upvalue[n - 1];
    *owner = (GCObj *)f;
    return "";
  } else {
    Proto *p = f->l.p;
    if (!(1 <= n && n <= p->sizeupvalues)) return NULL;
    *val = f->l.upvals[n - 1]->v;
    *owner = (GCObj *)f->l.upvals[n - 1];
    return str_data(p->upvalnames[n - 1]);
  }
}

LUA_API const char *lua_getupvalue(lua_State *L, int funcindex, int n) {
  const char *name;
  Value *val = NULL;
  GCObj *owner = NULL;
  name = aux_upvalue(*index2adr(L, funcindex), n, &val, &owner);
  if (name) pushvalue(L, *val);
  return name;
}

LUA_API const char *lua_setupvalue(lua_State *L, int funcindex, int n) {
  const char *name;
  Value *val = NULL;
  Value fi = *index2adr(L, funcindex);
  GCObj *owner = NULL;
  api_checknelems(L, 1);
  name = aux_upvalue(fi, n, &val, &owner);
  if (name) {
    L->top--;
    *val = *L->top;
    gc_barrier(L, owner, *L->top);
    if (!val_func(fi)->c.isC && (val_func(fi)->l.p->uvdesc[n - 1] & UV_IMMUTABLE))
      jit_uvchanged(L);
  }
  return name;
}
