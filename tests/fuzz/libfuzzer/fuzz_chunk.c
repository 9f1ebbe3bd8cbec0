/*
 * fuzz_chunk: arbitrary bytes as a binary chunk.  The input is prefixed with the signature
 * "\033Lua" so every input reaches the undumper and its verifier; a chunk that loads is run
 * bounded (see fuzz_common.h).  Seeds are string.dump outputs without their first 4 bytes.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lua_State *L;
    char *buf = malloc(size + 4);
    if (buf == NULL)
        return 0;
    memcpy(buf, "\033Lua", 4);
    if (size)
        memcpy(buf + 4, data, size);
    L = fz_newstate();
    if (L == NULL) {
        free(buf);
        return 0;
    }
    if (luaL_loadbuffer(L, buf, size + 4, "=chunk") == 0)
        fz_run(L, 0);
    else
        lua_pop(L, 1);
    free(buf);
    fz_close(L);
    return 0;
}
