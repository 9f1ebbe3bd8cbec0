/*
 * err.c - throwing errors and running code protected against them.
 *
 * A protected call pushes an ErrJmp on the thread's chain and setjmps; err_throw longjmps to the
 * innermost one with a status. With no protected call at all, the panic function runs and the
 * process exits, as in Lua 5.1.
 */
#include <stdio.h>
#include <stdlib.h>

#include "err.h"
#include "state.h"
#include "str.h"
#include "debug.h"
#include "do.h"
#include "jit.h"

struct ErrJmp {
  struct ErrJmp *previous;
  jmp_buf b;
  volatile int status;
  int owner;             /* L->nccalls of the vm_execute it protects, or -1 */
};

_Noreturn void err_throw(lua_State *L, int status) {
  if (L->errorjmp) {
    L->errorjmp->status = status;
    longjmp(L->errorjmp->b, 1);
  } else {
    L->status = (uint8_t)status;
    if (G(L)->panic) {
      do_seterrorobj(L, status, L->top);
      L->ci->top = L->top;  /* the panic function sees the message on the top */
      G(L)->panic(L);
    }
    exit(EXIT_FAILURE);
  }
}

_Noreturn void err_throw_mem(lua_State *L) {
  err_throw(L, LUA_ERRMEM);
}

_Noreturn void err_throw_errerr(lua_State *L) {
  err_throw(L, LUA_ERRERR);
}

int err_rawrunprotected(lua_State *L, ProtectedFn f, void *ud) {
  return err_runprotected(L, f, ud, -1);
}

int err_runprotected(lua_State *L, ProtectedFn f, void *ud, int owner) {
  struct ErrJmp lj;
  unsigned short oldnccalls = L->nccalls;
  uint8_t vmstate = G(L)->vmstate;   /* for the profiler: an error may leave C code or the GC */
  int ncallc = jit_ncallc(G(L));     /* an error may leave library calls of compiled code */
  lj.status = 0;
  lj.owner = owner;
  lj.previous = L->errorjmp;
  L->errorjmp = &lj;
  if (setjmp(lj.b) == 0) f(L, ud);
  L->errorjmp = lj.previous;
  L->nccalls = oldnccalls;
  G(L)->vmstate = vmstate;
  if (lj.status != 0) jit_setncallc(G(L), ncallc);
  return lj.status;
}

int err_vmprotected(lua_State *L) {
  return L->errorjmp != NULL && L->errorjmp->owner == (int)L->nccalls;
}

_Noreturn void err_runerror(lua_State *L, const char *fmt, ...) {
  va_list argp;
  va_start(argp, fmt);
  dbg_addinfo(L, str_pushvfstring(L, fmt, argp));
  va_end(argp);
  dbg_errormsg(L);
}
