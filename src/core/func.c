/*
 * func.c - prototypes, closures and upvalues.
 *
 * An upvalue is "open" while the variable it captures still lives in a stack slot: v points at
 * the slot, and the upvalue is on its thread's open list (sorted by slot, highest first) so that
 * closures created later in the same scope share it. When the scope ends (func_close) the value is
 * copied into the upvalue itself and v is pointed there.
 */
#include "func.h"
#include "mem.h"
#include "gc.h"
#include "jit.h"

Proto *func_newproto(lua_State *L) {
  Proto *p = (Proto *)gc_newobj(L, sizeof(Proto), GCT_PROTO);
  p->numparams = 0;
  p->flags = 0;
  p->maxstack = 0;
  p->nups = 0;
  p->nclosures = 0;
  p->hotcall = jit_hotcallstart(G(L));
  p->jitf = 0;
  p->sizecode = p->sizek = p->sizep = p->sizelineinfo = p->sizelocvars = p->sizeupvalues = 0;
  p->code = NULL;
  p->k = NULL;
  p->p = NULL;
  p->lineinfo = NULL;
  p->locvars = NULL;
  p->upvalnames = NULL;
  p->uvdesc = NULL;
  p->source = NULL;
  p->linedefined = p->lastlinedefined = 0;
  p->gclist = NULL;
  return p;
}

void func_freeproto(lua_State *L, Proto *p) {
  mem_freevec(L, p->code, p->sizecode, Instr);
  mem_freevec(L, p->p, p->sizep, Proto *);
  mem_freevec(L, p->k, p->sizek, Value);
  mem_freevec(L, p->lineinfo, p->sizelineinfo, int);
  mem_freevec(L, p->locvars, p->sizelocvars, LocVar);
  mem_freevec(L, p->upvalnames, p->sizeupvalues, Str *);
  mem_freevec(L, p->uvdesc, p->nups, uint16_t);
  mem_freeobj(L, p);
}

Closure *func_newC(lua_State *L, int n, Table *env) {
  Closure *c = (Closure *)gc_newobj(L, func_sizeC(n), GCT_FUNC);
  c->c.isC = 1;
  c->c.ffid = 0;
  c->c.nupvalues = (uint8_t)n;
  c->c.env = env;
  c->c.gclist = NULL;
  c->c.f = NULL;
  while (n--) c->c.upvalue[n] = VAL_NIL;
  return c;
}

static Closure *func_initL(Closure *c, int n, Table *env) {
  c->l.isC = 0;
  c->l.ffid = 0;
  c->l.nupvalues = (uint8_t)n;
  c->l.env = env;
  c->l.gclist = NULL;
  c->l.p = NULL;
  while (n--) c->l.upvals[n] = NULL;
  return c;
}

Closure *func_newL(lua_State *L, int n, Table *env) {
  return func_initL((Closure *)gc_newobj(L, func_sizeL(n), GCT_FUNC), n, env);
}

void func_free(lua_State *L, Closure *c) {
  size_t size = c->c.isC ? func_sizeC(c->c.nupvalues) : func_sizeL(c->l.nupvalues);
  mem_free(L, c, size);
}

UpVal *func_newupval(lua_State *L) {
  UpVal *uv = (UpVal *)gc_newobj(L, sizeof(UpVal), GCT_UPVAL);
  uv->value = VAL_NIL;
  uv->v = &uv->value;
  uv->open_next = NULL;
  uv->gprev = uv->gnext = NULL;
  return uv;
}

static inline UpVal *findupval(lua_State *L, Value *level, int try) {
  UpVal **pp = &L->openupval;
  UpVal *p, *uv;
  while ((p = *pp) != NULL && p->v >= level) {
    if (p->v == level) return p;
    pp = &p->open_next;
  }
  uv = (UpVal *)(try ? gc_newobjtry(L, sizeof(UpVal), GCT_UPVAL)
                     : gc_newobj(L, sizeof(UpVal), GCT_UPVAL));
  if (uv == NULL) return NULL;
  uv->v = level;
  uv->value = VAL_NIL;
  uv->open_next = p;
  *pp = uv;
  gc_linkupval(L, uv);
  return uv;
}

UpVal *func_findupval(lua_State *L, Value *level) { return findupval(L, level, 0); }

/* A closure of prototype p made by the running closure parent (CLOSURE): its upvalues of
 * locals open on the slots above base, the others parent's. try: NULL when an allocation
 * fails, with no error (what was made by then is garbage: nothing points at it). */
static inline __attribute__((always_inline)) Closure *newclosure(lua_State *L, LFunc *parent,
                                                                 Proto *p, Value *base, int try) {
  Closure *ncl;
  int j;
  if (try) {
    ncl = (Closure *)gc_newobjtry(L, func_sizeL(p->nups), GCT_FUNC);
    if (ncl == NULL) return NULL;
    func_initL(ncl, p->nups, parent->env);
  } else {
    ncl = func_newL(L, p->nups, parent->env);
  }
  ncl->l.p = p;
  for (j = 0; j < p->nups; j++) {
    int d = p->uvdesc[j];
    UpVal *uv = (d & UV_LOCAL) ? findupval(L, base + UV_INDEX(d), try) : parent->upvals[UV_INDEX(d)];
    if (uv == NULL) return NULL;
    ncl->l.upvals[j] = uv;
  }
  func_countclosure(parent->p, p);
  return ncl;
}

Closure *func_newclosure(lua_State *L, LFunc *parent, Proto *p, Value *base) {
  return newclosure(L, parent, p, base, 0);
}
Closure *func_newclosuretry(lua_State *L, LFunc *parent, Proto *p, Value *base) {
  return newclosure(L, parent, p, base, 1);
}

void func_close(lua_State *L, Value *level) {
  UpVal *uv;
  while ((uv = L->openupval) != NULL && uv->v >= level) {
    L->openupval = uv->open_next;
    uv->value = *uv->v;
    uv->v = &uv->value;
    uv->open_next = NULL;
    gc_unlinkupval(uv);
    gc_closeupval(L, uv);
  }
}

void func_freeupval(lua_State *L, UpVal *uv) {
  mem_freeobj(L, uv);
}

const char *func_getlocalname(const Proto *f, int n, int pc) {
  int i;
  for (i = 0; i < f->sizelocvars && f->locvars[i].startpc <= pc; i++) {
    if (pc < f->locvars[i].endpc) {
      n--;
      if (n == 0) return str_data(f->locvars[i].name);
    }
  }
  return NULL;
}
