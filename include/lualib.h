/*
 * lualib.h -- names and openers of the standard libraries (Lua 5.1 API).
 *
 * Same declarations as Lua 5.1's lualib.h, plus Apogee's extra "bit"
 * library (LuaJIT BitOp compatible), which luaL_openlibs also opens.
 */
#ifndef lualib_h
#define lualib_h

#include "lua.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Metatable name of io library file handles (registry key). */
#define LUA_FILEHANDLE      "FILE*"

#define LUA_COLIBNAME       "coroutine"
LUALIB_API int (luaopen_base)(lua_State *L);

#define LUA_TABLIBNAME      "table"
LUALIB_API int (luaopen_table)(lua_State *L);

#define LUA_IOLIBNAME       "io"
LUALIB_API int (luaopen_io)(lua_State *L);

#define LUA_OSLIBNAME       "os"
LUALIB_API int (luaopen_os)(lua_State *L);

#define LUA_STRLIBNAME      "string"
LUALIB_API int (luaopen_string)(lua_State *L);

#define LUA_MATHLIBNAME     "math"
LUALIB_API int (luaopen_math)(lua_State *L);

#define LUA_DBLIBNAME       "debug"
LUALIB_API int (luaopen_debug)(lua_State *L);

#define LUA_LOADLIBNAME     "package"
LUALIB_API int (luaopen_package)(lua_State *L);

/* Apogee extension: LuaJIT-compatible bit operations. */
#define LUA_BITLIBNAME      "bit"
LUALIB_API int (luaopen_bit)(lua_State *L);

#define LUA_JITLIBNAME      "jit"
LUALIB_API int (luaopen_jit)(lua_State *L);

/* Opens every library above into the given state. */
LUALIB_API void (luaL_openlibs)(lua_State *L);

#ifndef lua_assert
#define lua_assert(x)   ((void)0)
#endif

#ifdef __cplusplus
}
#endif

#endif /* lualib_h */
