/*
 * err.h - errors and protected execution.
 *
 * Errors unwind with longjmp to the innermost protected call (lua_pcall, the resume of a
 * coroutine, the loader). The error value travels on the Lua stack top.
 */
#ifndef APOGEE_ERR_H
#define APOGEE_ERR_H

#include "object.h"

typedef void (*ProtectedFn)(lua_State *L, void *ud);

/* Throws: the error value must already be on the stack top (L->top - 1). */
_Noreturn void err_throw(lua_State *L, int status);
/* Formats a message, adds "chunk:line:" of the running Lua function, throws LUA_ERRRUN. */
_Noreturn void err_runerror(lua_State *L, const char *fmt, ...);
/* Runs f(L, ud) catching errors; returns the status (0 = ok). */
int err_rawrunprotected(lua_State *L, ProtectedFn f, void *ud);
/* The same, the catch point marked as owned by the vm_execute running at C depth `owner`
 * (L->nccalls), which unwinds errors to its pcall frames (vm.c). */
int err_runprotected(lua_State *L, ProtectedFn f, void *ud, int owner);
/* 1 when the innermost catch point belongs to the vm_execute running now. */
int err_vmprotected(lua_State *L);
/* Throws LUA_ERRMEM with the preallocated "not enough memory" message. */
_Noreturn void err_throw_mem(lua_State *L);
/* Throws LUA_ERRERR ("error in error handling"). */
_Noreturn void err_throw_errerr(lua_State *L);

#endif
