/*
 * buffer.c - LuaJIT's string buffer library (require "string.buffer").
 *
 * A buffer is a full userdata holding a byte array used as a FIFO: put, putf, set, encode
 * append at the write end; get, skip, decode consume from the read end; tostring and #buf look
 * without consuming. Methods return the buffer itself where LuaJIT's do, so calls chain.
 *
 * encode/decode use LuaJIT's serialisation format (doc/ext_buffer.html in LuaJIT 2.1):
 *
 *   0x00 nil, 0x01 false, 0x02 true, 0x03 NULL, 0x04 light userdata (32 bits), 0x05 (64 bits),
 *   0x06 int32, 0x07 double, 0x08 empty table, 0x09 hash part, 0x0a 0-based array,
 *   0x0b 0-based array + hash, 0x0c 1-based array, 0x0d 1-based array + hash,
 *   0x20 + length: a string (the tag itself is a .U number, so long strings take more bytes).
 *   .U: n < 0xe0 is one byte; n < 0x1fe0 two (0xe0 | (n - 0xe0) >> 8, (n - 0xe0) & 0xff);
 *   otherwise 0xff then 32 bits little-endian. Numbers are little-endian.
 *
 * Numbers are encoded as doubles (LuaJIT's x86-64 build does the same); an array part is written
 * 1-based (0x0c/0x0d) with its count plus one, as LuaJIT writes a table whose slot 0 is empty.
 * Hash entries are written in node order, last node first: the bytes equal LuaJIT's for arrays
 * and tables with at most one hash key; with more keys the order differs (the hash functions
 * differ), which decoding does not see. Not supported: the dict and metatable options, FFI
 * types (tags 0x10-0x12) and the FFI methods (putcdata, reserve, commit, ref).
 */
#include <stdint.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "lib.h"

#include "object.h"
#include "state.h"
#include "tab.h"

#define BUF_MT "string.buffer"
#define BUF_DEPTH 100   /* nesting limit of encode and decode (LJ_SERIALIZE_DEPTH) */

typedef struct StrBuf {
    char *b;
    size_t r, w, cap;   /* unread bytes are b[r .. w-1] */
} StrBuf;

enum {
    TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_NULL, TAG_LIGHTUD32, TAG_LIGHTUD64, TAG_INT, TAG_NUM,
    TAG_TAB, TAG_DICT_MT = 0x0e, TAG_DICT_STR = 0x0f, TAG_INT64 = 0x10, TAG_STR = 0x20
};

static StrBuf *buf_check(lua_State *L, int idx)
{
    return (StrBuf *)luaL_checkudata(L, idx, BUF_MT);
}

static StrBuf *buf_test(lua_State *L, int idx)
{
    StrBuf *sb = (StrBuf *)lua_touserdata(L, idx);
    if (sb == NULL || !lua_getmetatable(L, idx))
        return NULL;
    luaL_getmetatable(L, BUF_MT);
    if (!lua_rawequal(L, -1, -2))
        sb = NULL;
    lua_pop(L, 2);
    return sb;
}

/* Room for n more bytes at the write end; unread bytes move to the start first. */
static char *buf_reserve(lua_State *L, StrBuf *sb, size_t n)
{
    if (sb->cap - sb->w < n) {
        void *ud;
        lua_Alloc f = lua_getallocf(L, &ud);
        size_t len = sb->w - sb->r;
        if (sb->r > 0) {
            memmove(sb->b, sb->b + sb->r, len);
            sb->r = 0;
            sb->w = len;
        }
        if (sb->cap - sb->w < n) {
            size_t ncap = sb->cap < 32 ? 32 : sb->cap;
            char *nb;
            if (n > ((size_t)-1) / 4 - len)
                luaL_error(L, "buffer too large");
            while (ncap - len < n)
                ncap *= 2;
            nb = (char *)f(ud, sb->b, sb->cap, ncap);
            if (nb == NULL)
                luaL_error(L, "not enough memory");
            sb->b = nb;
            sb->cap = ncap;
        }
    }
    return sb->b + sb->w;
}

static void buf_putmem(lua_State *L, StrBuf *sb, const void *p, size_t n)
{
    if (n == 0)
        return;
    memcpy(buf_reserve(L, sb, n), p, n);
    sb->w += n;
}

static void buf_release(lua_State *L, StrBuf *sb)
{
    void *ud;
    lua_Alloc f = lua_getallocf(L, &ud);
    if (sb->b)
        f(ud, sb->b, sb->cap, 0);
    sb->b = NULL;
    sb->r = sb->w = sb->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */
/* ------------------------------------------------------------------ */

static StrBuf *buf_push(lua_State *L)
{
    StrBuf *sb = (StrBuf *)lua_newuserdata(L, sizeof(StrBuf));
    memset(sb, 0, sizeof *sb);
    luaL_getmetatable(L, BUF_MT);
    lua_setmetatable(L, -2);
    return sb;
}

/* buffer.new([size] [, options]) */
static int buf_new(lua_State *L)
{
    StrBuf *sb;
    lua_Integer size = 0;
    int opt = 1;
    if (lua_type(L, 1) != LUA_TTABLE && !lua_isnoneornil(L, 1)) {
        size = luaL_checkinteger(L, 1);
        opt = 2;
    }
    if (lua_type(L, opt) == LUA_TTABLE) {
        lua_getfield(L, opt, "dict");
        lua_getfield(L, opt, "metatable");
        if (!lua_isnil(L, -1) || !lua_isnil(L, -2))
            luaL_error(L, "string.buffer: the dict and metatable options are not supported");
        lua_pop(L, 2);
    }
    sb = buf_push(L);
    if (size > 0)
        buf_reserve(L, sb, (size_t)size);
    return 1;
}

static int buf_gc(lua_State *L)
{
    StrBuf *sb = buf_test(L, 1);
    if (sb)
        buf_release(L, sb);
    return 0;
}

static int buf_free(lua_State *L)
{
    buf_release(L, buf_check(L, 1));
    lua_settop(L, 1);
    return 1;
}

static int buf_reset(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    sb->r = sb->w = 0;
    lua_settop(L, 1);
    return 1;
}

/* put(...): strings, numbers (as tostring writes them), other buffers, objects with
 * __tostring. */
static int buf_put(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    int i, top = lua_gettop(L);
    for (i = 2; i <= top; i++) {
        size_t len;
        const char *s;
        StrBuf *other;
        if (lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER) {
            s = lua_tolstring(L, i, &len);
            buf_putmem(L, sb, s, len);
        } else if ((other = buf_test(L, i)) != NULL) {
            if (other == sb) {   /* appending a buffer to itself: copy the bytes first */
                lua_pushlstring(L, sb->b + sb->r, sb->w - sb->r);
                s = lua_tolstring(L, -1, &len);
                buf_putmem(L, sb, s, len);
                lua_pop(L, 1);
            } else {
                buf_putmem(L, sb, other->b + other->r, other->w - other->r);
            }
        } else if (luaL_callmeta(L, i, "__tostring")) {
            s = lua_tolstring(L, -1, &len);
            if (s == NULL)
                luaL_error(L, "'__tostring' must return a string");
            buf_putmem(L, sb, s, len);
            lua_pop(L, 1);
        } else {
            luaL_typerror(L, i, "string/number/__tostring");
        }
    }
    lua_settop(L, 1);
    return 1;
}

/* putf(fmt, ...): string.format's result appended (string.format is upvalue 1). */
static int buf_putf(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    size_t len;
    const char *s;
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 2);
    lua_call(L, n - 1, 1);
    s = lua_tolstring(L, -1, &len);
    buf_putmem(L, sb, s, len);
    lua_settop(L, 1);
    return 1;
}

/* set(str): the buffer's contents replaced by str. */
static int buf_set(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    size_t len;
    const char *s = luaL_checklstring(L, 2, &len);
    sb->r = sb->w = 0;
    buf_putmem(L, sb, s, len);
    lua_settop(L, 1);
    return 1;
}

static int buf_skip(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    lua_Integer n = luaL_checkinteger(L, 2);
    if (n < 0)
        luaL_argerror(L, 2, "number out of range");
    if ((size_t)n > sb->w - sb->r)
        n = (lua_Integer)(sb->w - sb->r);
    sb->r += (size_t)n;
    lua_settop(L, 1);
    return 1;
}

/* get([len or nil, ...]): consumes and returns up to len bytes per argument; nil or no
 * argument: everything left. */
static int buf_get(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    int i, n = lua_gettop(L) - 1;
    if (n == 0) {
        lua_pushnil(L);
        n = 1;
    }
    luaL_checkstack(L, n, "too many results");
    for (i = 2; i <= n + 1; i++) {
        size_t avail = sb->w - sb->r, len = avail;
        if (!lua_isnil(L, i)) {
            lua_Integer k = luaL_checkinteger(L, i);
            if (k < 0)
                luaL_argerror(L, i - 1, "number out of range");
            if ((size_t)k < len)
                len = (size_t)k;
        }
        lua_pushlstring(L, sb->b ? sb->b + sb->r : "", len);
        sb->r += len;
    }
    if (sb->r == sb->w)
        sb->r = sb->w = 0;
    return n;
}

static int buf_tostring(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    lua_pushlstring(L, sb->b ? sb->b + sb->r : "", sb->w - sb->r);
    return 1;
}

static int buf_len(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    lua_pushinteger(L, (lua_Integer)(sb->w - sb->r));
    return 1;
}

/* a .. b with a buffer on either side: the buffer's contents take its place. */
static int buf_concat(lua_State *L)
{
    int i;
    for (i = 1; i <= 2; i++) {
        StrBuf *sb = buf_test(L, i);
        if (sb) {
            lua_pushlstring(L, sb->b ? sb->b + sb->r : "", sb->w - sb->r);
            lua_replace(L, i);
        }
    }
    lua_settop(L, 2);
    lua_concat(L, 2);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Serialisation                                                       */
/* ------------------------------------------------------------------ */

static void ser_byte(lua_State *L, StrBuf *sb, int c)
{
    char ch = (char)c;
    buf_putmem(L, sb, &ch, 1);
}

/* The low n bytes of v, little-endian (n is 4 or 8). */
static void ser_le(lua_State *L, StrBuf *sb, uint64_t v, int n)
{
    unsigned char b[8];
    int i;
    for (i = 0; i < n; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    buf_putmem(L, sb, b, (size_t)n);
}
#define ser_u32(L, sb, v) ser_le(L, sb, (uint32_t)(v), 4)
#define ser_u64(L, sb, v) ser_le(L, sb, (uint64_t)(v), 8)

/* The .U prefix encoding. */
static void ser_wu124(lua_State *L, StrBuf *sb, uint32_t v)
{
    if (v < 0xe0) {
        ser_byte(L, sb, (int)v);
    } else if (v < 0x1fe0) {
        v -= 0xe0;
        ser_byte(L, sb, (int)(0xe0 | (v >> 8)));
        ser_byte(L, sb, (int)(v & 0xff));
    } else {
        ser_byte(L, sb, 0xff);
        ser_u32(L, sb, v);
    }
}

static void ser_put(lua_State *L, StrBuf *sb, Value v, int depth);

static void ser_table(lua_State *L, StrBuf *sb, Table *t, int depth)
{
    uint32_t narray = 0, nhash = 0, i, nsize;
    const Value *p0;
    int has0;
    if (depth <= 0)
        luaL_error(L, "too deep to serialize");
    for (i = tab_amax(t); i > 0; i--)
        if (!val_isnil(t->array[i]))
            break;
    narray = i;   /* keys 1..narray, written as LuaJIT's array of narray + 1 slots */
    /* Key 0 is written with them, first, as LuaJIT's slot 0 (the tag says whether it is), also
     * from the hash part when the table has no array part. */
    p0 = tab_getint(t, 0);
    has0 = !val_isnil(*p0);
    nsize = tab_sizenode(t);   /* an empty hash part is one shared node holding nil */
    for (i = 0; i < nsize; i++)
        if (!val_isnil(t->node[i].val) && &t->node[i].val != p0)
            nhash++;
    ser_byte(L, sb, TAG_TAB + (nhash ? 1 : 0) + (has0 ? 2 : narray ? 4 : 0));
    if (narray || has0)
        ser_wu124(L, sb, narray + 1);
    if (nhash)
        ser_wu124(L, sb, nhash);
    for (i = has0 ? 0 : 1; i <= narray; i++)
        ser_put(L, sb, i ? t->array[i] : *p0, depth - 1);
    for (i = nsize; i > 0 && nhash > 0; i--) {
        Node *n = &t->node[i - 1];
        if (!val_isnil(n->val) && &n->val != p0) {
            ser_put(L, sb, n->key, depth - 1);
            ser_put(L, sb, n->val, depth - 1);
            nhash--;
        }
    }
}

/* Appends v's encoding. Runs no Lua code and allocates nothing collectable, so the objects
 * reached from v stay put while they are walked. */
static void ser_put(lua_State *L, StrBuf *sb, Value v, int depth)
{
    if (val_isstr(v)) {
        Str *s = val_str(v);
        if (s->len > 0xffffffffu - TAG_STR)
            luaL_error(L, "buffer too large");
        ser_wu124(L, sb, (uint32_t)(TAG_STR + s->len));
        buf_putmem(L, sb, str_data(s), s->len);
    } else if (val_isnum(v)) {
        double d = val_num(v);
        uint64_t u;
        memcpy(&u, &d, 8);
        ser_byte(L, sb, TAG_NUM);
        ser_u64(L, sb, u);
    } else if (val_isnil(v)) {
        ser_byte(L, sb, TAG_NIL);
    } else if (val_isbool(v)) {
        ser_byte(L, sb, val_isfalse(v) ? TAG_FALSE : TAG_TRUE);
    } else if (val_istab(v)) {
        ser_table(L, sb, val_tab(v), depth);
    } else if (val_islightud(v)) {
        uint64_t p = (uint64_t)(uintptr_t)val_ptr(v);
        if (p == 0) {
            ser_byte(L, sb, TAG_NULL);
        } else if ((p >> 32) == 0) {
            ser_byte(L, sb, TAG_LIGHTUD32);
            ser_u32(L, sb, (uint32_t)p);
        } else {
            ser_byte(L, sb, TAG_LIGHTUD64);
            ser_u64(L, sb, p);
        }
    } else {
        const char *tn = val_isfunc(v) ? "function" : val_isthread(v) ? "thread" : "userdata";
        luaL_error(L, "cannot serialize '%s'", tn);
    }
}

static void ser_encode(lua_State *L, StrBuf *sb, int idx)
{
    luaL_checkany(L, idx);
    ser_put(L, sb, L->base[idx - 1], BUF_DEPTH);   /* idx > 0: an argument */
}

static _Noreturn void ser_eob(lua_State *L)
{
    luaL_error(L, "unexpected end of buffer");
    for (;;) {}
}

static const unsigned char *ser_need(lua_State *L, StrBuf *sb, size_t n)
{
    if (sb->w - sb->r < n)
        ser_eob(L);
    sb->r += n;
    return (const unsigned char *)sb->b + sb->r - n;
}

static uint32_t ser_ru32(lua_State *L, StrBuf *sb)
{
    const unsigned char *p = ser_need(L, sb, 4);
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t ser_ru64(lua_State *L, StrBuf *sb)
{
    uint64_t lo = ser_ru32(L, sb);
    return lo | (uint64_t)ser_ru32(L, sb) << 32;
}

static uint32_t ser_ru124(lua_State *L, StrBuf *sb)
{
    uint32_t v = *ser_need(L, sb, 1);
    if (v < 0xe0)
        return v;
    if (v != 0xff)
        return (((v & 0x1f) << 8) | *ser_need(L, sb, 1)) + 0xe0;
    return ser_ru32(L, sb);
}

/* Decodes one object from sb's read end and pushes it. */
static void ser_get(lua_State *L, StrBuf *sb, int depth)
{
    uint32_t tag;
    luaL_checkstack(L, 4, "too deep to serialize");
    if (depth <= 0)
        luaL_error(L, "too deep to serialize");
    tag = ser_ru124(L, sb);
    if (tag >= TAG_STR) {
        size_t len = tag - TAG_STR;
        const unsigned char *p = ser_need(L, sb, len);
        lua_pushlstring(L, (const char *)p, len);
    } else if (tag == TAG_NUM) {
        uint64_t u = ser_ru64(L, sb);
        double d;
        memcpy(&d, &u, 8);
        lua_pushnumber(L, d);
    } else if (tag == TAG_INT) {
        lua_pushnumber(L, (lua_Number)(int32_t)ser_ru32(L, sb));
    } else if (tag <= TAG_TRUE) {
        if (tag == TAG_NIL)
            lua_pushnil(L);
        else
            lua_pushboolean(L, tag == TAG_TRUE);
    } else if (tag == TAG_NULL) {
        lua_pushlightuserdata(L, NULL);
    } else if (tag == TAG_LIGHTUD32) {
        lua_pushlightuserdata(L, (void *)(uintptr_t)ser_ru32(L, sb));
    } else if (tag == TAG_LIGHTUD64) {
        lua_pushlightuserdata(L, (void *)(uintptr_t)ser_ru64(L, sb));
    } else if (tag >= TAG_TAB && tag <= TAG_TAB + 5) {
        uint32_t narray = 0, nhash = 0, i;
        int first;
        if (tag >= TAG_TAB + 2)
            narray = ser_ru124(L, sb);
        if (tag & 1)
            nhash = ser_ru124(L, sb);
        first = tag >= TAG_TAB + 4;   /* 1-based: slot 0 is not written */
        lua_createtable(L, narray > 1u << 20 ? 1 << 20 : (int)narray,
                        nhash > 1u << 20 ? 1 << 20 : (int)nhash);
        for (i = (uint32_t)first; i < narray; i++) {
            ser_get(L, sb, depth - 1);
            lua_rawseti(L, -2, (int)i);
        }
        for (; nhash > 0; nhash--) {
            ser_get(L, sb, depth - 1);
            if (lua_isnil(L, -1))
                luaL_error(L, "table index is nil");
            lua_pushvalue(L, -1);
            lua_rawget(L, -3);
            if (!lua_isnil(L, -1))
                luaL_error(L, "duplicate table key");
            lua_pop(L, 1);
            ser_get(L, sb, depth - 1);
            lua_rawset(L, -3);
        }
    } else if (tag == TAG_DICT_MT || tag == TAG_DICT_STR) {
        luaL_error(L, "cannot deserialize dictionary index %d", (int)ser_ru124(L, sb) + 1);
    } else if (tag >= TAG_INT64 && tag <= TAG_INT64 + 2) {
        luaL_error(L, "cannot deserialize tag 0x%02x (FFI types are not supported)", (int)tag);
    } else {
        luaL_error(L, "cannot deserialize tag 0x%02x", (int)tag);
    }
}

/* buf:encode(obj) */
static int buf_encode(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    ser_encode(L, sb, 2);
    lua_settop(L, 1);
    return 1;
}

/* buf:decode(): the next object, consumed. */
static int buf_decode(lua_State *L)
{
    StrBuf *sb = buf_check(L, 1);
    lua_settop(L, 1);
    ser_get(L, sb, BUF_DEPTH);
    if (sb->r == sb->w)
        sb->r = sb->w = 0;
    return 1;
}

/* buffer.encode(obj): the encoding as a string. A scratch buffer (upvalue 1) holds it. */
static int lib_encode(lua_State *L)
{
    StrBuf *sb = buf_check(L, lua_upvalueindex(1));
    sb->r = sb->w = 0;
    ser_encode(L, sb, 1);
    lua_pushlstring(L, sb->b, sb->w);
    sb->w = 0;
    return 1;
}

/* buffer.decode(str): the one object encoded in str. */
static int lib_decode(lua_State *L)
{
    StrBuf view;
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    view.b = (char *)s;   /* only read; the string is anchored in slot 1 */
    view.r = 0;
    view.w = view.cap = len;
    ser_get(L, &view, BUF_DEPTH);
    if (view.r != view.w)
        luaL_error(L, "left-over data in buffer");
    return 1;
}

static const luaL_Reg buf_methods[] = {
    {"free", buf_free},
    {"reset", buf_reset},
    {"put", buf_put},
    {"set", buf_set},
    {"skip", buf_skip},
    {"get", buf_get},
    {"tostring", buf_tostring},
    {"encode", buf_encode},
    {"decode", buf_decode},
    {NULL, NULL}
};

static int buf_open(lua_State *L)
{
    luaL_newmetatable(L, BUF_MT);
    lua_createtable(L, 0, 12);
    luaL_register(L, NULL, buf_methods);
    lua_getfield(L, LUA_GLOBALSINDEX, "string");
    lua_getfield(L, -1, "format");
    lua_remove(L, -2);
    lua_pushcclosure(L, buf_putf, 1);
    lua_setfield(L, -2, "putf");
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, buf_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, buf_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, buf_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, buf_concat);
    lua_setfield(L, -2, "__concat");
    lua_pushliteral(L, "buffer");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    lua_createtable(L, 0, 3);
    lua_pushcfunction(L, buf_new);
    lua_setfield(L, -2, "new");
    buf_push(L);   /* the scratch buffer of buffer.encode */
    lua_pushcclosure(L, lib_encode, 1);
    lua_setfield(L, -2, "encode");
    lua_pushcfunction(L, lib_decode);
    lua_setfield(L, -2, "decode");
    return 1;
}

/* package.preload["string.buffer"], called by luaopen_string. */
void buf_preload(lua_State *L)
{
    lib_preload(L, "string.buffer", buf_open);
}
