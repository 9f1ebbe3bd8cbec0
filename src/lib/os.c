/*
 * os.c - the Lua 5.1 os library (luaopen_os).
 *
 * clock date time difftime getenv execute exit remove rename tmpname
 * setlocale.  Failures are reported like 5.1: nil, "name: message", errno.
 */

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "vm.h"

/* true, or nil + "filename: strerror" + errno (errno read first). */
static int push_result(lua_State *L, int ok, const char *filename)
{
    int en = errno;
    if (ok) {
        lua_pushboolean(L, 1);
        return 1;
    }
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %s", filename, strerror(en));
    lua_pushinteger(L, en);
    return 3;
}

static int os_execute(lua_State *L)
{
    lua_pushinteger(L, system(luaL_optstring(L, 1, NULL)));
    return 1;
}

static int os_remove(lua_State *L)
{
    const char *filename = luaL_checkstring(L, 1);
    return push_result(L, remove(filename) == 0, filename);
}

static int os_rename(lua_State *L)
{
    const char *from = luaL_checkstring(L, 1);
    const char *to = luaL_checkstring(L, 2);
    return push_result(L, rename(from, to) == 0, from);
}

/* A fresh temporary file name; the file is created (empty) so that the
 * name cannot be taken by someone else, as 5.1 does with mkstemp. */
static int os_tmpname(lua_State *L)
{
    char name[] = "/tmp/lua_XXXXXX";
    int fd = mkstemp(name);
    if (fd == -1)
        return luaL_error(L, "unable to generate a unique filename");
    close(fd);
    lua_pushstring(L, name);
    return 1;
}

static int os_getenv(lua_State *L)
{
    lua_pushstring(L, getenv(luaL_checkstring(L, 1))); /* NULL -> nil */
    return 1;
}

static int os_clock(lua_State *L)
{
    lua_pushnumber(L, (lua_Number)clock() / (lua_Number)CLOCKS_PER_SEC);
    return 1;
}

/* ------------------------------------------------------------------ */
/* date and time                                                       */
/* ------------------------------------------------------------------ */

static void set_field(lua_State *L, const char *k, int v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

/* isdst is left out when the C library does not know (negative). */
static void set_bool_field(lua_State *L, const char *k, int v)
{
    if (v < 0)
        return;
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}

static void push_date_table(lua_State *L, const struct tm *t)
{
    lua_createtable(L, 0, 9);
    set_field(L, "sec", t->tm_sec);
    set_field(L, "min", t->tm_min);
    set_field(L, "hour", t->tm_hour);
    set_field(L, "day", t->tm_mday);
    set_field(L, "month", t->tm_mon + 1);
    set_field(L, "year", t->tm_year + 1900);
    set_field(L, "wday", t->tm_wday + 1);
    set_field(L, "yday", t->tm_yday + 1);
    set_bool_field(L, "isdst", t->tm_isdst);
}

/* Expand a strftime format one conversion at a time, so a long result
 * never overflows a fixed buffer and a lone trailing '%' is kept. */
static void push_date_string(lua_State *L, const char *s, const struct tm *t)
{
    luaL_Buffer b;
    char conv[3] = {'%', 0, 0};
    luaL_buffinit(L, &b);
    for (; *s; s++) {
        if (*s != '%' || s[1] == '\0') {
            luaL_addchar(&b, *s);
        } else {
            char out[200];
            size_t n;
            conv[1] = *++s;
            n = strftime(out, sizeof out, conv, t);
            luaL_addlstring(&b, out, n);
        }
    }
    luaL_pushresult(&b);
}

/* double -> time_t as 5.1's plain cast behaves on x86-64 (the minimum when out of range or
 * NaN), without the cast's undefined behaviour. */
static time_t num_to_time(lua_Number d)
{
    if (sizeof(time_t) == 8) {
        if (d > -9223372036854775808.0 && d < 9223372036854775808.0)
            return (time_t)d;
        return (time_t)INT64_MIN;
    }
    if (d > -2147483649.0 && d < 2147483648.0)
        return (time_t)d;
    return (time_t)INT32_MIN;
}

static int os_date(lua_State *L)
{
    const char *s = luaL_optstring(L, 1, "%c");
    time_t when = lua_isnoneornil(L, 2) ? time(NULL)
                                        : num_to_time(luaL_checknumber(L, 2));
    struct tm buf;
    struct tm *t;
    if (*s == '!') { /* UTC */
        t = gmtime_r(&when, &buf);
        s++;
    } else {
        t = localtime_r(&when, &buf);
    }
    if (t == NULL)
        lua_pushnil(L);
    else if (strcmp(s, "*t") == 0)
        push_date_table(L, t);
    else
        push_date_string(L, s, t);
    return 1;
}

/* Integer field k of the table at the top; d < 0 means required. */
static int get_field(lua_State *L, const char *k, int d)
{
    int res;
    lua_getfield(L, -1, k);
    if (lua_isnumber(L, -1)) {
        res = (int)lua_tointeger(L, -1);
    } else {
        if (d < 0)
            return luaL_error(L, "field '%s' missing in date table", k);
        res = d;
    }
    lua_pop(L, 1);
    return res;
}

/* Boolean field: -1 (unknown) when absent. */
static int get_bool_field(lua_State *L, const char *k)
{
    int res;
    lua_getfield(L, -1, k);
    res = lua_isnil(L, -1) ? -1 : lua_toboolean(L, -1);
    lua_pop(L, 1);
    return res;
}

static time_t time_from_table(lua_State *L)
{
    struct tm ts;
    memset(&ts, 0, sizeof ts);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    ts.tm_sec = get_field(L, "sec", 0);
    ts.tm_min = get_field(L, "min", 0);
    ts.tm_hour = get_field(L, "hour", 12);
    ts.tm_mday = get_field(L, "day", -1);
    /* wrapping like 5.1's int arithmetic on x86, without signed overflow */
    ts.tm_mon = (int)((unsigned)get_field(L, "month", -1) - 1u);
    ts.tm_year = (int)((unsigned)get_field(L, "year", -1) - 1900u);
    ts.tm_isdst = get_bool_field(L, "isdst");
    return mktime(&ts);
}

static int os_time(lua_State *L)
{
    time_t t = lua_isnoneornil(L, 1) ? time(NULL) : time_from_table(L);
    if (t == (time_t)-1)
        lua_pushnil(L);
    else
        lua_pushnumber(L, (lua_Number)t);
    return 1;
}

static int os_difftime(lua_State *L)
{
    lua_pushnumber(L, difftime(num_to_time(luaL_checknumber(L, 1)),
                               num_to_time(luaL_optnumber(L, 2, 0))));
    return 1;
}

/* ------------------------------------------------------------------ */
/* locale and exit                                                     */
/* ------------------------------------------------------------------ */

static int os_setlocale(lua_State *L)
{
    static const int categories[] = {LC_ALL, LC_COLLATE, LC_CTYPE,
                                     LC_MONETARY, LC_NUMERIC, LC_TIME};
    static const char *const names[] = {"all", "collate", "ctype",
                                        "monetary", "numeric", "time", NULL};
    const char *locale = luaL_optstring(L, 1, NULL);
    int op = luaL_checkoption(L, 2, "all", names);
    lua_pushstring(L, setlocale(categories[op], locale));
    return 1;
}

/* os.exit([code [, close]]): as LuaJIT, code may be true (success) or
 * false (failure), and a true `close` closes the state first. */
static int os_exit(lua_State *L)
{
    int status;
    if (lua_isboolean(L, 1))
        status = lua_toboolean(L, 1) ? EXIT_SUCCESS : EXIT_FAILURE;
    else
        status = luaL_optint(L, 1, EXIT_SUCCESS);
    if (lua_toboolean(L, 2))
        lua_close(L);
    exit(status);
}

static const luaL_Reg os_funcs[] = {
    {"clock", os_clock},
    {"date", os_date},
    {"difftime", os_difftime},
    {"execute", os_execute},
    {"exit", os_exit},
    {"getenv", os_getenv},
    {"remove", os_remove},
    {"rename", os_rename},
    {"setlocale", os_setlocale},
    {"time", os_time},
    {"tmpname", os_tmpname},
    {NULL, NULL}
};

LUALIB_API int luaopen_os(lua_State *L)
{
    luaL_register(L, LUA_OSLIBNAME, os_funcs);
    vm_markfast(L, "clock", FF_CCALL);   /* compiled code may call them (vm.h) */
    vm_markfast(L, "time", FF_CCALL);
    vm_markfast(L, "date", FF_CCALL);
    vm_markfast(L, "difftime", FF_CCALL);
    vm_markfast(L, "getenv", FF_CCALL);
    return 1;
}
