/* rocktest.core: a C module built by LuaRocks against Apogee's headers (tests/long/luarocks.sh). */
#include "lua.h"
#include "lauxlib.h"

/* add(a, b): the sum, computed in C. */
static int core_add(lua_State *L)
{
    lua_pushnumber(L, luaL_checknumber(L, 1) + luaL_checknumber(L, 2));
    return 1;
}

/* progname(): LUA_PROGNAME from the luaconf.h the module was compiled with: "apogee" for
 * Apogee's headers, "lua" for PUC Lua's (which LuaRocks must not have picked). */
static int core_progname(lua_State *L)
{
    lua_pushstring(L, LUA_PROGNAME);
    return 1;
}

static const luaL_Reg core_funcs[] = {
    {"add", core_add},
    {"progname", core_progname},
    {NULL, NULL}
};

int luaopen_rocktest_core(lua_State *L)
{
    luaL_register(L, "rocktest.core", core_funcs);
    return 1;
}
