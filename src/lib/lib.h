/*
 * lib.h - helpers shared by the standard library's modules (src/lib/).
 */
#ifndef APOGEE_LIB_H
#define APOGEE_LIB_H

#include "lua.h"

/* package.preload[name] = loader, when the package library is open (init.c). */
void lib_preload(lua_State *L, const char *name, lua_CFunction loader);

/* coroutine.resume (base.c); compiled code recognises it in a library call (lower.c). */
int lib_coresume(lua_State *L);

#endif
