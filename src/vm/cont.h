/*
 * cont.h - pcall frames and metamethod continuations of the interpreter (see cont.c).
 */
#ifndef APOGEE_CONT_H
#define APOGEE_CONT_H

#include "object.h"
#include "do.h"
#include "opcodes.h"

/* do_precall, except that a call of pcall or xpcall becomes a pcall frame. */
int cont_precall(lua_State *L, Value *func, int nresults, int st, int last);
/* Calls func (arguments up to L->top) from the interpreter, the new frame flagged st (0, or
 * CIST_CONT with CIST_NEG and last for a metamethod). Returns the pc to go on at in L->ci: the
 * callee's first instruction, or, when the call has completed (a C function), the caller's next
 * one; NULL when it yielded. */
const Instr *cont_call(lua_State *L, Value *func, int nresults, int st, int last);
/* A frame with callstatus st (and contlast last) has returned, its results from where its
 * function was to L->top: finishes what waited for it (the pcall frame it returned into, the
 * instruction that called the metamethod). Returns the pc to go on at in L->ci, NULL when a
 * call made on the way yielded. */
const Instr *cont_afterret(lua_State *L, int st, int last);
/* After an error with the given status: when a pcall frame lies between L->ci and limit
 * (exclusive), unwinds to the innermost, which then holds false and the error value as its
 * results, and returns 1; otherwise returns 0 and changes nothing. */
int cont_catch(lua_State *L, int status, CallInfo *limit);
/* Returns from the pcall frame cont_catch unwound to; as cont_afterret. */
const Instr *cont_pcallerror(lua_State *L);

/* The rest of a CAT after its metamethod returned res (cont_finishop). */
const Instr *cont_finishcat(lua_State *L, Instr i, Value res, int *last);

/* Finishes the instruction of the Lua frame L->ci that called a metamethod (CIST_CONT with the
 * flags st) now that it returned res. Returns the pc to go on at, or NULL when the instruction
 * (a concatenation) pushed another metamethod call at L->top - 3: *last is then its contlast.
 * Inline: the interpreter's RET finishes the usual cases with it directly. */
static inline const Instr *cont_finishop(lua_State *L, int st, Value res, int *last) {
  CallInfo *ci = L->ci;
  const Instr *pc = ci->savedpc;
  Instr i = pc[-1];
  int cond;
  L->top = ci->top;
  switch (bc_op(i)) {
    case BC_ISLT: case BC_ISGE: case BC_ISLE: case BC_ISGT:
      cond = val_istruthy(res) != ((st & CIST_NEG) != 0);
      cond = cond == (bc_op(i) == BC_ISLT || bc_op(i) == BC_ISLE);
      return cond ? pc + bc_sd(*pc) + 1 : pc + 1;
    case BC_ISEQV: case BC_ISNEV:
      cond = val_istruthy(res) == (bc_op(i) == BC_ISEQV);
      return cond ? pc + bc_sd(*pc) + 1 : pc + 1;
    case BC_TSETV: case BC_TSETS: case BC_TSETB: case BC_GSET:
      return pc;
    case BC_CAT:
      return cont_finishcat(L, i, res, last);
    default:   /* gets, arithmetic, unm, len: the result goes to register A */
      ci->base[bc_a(i)] = res;
      return pc;
  }
}

#endif
