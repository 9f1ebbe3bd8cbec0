/*
 * base.c -- the basic library (Lua 5.1 manual 5.1) and the coroutine
 * library (manual 5.2).
 *
 * Written against the public API, except that next, ipairs, unpack and
 * tonumber read tables and values directly (tab.h, meta.h), as lua_next
 * and lua_rawgeti would, without the calls.  Both libraries live in one file
 * because Lua 5.1's luaopen_base opens both, and C programs that call
 * luaopen_base expect to get `coroutine` too.  Error messages follow 5.1's
 * wording exactly, since scripts match on them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

#include "object.h"
#include "tab.h"
#include "meta.h"
#include "vm.h"
#include "do.h"
#include "lib.h"

/* ======================================================================
 * Output and conversion
 * ====================================================================== */

/* Uses the global `tostring` (looked up each call, as 5.1 does) so that
 * scripts can override how print shows values. */
static int base_print(lua_State *L)
{
    int n = lua_gettop(L);
    int i;
    lua_getglobal(L, "tostring");
    for (i = 1; i <= n; i++) {
        const char *s;
        lua_pushvalue(L, -1);
        lua_pushvalue(L, i);
        lua_call(L, 1, 1);
        s = lua_tostring(L, -1);
        if (s == NULL)
            return luaL_error(L, "'tostring' must return a string to 'print'");
        if (i > 1)
            fputs("\t", stdout);
        fputs(s, stdout);
        lua_pop(L, 1);
    }
    fputs("\n", stdout);
    return 0;
}

/* Parses s as an unsigned integer in the given base, allowing surrounding
 * whitespace; returns 0 if s is not entirely such a numeral. */
static int parse_in_base(const char *s, int base, lua_Number *out)
{
    char *end;
    unsigned long n = strtoul(s, &end, base);
    if (end == s)
        return 0;
    while (isspace((unsigned char)*end))
        end++;
    if (*end != '\0')
        return 0;
    *out = (lua_Number)n;
    return 1;
}

static int base_tonumber(lua_State *L)
{
    int base = luaL_optint(L, 2, 10);
    if (base == 10) {  /* standard conversion, strings and numbers alike */
        lua_Number n;
        luaL_checkany(L, 1);
        if (meta_tonumber(L->base, &n)) {  /* one conversion, not two */
            lua_pushnumber(L, n);
            return 1;
        }
    } else {
        const char *s = luaL_checkstring(L, 1);
        lua_Number n;
        luaL_argcheck(L, 2 <= base && base <= 36, 2, "base out of range");
        if (parse_in_base(s, base, &n)) {
            lua_pushnumber(L, n);
            return 1;
        }
    }
    luaL_checkany(L, 1);
    lua_pushnil(L);
    return 1;
}

static int base_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_callmeta(L, 1, "__tostring"))
        return 1;
    switch (lua_type(L, 1)) {
    case LUA_TNUMBER:  /* converted in place: the same (interned) string */
        lua_tolstring(L, 1, NULL);
        lua_pushvalue(L, 1);
        break;
    case LUA_TSTRING:
        lua_pushvalue(L, 1);
        break;
    case LUA_TBOOLEAN:
        lua_pushstring(L, lua_toboolean(L, 1) ? "true" : "false");
        break;
    case LUA_TNIL:
        lua_pushliteral(L, "nil");
        break;
    default:
        lua_pushfstring(L, "%s: %p", luaL_typename(L, 1),
                        lua_topointer(L, 1));
        break;
    }
    return 1;
}

static int base_type(lua_State *L)
{
    /* lengths of the names of types LUA_TNIL..LUA_TTHREAD */
    static const unsigned char name_len[] = { 3, 7, 8, 6, 6, 5, 8, 8, 6 };
    int t = lua_type(L, 1);
    if (t == LUA_TNONE)
        luaL_argerror(L, 1, "value expected");
    lua_pushlstring(L, lua_typename(L, t), name_len[t]);
    return 1;
}

/* ======================================================================
 * Errors and protected calls
 * ====================================================================== */

static int base_error(lua_State *L)
{
    int level = luaL_optint(L, 2, 1);
    lua_settop(L, 1);
    if (lua_isstring(L, 1) && level > 0) {  /* add position information */
        luaL_where(L, level);
        lua_pushvalue(L, 1);
        lua_concat(L, 2);
    }
    return lua_error(L);
}

static int base_assert(lua_State *L)
{
    luaL_checkany(L, 1);
    if (!lua_toboolean(L, 1))
        return luaL_error(L, "%s", luaL_optstring(L, 2, "assertion failed!"));
    return lua_gettop(L);
}

static int base_pcall(lua_State *L)
{
    int status;
    luaL_checkany(L, 1);
    status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    lua_checkstack(L, 1);  /* the results may have filled the frame */
    lua_pushboolean(L, status == 0);
    lua_insert(L, 1);
    return lua_gettop(L);
}

static int base_xpcall(lua_State *L)
{
    int status;
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    lua_insert(L, 1);  /* stack: handler, function */
    status = lua_pcall(L, 0, LUA_MULTRET, 1);
    lua_checkstack(L, 1);
    lua_pushboolean(L, status == 0);
    lua_replace(L, 1);  /* the status takes the handler's slot */
    return lua_gettop(L);
}

/* ======================================================================
 * Metatables, raw access and environments
 * ====================================================================== */

static int base_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (!lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
    }
    /* A __metatable field hides the real metatable. */
    luaL_getmetafield(L, 1, "__metatable");
    return 1;
}

static int base_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argcheck(L, t == LUA_TNIL || t == LUA_TTABLE, 2,
                  "nil or table expected");
    if (luaL_getmetafield(L, 1, "__metatable"))
        luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int base_rawequal(lua_State *L)
{
    luaL_checkany(L, 1);
    luaL_checkany(L, 2);
    lua_pushboolean(L, lua_rawequal(L, 1, 2));
    return 1;
}

static int base_rawget(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    lua_rawget(L, 1);
    return 1;
}

static int base_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

/* Pushes the function designated by argument 1: a function itself, or a
 * stack level (1 = caller of getfenv/setfenv).  With opt, a missing
 * argument means level 1. */
static void push_target_function(lua_State *L, int opt)
{
    lua_Debug ar;
    int level;
    if (lua_isfunction(L, 1)) {
        lua_pushvalue(L, 1);
        return;
    }
    level = opt ? luaL_optint(L, 1, 1) : luaL_checkint(L, 1);
    luaL_argcheck(L, level >= 0, 1, "level must be non-negative");
    if (lua_getstack(L, level, &ar) == 0)
        luaL_argerror(L, 1, "invalid level");
    lua_getinfo(L, "f", &ar);
    if (lua_isnil(L, -1))
        luaL_error(L, "no function environment for tail call at level %d",
                   level);
}

static int base_getfenv(lua_State *L)
{
    push_target_function(L, 1);
    if (lua_iscfunction(L, -1))  /* C functions report the globals */
        lua_pushvalue(L, LUA_GLOBALSINDEX);
    else
        lua_getfenv(L, -1);
    return 1;
}

static int base_setfenv(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TTABLE);
    push_target_function(L, 0);
    lua_pushvalue(L, 2);
    if (lua_isnumber(L, 1) && lua_tonumber(L, 1) == 0) {
        /* Level 0 means the running thread's global environment. */
        lua_pushthread(L);
        lua_insert(L, -2);
        lua_setfenv(L, -2);
        return 0;
    }
    if (lua_iscfunction(L, -2) || lua_setfenv(L, -2) == 0)
        luaL_error(L, "'setfenv' cannot change environment of given object");
    return 1;
}

/* ======================================================================
 * Iteration and varargs
 * ====================================================================== */

static int base_next(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);  /* a missing key means nil: start the traversal */
    /* tab_next replaces the key in slot 2 and puts the value in slot 3
     * (a C function has room), as lua_next does at the top. */
    if (tab_next(L, val_tab(L->base[0]), L->base + 1)) {
        L->top = L->base + 3;
        return 2;
    }
    L->base[1] = VAL_NIL;
    return 1;
}

/* pairs returns the `next` kept as its upvalue, so that redefining the
 * global next does not change pairs (as in 5.1). */
static int base_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int ipairs_step(lua_State *L)
{
    int i;
    if (L->top - L->base >= 2 && val_istab(L->base[0]) &&
        val_isnum(L->base[1])) {  /* the iteration itself: no checks fail */
        Table *t = val_tab(L->base[0]);
        Value v;
        i = (int)((unsigned)lua_tointeger(L, 2) + 1u);
        v = (uint32_t)i < t->asize ? t->array[i] : *tab_getint(t, i);
        if (val_isnil(v))
            return 0;
        L->top[0] = val_fromnum_raw((double)i);
        L->top[1] = v;
        L->top += 2;
        return 2;
    }
    i = luaL_checkint(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    i++;
    lua_pushinteger(L, i);
    lua_rawgeti(L, 1, i);
    return lua_isnil(L, -1) ? 0 : 2;
}

static int base_ipairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

static int base_unpack(lua_State *L)
{
    int i, e, n;
    luaL_checktype(L, 1, LUA_TTABLE);
    i = luaL_optint(L, 2, 1);
    e = luaL_opt(L, luaL_checkint, 3, luaL_getn(L, 1));
    if (i > e)
        return 0;
    n = e - i + 1;
    /* n <= 0 catches arithmetic overflow of the range size */
    if (n <= 0 || !lua_checkstack(L, n))
        return luaL_error(L, "too many results to unpack");
    {
        Table *t = val_tab(L->base[0]);
        Value *top = L->top;
        for (;;) {  /* lua_checkstack made room for n values */
            *top++ = (uint32_t)i < t->asize ? t->array[i] : *tab_getint(t, i);
            if (i == e)
                break;
            i++;
        }
        L->top = top;
    }
    return n;
}

static int base_select(lua_State *L)
{
    int n = lua_gettop(L);
    if (lua_type(L, 1) == LUA_TSTRING && *lua_tostring(L, 1) == '#') {
        lua_pushinteger(L, n - 1);
        return 1;
    } else {
        int i = luaL_checkint(L, 1);
        if (i < 0)
            i = n + i;
        else if (i > n)
            i = n;
        luaL_argcheck(L, 1 <= i, 1, "index out of range");
        return n - i;
    }
}

/* ======================================================================
 * Loading code
 * ====================================================================== */

/* Converts a load status into load's results: the function, or nil plus
 * the error message. A table at stack index envarg (LuaJIT's extra
 * argument) becomes the loaded function's environment. */
static int load_results(lua_State *L, int status, int envarg)
{
    if (status == 0) {
        if (lua_istable(L, envarg)) {
            lua_pushvalue(L, envarg);
            lua_setfenv(L, -2);
        }
        return 1;
    }
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
}

/* loadstring(s [, chunkname [, mode [, env]]]): modes and env as LuaJIT. */
static int base_loadstring(lua_State *L)
{
    size_t l;
    const char *s = luaL_checklstring(L, 1, &l);
    const char *chunkname = luaL_optstring(L, 2, s);
    const char *mode = luaL_optstring(L, 3, NULL);
    lua_settop(L, 4);
    return load_results(L, luaL_loadbufferx(L, s, l, chunkname, mode), 4);
}

/* loadfile([filename [, mode [, env]]]) */
static int base_loadfile(lua_State *L)
{
    const char *fname = luaL_optstring(L, 1, NULL);
    const char *mode = luaL_optstring(L, 2, NULL);
    lua_settop(L, 3);
    return load_results(L, luaL_loadfilex(L, fname, mode), 3);
}

/* Reader for load(): calls the user function (stack slot 1) for each
 * piece and anchors the returned string in slot 3 so it stays alive while
 * the parser consumes it. */
static const char *call_reader(lua_State *L, void *ud, size_t *size)
{
    (void)ud;
    luaL_checkstack(L, 2, "too many nested functions");
    lua_pushvalue(L, 1);
    lua_call(L, 0, 1);
    if (lua_isnil(L, -1)) {
        *size = 0;
        return NULL;
    }
    if (lua_isstring(L, -1)) {
        lua_replace(L, 5);
        return lua_tolstring(L, 5, size);
    }
    luaL_error(L, "reader function must return a string");
    return NULL;  /* not reached */
}

/* load(func or string [, chunkname [, mode [, env]]]): LuaJIT's (5.2's)
 * form; with a function and one or two arguments it is Lua 5.1's load. */
static int base_load(lua_State *L)
{
    const char *mode = luaL_optstring(L, 3, NULL);
    if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER) {
        size_t l;
        const char *s = lua_tolstring(L, 1, &l);
        const char *cname = luaL_optstring(L, 2, s);
        lua_settop(L, 4);
        return load_results(L, luaL_loadbufferx(L, s, l, cname, mode), 4);
    } else {
        const char *cname = luaL_optstring(L, 2, "=(load)");
        luaL_checktype(L, 1, LUA_TFUNCTION);
        lua_settop(L, 5);  /* slot 5 anchors the reader's current piece */
        return load_results(L, lua_loadx(L, call_reader, NULL, cname, mode), 4);
    }
}

static int base_dofile(lua_State *L)
{
    const char *fname = luaL_optstring(L, 1, NULL);
    int n = lua_gettop(L);
    if (luaL_loadfile(L, fname) != 0)
        lua_error(L);
    lua_call(L, 0, LUA_MULTRET);
    return lua_gettop(L) - n;
}

/* ======================================================================
 * Garbage collector
 * ====================================================================== */

static int base_collectgarbage(lua_State *L)
{
    static const char *const opts[] = {
        "stop", "restart", "collect", "count", "step", "setpause",
        "setstepmul", NULL
    };
    static const int codes[] = {
        LUA_GCSTOP, LUA_GCRESTART, LUA_GCCOLLECT, LUA_GCCOUNT, LUA_GCSTEP,
        LUA_GCSETPAUSE, LUA_GCSETSTEPMUL
    };
    int o = luaL_checkoption(L, 1, "collect", opts);
    int ex = luaL_optint(L, 2, 0);
    int res = lua_gc(L, codes[o], ex);
    switch (codes[o]) {
    case LUA_GCCOUNT: {  /* kilobytes, with the byte remainder as fraction */
        int b = lua_gc(L, LUA_GCCOUNTB, 0);
        lua_pushnumber(L, res + ((lua_Number)b / 1024));
        return 1;
    }
    case LUA_GCSTEP:
        lua_pushboolean(L, res);
        return 1;
    default:
        lua_pushnumber(L, res);
        return 1;
    }
}

static int base_gcinfo(lua_State *L)
{
    lua_pushinteger(L, lua_getgccount(L));
    return 1;
}

/* ======================================================================
 * newproxy (undocumented in the manual but part of 5.1's base library)
 *
 * Upvalue 1 is a weak table whose keys are the metatables created by
 * newproxy(true); a proxy argument is accepted only if its metatable is
 * such a key, so unrelated userdata metatables cannot be shared.
 * ====================================================================== */

static int base_newproxy(lua_State *L)
{
    lua_settop(L, 1);
    lua_newuserdata(L, 0);
    if (lua_toboolean(L, 1) == 0)
        return 1;  /* no metatable */
    if (lua_isboolean(L, 1)) {
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_pushboolean(L, 1);
        lua_rawset(L, lua_upvalueindex(1));  /* remember it as valid */
    } else {
        int valid = 0;
        if (lua_getmetatable(L, 1)) {
            lua_rawget(L, lua_upvalueindex(1));
            valid = lua_toboolean(L, -1);
            lua_pop(L, 1);
        }
        luaL_argcheck(L, valid, 1, "boolean or proxy expected");
        lua_getmetatable(L, 1);  /* share the other proxy's metatable */
    }
    lua_setmetatable(L, 2);
    return 1;
}

/* ======================================================================
 * Coroutines
 * ====================================================================== */

enum { CO_RUNNING, CO_SUSPENDED, CO_NORMAL, CO_DEAD };

static const char *const status_names[] = {
    "running", "suspended", "normal", "dead"
};

static int coroutine_status_of(lua_State *L, lua_State *co)
{
    if (L == co)
        return CO_RUNNING;
    switch (lua_status(co)) {
    case LUA_YIELD:
        return CO_SUSPENDED;
    case 0: {
        lua_Debug ar;
        if (lua_getstack(co, 0, &ar) > 0)  /* has frames: it resumed us */
            return CO_NORMAL;
        if (lua_gettop(co) == 0)           /* finished */
            return CO_DEAD;
        return CO_SUSPENDED;               /* not started yet */
    }
    default:  /* died with an error */
        return CO_DEAD;
    }
}

/* Resumes co with narg values from L's top; moves results (or the error
 * message) back to L, after a boolean status when `with_status` (resume's
 * true/false, pushed first so that nothing has to be moved under it).
 * Returns the result count (not counting the status), or -1 on error. */
static int resume_coroutine(lua_State *L, lua_State *co, int narg,
                            int with_status)
{
    int status, nres;
    /* The usual case, suspended in a yield called from Lua: the arguments
     * go straight to the yield's results (do.c). */
    status = do_resumeyield(L, co, narg);
    if (status >= 0)
        goto resumed;
    if (co->status != LUA_YIELD || co->top + narg > co->ci->top) {
        status = coroutine_status_of(L, co);
        if (!lua_checkstack(co, narg))
            luaL_error(L, "too many arguments to resume");
        if (status != CO_SUSPENDED) {
            if (with_status)
                lua_pushboolean(L, 0);
            lua_pushfstring(L, "cannot resume %s coroutine",
                            status_names[status]);
            return -1;
        }
    }
    lua_xmove(L, co, narg);
    lua_setlevel(L, co);  /* nested resumes count toward the C-call limit */
    status = lua_resume(co, narg);
resumed:
    if (status != 0 && status != LUA_YIELD) {
        if (with_status)
            lua_pushboolean(L, 0);
        lua_xmove(co, L, 1);  /* the error object */
        return -1;
    }
    nres = (int)(co->top - co->base);
    if (L->top + nres + 1 > L->ci->top && !lua_checkstack(L, nres + 1))
        luaL_error(L, "too many results to resume");
    if (with_status)
        lua_pushboolean(L, 1);
    lua_xmove(co, L, nres);
    return nres;
}

int lib_coresume(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    int r;
    luaL_argcheck(L, co, 1, "coroutine expected");
    r = resume_coroutine(L, co, lua_gettop(L) - 1, 1);
    return r < 0 ? 2 : r + 1;  /* false, message or true, results */
}

/* The function returned by coroutine.wrap: errors propagate to the
 * caller, with the caller's position prefixed to string messages. */
static int co_wrapped(lua_State *L)
{
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = resume_coroutine(L, co, lua_gettop(L), 0);
    if (r < 0) {
        if (lua_isstring(L, -1)) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        lua_error(L);
    }
    return r;
}

static int co_create(lua_State *L)
{
    lua_State *co = lua_newthread(L);
    luaL_argcheck(L, lua_isfunction(L, 1) && !lua_iscfunction(L, 1), 1,
                  "Lua function expected");
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);  /* the body waits on the new thread's stack */
    return 1;
}

static int co_wrap(lua_State *L)
{
    co_create(L);
    lua_pushcclosure(L, co_wrapped, 1);
    val_func(L->top[-1])->c.ffid = FF_CCALLLUA;  /* as resume (vm.h) */
    return 1;
}

static int co_yield(lua_State *L)
{
    return lua_yield(L, lua_gettop(L));
}

static int co_status(lua_State *L)
{
    lua_State *co = lua_tothread(L, 1);
    luaL_argcheck(L, co, 1, "coroutine expected");
    lua_pushstring(L, status_names[coroutine_status_of(L, co)]);
    return 1;
}

static int co_running(lua_State *L)
{
    if (lua_pushthread(L))  /* the main thread is reported as nil */
        lua_pushnil(L);
    return 1;
}

/* ======================================================================
 * Registration
 * ====================================================================== */

static const luaL_Reg base_funcs[] = {
    {"assert", base_assert},
    {"collectgarbage", base_collectgarbage},
    {"dofile", base_dofile},
    {"error", base_error},
    {"gcinfo", base_gcinfo},
    {"getfenv", base_getfenv},
    {"getmetatable", base_getmetatable},
    {"loadfile", base_loadfile},
    {"load", base_load},
    {"loadstring", base_loadstring},
    {"next", base_next},
    {"pcall", base_pcall},
    {"print", base_print},
    {"rawequal", base_rawequal},
    {"rawget", base_rawget},
    {"rawset", base_rawset},
    {"select", base_select},
    {"setfenv", base_setfenv},
    {"setmetatable", base_setmetatable},
    {"tonumber", base_tonumber},
    {"tostring", base_tostring},
    {"type", base_type},
    {"unpack", base_unpack},
    {"xpcall", base_xpcall},
    {NULL, NULL}
};

static const luaL_Reg co_funcs[] = {
    {"create", co_create},
    {"resume", lib_coresume},
    {"running", co_running},
    {"status", co_status},
    {"wrap", co_wrap},
    {"yield", co_yield},
    {NULL, NULL}
};

/* Registers name = f with helper u as f's single upvalue. */
static void set_with_helper(lua_State *L, const char *name,
                            lua_CFunction f, lua_CFunction u, int uid)
{
    /* Both may be called from compiled code (vm.h, FF_CCALL): they call
     * no Lua code and never yield; uid: the helper's id. */
    lua_pushcfunction(L, u);
    val_func(L->top[-1])->c.ffid = (uint8_t)uid;
    lua_pushcclosure(L, f, 1);
    val_func(L->top[-1])->c.ffid = FF_CCALL;
    lua_setfield(L, -2, name);
}

static void open_globals(lua_State *L)
{
    lua_pushvalue(L, LUA_GLOBALSINDEX);
    lua_setglobal(L, "_G");
    luaL_register(L, "_G", base_funcs);
    /* pcall and xpcall called from Lua code run as protected frames of the interpreter (vm.h),
     * so that a coroutine can yield inside them; base_pcall and base_xpcall serve calls from C. */
    lua_getfield(L, -1, "pcall");
    val_func(L->top[-1])->c.ffid = FF_PCALL;
    lua_getfield(L, -2, "xpcall");
    val_func(L->top[-1])->c.ffid = FF_XPCALL;
    lua_pop(L, 2);
    vm_markfast(L, "type", FF_TYPE);   /* recorded inline by the trace compiler (vm.h) */
    vm_markfast(L, "rawget", FF_RAWGET);
    vm_markfast(L, "select", FF_SELECT);
    vm_markfast(L, "setmetatable", FF_SETMT);
    vm_markfast(L, "next", FF_CCALL);
    vm_markfast(L, "unpack", FF_CCALL);
    vm_markfast(L, "rawequal", FF_CCALL);
    vm_markfast(L, "rawset", FF_CCALL);
    vm_markfast(L, "getmetatable", FF_CCALL);
    vm_markfast(L, "assert", FF_CCALL);
    vm_markfast(L, "print", FF_CCALLLUA);   /* it calls the global tostring */
    vm_markfast(L, "tostring", FF_TOSTRING);
    vm_markfast(L, "tonumber", FF_TONUMBER);
    lua_pushliteral(L, LUA_VERSION);
    lua_setglobal(L, "_VERSION");
    set_with_helper(L, "ipairs", base_ipairs, ipairs_step, FF_IPAIRSTEP);
    set_with_helper(L, "pairs", base_pairs, base_next, FF_CCALL);
    /* newproxy's registry of valid metatables: weak in keys and values */
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, -1);
    lua_setmetatable(L, -2);
    lua_pushliteral(L, "kv");
    lua_setfield(L, -2, "__mode");
    lua_pushcclosure(L, base_newproxy, 1);
    lua_setglobal(L, "newproxy");
    vm_markfast(L, "newproxy", FF_CCALL);   /* compiled code may call them (vm.h) */
    vm_markfast(L, "loadstring", FF_CCALL);
    vm_markfast(L, "collectgarbage", FF_CCALLLUA);   /* a collection may run finalizers */
}

/* Leaves _G and the coroutine table on the stack, as 5.1 does. */
LUALIB_API int luaopen_base(lua_State *L)
{
    open_globals(L);
    luaL_register(L, LUA_COLIBNAME, co_funcs);
    /* Compiled code may call it (vm.h, FF_CCALLLUA): the coroutine's code
     * runs on its own thread. */
    vm_markfast(L, "resume", FF_CCALLLUA);
    vm_markfast(L, "create", FF_CCALL);
    vm_markfast(L, "status", FF_CCALL);
    vm_markfast(L, "running", FF_CCALL);
    vm_markfast(L, "wrap", FF_CCALL);   /* makes the coroutine, runs none of it */
    vm_markfast(L, "yield", FF_YIELD);   /* a trace ends before it (vm.h) */
    return 2;
}
