/*
 * func.h - prototypes, closures and upvalues.
 */
#ifndef APOGEE_FUNC_H
#define APOGEE_FUNC_H

#include "object.h"

Proto *func_newproto(lua_State *L);
void func_freeproto(lua_State *L, Proto *p);
Closure *func_newC(lua_State *L, int nupvalues, Table *env);
Closure *func_newL(lua_State *L, int nupvalues, Table *env);

/* A closure of p made by a closure of parent: Proto.nclosures is 1 for the only closure made by
 * a main chunk (which runs once, as a rule), 2 once another is made or one is made by any other
 * function (which may run again: a function defined inside another is made afresh per call). */
static inline void func_countclosure(const Proto *parent, Proto *p) {
  p->nclosures = (parent->linedefined == 0 && p->nclosures == 0) ? 1 : 2;
}
void func_free(lua_State *L, Closure *cl);
UpVal *func_newupval(lua_State *L);
UpVal *func_findupval(lua_State *L, Value *level);
/* The closure of prototype p that CLOSURE makes in the frame of parent whose base is base
 * (upvalues of locals open on its slots); the try form returns NULL instead of raising an
 * error when memory is short (compiled code). */
Closure *func_newclosure(lua_State *L, LFunc *parent, Proto *p, Value *base);
Closure *func_newclosuretry(lua_State *L, LFunc *parent, Proto *p, Value *base);
void func_close(lua_State *L, Value *level);
void func_freeupval(lua_State *L, UpVal *uv);
/* Name of the n-th (1-based) local active at pc, or NULL. */
const char *func_getlocalname(const Proto *p, int n, int pc);

#define func_sizeC(n) (offsetof(CFunc, upvalue) + sizeof(Value) * (size_t)((n) > 0 ? (n) : 1))
#define func_sizeL(n) (offsetof(LFunc, upvals) + sizeof(UpVal *) * (size_t)((n) > 0 ? (n) : 1))

#endif
