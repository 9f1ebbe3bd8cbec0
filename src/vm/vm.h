/*
 * vm.h - the bytecode interpreter.
 */
#ifndef APOGEE_VM_H
#define APOGEE_VM_H

#include "object.h"

/* Runs Lua frames starting at L->ci until a frame marked fresh returns (or a coroutine yields). */
void vm_execute(lua_State *L);

#endif
