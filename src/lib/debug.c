/*
 * debug.c - the Lua 5.1 debug library (luaopen_debug).
 *
 * Everything is built on the public debug API (lua_getstack, lua_getinfo,
 * lua_getlocal, lua_sethook, ...).  Functions that accept an optional
 * thread as first argument shift their other arguments by one; `thread_arg`
 * captures that convention in one place.  Lua hook functions are kept in a
 * registry table keyed by thread, since a C hook receives only the thread.
 */

#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* traceback shows this many innermost and outermost levels at most */
#define TB_FIRST_LEVELS 12
#define TB_LAST_LEVELS 10

/* The address of this object is the registry key of the hook table. */
static const char hook_table_key = 'h';

/* If arg 1 is a thread, return it and set *shift to 1; else the current
 * thread with *shift 0. */
static lua_State *thread_arg(lua_State *L, int *shift)
{
    if (lua_isthread(L, 1)) {
        *shift = 1;
        return lua_tothread(L, 1);
    }
    *shift = 0;
    return L;
}

static int db_getregistry(lua_State *L)
{
    lua_pushvalue(L, LUA_REGISTRYINDEX);
    return 1;
}

static int db_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (!lua_getmetatable(L, 1))
        lua_pushnil(L);
    return 1;
}

static int db_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_argcheck(L, t == LUA_TNIL || t == LUA_TTABLE, 2,
                  "nil or table expected");
    lua_settop(L, 2);
    lua_pushboolean(L, lua_setmetatable(L, 1));
    return 1;
}

static int db_getfenv(lua_State *L)
{
    lua_getfenv(L, 1);
    return 1;
}

static int db_setfenv(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    if (lua_setfenv(L, 1) == 0)
        luaL_error(L, "'setfenv' cannot change environment of given object");
    return 1;
}

/* ------------------------------------------------------------------ */
/* getinfo                                                             */
/* ------------------------------------------------------------------ */

static void set_str(lua_State *L, const char *k, const char *v)
{
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}

static void set_int(lua_State *L, const char *k, int v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

/* Move a value that lua_getinfo left on L1's stack into field k of the
 * table on top of L's stack.  On the same thread it sits just below the
 * table. */
static void take_pushed(lua_State *L, lua_State *L1, const char *k)
{
    if (L == L1) {
        lua_pushvalue(L, -2);
        lua_remove(L, -3);
    } else {
        lua_xmove(L1, L, 1);
    }
    lua_setfield(L, -2, k);
}

static void fill_info_table(lua_State *L, lua_State *L1, const char *opts,
                            const lua_Debug *ar)
{
    lua_createtable(L, 0, 2);
    if (strchr(opts, 'S')) {
        set_str(L, "source", ar->source);
        set_str(L, "short_src", ar->short_src);
        set_int(L, "linedefined", ar->linedefined);
        set_int(L, "lastlinedefined", ar->lastlinedefined);
        set_str(L, "what", ar->what);
    }
    if (strchr(opts, 'l'))
        set_int(L, "currentline", ar->currentline);
    if (strchr(opts, 'u'))
        set_int(L, "nups", ar->nups);
    if (strchr(opts, 'n')) {
        set_str(L, "name", ar->name);
        set_str(L, "namewhat", ar->namewhat);
    }
    /* lua_getinfo pushed 'f' first, then 'L': take them top-down */
    if (strchr(opts, 'L'))
        take_pushed(L, L1, "activelines");
    if (strchr(opts, 'f'))
        take_pushed(L, L1, "func");
}

static int db_getinfo(lua_State *L)
{
    lua_Debug ar;
    int a;
    lua_State *L1 = thread_arg(L, &a);
    const char *opts = luaL_optstring(L, a + 2, "flnSu");
    if (lua_isnumber(L, a + 1)) {
        if (!lua_getstack(L1, (int)lua_tointeger(L, a + 1), &ar)) {
            lua_pushnil(L); /* level out of range */
            return 1;
        }
    } else if (lua_isfunction(L, a + 1)) {
        lua_pushfstring(L, ">%s", opts);
        opts = lua_tostring(L, -1);
        lua_pushvalue(L, a + 1);
        lua_xmove(L, L1, 1);
    } else {
        return luaL_argerror(L, a + 1, "function or level expected");
    }
    if (!lua_getinfo(L1, opts, &ar))
        return luaL_argerror(L, a + 2, "invalid option");
    fill_info_table(L, L1, opts, &ar);
    return 1;
}

/* ------------------------------------------------------------------ */
/* locals and upvalues                                                 */
/* ------------------------------------------------------------------ */

static int db_getlocal(lua_State *L)
{
    int a;
    lua_State *L1 = thread_arg(L, &a);
    lua_Debug ar;
    const char *name;
    if (!lua_getstack(L1, luaL_checkint(L, a + 1), &ar))
        return luaL_argerror(L, a + 1, "level out of range");
    name = lua_getlocal(L1, &ar, luaL_checkint(L, a + 2));
    if (name == NULL) {
        lua_pushnil(L);
        return 1;
    }
    lua_xmove(L1, L, 1);
    lua_pushstring(L, name);
    lua_insert(L, -2);
    return 2;
}

static int db_setlocal(lua_State *L)
{
    int a;
    lua_State *L1 = thread_arg(L, &a);
    lua_Debug ar;
    if (!lua_getstack(L1, luaL_checkint(L, a + 1), &ar))
        return luaL_argerror(L, a + 1, "level out of range");
    luaL_checkany(L, a + 3);
    lua_settop(L, a + 3);
    lua_xmove(L, L1, 1);
    lua_pushstring(L, lua_setlocal(L1, &ar, luaL_checkint(L, a + 2)));
    return 1;
}

/* Shared body of getupvalue/setupvalue.  C functions' upvalues are not
 * exposed (5.1 returns nothing for them). */
static int access_upvalue(lua_State *L, int get)
{
    int n = luaL_checkint(L, 2);
    const char *name;
    luaL_checktype(L, 1, LUA_TFUNCTION);
    if (lua_iscfunction(L, 1))
        return 0;
    name = get ? lua_getupvalue(L, 1, n) : lua_setupvalue(L, 1, n);
    if (name == NULL)
        return 0;
    lua_pushstring(L, name);
    lua_insert(L, -(get + 1)); /* name before the value (get only) */
    return get + 1;
}

static int db_getupvalue(lua_State *L)
{
    return access_upvalue(L, 1);
}

static int db_setupvalue(lua_State *L)
{
    luaL_checkany(L, 3);
    return access_upvalue(L, 0);
}

/* ------------------------------------------------------------------ */
/* hooks                                                               */
/* ------------------------------------------------------------------ */

static const char *const hook_event_names[] = {
    "call", "return", "line", "count", "tail return"
};

/* Push the registry table mapping threads to Lua hook functions,
 * creating it on first use. */
static void push_hook_table(lua_State *L)
{
    lua_pushlightuserdata(L, (void *)&hook_table_key);
    lua_rawget(L, LUA_REGISTRYINDEX);
    if (lua_istable(L, -1))
        return;
    lua_pop(L, 1);
    lua_createtable(L, 0, 1);
    lua_pushlightuserdata(L, (void *)&hook_table_key);
    lua_pushvalue(L, -2);
    lua_rawset(L, LUA_REGISTRYINDEX);
}

/* The C hook installed for Lua hook functions: look up this thread's
 * function and call it with the event name and line. */
static void call_lua_hook(lua_State *L, lua_Debug *ar)
{
    push_hook_table(L);
    lua_pushlightuserdata(L, L);
    lua_rawget(L, -2);
    if (lua_isfunction(L, -1)) {
        lua_pushstring(L, hook_event_names[ar->event]);
        if (ar->currentline >= 0)
            lua_pushinteger(L, ar->currentline);
        else
            lua_pushnil(L);
        lua_getinfo(L, "lS", ar);
        lua_call(L, 2, 0);
    }
}

static int mask_from_string(const char *s, int count)
{
    int mask = 0;
    if (strchr(s, 'c'))
        mask |= LUA_MASKCALL;
    if (strchr(s, 'r'))
        mask |= LUA_MASKRET;
    if (strchr(s, 'l'))
        mask |= LUA_MASKLINE;
    if (count > 0)
        mask |= LUA_MASKCOUNT;
    return mask;
}

static char *mask_to_string(int mask, char *buf)
{
    int i = 0;
    if (mask & LUA_MASKCALL)
        buf[i++] = 'c';
    if (mask & LUA_MASKRET)
        buf[i++] = 'r';
    if (mask & LUA_MASKLINE)
        buf[i++] = 'l';
    buf[i] = '\0';
    return buf;
}

static int db_sethook(lua_State *L)
{
    int a, mask, count;
    lua_Hook func;
    lua_State *L1 = thread_arg(L, &a);
    if (lua_isnoneornil(L, a + 1)) { /* turn hooks off */
        lua_settop(L, a + 1);
        func = NULL;
        mask = 0;
        count = 0;
    } else {
        const char *smask = luaL_checkstring(L, a + 2);
        luaL_checktype(L, a + 1, LUA_TFUNCTION);
        count = luaL_optint(L, a + 3, 0);
        func = call_lua_hook;
        mask = mask_from_string(smask, count);
    }
    push_hook_table(L);
    lua_pushlightuserdata(L, L1);
    lua_pushvalue(L, a + 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_sethook(L1, func, mask, count);
    return 0;
}

static int db_gethook(lua_State *L)
{
    int a;
    lua_State *L1 = thread_arg(L, &a);
    char buf[5];
    int mask = lua_gethookmask(L1);
    lua_Hook hook = lua_gethook(L1);
    if (hook != NULL && hook != call_lua_hook) {
        lua_pushliteral(L, "external hook");
    } else {
        push_hook_table(L);
        lua_pushlightuserdata(L, L1);
        lua_rawget(L, -2);
        lua_remove(L, -2);
    }
    lua_pushstring(L, mask_to_string(mask, buf));
    lua_pushinteger(L, lua_gethookcount(L1));
    return 3;
}

/* ------------------------------------------------------------------ */
/* debug.debug and traceback                                           */
/* ------------------------------------------------------------------ */

static int db_debug(lua_State *L)
{
    for (;;) {
        char line[250];
        fputs("lua_debug> ", stderr);
        if (fgets(line, sizeof line, stdin) == NULL ||
            strcmp(line, "cont\n") == 0)
            return 0;
        if (luaL_loadbuffer(L, line, strlen(line), "=(debug command)") ||
            lua_pcall(L, 0, 0, 0)) {
            fputs(lua_tostring(L, -1), stderr);
            fputs("\n", stderr);
        }
        lua_settop(L, 0); /* drop results and errors */
    }
}

/* Push the description of one stack level, e.g. "\n\tf.lua:3: in
 * function 'f'", as several strings (concatenated by the caller). */
static void push_level_line(lua_State *L, lua_State *L1, lua_Debug *ar)
{
    lua_pushliteral(L, "\n\t");
    lua_getinfo(L1, "Snl", ar);
    lua_pushfstring(L, "%s:", ar->short_src);
    if (ar->currentline > 0)
        lua_pushfstring(L, "%d:", ar->currentline);
    if (*ar->namewhat != '\0')
        lua_pushfstring(L, " in function '%s'", ar->name);
    else if (*ar->what == 'm')
        lua_pushliteral(L, " in main chunk");
    else if (*ar->what == 'C' || *ar->what == 't')
        lua_pushliteral(L, " ?"); /* C function or tail call */
    else
        lua_pushfstring(L, " in function <%s:%d>", ar->short_src,
                        ar->linedefined);
}

/* Does level `level` exist on L1's stack? */
static int has_level(lua_State *L1, int level)
{
    lua_Debug ar;
    return lua_getstack(L1, level, &ar);
}

static int db_traceback(lua_State *L)
{
    int a, level;
    int first_part = 1;
    lua_State *L1 = thread_arg(L, &a);
    lua_Debug ar;
    if (lua_isnumber(L, a + 2)) {
        level = (int)lua_tointeger(L, a + 2);
        lua_pop(L, 1);
    } else {
        level = (L == L1) ? 1 : 0; /* skip traceback itself */
    }
    if (lua_gettop(L) == a)
        lua_pushliteral(L, "");
    else if (!lua_isstring(L, a + 1))
        return 1; /* non-string message: return it untouched */
    else
        lua_pushliteral(L, "\n");
    lua_pushliteral(L, "stack traceback:");
    while (lua_getstack(L1, level++, &ar)) {
        if (level > TB_FIRST_LEVELS && first_part) {
            first_part = 0;
            if (!has_level(L1, level + TB_LAST_LEVELS)) {
                level--; /* few levels left: show them all */
            } else {
                lua_pushliteral(L, "\n\t...");
                while (has_level(L1, level + TB_LAST_LEVELS))
                    level++; /* skip to the last levels */
            }
            continue;
        }
        push_level_line(L, L1, &ar);
        lua_concat(L, lua_gettop(L) - a);
    }
    lua_concat(L, lua_gettop(L) - a);
    return 1;
}

static const luaL_Reg debug_funcs[] = {
    {"debug", db_debug},
    {"getfenv", db_getfenv},
    {"gethook", db_gethook},
    {"getinfo", db_getinfo},
    {"getlocal", db_getlocal},
    {"getregistry", db_getregistry},
    {"getmetatable", db_getmetatable},
    {"getupvalue", db_getupvalue},
    {"setfenv", db_setfenv},
    {"sethook", db_sethook},
    {"setlocal", db_setlocal},
    {"setmetatable", db_setmetatable},
    {"setupvalue", db_setupvalue},
    {"traceback", db_traceback},
    {NULL, NULL}
};

LUALIB_API int luaopen_debug(lua_State *L)
{
    luaL_register(L, LUA_DBLIBNAME, debug_funcs);
    return 1;
}
