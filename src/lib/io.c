/*
 * io.c - the Lua 5.1 io library (luaopen_io).
 *
 * Files are full userdata with the "FILE*" metatable.  Each handle records
 * how it must be closed (fclose, pclose, or never for the standard
 * streams), which 5.1 expressed through per-function environments; here
 * the handle carries it directly.  The default input and output files are
 * stored in the registry.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "vm.h"

/* Registry keys of the default input and output files. */
#define IO_INPUT "apogee.io.input"
#define IO_OUTPUT "apogee.io.output"

typedef enum { CLOSE_FILE, CLOSE_PIPE, CLOSE_NEVER } CloseKind;

typedef struct LFile {
    FILE *f;        /* NULL once closed */
    CloseKind kind;
} LFile;

/* Push the usual result of an operation: true, or nil + message + errno.
 * errno is captured first, before anything can clobber it. */
static int push_result(lua_State *L, int ok, const char *filename)
{
    int en = errno;
    if (ok) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushnil(L);
    if (filename != NULL)
        lua_pushfstring(L, "%s: %s", filename, strerror(en));
    else
        lua_pushfstring(L, "%s", strerror(en));
    lua_pushinteger(L, en);
    return 3;
}

/* Raise an argument error for a file that could not be opened. */
static void open_error(lua_State *L, int arg, const char *filename)
{
    lua_pushfstring(L, "%s: %s", filename, strerror(errno));
    luaL_argerror(L, arg, lua_tostring(L, -1));
}

/* Push a new, still closed handle of the given kind. */
static LFile *new_file(lua_State *L, CloseKind kind)
{
    LFile *lf = (LFile *)lua_newuserdata(L, sizeof(LFile));
    lf->f = NULL;
    lf->kind = kind;
    luaL_getmetatable(L, LUA_FILEHANDLE);
    lua_setmetatable(L, -2);
    return lf;
}

static LFile *check_lfile(lua_State *L, int i)
{
    return (LFile *)luaL_checkudata(L, i, LUA_FILEHANDLE);
}

/* The open FILE* of the handle at index 1 (error if closed). */
static FILE *check_open(lua_State *L)
{
    LFile *lf = check_lfile(L, 1);
    if (lf->f == NULL)
        luaL_error(L, "attempt to use a closed file");
    return lf->f;
}

/* Close the handle at the top of the stack according to its kind. */
static int close_handle(lua_State *L, LFile *lf)
{
    int ok;
    switch (lf->kind) {
    case CLOSE_NEVER:
        lua_pushnil(L);
        lua_pushliteral(L, "cannot close standard file");
        return 2;
    case CLOSE_PIPE:
        ok = pclose(lf->f) != -1;
        break;
    default:
        ok = fclose(lf->f) == 0;
        break;
    }
    lf->f = NULL;
    return push_result(L, ok, NULL);
}

/* Push the default file stored under `key`. */
static void push_default(lua_State *L, const char *key)
{
    lua_getfield(L, LUA_REGISTRYINDEX, key);
}

/* The FILE* of the default file under `key`, left pushed on the stack;
 * `what` names it in the error message. */
static FILE *default_file(lua_State *L, const char *key, const char *what)
{
    LFile *lf;
    push_default(L, key);
    lf = (LFile *)lua_touserdata(L, -1);
    if (lf == NULL || lf->f == NULL)
        luaL_error(L, "standard %s file is closed", what);
    return lf->f;
}

/* ------------------------------------------------------------------ */
/* Metamethods and io.type                                             */
/* ------------------------------------------------------------------ */

static int io_type(lua_State *L)
{
    LFile *lf;
    luaL_checkany(L, 1);
    lf = (LFile *)lua_touserdata(L, 1);
    luaL_getmetatable(L, LUA_FILEHANDLE);
    if (lf == NULL || !lua_getmetatable(L, 1) || !lua_rawequal(L, -2, -1))
        lua_pushnil(L);
    else if (lf->f == NULL)
        lua_pushliteral(L, "closed file");
    else
        lua_pushliteral(L, "file");
    return 1;
}

static int f_gc(lua_State *L)
{
    LFile *lf = check_lfile(L, 1);
    if (lf->f != NULL && lf->kind != CLOSE_NEVER)
        close_handle(L, lf);
    return 0;
}

static int f_tostring(lua_State *L)
{
    LFile *lf = check_lfile(L, 1);
    if (lf->f == NULL)
        lua_pushliteral(L, "file (closed)");
    else
        lua_pushfstring(L, "file (%p)", (void *)lf->f);
    return 1;
}

static int f_close(lua_State *L)
{
    check_open(L);
    return close_handle(L, check_lfile(L, 1));
}

static int io_close(lua_State *L)
{
    if (lua_isnone(L, 1))
        push_default(L, IO_OUTPUT);
    return f_close(L);
}

/* ------------------------------------------------------------------ */
/* Opening files                                                       */
/* ------------------------------------------------------------------ */

static int io_open(lua_State *L)
{
    const char *filename = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    LFile *lf = new_file(L, CLOSE_FILE);
    /* Reject what the C library might not diagnose; report it the way
     * fopen itself does (EINVAL). */
    if (strchr("rwa", mode[0]) == NULL || mode[0] == '\0') {
        errno = EINVAL;
        return push_result(L, 0, filename);
    }
    lf->f = fopen(filename, mode);
    return lf->f == NULL ? push_result(L, 0, filename) : 1;
}

static int io_popen(lua_State *L)
{
    const char *cmd = luaL_checkstring(L, 1);
    const char *mode = luaL_optstring(L, 2, "r");
    LFile *lf = new_file(L, CLOSE_PIPE);
    if ((mode[0] != 'r' && mode[0] != 'w') || mode[1] != '\0') {
        errno = EINVAL;
        return push_result(L, 0, cmd);
    }
    fflush(NULL); /* pending output must come before the child's */
    lf->f = popen(cmd, mode);
    return lf->f == NULL ? push_result(L, 0, cmd) : 1;
}

static int io_tmpfile(lua_State *L)
{
    LFile *lf = new_file(L, CLOSE_FILE);
    lf->f = tmpfile();
    return lf->f == NULL ? push_result(L, 0, NULL) : 1;
}

/* io.input / io.output: set (by name or handle) and return the default. */
static int set_default(lua_State *L, const char *key, const char *mode)
{
    if (!lua_isnoneornil(L, 1)) {
        const char *filename = lua_tostring(L, 1);
        if (filename != NULL) {
            LFile *lf = new_file(L, CLOSE_FILE);
            lf->f = fopen(filename, mode);
            if (lf->f == NULL)
                open_error(L, 1, filename);
        } else {
            check_open(L); /* must be an open file handle */
            lua_pushvalue(L, 1);
        }
        lua_setfield(L, LUA_REGISTRYINDEX, key);
    }
    push_default(L, key);
    return 1;
}

static int io_input(lua_State *L)
{
    return set_default(L, IO_INPUT, "r");
}

static int io_output(lua_State *L)
{
    return set_default(L, IO_OUTPUT, "w");
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

static int read_number(lua_State *L, FILE *f)
{
    lua_Number d;
    if (fscanf(f, LUA_NUMBER_SCAN, &d) == 1) {
        lua_pushnumber(L, d);
        return 1;
    }
    lua_pushnil(L);
    return 0;
}

/* read(0): "" unless at end of file. */
static int test_eof(lua_State *L, FILE *f)
{
    int c = getc(f);
    ungetc(c, f);
    lua_pushliteral(L, "");
    return c != EOF;
}

/* Read one line without its newline; fails only at end of file with
 * nothing read. */
static int read_line(lua_State *L, FILE *f)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (;;) {
        size_t len;
        char *p = luaL_prepbuffer(&b);
        if (fgets(p, LUAL_BUFFERSIZE, f) == NULL) {
            luaL_pushresult(&b);
            return lua_objlen(L, -1) > 0;
        }
        len = strlen(p);
        if (len == 0 || p[len - 1] != '\n') {
            luaL_addsize(&b, len);
        } else {
            luaL_addsize(&b, len - 1); /* drop the newline */
            luaL_pushresult(&b);
            return 1;
        }
    }
}

/* Read up to n bytes (n = (size_t)-1 for "*a"). */
static int read_chars(lua_State *L, FILE *f, size_t n)
{
    size_t chunk = LUAL_BUFFERSIZE;
    size_t got;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    do {
        char *p = luaL_prepbuffer(&b);
        if (chunk > n)
            chunk = n;
        got = fread(p, 1, chunk, f);
        luaL_addsize(&b, got);
        n -= got;
    } while (n > 0 && got == chunk);
    luaL_pushresult(&b);
    return n == 0 || lua_objlen(L, -1) > 0;
}

/* Read one item described by the argument at index n. */
static int read_item(lua_State *L, FILE *f, int n)
{
    const char *p;
    if (lua_type(L, n) == LUA_TNUMBER) {
        size_t count = (size_t)lua_tointeger(L, n);
        return count == 0 ? test_eof(L, f) : read_chars(L, f, count);
    }
    p = lua_tostring(L, n);
    luaL_argcheck(L, p != NULL && p[0] == '*', n, "invalid option");
    switch (p[1]) {
    case 'n':
        return read_number(L, f);
    case 'l':
        return read_line(L, f);
    case 'a':
        read_chars(L, f, ~(size_t)0);
        return 1; /* "*a" never fails */
    default:
        return luaL_argerror(L, n, "invalid format");
    }
}

/* Shared body of io.read and file:read; formats start at index `first`.
 * Stops at the first failing format, whose result becomes nil. */
static int do_read(lua_State *L, FILE *f, int first)
{
    int nargs = lua_gettop(L) - 1;
    int ok = 1;
    int n;
    clearerr(f);
    if (nargs == 0) {
        ok = read_line(L, f);
        n = first + 1;
    } else {
        luaL_checkstack(L, nargs + LUA_MINSTACK, "too many arguments");
        for (n = first; nargs-- > 0 && ok; n++)
            ok = read_item(L, f, n);
    }
    if (ferror(f))
        return push_result(L, 0, NULL);
    if (!ok) {
        lua_pop(L, 1);
        lua_pushnil(L);
    }
    return n - first;
}

static int io_read(lua_State *L)
{
    return do_read(L, default_file(L, IO_INPUT, "input"), 1);
}

static int f_read(lua_State *L)
{
    return do_read(L, check_open(L), 2);
}

/* Iterator of lines(); upvalues: the handle and whether to close it at
 * the end (true for io.lines(filename)). */
static int lines_step(lua_State *L)
{
    LFile *lf = (LFile *)lua_touserdata(L, lua_upvalueindex(1));
    int ok;
    if (lf->f == NULL)
        return luaL_error(L, "file is already closed");
    ok = read_line(L, lf->f);
    if (ferror(lf->f))
        return luaL_error(L, "%s", strerror(errno));
    if (ok)
        return 1;
    if (lua_toboolean(L, lua_upvalueindex(2))) {
        lua_settop(L, 0);
        close_handle(L, lf);
    }
    return 0;
}

static void push_lines_iter(lua_State *L, int idx, int close_at_end)
{
    lua_pushvalue(L, idx);
    lua_pushboolean(L, close_at_end);
    lua_pushcclosure(L, lines_step, 2);
}

static int f_lines(lua_State *L)
{
    check_open(L);
    push_lines_iter(L, 1, 0);
    return 1;
}

static int io_lines(lua_State *L)
{
    const char *filename;
    LFile *lf;
    if (lua_isnoneornil(L, 1)) { /* iterate over the default input */
        lua_settop(L, 0);
        push_default(L, IO_INPUT);
        return f_lines(L);
    }
    filename = luaL_checkstring(L, 1);
    lf = new_file(L, CLOSE_FILE);
    lf->f = fopen(filename, "r");
    if (lf->f == NULL)
        open_error(L, 1, filename);
    push_lines_iter(L, lua_gettop(L), 1);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Writing and positioning                                             */
/* ------------------------------------------------------------------ */

/* Shared body of io.write and file:write (args from index `arg`).
 * Returns true like 5.1, not the file. */
static int do_write(lua_State *L, FILE *f, int arg)
{
    int nargs = lua_gettop(L) - 1;
    int ok = 1;
    for (; nargs-- > 0; arg++) {
        if (lua_type(L, arg) == LUA_TNUMBER) {
            ok = ok && fprintf(f, LUA_NUMBER_FMT, lua_tonumber(L, arg)) > 0;
        } else {
            size_t len;
            const char *s = luaL_checklstring(L, arg, &len);
            ok = ok && fwrite(s, 1, len, f) == len;
        }
    }
    return push_result(L, ok, NULL);
}

static int io_write(lua_State *L)
{
    return do_write(L, default_file(L, IO_OUTPUT, "output"), 1);
}

static int f_write(lua_State *L)
{
    return do_write(L, check_open(L), 2);
}

static int f_seek(lua_State *L)
{
    static const int whence[] = {SEEK_SET, SEEK_CUR, SEEK_END};
    static const char *const names[] = {"set", "cur", "end", NULL};
    FILE *f = check_open(L);
    int op = luaL_checkoption(L, 2, "cur", names);
    long offset = luaL_optlong(L, 3, 0);
    if (fseek(f, offset, whence[op]) != 0)
        return push_result(L, 0, NULL);
    lua_pushinteger(L, (lua_Integer)ftell(f));
    return 1;
}

static int f_setvbuf(lua_State *L)
{
    static const int modes[] = {_IONBF, _IOFBF, _IOLBF};
    static const char *const names[] = {"no", "full", "line", NULL};
    FILE *f = check_open(L);
    int op = luaL_checkoption(L, 2, NULL, names);
    lua_Integer size = luaL_optinteger(L, 3, LUAL_BUFFERSIZE);
    int res = setvbuf(f, NULL, modes[op], (size_t)size);
    return push_result(L, res == 0, NULL);
}

static int io_flush(lua_State *L)
{
    return push_result(L, fflush(default_file(L, IO_OUTPUT, "output")) == 0, NULL);
}

static int f_flush(lua_State *L)
{
    return push_result(L, fflush(check_open(L)) == 0, NULL);
}

/* ------------------------------------------------------------------ */
/* Registration                                                        */
/* ------------------------------------------------------------------ */

static const luaL_Reg io_funcs[] = {
    {"close", io_close},
    {"flush", io_flush},
    {"input", io_input},
    {"lines", io_lines},
    {"open", io_open},
    {"output", io_output},
    {"popen", io_popen},
    {"read", io_read},
    {"tmpfile", io_tmpfile},
    {"type", io_type},
    {"write", io_write},
    {NULL, NULL}
};

static const luaL_Reg file_methods[] = {
    {"close", f_close},
    {"flush", f_flush},
    {"lines", f_lines},
    {"read", f_read},
    {"seek", f_seek},
    {"setvbuf", f_setvbuf},
    {"write", f_write},
    {"__gc", f_gc},
    {"__tostring", f_tostring},
    {NULL, NULL}
};

/* The metatable of file handles doubles as their method table. */
static void create_file_metatable(lua_State *L)
{
    luaL_newmetatable(L, LUA_FILEHANDLE);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
    luaL_register(L, NULL, file_methods);
    lua_pop(L, 1);
}

/* Wrap a standard stream as io.<name>, optionally as a default file. */
static void add_std_file(lua_State *L, FILE *f, const char *name,
                         const char *default_key)
{
    LFile *lf = new_file(L, CLOSE_NEVER);
    lf->f = f;
    if (default_key != NULL) {
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, default_key);
    }
    lua_setfield(L, -2, name);
}

LUALIB_API int luaopen_io(lua_State *L)
{
    create_file_metatable(L);
    luaL_register(L, LUA_IOLIBNAME, io_funcs);
    vm_markfast(L, "write", FF_CCALL);   /* compiled code may call it (vm.h) */
    add_std_file(L, stdin, "stdin", IO_INPUT);
    add_std_file(L, stdout, "stdout", IO_OUTPUT);
    add_std_file(L, stderr, "stderr", NULL);
    return 1;
}
