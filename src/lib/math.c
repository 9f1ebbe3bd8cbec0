/*
 * math.c - the Lua 5.1 math library (luaopen_math).
 *
 * Thin wrappers over <math.h>.  math.random uses the C library's rand()
 * exactly like 5.1 does, so that a given seed yields the same sequence as
 * the reference interpreter on the same C library.
 */

#include <math.h>
#include <stdlib.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "state.h"
#include "vm.h"

#define PI 3.14159265358979323846
#define RADIANS_PER_DEGREE (PI / 180.0)

/* Most functions map one number to one number; generate them. */
#define UNARY(name, expr)                        \
    static int name(lua_State *L)                \
    {                                            \
        lua_Number x = luaL_checknumber(L, 1);   \
        lua_pushnumber(L, (expr));               \
        return 1;                                \
    }

UNARY(math_abs, fabs(x))
UNARY(math_ceil, ceil(x))
UNARY(math_floor, floor(x))
UNARY(math_sqrt, sqrt(x))
UNARY(math_sin, sin(x))
UNARY(math_cos, cos(x))
UNARY(math_tan, tan(x))
UNARY(math_asin, asin(x))
UNARY(math_acos, acos(x))
UNARY(math_atan, atan(x))
UNARY(math_sinh, sinh(x))
UNARY(math_cosh, cosh(x))
UNARY(math_tanh, tanh(x))
UNARY(math_exp, exp(x))
/* math.log(x [, base]): LuaJIT's extension, computed as LuaJIT does (log2(x) * (1 / log2(base)))
 * so results agree to the last bit. */
static int math_log(lua_State *L)
{
  double x = luaL_checknumber(L, 1);
  if (lua_gettop(L) >= 2) {
    double y = luaL_checknumber(L, 2);
    x = log2(x);
    y = 1.0 / log2(y);
    lua_pushnumber(L, x * y);
  } else {
    lua_pushnumber(L, log(x));
  }
  return 1;
}
UNARY(math_log10, log10(x))
UNARY(math_deg, x / RADIANS_PER_DEGREE)
UNARY(math_rad, x * RADIANS_PER_DEGREE)

static int math_atan2(lua_State *L)
{
    lua_pushnumber(L, atan2(luaL_checknumber(L, 1), luaL_checknumber(L, 2)));
    return 1;
}

static int math_pow(lua_State *L)
{
    lua_pushnumber(L, pow(luaL_checknumber(L, 1), luaL_checknumber(L, 2)));
    return 1;
}

static int math_fmod(lua_State *L)
{
    lua_pushnumber(L, fmod(luaL_checknumber(L, 1), luaL_checknumber(L, 2)));
    return 1;
}

static int math_modf(lua_State *L)
{
    double ipart;
    double fpart = modf(luaL_checknumber(L, 1), &ipart);
    lua_pushnumber(L, ipart);
    lua_pushnumber(L, fpart);
    return 2;
}

static int math_frexp(lua_State *L)
{
    int e;
    lua_pushnumber(L, frexp(luaL_checknumber(L, 1), &e));
    lua_pushinteger(L, e);
    return 2;
}

static int math_ldexp(lua_State *L)
{
    lua_pushnumber(L, ldexp(luaL_checknumber(L, 1), luaL_checkint(L, 2)));
    return 1;
}

/* Shared body of min/max: `want_less` selects min. */
static int min_or_max(lua_State *L, int want_less)
{
    int n = lua_gettop(L);
    lua_Number best = luaL_checknumber(L, 1);
    int i;
    for (i = 2; i <= n; i++) {
        lua_Number v = luaL_checknumber(L, i);
        if (want_less ? v < best : v > best)
            best = v;
    }
    lua_pushnumber(L, best);
    return 1;
}

static int math_min(lua_State *L)
{
    return min_or_max(L, 1);
}

static int math_max(lua_State *L)
{
    return min_or_max(L, 0);
}

static int math_random(lua_State *L)
{
    /* the same expression as 5.1, so the sequence matches for a seed */
    lua_Number r = (lua_Number)(rand() % RAND_MAX) / (lua_Number)RAND_MAX;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, r);
        break;
    case 1: {
        int u = luaL_checkint(L, 1);
        luaL_argcheck(L, 1 <= u, 1, "interval is empty");
        lua_pushnumber(L, floor(r * u) + 1);
        break;
    }
    case 2: {
        int lo = luaL_checkint(L, 1);
        int up = luaL_checkint(L, 2);
        luaL_argcheck(L, lo <= up, 2, "interval is empty");
        lua_pushnumber(L, floor(r * ((lua_Number)up - lo + 1)) + lo);
        break;
    }
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    return 1;
}

static int math_randomseed(lua_State *L)
{
    srand((unsigned int)luaL_checkint(L, 1));
    return 0;
}

static const luaL_Reg math_funcs[] = {
    {"abs", math_abs},
    {"acos", math_acos},
    {"asin", math_asin},
    {"atan2", math_atan2},
    {"atan", math_atan},
    {"ceil", math_ceil},
    {"cosh", math_cosh},
    {"cos", math_cos},
    {"deg", math_deg},
    {"exp", math_exp},
    {"floor", math_floor},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"ldexp", math_ldexp},
    {"log10", math_log10},
    {"log", math_log},
    {"max", math_max},
    {"min", math_min},
    {"modf", math_modf},
    {"pow", math_pow},
    {"rad", math_rad},
    {"random", math_random},
    {"randomseed", math_randomseed},
    {"sinh", math_sinh},
    {"sin", math_sin},
    {"sqrt", math_sqrt},
    {"tanh", math_tanh},
    {"tan", math_tan},
    {NULL, NULL}
};

LUALIB_API int luaopen_math(lua_State *L)
{
    luaL_register(L, LUA_MATHLIBNAME, math_funcs);
    lua_pushnumber(L, PI);
    lua_setfield(L, -2, "pi");
    lua_pushnumber(L, HUGE_VAL);
    lua_setfield(L, -2, "huge");
    {
        /* Mark the fast functions (see vm.h); the interpreter computes them inline. */
        static const struct { const char *name; int id; } fast[] = {
            {"abs", FF_ABS}, {"ceil", FF_CEIL}, {"floor", FF_FLOOR}, {"sqrt", FF_SQRT},
            {"sin", FF_SIN}, {"cos", FF_COS}, {"tan", FF_TAN}, {"exp", FF_EXP},
            {"log", FF_LOG}, {"log10", FF_LOG10},
        };
        size_t i;
        for (i = 0; i < sizeof fast / sizeof fast[0]; i++) {
            lua_getfield(L, -1, fast[i].name);
            val_func(L->top[-1])->c.ffid = (uint8_t)fast[i].id;
            lua_pop(L, 1);
        }
    }
    {
        /* Compiled code may call these (vm.h, FF_CCALL): no Lua code, no yield. */
        static const char *const ccall[] = { "random", "randomseed", "fmod", "modf", "frexp",
            "ldexp", "pow", "atan2", "atan", "asin", "acos", "sinh", "cosh", "tanh", "deg", "rad" };
        size_t i;
        for (i = 0; i < sizeof ccall / sizeof ccall[0]; i++) vm_markfast(L, ccall[i], FF_CCALL);
    }
    vm_markfast(L, "min", FF_MIN);   /* recorded inline by the trace compiler */
    vm_markfast(L, "max", FF_MAX);
    lua_getfield(L, -1, "fmod"); /* 5.1 compatibility alias */
    lua_setfield(L, -2, "mod");
    return 1;
}
