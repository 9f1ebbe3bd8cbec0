/*
 * vm.h - the bytecode interpreter.
 */
#ifndef APOGEE_VM_H
#define APOGEE_VM_H

#include "object.h"

/* Runs Lua frames starting at L->ci until a frame marked CIST_FRESH returns (or a coroutine
 * yields). */
void vm_execute(lua_State *L);
/* Goes on with a resumed coroutine: a frame with callstatus st (and contlast last) has just
 * returned (the C function that yielded, or none: st 0); finishes what waited for it and runs
 * the interpreter, protected when the coroutine has pcall frames. */
void vm_resume(lua_State *L, int st, int last);

/* Fast functions: C functions of the standard library that map one number to one number. When
 * called with a number as first argument, no hook set, the interpreter computes them inline
 * (same C math function, same result) instead of building a C frame. luaopen_math marks them
 * (Closure ffid); any other call of them goes the normal way. */
enum { FF_NONE, FF_ABS, FF_CEIL, FF_FLOOR, FF_SQRT, FF_SIN, FF_COS, FF_TAN, FF_EXP, FF_LOG,
       FF_LOG10, FF__MAX };
/* pcall and xpcall (marked by luaopen_base): the interpreter calls them as pcall frames
 * (cont.c). Above FF__MAX, since they are not math functions. */
enum { FF_PCALL = FF__MAX, FF_XPCALL };
#define ff_ispcall(id) ((id) == FF_PCALL || (id) == FF_XPCALL)
/* Library functions the trace compiler records inline (src/jit/record.c); the interpreter calls
 * them normally. Marked by their libraries' luaopen_*. */
enum { FF_TYPE = FF_XPCALL + 1, FF_RAWGET, FF_SELECT, FF_MIN, FF_MAX, FF_STRLEN, FF_STRBYTE,
       FF_TOBIT, FF_BNOT, FF_BAND, FF_BOR, FF_BXOR, FF_LSHIFT, FF_RSHIFT, FF_ARSHIFT, FF_ROL,
       FF_ROR, FF_BSWAP, FF_SETMT, FF_STRSUB, FF_IPAIRSTEP, FF_TOSTRING, FF_TONUMBER, FF_REC__MAX };
/* Library C functions that compiled code may call (CALLC, src/jit/record.c): they never call
 * Lua code (no metamethod, no function argument called), never yield, and look at no frame but
 * their caller's (for error positions). Marked by their libraries' luaopen_*. */
enum { FF_CCALL = FF_REC__MAX };
/* Library C functions that compiled code may call although they may run Lua code: on another
 * thread (coroutine.resume and the functions coroutine.wrap makes: the coroutine runs, and may
 * yield itself, but never the caller), or on this one above the call (table.sort's comparison,
 * string.gsub's replacement function or table, a __tostring or __lt metamethod; such code
 * cannot yield across the C function). The trace reads every slot anew after the call, since
 * that code may have changed any through an upvalue. */
enum { FF_CCALLLUA = FF_CCALL + 1 };
/* coroutine.yield: a trace ends before a call of it (the interpreter yields), rather than
 * aborting. */
enum { FF_YIELD = FF_CCALLLUA + 1 };
#define ff_runslua(id) ((id) == FF_CCALLLUA || (id) == FF_TOSTRING)
/* The fast functions are such functions too (called when the recorder does not compute them;
 * tostring as one that runs Lua code). */
#define ff_isccall(id) ((id) == FF_CCALL || (id) == FF_CCALLLUA || \
                        ((id) > FF_NONE && (id) < FF__MAX) || \
                        ((id) >= FF_TYPE && (id) < FF_REC__MAX))
/* Marks the C function in field `name` of the table at the top of L's stack as fast function
 * `id` (nothing if the field is not a C function). */
void vm_markfast(lua_State *L, const char *name, int id);

#endif
