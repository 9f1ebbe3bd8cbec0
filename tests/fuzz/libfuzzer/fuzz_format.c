/*
 * fuzz_format: string.format with a fuzzed format string and arguments of mixed types.
 * Input layout:
 *   byte 0      number of arguments N (0..15)
 *   N items     one type byte each, some followed by payload:
 *                 0 nil, 1 false, 2 true, 3 a number from a table of edge values (+1 byte
 *                 index), 4 a double (+8 raw bytes), 5 a small integer (+1 signed byte),
 *                 6 a string (+1 length byte L, +L bytes), 7 an empty table, 8 a table with
 *                 __tostring, 9 a function, 10 a numeric string (+1 byte index), else a
 *                 32-bit integer (+4 bytes)
 *   the rest    the format string
 * The call runs under pcall (bad formats and arguments are errors, not crashes).
 */
#include <math.h>

#include "fuzz_common.h"

static const double edge[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, 1e300, -1e300, 1e-300, 4.9e-324, 1.7976931348623157e308,
    2147483647.0, -2147483648.0, 2147483648.0, 4294967296.0, 9007199254740992.0,
    9223372036854775807.0, -9223372036854775808.0, 1e15, 1e16, 1e17, 123456789.125,
    0.1, 1.0 / 3.0, 255.0, 256.0, 65535.0, 1e20, -1e20, 99.999, 0.0005, 1e-5, 2.5,
};
static const char *const numstrs[] = {
    "10", "0x10", " 5 ", "1e3", "-0", "inf", "nan", "1e400", "3.7", "", "abc", "0x",
};

static int tostr(lua_State *L)
{
    lua_pushliteral(L, "TS");
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lua_State *L;
    size_t i = 1;
    int n, k;
    if (size < 1)
        return 0;
    n = data[0] & 15;
    L = fz_newstate();
    if (L == NULL)
        return 0;
    lua_getglobal(L, "string");
    lua_getfield(L, -1, "format");
    lua_remove(L, -2);
    lua_pushnil(L);   /* placeholder for the format string */
    for (k = 0; k < n && i < size; k++) {
        uint8_t t = data[i++];
        switch (t % 12) {
        case 0: lua_pushnil(L); break;
        case 1: lua_pushboolean(L, 0); break;
        case 2: lua_pushboolean(L, 1); break;
        case 3:
            lua_pushnumber(L, i < size ? edge[data[i++] % (sizeof edge / sizeof edge[0])] : NAN);
            break;
        case 4: {
            double d = 0;
            if (i + 8 <= size) {
                memcpy(&d, data + i, 8);
                i += 8;
            }
            lua_pushnumber(L, d);
            break;
        }
        case 5: lua_pushinteger(L, i < size ? (int8_t)data[i++] : 0); break;
        case 6: {
            size_t len = i < size ? data[i++] : 0;
            if (len > size - i)
                len = size - i;
            lua_pushlstring(L, (const char *)data + i, len);
            i += len;
            break;
        }
        case 7: lua_newtable(L); break;
        case 8:
            lua_newtable(L);
            lua_newtable(L);
            lua_pushcfunction(L, tostr);
            lua_setfield(L, -2, "__tostring");
            lua_setmetatable(L, -2);
            break;
        case 9: lua_pushcfunction(L, tostr); break;
        case 10:
            lua_pushstring(L, numstrs[i < size ? data[i++] % (sizeof numstrs / sizeof numstrs[0]) : 0]);
            break;
        default: {
            int32_t v = 0;
            if (i + 4 <= size) {
                memcpy(&v, data + i, 4);
                i += 4;
            }
            lua_pushnumber(L, v);
            break;
        }
        }
    }
    lua_pushlstring(L, (const char *)data + i, size - i);
    lua_replace(L, -(k + 2));
    fz_run(L, k + 1);
    fz_close(L);
    return 0;
}
