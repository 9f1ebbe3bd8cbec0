/*
 * bit.c -- the `bit` library, compatible with LuaJIT's BitOp.
 *
 * All operations work on 32-bit integers and return signed 32-bit results
 * (as Lua numbers), exactly like LuaJIT, so code written for LuaJIT's
 * `bit` module runs unchanged.  Arguments are normalised to int32 modulo
 * 2^32: adding 2^52+2^51 to a double places the integer part (rounded to
 * nearest-even) in the low mantissa bits, which we then read back.  This is
 * the same rule LuaJIT uses, including for fractional and huge inputs.
 */
#include <stdint.h>
#include <stdio.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "vm.h"

typedef int32_t SBits;
typedef uint32_t UBits;

static UBits num_to_bits(lua_Number n)
{
    union { double d; uint64_t u; } v;
    v.d = (double)n + 6755399441055744.0;  /* 2^52 + 2^51 */
    return (UBits)v.u;                      /* low 32 bits of the mantissa */
}

/* Argument idx as int32 bits; raises "number expected" like BitOp. */
static UBits check_bits(lua_State *L, int idx)
{
    lua_Number n = lua_tonumber(L, idx);
    if (n == 0 && !lua_isnumber(L, idx))
        luaL_typerror(L, idx, "number");
    return num_to_bits(n);
}

static int push_bits(lua_State *L, UBits b)
{
    lua_pushnumber(L, (lua_Number)(SBits)b);
    return 1;
}

static int bit_tobit(lua_State *L)
{
    return push_bits(L, check_bits(L, 1));
}

static int bit_bnot(lua_State *L)
{
    return push_bits(L, ~check_bits(L, 1));
}

static int bit_band(lua_State *L)
{
    int i, n = lua_gettop(L);
    UBits b = check_bits(L, 1);
    for (i = 2; i <= n; i++)
        b &= check_bits(L, i);
    return push_bits(L, b);
}

static int bit_bor(lua_State *L)
{
    int i, n = lua_gettop(L);
    UBits b = check_bits(L, 1);
    for (i = 2; i <= n; i++)
        b |= check_bits(L, i);
    return push_bits(L, b);
}

static int bit_bxor(lua_State *L)
{
    int i, n = lua_gettop(L);
    UBits b = check_bits(L, 1);
    for (i = 2; i <= n; i++)
        b ^= check_bits(L, i);
    return push_bits(L, b);
}

/* Shift counts use only their low 5 bits, as x86 and LuaJIT do. */
static int bit_lshift(lua_State *L)
{
    UBits b = check_bits(L, 1), n = check_bits(L, 2) & 31;
    return push_bits(L, b << n);
}

static int bit_rshift(lua_State *L)
{
    UBits b = check_bits(L, 1), n = check_bits(L, 2) & 31;
    return push_bits(L, b >> n);
}

/* Arithmetic shift written without relying on implementation-defined
 * right shifts of negative values: fill the vacated bits with the sign. */
static int bit_arshift(lua_State *L)
{
    UBits b = check_bits(L, 1), n = check_bits(L, 2) & 31;
    UBits r = b >> n;
    if ((b & 0x80000000u) && n > 0)
        r |= ~(UBits)0 << (32 - n);
    return push_bits(L, r);
}

static int bit_rol(lua_State *L)
{
    UBits b = check_bits(L, 1), n = check_bits(L, 2) & 31;
    return push_bits(L, n ? (b << n) | (b >> (32 - n)) : b);
}

static int bit_ror(lua_State *L)
{
    UBits b = check_bits(L, 1), n = check_bits(L, 2) & 31;
    return push_bits(L, n ? (b >> n) | (b << (32 - n)) : b);
}

static int bit_bswap(lua_State *L)
{
    UBits b = check_bits(L, 1);
    b = (b >> 24) | ((b >> 8) & 0xff00u) | ((b & 0xff00u) << 8) | (b << 24);
    return push_bits(L, b);
}

/* tohex(x [, n]): x in hexadecimal, as LuaJIT 2.1 formats it. A negative
 * n selects upper-case digits. For 0 < |n| < 16 the low |n| digits are
 * kept; the result has at least ((|n| + 1) & 255) - 1 digits (LuaJIT's
 * format precision, a byte), so 16 < |n| < 255 pads with zeros, |n| = 255
 * gives no padding and |n| = 256 (or n = 0) an empty string for 0. x is
 * zero-extended to 64 bits. n = -2^31, whose negation overflows, masks
 * everything away. */
static int bit_tohex(lua_State *L)
{
    uint64_t b = check_bits(L, 1);
    SBits n = lua_isnone(L, 2) ? 8 : (SBits)check_bits(L, 2);
    int upper = 0, prec;
    char buf[300];
    if (n < 0) {
        n = (SBits)(~(UBits)n + 1u);   /* INT32_MIN stays negative */
        upper = 1;
    }
    prec = (int)(((UBits)n + 1u) & 255u);
    if (n < 16)
        b = n <= 0 ? 0 : b & ((UINT64_C(1) << (4 * n)) - 1);
    if (prec == 0)
        snprintf(buf, sizeof buf, upper ? "%llX" : "%llx", (unsigned long long)b);
    else
        snprintf(buf, sizeof buf, upper ? "%.*llX" : "%.*llx", prec - 1,
                 (unsigned long long)b);
    lua_pushstring(L, buf);
    return 1;
}

static const luaL_Reg bit_funcs[] = {
    {"tobit", bit_tobit},
    {"bnot", bit_bnot},
    {"band", bit_band},
    {"bor", bit_bor},
    {"bxor", bit_bxor},
    {"lshift", bit_lshift},
    {"rshift", bit_rshift},
    {"arshift", bit_arshift},
    {"rol", bit_rol},
    {"ror", bit_ror},
    {"bswap", bit_bswap},
    {"tohex", bit_tohex},
    {NULL, NULL}
};

LUALIB_API int luaopen_bit(lua_State *L)
{
    luaL_register(L, LUA_BITLIBNAME, bit_funcs);
    {
        /* Recorded inline by the trace compiler (vm.h). */
        static const struct { const char *name; int id; } fast[] = {
            {"tobit", FF_TOBIT}, {"bnot", FF_BNOT}, {"band", FF_BAND}, {"bor", FF_BOR},
            {"bxor", FF_BXOR}, {"lshift", FF_LSHIFT}, {"rshift", FF_RSHIFT},
            {"arshift", FF_ARSHIFT}, {"rol", FF_ROL}, {"ror", FF_ROR}, {"bswap", FF_BSWAP},
        };
        size_t i;
        for (i = 0; i < sizeof fast / sizeof fast[0]; i++) vm_markfast(L, fast[i].name, fast[i].id);
    }
    return 1;
}
