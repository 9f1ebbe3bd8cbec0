/*
 * init.c -- luaL_openlibs: opens every standard library into a state.
 *
 * Libraries are opened in Lua 5.1's order (base, package, table, io, os,
 * string, math, debug), followed by Apogee's extra `bit` library.  Each
 * opener is called through the API, as 5.1 does, so it runs as a proper C
 * function with its own stack frame and environment (package relies on
 * that to give its loaders the package table as environment).
 */
#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "lib.h"

static const luaL_Reg standard_libs[] = {
    {"", luaopen_base},
    {LUA_LOADLIBNAME, luaopen_package},
    {LUA_TABLIBNAME, luaopen_table},
    {LUA_IOLIBNAME, luaopen_io},
    {LUA_OSLIBNAME, luaopen_os},
    {LUA_STRLIBNAME, luaopen_string},
    {LUA_MATHLIBNAME, luaopen_math},
    {LUA_DBLIBNAME, luaopen_debug},
    {LUA_BITLIBNAME, luaopen_bit},
    {LUA_JITLIBNAME, luaopen_jit},
    {NULL, NULL}
};

LUALIB_API void luaL_openlibs(lua_State *L)
{
    const luaL_Reg *lib;
    for (lib = standard_libs; lib->func; lib++) {
        lua_pushcfunction(L, lib->func);
        lua_pushstring(L, lib->name);
        lua_call(L, 1, 0);
    }
}

void lib_preload(lua_State *L, const char *name, lua_CFunction loader)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "_LOADED");
    if (lua_istable(L, -1)) {
        lua_getfield(L, -1, LUA_LOADLIBNAME);
        if (lua_istable(L, -1)) {
            lua_getfield(L, -1, "preload");
            if (lua_istable(L, -1)) {
                lua_pushcfunction(L, loader);
                lua_setfield(L, -2, name);
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
