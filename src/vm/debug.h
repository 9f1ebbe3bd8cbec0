/*
 * debug.h - debug information: current lines, variable names for error messages, the lua_Debug
 * interface, and the errors that name the variable involved.
 */
#ifndef APOGEE_DEBUG_H
#define APOGEE_DEBUG_H

#include "object.h"

int dbg_currentpc(lua_State *L, CallInfo *ci);
int dbg_currentline(lua_State *L, CallInfo *ci);
/* Prepends "chunk:line: " of the running Lua function (if any) to the string on the stack top. */
void dbg_addinfo(lua_State *L, const char *msg);
/* Calls the error handler (if any) on the error value on the top and throws LUA_ERRRUN. */
_Noreturn void dbg_errormsg(lua_State *L);
_Noreturn void dbg_typeerror(lua_State *L, const Value *o, const char *op);
_Noreturn void dbg_aritherror(lua_State *L, const Value *p1, const Value *p2);
_Noreturn void dbg_concaterror(lua_State *L, const Value *p1, const Value *p2);
_Noreturn void dbg_ordererror(lua_State *L, const Value *p1, const Value *p2);
_Noreturn void dbg_forerror(lua_State *L, const char *what);

#include <stdio.h>
int dbg_listbytecode(lua_State *L, int idx, FILE *out);

#endif
