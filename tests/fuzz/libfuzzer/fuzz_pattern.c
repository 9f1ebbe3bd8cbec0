/*
 * fuzz_pattern: string.find / match / gmatch / gsub with a fuzzed pattern, subject and
 * replacement.  Input layout:
 *   byte 0      selector: bits 0-2 the operation, bits 3-7 its variant (init, plain, max n,
 *               kind of replacement)
 *   byte 1      pattern length P
 *   byte 2      replacement length R
 *   byte 3      init position (signed) for find/match
 *   P bytes     pattern, R bytes replacement, the rest is the subject
 * Each call runs under pcall (malformed patterns are errors, not crashes) with the budget of
 * fuzz_common.h (callbacks of gsub are Lua functions and count, and so do the matcher's steps).
 */
#include "fuzz_common.h"

/* Lua side: f(op, variant, init, pat, repl, subj).  The results are consumed (converted to
   strings) so every returned capture is touched. */
static const char driver[] =
    "local op, v, init, p, r, s = ...\n"
    "local function touch(...) for i = 1, select('#', ...) do tostring((select(i, ...))) end end\n"
    "if op == 0 then touch(string.find(s, p, init, v % 2 == 1))\n"
    "elseif op == 1 then touch(string.find(s, p))\n"
    "elseif op == 2 then touch(string.match(s, p, init))\n"
    "elseif op == 3 then local n = 0 for a, b, c in string.gmatch(s, p) do touch(a, b, c) n = n + 1 if n > 1000 then break end end\n"
    "elseif op == 4 then touch(string.gsub(s, p, r, v % 4 == 0 and nil or v % 7))\n"
    "elseif op == 5 then local t = {} for c in r:gmatch('.') do t[c] = (v % 2 == 0) and c .. c or (v % 3 == 0) end\n"
    "  touch(string.gsub(s, p, t))\n"
    "elseif op == 6 then local n = 0\n"
    "  touch(string.gsub(s, p, function(...) n = n + 1 if v % 3 == 0 then return select(1 + n % 3, ...) elseif v % 3 == 1 then return false end return (...) end))\n"
    "else touch(s:find(p, -init), s:match(p, init % 8), s:gsub(p, r, 3)) end\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lua_State *L;
    size_t plen, rlen;
    if (size < 4)
        return 0;
    plen = data[1];
    rlen = data[2];
    if (4 + plen + rlen > size)
        return 0;
    L = fz_newstate();
    if (L == NULL)
        return 0;
    if (luaL_loadbuffer(L, driver, sizeof driver - 1, "=pattern") != 0) {
        fprintf(stderr, "driver: %s\n", lua_tostring(L, -1));
        abort();
    }
    lua_pushinteger(L, data[0] & 7);
    lua_pushinteger(L, data[0] >> 3);
    lua_pushinteger(L, (int8_t)data[3]);
    lua_pushlstring(L, (const char *)data + 4, plen);
    lua_pushlstring(L, (const char *)data + 4 + plen, rlen);
    lua_pushlstring(L, (const char *)data + 4 + plen + rlen, size - 4 - plen - rlen);
    fz_run(L, 6);
    fz_close(L);
    return 0;
}
