/* LuaJIT's loading extensions in the C API: lua_loadx, luaL_loadbufferx and luaL_loadfilex take
 * a mode ("t" text only, "b" binary only, "bt" or NULL both); a chunk of the wrong kind fails
 * with LUA_ERRSYNTAX and LuaJIT's message. (Apogee and LuaJIT only: PUC Lua 5.1 has no mode.) */
#define _POSIX_C_SOURCE 200809L  /* mkstemp, fdopen */
#include <stdlib.h>
#include <unistd.h>

#include "capi_test.h"

static int writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    luaL_addlstring((luaL_Buffer *)ud, (const char *)p, sz);
    return 0;
}

typedef struct { const char *s; size_t n; } Piece;

static const char *reader(lua_State *L, void *ud, size_t *sz)
{
    Piece *p = (Piece *)ud;
    (void)L;
    if (p->n == 0)
        return NULL;
    *sz = p->n;
    p->n = 0;
    return p->s;
}

static void report(lua_State *L, const char *label, int status)
{
    if (status == 0) {
        lua_call(L, 0, 1);
        printf("%s: ok %s\n", label, lua_tostring(L, -1));
    } else {
        printf("%s: status %s %s\n", label, status == LUA_ERRSYNTAX ? "syntax" : "other",
               lua_tostring(L, -1));
    }
    lua_pop(L, 1);
}

int main(void)
{
    lua_State *L = new_state();
    const char *src = "return 'text chunk'";
    const char *bin;
    size_t binlen;
    char name[] = "/tmp/apogee-loadx-XXXXXX";
    Piece piece;
    FILE *f;
    luaL_Buffer b;
    int fd;

    luaL_loadstring(L, "return 'binary chunk'");
    luaL_buffinit(L, &b);
    lua_dump(L, writer, &b);
    luaL_pushresult(&b);
    bin = lua_tolstring(L, -1, &binlen);   /* stays on the stack below the tests */

    report(L, "buffer t text", luaL_loadbufferx(L, src, strlen(src), "=x", "t"));
    // expect: buffer t text: ok text chunk
    report(L, "buffer b text", luaL_loadbufferx(L, src, strlen(src), "=x", "b"));
    // expect: buffer b text: status syntax attempt to load chunk with wrong mode
    report(L, "buffer t binary", luaL_loadbufferx(L, bin, binlen, "=x", "t"));
    // expect: buffer t binary: status syntax attempt to load chunk with wrong mode
    report(L, "buffer b binary", luaL_loadbufferx(L, bin, binlen, "=x", "b"));
    // expect: buffer b binary: ok binary chunk
    report(L, "buffer NULL binary", luaL_loadbufferx(L, bin, binlen, "=x", NULL));
    // expect: buffer NULL binary: ok binary chunk
    report(L, "buffer bt text", luaL_loadbufferx(L, src, strlen(src), "=x", "bt"));
    // expect: buffer bt text: ok text chunk

    piece.s = src;
    piece.n = strlen(src);
    report(L, "reader b text", lua_loadx(L, reader, &piece, "=r", "b"));
    // expect: reader b text: status syntax attempt to load chunk with wrong mode
    piece.s = bin;
    piece.n = binlen;
    report(L, "reader b binary", lua_loadx(L, reader, &piece, "=r", "b"));
    // expect: reader b binary: ok binary chunk

    fd = mkstemp(name);
    f = fdopen(fd, "wb");
    fwrite(bin, 1, binlen, f);
    fclose(f);
    report(L, "file t binary", luaL_loadfilex(L, name, "t"));
    // expect: file t binary: status syntax attempt to load chunk with wrong mode
    report(L, "file b binary", luaL_loadfilex(L, name, "b"));
    // expect: file b binary: ok binary chunk
    remove(name);

    lua_close(L);
    return 0;
}
