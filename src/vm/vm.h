/*
 * vm.h - the bytecode interpreter.
 */
#ifndef APOGEE_VM_H
#define APOGEE_VM_H

#include "object.h"

/* Runs Lua frames starting at L->ci until nexeccalls frames have returned (or a yield). */
void vm_execute(lua_State *L, int nexeccalls);

#endif
