/* lua_dump then lua_load: binary chunks round trip through C buffers and readers.  The format
 * itself is the implementation's own (Apogee's differs from PUC's after the signature and
 * version byte), so only its behaviour is checked. */
#include <stdlib.h>

#include "capi_test.h"

typedef struct {
    char *data;
    size_t len, cap;
    int calls;
} Buf;

static int writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    Buf *b = (Buf *)ud;
    (void)L;
    if (b->len + sz > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + sz)
            cap *= 2;
        b->data = realloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, sz);
    b->len += sz;
    b->calls++;
    return 0;
}

static int failing_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    int *calls = (int *)ud;
    (void)L;
    (void)p;
    (void)sz;
    (*calls)++;
    return 7;
}

/* Hands the chunk out in pieces of `step` bytes. */
typedef struct {
    const char *data;
    size_t len, pos, step;
} Reader;

static const char *reader(lua_State *L, void *ud, size_t *size)
{
    Reader *r = (Reader *)ud;
    size_t n;
    (void)L;
    if (r->pos >= r->len)
        return NULL;
    n = r->len - r->pos;
    if (n > r->step)
        n = r->step;
    *size = n;
    r->pos += n;
    return r->data + r->pos - n;
}

static int load_pieces(lua_State *L, const Buf *b, size_t len, size_t step, const char *name)
{
    Reader r;
    r.data = b->data;
    r.len = len;
    r.pos = 0;
    r.step = step;
    return lua_load(L, reader, &r, name);
}

static const char source[] =
    "local n, s = ...\n"
    "local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end\n"
    "local t = {}\n"
    "for i = 1, 5 do t[i] = function() return i * 10 end end\n"
    "local parts = {}\n"
    "for i = 1, 5 do parts[#parts + 1] = t[i]() end\n"
    "if n == 'fail' then error('failing on purpose') end\n"
    "return fib(n), table.concat(parts, ','), s .. '\\0z', #s, 1.5e300, -0.25, true, nil\n";

int main(void)
{
    lua_State *L = new_state();
    Buf b = {NULL, 0, 0, 0};
    int status, calls = 0, i;
    size_t steps[] = {1, 3, 1000000};

    status = luaL_loadbuffer(L, source, strlen(source), "=original");
    printf("load source: %d\n", status);
    status = lua_dump(L, writer, &b);
    printf("dump: status %d, writer called %s, bytes %s, top %d (%s)\n", status,
           b.calls > 0 ? "yes" : "no", b.len > 12 ? "some" : "few", lua_gettop(L),
           luaL_typename(L, -1));
    printf("signature ok %d, version byte 0x%02x\n",
           memcmp(b.data, LUA_SIGNATURE, strlen(LUA_SIGNATURE)) == 0, (unsigned char)b.data[4]);

    /* Results of the original, then of the reloaded chunk fed in pieces of several sizes. */
    lua_pushinteger(L, 20);
    lua_pushlstring(L, "ab\0c", 4);
    lua_call(L, 2, LUA_MULTRET);
    show_stack(L, "original");
    lua_settop(L, 0);
    for (i = 0; i < 3; i++) {
        status = load_pieces(L, &b, b.len, steps[i], "=reloaded");
        printf("load binary (pieces of %d): %d %s\n", (int)steps[i], status,
               luaL_typename(L, -1));
        lua_pushinteger(L, 20);
        lua_pushlstring(L, "ab\0c", 4);
        lua_call(L, 2, LUA_MULTRET);
        printf("results %d: ", lua_gettop(L));
        show_stack(L, "reloaded");
        lua_settop(L, 0);
    }

    /* Line information and the original chunk name survive the round trip. */
    load_pieces(L, &b, b.len, 64, "=other name");
    lua_pushstring(L, "fail");
    lua_pushstring(L, "");
    status = lua_pcall(L, 2, 0, 0);
    printf("error from reloaded chunk: %d %s\n", status, lua_tostring(L, -1));
    lua_settop(L, 0);

    /* A dumped dump: load the binary, dump it again, load that. */
    load_pieces(L, &b, b.len, b.len, "=again");
    {
        Buf b2 = {NULL, 0, 0, 0};
        lua_dump(L, writer, &b2);
        printf("second dump is identical: %d\n", b2.len == b.len &&
               memcmp(b2.data, b.data, b.len) == 0);
        lua_settop(L, 0);
        load_pieces(L, &b2, b2.len, 7, "=third");
        lua_pushinteger(L, 10);
        lua_pushstring(L, "x");
        lua_call(L, 2, 2);
        show_stack(L, "third");
        lua_settop(L, 0);
        free(b2.data);
    }

    /* Truncated binary chunks are rejected with a syntax error, whatever the cut. */
    {
        size_t cuts[] = {1, 4, 12, 30};
        int ok = 1;
        for (i = 0; i < 4; i++) {
            status = load_pieces(L, &b, cuts[i], 5, "=truncated");
            if (status != LUA_ERRSYNTAX || !lua_isstring(L, -1))
                ok = 0;
            lua_settop(L, 0);
        }
        status = load_pieces(L, &b, b.len / 2, 5, "=half");
        printf("truncated chunks give LUA_ERRSYNTAX with a message: %d %d\n", ok,
               status == LUA_ERRSYNTAX && lua_isstring(L, -1));
        lua_settop(L, 0);
    }

    /* Upvalues of a dumped closure are not saved: they are fresh after loading. */
    run(L, "local up = 'captured' function getup() return up end");
    lua_getglobal(L, "getup");
    b.len = 0;
    lua_dump(L, writer, &b);
    lua_pop(L, 1);
    load_pieces(L, &b, b.len, 16, "=closure");
    lua_call(L, 0, 1);
    printf("upvalue after reload: %s\n", luaL_typename(L, -1));
    lua_pop(L, 1);

    /* string.dump and loadstring do the same from Lua. */
    run(L, "local f = function(a, b) return a * b, 'k' end\n"
           "local g = assert(loadstring(string.dump(f)))\n"
           "print(g(6, 7))\n"
           "print(pcall(string.dump, print))");

    /* C functions cannot be dumped; the writer's error status is returned. */
    lua_pushcfunction(L, luaopen_base);
    status = lua_dump(L, writer, &b);
    printf("dump C function: %d\n", status);
    lua_pop(L, 1);
    luaL_loadstring(L, "return 1");
    status = lua_dump(L, failing_writer, &calls);
    printf("dump with failing writer: %d, writer called once: %d\n", status, calls == 1);

    free(b.data);
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: load source: 0
// expect: dump: status 0, writer called yes, bytes some, top 1 (function)
// expect: signature ok 1, version byte 0x51
// expect: original: 6765 "10,20,30,40,50" "ab\0c\0z" 4 1.5e+300 -0.25 true nil
// expect: load binary (pieces of 1): 0 function
// expect: results 8: reloaded: 6765 "10,20,30,40,50" "ab\0c\0z" 4 1.5e+300 -0.25 true nil
// expect: load binary (pieces of 3): 0 function
// expect: results 8: reloaded: 6765 "10,20,30,40,50" "ab\0c\0z" 4 1.5e+300 -0.25 true nil
// expect: load binary (pieces of 1000000): 0 function
// expect: results 8: reloaded: 6765 "10,20,30,40,50" "ab\0c\0z" 4 1.5e+300 -0.25 true nil
// expect: error from reloaded chunk: 2 original:7: failing on purpose
// expect: second dump is identical: 1
// expect: third: 55 "10,20,30,40,50"
// expect: truncated chunks give LUA_ERRSYNTAX with a message: 1 1
// expect: upvalue after reload: nil
// expect: 42	k
// expect: false	unable to dump given function
// expect: dump C function: 1
// expect: dump with failing writer: 7, writer called once: 1
