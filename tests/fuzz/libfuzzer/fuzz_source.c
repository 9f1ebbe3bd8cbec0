/*
 * fuzz_source: Lua source text -> luaL_loadbuffer; if it compiles, run it bounded (see
 * fuzz_common.h).  Exercises the lexer, parser, code generator, interpreter and libraries.
 * Inputs starting with ESC go through the binary-chunk loader instead, as in lua5.1.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lua_State *L = fz_newstate();
    if (L == NULL)
        return 0;
    if (luaL_loadbuffer(L, (const char *)data, size, "=fuzz") == 0)
        fz_run(L, 0);
    else
        lua_pop(L, 1);
    fz_close(L);
    return 0;
}
