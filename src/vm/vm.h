/*
 * vm.h - the bytecode interpreter.
 */
#ifndef APOGEE_VM_H
#define APOGEE_VM_H

#include "object.h"

/* Runs Lua frames starting at L->ci until a frame marked fresh returns (or a coroutine yields). */
void vm_execute(lua_State *L);

/* Fast functions: C functions of the standard library that map one number to one number. When
 * called with a number as first argument, no hook set, the interpreter computes them inline
 * (same C math function, same result) instead of building a C frame. luaopen_math marks them
 * (Closure ffid); any other call of them goes the normal way. */
enum { FF_NONE, FF_ABS, FF_CEIL, FF_FLOOR, FF_SQRT, FF_SIN, FF_COS, FF_TAN, FF_EXP, FF_LOG,
       FF_LOG10, FF__MAX };

#endif
