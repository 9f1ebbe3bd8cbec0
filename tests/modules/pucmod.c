/*
 * pucmod.c -- a C module written for and compiled against PUC Lua 5.1's headers
 * (/usr/include/lua5.1), as a third-party module would be.  tests/run builds it into
 * build/modules/pucmod.so:
 *
 *     cc -std=c99 -O2 -Wall -Wextra -I/usr/include/lua5.1 -shared -fPIC -o pucmod.so pucmod.c
 *
 * and tests/modules/pucmod.lua loads it with require, unchanged, into Apogee and into lua5.1.
 * It touches the parts of the ABI a module relies on: the lua_* and luaL_* entry points, the
 * luaL_Buffer layout (luaL_addchar writes through the struct), the lua_Debug layout, luaL_Reg,
 * pseudo-indices, userdata with metatables and finalizers, references, C closures, the module
 * environment (LUA_ENVIRONINDEX), and lua_yield from C.
 */
#include <string.h>

#include "lua.h"
#include "lauxlib.h"

#define VECTOR "pucmod.Vector"

typedef struct {
    int n;
    double v[1];  /* n elements */
} Vector;

static int finalized = 0;

static Vector *check_vector(lua_State *L, int idx)
{
    return (Vector *)luaL_checkudata(L, idx, VECTOR);
}

/* vector(n [, fill]) */
static int m_vector(lua_State *L)
{
    int n = luaL_checkint(L, 1), i;
    double fill = luaL_optnumber(L, 2, 0);
    Vector *vec;
    luaL_argcheck(L, n >= 1 && n <= 1000000, 1, "size out of range");
    vec = (Vector *)lua_newuserdata(L, sizeof(Vector) + (size_t)(n - 1) * sizeof(double));
    vec->n = n;
    for (i = 0; i < n; i++)
        vec->v[i] = fill;
    luaL_getmetatable(L, VECTOR);
    lua_setmetatable(L, -2);
    return 1;
}

static int index_of(lua_State *L, Vector *vec, int arg)
{
    int i = luaL_checkint(L, arg);
    luaL_argcheck(L, 1 <= i && i <= vec->n, arg, "index out of range");
    return i - 1;
}

static int v_get(lua_State *L)
{
    Vector *vec = check_vector(L, 1);
    lua_pushnumber(L, vec->v[index_of(L, vec, 2)]);
    return 1;
}

static int v_set(lua_State *L)
{
    Vector *vec = check_vector(L, 1);
    int i = index_of(L, vec, 2);
    vec->v[i] = luaL_checknumber(L, 3);
    lua_settop(L, 1);
    return 1;  /* the vector, for chaining */
}

static int v_sum(lua_State *L)
{
    Vector *vec = check_vector(L, 1);
    double s = 0;
    int i;
    for (i = 0; i < vec->n; i++)
        s += vec->v[i];
    lua_pushnumber(L, s);
    return 1;
}

static int v_len(lua_State *L)
{
    lua_pushinteger(L, check_vector(L, 1)->n);
    return 1;
}

/* tostring: "Vector(1, 2, 3)" built with luaL_addchar and luaL_addvalue. */
static int v_tostring(lua_State *L)
{
    Vector *vec = check_vector(L, 1);
    luaL_Buffer b;
    int i;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "Vector");
    luaL_addchar(&b, '(');
    for (i = 0; i < vec->n && i < 10; i++) {
        if (i > 0)
            luaL_addstring(&b, ", ");
        lua_pushnumber(L, vec->v[i]);
        luaL_addvalue(&b);
    }
    if (vec->n > 10)
        luaL_addstring(&b, ", ...");
    luaL_addchar(&b, ')');
    luaL_pushresult(&b);
    return 1;
}

static int v_add(lua_State *L)
{
    Vector *a = check_vector(L, 1), *b = check_vector(L, 2), *c;
    int i;
    if (a->n != b->n)
        return luaL_error(L, "vectors of different sizes (%d and %d)", a->n, b->n);
    lua_pushcfunction(L, m_vector);
    lua_pushinteger(L, a->n);
    lua_call(L, 1, 1);
    c = (Vector *)lua_touserdata(L, -1);
    for (i = 0; i < a->n; i++)
        c->v[i] = a->v[i] + b->v[i];
    return 1;
}

static int v_eq(lua_State *L)
{
    Vector *a = check_vector(L, 1), *b = check_vector(L, 2);
    lua_pushboolean(L, a->n == b->n && memcmp(a->v, b->v, (size_t)a->n * sizeof(double)) == 0);
    return 1;
}

static int v_gc(lua_State *L)
{
    (void)check_vector(L, 1);
    finalized++;
    return 0;
}

static int m_finalized(lua_State *L)
{
    lua_pushinteger(L, finalized);
    return 1;
}

/* map(t, f): a new array with f(v, i) for each element of the array t. */
static int m_map(lua_State *L)
{
    int i, n;
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    n = (int)lua_objlen(L, 1);
    lua_createtable(L, n, 0);
    for (i = 1; i <= n; i++) {
        lua_pushvalue(L, 2);
        lua_rawgeti(L, 1, i);
        lua_pushinteger(L, i);
        lua_call(L, 2, 1);
        lua_rawseti(L, -2, i);
    }
    return 1;
}

/* keys(t): sorted array of the string keys of t (uses lua_next and table.sort). */
static int m_keys(lua_State *L)
{
    int n = 0;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, 1) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            lua_pushvalue(L, -1);
            lua_rawseti(L, -3, ++n);
        }
    }
    lua_getglobal(L, "table");
    lua_getfield(L, -1, "sort");
    lua_pushvalue(L, -3);
    lua_call(L, 1, 0);
    lua_pop(L, 1);
    return 1;
}

/* join(sep, ...): luaL_Buffer with luaL_addlstring and luaL_addvalue. */
static int m_join(lua_State *L)
{
    size_t seplen;
    const char *sep = luaL_checklstring(L, 1, &seplen);
    int i, n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (i = 2; i <= n; i++) {
        if (!lua_isstring(L, i))
            return luaL_typerror(L, i, "string or number");
        if (i > 2)
            luaL_addlstring(&b, sep, seplen);
        lua_pushvalue(L, i);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    return 1;
}

/* counter([start]): a closure counting in its upvalue. */
static int counter_step(lua_State *L)
{
    lua_Integer n = lua_tointeger(L, lua_upvalueindex(1)) + luaL_optinteger(L, 1, 1);
    lua_pushinteger(L, n);
    lua_pushvalue(L, -1);
    lua_replace(L, lua_upvalueindex(1));
    return 1;
}

static int m_counter(lua_State *L)
{
    lua_pushinteger(L, luaL_optinteger(L, 1, 0));
    lua_pushcclosure(L, counter_step, 1);
    return 1;
}

/* try(f, ...): calls f with lua_pcall and a message handler; returns ok, results or message. */
static int handler(lua_State *L)
{
    lua_pushfstring(L, "handled: %s", lua_isstring(L, 1) ? lua_tostring(L, 1) : "(not a string)");
    return 1;
}

static int m_try(lua_State *L)
{
    int n = lua_gettop(L), status;
    luaL_checkany(L, 1);
    lua_pushcfunction(L, handler);
    lua_insert(L, 1);
    status = lua_pcall(L, n - 1, LUA_MULTRET, 1);
    lua_pushboolean(L, status == 0);
    lua_replace(L, 1);  /* the handler's slot */
    return lua_gettop(L);
}

/* fail(msg): luaL_error with the caller's position. */
static int m_fail(lua_State *L)
{
    return luaL_error(L, "pucmod failure: %s", luaL_checkstring(L, 1));
}

/* option(name): luaL_checkoption. */
static int m_option(lua_State *L)
{
    static const char *const opts[] = {"alpha", "beta", "gamma", NULL};
    lua_pushinteger(L, luaL_checkoption(L, 1, "beta", opts));
    return 1;
}

/* stash(k, v) / unstash(k): a private table, the module's environment. */
static int m_stash(lua_State *L)
{
    luaL_checkstring(L, 1);
    lua_settop(L, 2);
    lua_settable(L, LUA_ENVIRONINDEX);
    return 0;
}

static int m_unstash(lua_State *L)
{
    luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_gettable(L, LUA_ENVIRONINDEX);
    return 1;
}

/* ref(v) / deref(r) / unref(r): the registry's reference system. */
static int m_ref(lua_State *L)
{
    lua_settop(L, 1);
    lua_pushinteger(L, luaL_ref(L, LUA_REGISTRYINDEX));
    return 1;
}

static int m_deref(lua_State *L)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, luaL_checkint(L, 1));
    return 1;
}

static int m_unref(lua_State *L)
{
    luaL_unref(L, LUA_REGISTRYINDEX, luaL_checkint(L, 1));
    return 0;
}

/* yield(...): yields its arguments from C. */
static int m_yield(lua_State *L)
{
    return lua_yield(L, lua_gettop(L));
}

/* caller(): name, kind and line of the calling Lua function, through lua_Debug. */
static int m_caller(lua_State *L)
{
    lua_Debug ar;
    if (!lua_getstack(L, 1, &ar))
        return 0;
    lua_getinfo(L, "nSl", &ar);
    lua_pushstring(L, ar.name ? ar.name : "?");
    lua_pushstring(L, ar.what);
    lua_pushstring(L, ar.short_src);
    lua_pushinteger(L, ar.currentline);
    lua_pushinteger(L, ar.linedefined);
    return 5;
}

/* globals(): whether LUA_GLOBALSINDEX is _G. */
static int m_globals(lua_State *L)
{
    lua_getglobal(L, "_G");
    lua_pushboolean(L, lua_rawequal(L, -1, LUA_GLOBALSINDEX));
    return 1;
}

/* types(...): the type names of the arguments, and lua_isnumber etc. as a string. */
static int m_types(lua_State *L)
{
    int i, n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (i = 1; i <= n; i++) {
        luaL_addstring(&b, luaL_typename(L, i));
        if (lua_isnumber(L, i))
            luaL_addchar(&b, '#');
        if (lua_isstring(L, i))
            luaL_addchar(&b, '$');
        if (lua_iscfunction(L, i))
            luaL_addchar(&b, 'C');
        if (lua_isuserdata(L, i))
            luaL_addchar(&b, 'U');
        if (i < n)
            luaL_addchar(&b, ' ');
    }
    luaL_pushresult(&b);
    return 1;
}

/* big(n): a long string built one character at a time with luaL_addchar. */
static int m_big(lua_State *L)
{
    int n = luaL_checkint(L, 1), i;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (i = 0; i < n; i++)
        luaL_addchar(&b, (char)('a' + i % 26));
    luaL_pushresult(&b);
    return 1;
}

static const luaL_Reg vector_methods[] = {
    {"get", v_get},
    {"set", v_set},
    {"sum", v_sum},
    {NULL, NULL}
};

static const luaL_Reg vector_meta[] = {
    {"__len", v_len},
    {"__tostring", v_tostring},
    {"__add", v_add},
    {"__eq", v_eq},
    {"__gc", v_gc},
    {NULL, NULL}
};

static const luaL_Reg funcs[] = {
    {"vector", m_vector},
    {"finalized", m_finalized},
    {"map", m_map},
    {"keys", m_keys},
    {"join", m_join},
    {"counter", m_counter},
    {"try", m_try},
    {"fail", m_fail},
    {"option", m_option},
    {"stash", m_stash},
    {"unstash", m_unstash},
    {"ref", m_ref},
    {"deref", m_deref},
    {"unref", m_unref},
    {"yield", m_yield},
    {"caller", m_caller},
    {"globals", m_globals},
    {"types", m_types},
    {"big", m_big},
    {NULL, NULL}
};

int luaopen_pucmod(lua_State *L)
{
    const char *name = luaL_checkstring(L, 1);
    /* A private environment for the module's functions (5.1 idiom). */
    lua_newtable(L);
    lua_replace(L, LUA_ENVIRONINDEX);
    luaL_newmetatable(L, VECTOR);
    luaL_register(L, NULL, vector_meta);
    lua_newtable(L);
    luaL_register(L, NULL, vector_methods);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    luaL_register(L, name, funcs);
    lua_pushliteral(L, "pucmod 1.0");
    lua_setfield(L, -2, "_VERSION");
    lua_pushstring(L, name);
    lua_setfield(L, -2, "_NAME_GIVEN");
    return 1;
}
