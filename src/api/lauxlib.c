/*
 * lauxlib.c -- Apogee's auxiliary library (Lua 5.1 manual, section 4).
 *
 * Everything here is built only on the public lua_* API, never on VM
 * internals, so it behaves identically on any conforming core.  Error
 * messages reproduce Lua 5.1's wording exactly, because scripts and test
 * suites match on them.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lalloc.h"

/* Turns a relative stack index into an absolute one; pseudo-indices and
 * positive indices are already stable. */
static int abs_index(lua_State *L, int i)
{
    return (i > 0 || i <= LUA_REGISTRYINDEX) ? i : lua_gettop(L) + i + 1;
}

/* ======================================================================
 * Error reporting
 * ====================================================================== */

LUALIB_API int luaL_argerror(lua_State *L, int narg, const char *extramsg)
{
    lua_Debug ar;
    if (!lua_getstack(L, 0, &ar))  /* no active function? */
        return luaL_error(L, "bad argument #%d (%s)", narg, extramsg);
    lua_getinfo(L, "n", &ar);
    /* For a method call the receiver is implicit: shift the numbering so
     * the user sees the argument as written in the source. */
    if (ar.namewhat != NULL && strcmp(ar.namewhat, "method") == 0) {
        narg--;
        if (narg == 0)
            return luaL_error(L, "calling '%s' on bad self (%s)",
                              ar.name, extramsg);
    }
    if (ar.name == NULL)
        ar.name = "?";
    return luaL_error(L, "bad argument #%d to '%s' (%s)",
                      narg, ar.name, extramsg);
}

LUALIB_API int luaL_typerror(lua_State *L, int narg, const char *tname)
{
    const char *msg = lua_pushfstring(L, "%s expected, got %s",
                                      tname, luaL_typename(L, narg));
    return luaL_argerror(L, narg, msg);
}

static void tag_error(lua_State *L, int narg, int tag)
{
    luaL_typerror(L, narg, lua_typename(L, tag));
}

LUALIB_API void luaL_where(lua_State *L, int level)
{
    lua_Debug ar;
    if (lua_getstack(L, level, &ar)) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {  /* only Lua functions know their line */
            lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}

LUALIB_API int luaL_error(lua_State *L, const char *fmt, ...)
{
    va_list argp;
    va_start(argp, fmt);
    luaL_where(L, 1);
    lua_pushvfstring(L, fmt, argp);
    va_end(argp);
    lua_concat(L, 2);
    return lua_error(L);
}

/* ======================================================================
 * Argument checking
 * ====================================================================== */

LUALIB_API int luaL_checkoption(lua_State *L, int narg, const char *def,
                                const char *const lst[])
{
    const char *name = def ? luaL_optstring(L, narg, def)
                           : luaL_checkstring(L, narg);
    int i;
    for (i = 0; lst[i]; i++)
        if (strcmp(lst[i], name) == 0)
            return i;
    return luaL_argerror(L, narg,
                         lua_pushfstring(L, "invalid option '%s'", name));
}

LUALIB_API void luaL_checkstack(lua_State *L, int space, const char *mes)
{
    if (!lua_checkstack(L, space))
        luaL_error(L, "stack overflow (%s)", mes);
}

LUALIB_API void luaL_checktype(lua_State *L, int narg, int t)
{
    if (lua_type(L, narg) != t)
        tag_error(L, narg, t);
}

LUALIB_API void luaL_checkany(lua_State *L, int narg)
{
    if (lua_type(L, narg) == LUA_TNONE)
        luaL_argerror(L, narg, "value expected");
}

LUALIB_API const char *luaL_checklstring(lua_State *L, int narg, size_t *len)
{
    const char *s = lua_tolstring(L, narg, len);
    if (s == NULL)
        tag_error(L, narg, LUA_TSTRING);
    return s;
}

LUALIB_API const char *luaL_optlstring(lua_State *L, int narg,
                                       const char *def, size_t *len)
{
    if (lua_isnoneornil(L, narg)) {
        if (len)
            *len = def ? strlen(def) : 0;
        return def;
    }
    return luaL_checklstring(L, narg, len);
}

LUALIB_API lua_Number luaL_checknumber(lua_State *L, int narg)
{
    lua_Number d = lua_tonumber(L, narg);
    /* 0 is also what lua_tonumber returns on failure: disambiguate. */
    if (d == 0 && !lua_isnumber(L, narg))
        tag_error(L, narg, LUA_TNUMBER);
    return d;
}

LUALIB_API lua_Number luaL_optnumber(lua_State *L, int narg, lua_Number def)
{
    return luaL_opt(L, luaL_checknumber, narg, def);
}

LUALIB_API lua_Integer luaL_checkinteger(lua_State *L, int narg)
{
    lua_Integer d = lua_tointeger(L, narg);
    if (d == 0 && !lua_isnumber(L, narg))
        tag_error(L, narg, LUA_TNUMBER);
    return d;
}

LUALIB_API lua_Integer luaL_optinteger(lua_State *L, int narg,
                                       lua_Integer def)
{
    return luaL_opt(L, luaL_checkinteger, narg, def);
}

/* ======================================================================
 * Metatables
 * ====================================================================== */

LUALIB_API int luaL_newmetatable(lua_State *L, const char *tname)
{
    lua_getfield(L, LUA_REGISTRYINDEX, tname);
    if (!lua_isnil(L, -1))  /* already registered: leave it on the stack */
        return 0;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, tname);
    return 1;
}

LUALIB_API void *luaL_checkudata(lua_State *L, int ud, const char *tname)
{
    void *p = lua_touserdata(L, ud);
    if (p != NULL && lua_getmetatable(L, ud)) {
        int same;
        lua_getfield(L, LUA_REGISTRYINDEX, tname);
        same = lua_rawequal(L, -1, -2);
        lua_pop(L, 2);
        if (same)
            return p;
    }
    luaL_typerror(L, ud, tname);
    return NULL;  /* not reached */
}

LUALIB_API int luaL_getmetafield(lua_State *L, int obj, const char *event)
{
    if (!lua_getmetatable(L, obj))
        return 0;
    lua_pushstring(L, event);
    lua_rawget(L, -2);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 2);  /* field and metatable */
        return 0;
    }
    lua_remove(L, -2);  /* keep only the field */
    return 1;
}

LUALIB_API int luaL_callmeta(lua_State *L, int obj, const char *event)
{
    obj = abs_index(L, obj);
    if (!luaL_getmetafield(L, obj, event))
        return 0;
    lua_pushvalue(L, obj);
    lua_call(L, 1, 1);
    return 1;
}

/* ======================================================================
 * Library registration
 * ====================================================================== */

static int count_funcs(const luaL_Reg *l)
{
    int n = 0;
    for (; l->name; l++)
        n++;
    return n;
}

/* Leaves on the stack the table that will receive library libname:
 * package.loaded[libname] if present, else a (possibly nested) global
 * table that is then recorded in package.loaded. */
static void push_lib_table(lua_State *L, const char *libname, int size)
{
    luaL_findtable(L, LUA_REGISTRYINDEX, "_LOADED", 1);
    lua_getfield(L, -1, libname);
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        if (luaL_findtable(L, LUA_GLOBALSINDEX, libname, size) != NULL)
            luaL_error(L, "name conflict for module '%s'", libname);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, libname);  /* _LOADED[libname] = table */
    }
    lua_remove(L, -2);  /* _LOADED */
}

LUALIB_API void luaI_openlib(lua_State *L, const char *libname,
                             const luaL_Reg *l, int nup)
{
    int i;
    if (libname) {
        push_lib_table(L, libname, count_funcs(l));
        lua_insert(L, -(nup + 1));  /* table goes below the upvalues */
    }
    for (; l->name; l++) {
        for (i = 0; i < nup; i++)  /* every function shares the upvalues */
            lua_pushvalue(L, -nup);
        lua_pushcclosure(L, l->func, nup);
        lua_setfield(L, -(nup + 2), l->name);
    }
    lua_pop(L, nup);
}

LUALIB_API void luaL_register(lua_State *L, const char *libname,
                              const luaL_Reg *l)
{
    luaI_openlib(L, libname, l, 0);
}

LUALIB_API const char *luaL_findtable(lua_State *L, int idx,
                                      const char *fname, int szhint)
{
    const char *e;
    lua_pushvalue(L, idx);
    do {
        e = strchr(fname, '.');
        if (e == NULL)
            e = fname + strlen(fname);
        lua_pushlstring(L, fname, (size_t)(e - fname));
        lua_rawget(L, -2);
        if (lua_isnil(L, -1)) {  /* missing: create it */
            lua_pop(L, 1);
            lua_createtable(L, 0, (*e == '.') ? 1 : szhint);
            lua_pushlstring(L, fname, (size_t)(e - fname));
            lua_pushvalue(L, -2);
            lua_settable(L, -4);
        } else if (!lua_istable(L, -1)) {  /* occupied by a non-table */
            lua_pop(L, 2);
            return fname;  /* the offending part of the name */
        }
        lua_remove(L, -2);  /* parent */
        fname = e + 1;
    } while (*e == '.');
    return NULL;
}

/* ======================================================================
 * String buffers
 *
 * Pieces of the result live on the Lua stack (B->lvl of them) plus the
 * partial contents of B->buffer.  To keep stack usage bounded, adjacent
 * pieces are merged whenever the newest piece grows larger than the one
 * below it, or when too many pieces pile up.
 * ====================================================================== */

#define buff_len(B)     ((size_t)((B)->p - (B)->buffer))
#define buff_free(B)    ((size_t)LUAL_BUFFERSIZE - buff_len(B))
#define MAX_PIECES      (LUA_MINSTACK / 2)

/* Moves the local buffer contents onto the stack as a new piece. */
static int flush_buffer(luaL_Buffer *B)
{
    size_t l = buff_len(B);
    if (l == 0)
        return 0;
    lua_pushlstring(B->L, B->buffer, l);
    B->p = B->buffer;
    B->lvl++;
    return 1;
}

static void merge_pieces(luaL_Buffer *B)
{
    lua_State *L = B->L;
    int n = 1;  /* pieces to concatenate, counted from the top */
    size_t toplen;
    if (B->lvl <= 1)
        return;
    toplen = lua_objlen(L, -1);
    do {
        size_t below = lua_objlen(L, -(n + 1));
        if (B->lvl - n + 1 >= MAX_PIECES || toplen > below) {
            toplen += below;
            n++;
        } else {
            break;
        }
    } while (n < B->lvl);
    lua_concat(L, n);
    B->lvl = B->lvl - n + 1;
}

LUALIB_API char *luaL_prepbuffer(luaL_Buffer *B)
{
    if (flush_buffer(B))
        merge_pieces(B);
    return B->buffer;
}

LUALIB_API void luaL_addlstring(luaL_Buffer *B, const char *s, size_t l)
{
    while (l > 0) {
        size_t room = buff_free(B), n;
        if (room == 0) {
            luaL_prepbuffer(B);
            room = buff_free(B);
        }
        n = l < room ? l : room;
        memcpy(B->p, s, n);
        B->p += n;
        s += n;
        l -= n;
    }
}

LUALIB_API void luaL_addstring(luaL_Buffer *B, const char *s)
{
    luaL_addlstring(B, s, strlen(s));
}

LUALIB_API void luaL_pushresult(luaL_Buffer *B)
{
    flush_buffer(B);
    lua_concat(B->L, B->lvl);
    B->lvl = 1;
}

/* Adds the value on top of the stack (which sits above all pieces). */
LUALIB_API void luaL_addvalue(luaL_Buffer *B)
{
    lua_State *L = B->L;
    size_t vl;
    const char *s = lua_tolstring(L, -1, &vl);
    if (vl <= buff_free(B)) {  /* fits: copy it and drop the value */
        memcpy(B->p, s, vl);
        B->p += vl;
        lua_pop(L, 1);
    } else {  /* becomes a piece of its own */
        if (flush_buffer(B))
            lua_insert(L, -2);  /* keep the value on top */
        B->lvl++;
        merge_pieces(B);
    }
}

LUALIB_API void luaL_buffinit(lua_State *L, luaL_Buffer *B)
{
    B->L = L;
    B->p = B->buffer;
    B->lvl = 0;
}

LUALIB_API const char *luaL_gsub(lua_State *L, const char *s,
                                 const char *p, const char *r)
{
    const char *hit;
    size_t plen = strlen(p);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    while ((hit = strstr(s, p)) != NULL) {
        luaL_addlstring(&b, s, (size_t)(hit - s));
        luaL_addstring(&b, r);
        s = hit + plen;
    }
    luaL_addstring(&b, s);
    luaL_pushresult(&b);
    return lua_tostring(L, -1);
}

/* ======================================================================
 * References
 *
 * t[0] heads a free list of released reference numbers (each free slot
 * holds the next free number), so numbers get reused like in 5.1.
 * ====================================================================== */

#define FREELIST_REF 0

LUALIB_API int luaL_ref(lua_State *L, int t)
{
    int ref;
    t = abs_index(L, t);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        return LUA_REFNIL;
    }
    lua_rawgeti(L, t, FREELIST_REF);
    ref = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (ref != 0) {  /* reuse a released number */
        lua_rawgeti(L, t, ref);
        lua_rawseti(L, t, FREELIST_REF);
    } else {
        ref = (int)lua_objlen(L, t) + 1;
    }
    lua_rawseti(L, t, ref);
    return ref;
}

LUALIB_API void luaL_unref(lua_State *L, int t, int ref)
{
    if (ref < 0)
        return;
    t = abs_index(L, t);
    lua_rawgeti(L, t, FREELIST_REF);
    lua_rawseti(L, t, ref);  /* t[ref] = old free-list head */
    lua_pushinteger(L, ref);
    lua_rawseti(L, t, FREELIST_REF);
}

/* ======================================================================
 * Chunk loading
 * ====================================================================== */

typedef struct FileReader {
    int extraline;  /* emit a "\n" first (replacing a skipped '#' line) */
    FILE *f;
    char buff[LUAL_BUFFERSIZE];
} FileReader;

static const char *read_file(lua_State *L, void *ud, size_t *size)
{
    FileReader *fr = (FileReader *)ud;
    (void)L;
    if (fr->extraline) {
        /* Keeps line numbers right after dropping a "#!" line. */
        fr->extraline = 0;
        *size = 1;
        return "\n";
    }
    if (feof(fr->f))
        return NULL;
    *size = fread(fr->buff, 1, sizeof(fr->buff), fr->f);
    return *size > 0 ? fr->buff : NULL;
}

static int file_error(lua_State *L, const char *what, int fnameindex)
{
    const char *serr = strerror(errno);
    const char *filename = lua_tostring(L, fnameindex) + 1;  /* skip @/= */
    lua_pushfstring(L, "cannot %s %s: %s", what, filename, serr);
    lua_remove(L, fnameindex);
    return LUA_ERRFILE;
}

/* Skips a first line starting with '#' (Unix "#!" scripts); returns the
 * first character that should be fed to the parser. */
static int skip_comment_line(FileReader *fr)
{
    int c = getc(fr->f);
    if (c == '#') {
        fr->extraline = 1;
        while ((c = getc(fr->f)) != EOF && c != '\n')
            ;
        if (c == '\n')
            c = getc(fr->f);
    }
    return c;
}

LUALIB_API int luaL_loadfile(lua_State *L, const char *filename)
{
    return luaL_loadfilex(L, filename, NULL);
}

LUALIB_API int luaL_loadfilex(lua_State *L, const char *filename, const char *mode)
{
    FileReader fr;
    int status, read_failed, c;
    int fnameindex = lua_gettop(L) + 1;
    fr.extraline = 0;
    if (filename == NULL) {
        lua_pushliteral(L, "=stdin");
        fr.f = stdin;
    } else {
        lua_pushfstring(L, "@%s", filename);
        fr.f = fopen(filename, "r");
        if (fr.f == NULL)
            return file_error(L, "open", fnameindex);
    }
    c = skip_comment_line(&fr);
    if (c == LUA_SIGNATURE[0] && filename) {
        /* Binary chunk: reopen in binary mode and start from the top
         * (skipping whatever precedes the signature). */
        fr.f = freopen(filename, "rb", fr.f);
        if (fr.f == NULL)
            return file_error(L, "reopen", fnameindex);
        while ((c = getc(fr.f)) != EOF && c != LUA_SIGNATURE[0])
            ;
        fr.extraline = 0;
    }
    ungetc(c, fr.f);
    status = lua_loadx(L, read_file, &fr, lua_tostring(L, -1), mode);
    read_failed = ferror(fr.f);
    if (filename)
        fclose(fr.f);
    if (read_failed) {
        lua_settop(L, fnameindex);  /* drop whatever lua_load left */
        return file_error(L, "read", fnameindex);
    }
    lua_remove(L, fnameindex);
    return status;
}

typedef struct BufferReader {
    const char *s;
    size_t size;
} BufferReader;

static const char *read_buffer(lua_State *L, void *ud, size_t *size)
{
    BufferReader *br = (BufferReader *)ud;
    (void)L;
    if (br->size == 0)
        return NULL;
    *size = br->size;
    br->size = 0;  /* everything is handed over in one piece */
    return br->s;
}

LUALIB_API int luaL_loadbufferx(lua_State *L, const char *buff, size_t size,
                                const char *name, const char *mode)
{
    BufferReader br;
    br.s = buff;
    br.size = size;
    return lua_loadx(L, read_buffer, &br, name, mode);
}

LUALIB_API int luaL_loadbuffer(lua_State *L, const char *buff, size_t size,
                               const char *name)
{
    return luaL_loadbufferx(L, buff, size, name, NULL);
}

LUALIB_API int luaL_loadstring(lua_State *L, const char *s)
{
    return luaL_loadbuffer(L, s, strlen(s), s);
}

/* ======================================================================
 * State creation
 * ====================================================================== */

static void *default_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    (void)ud;
    (void)osize;
    if (nsize == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, nsize);
}

/* Called on errors outside any protected call; after it returns the core
 * aborts the process, so all we can do is say why. */
static int default_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "PANIC: unprotected error in call to Lua API (%s)\n",
            msg ? msg : "?");
    fflush(stderr);
    return 0;
}

LUALIB_API lua_State *luaL_newstate(void)
{
    /* The pooling allocator (lalloc.c), or plain realloc when APOGEE_MALLOC is set (for
     * tools like valgrind that track each block). */
    void *pool = getenv("APOGEE_MALLOC") || APOGEE_SANITIZED ? NULL : pool_new();
    lua_State *L = pool ? lua_newstate(pool_alloc, pool) : lua_newstate(default_alloc, NULL);
    if (L != NULL)
        lua_atpanic(L, default_panic);
    return L;
}
