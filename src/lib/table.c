/*
 * table.c - the Lua 5.1 table library (luaopen_table).
 *
 * concat insert maxn remove sort getn setn foreach foreachi, written on
 * the public C API.  All element access is raw (lua_rawgeti/lua_rawseti),
 * as in 5.1.  table.sort is a median-of-three quicksort that performs the
 * same sequence of comparisons as the 5.1 reference implementation, so
 * results for ties and the detection of invalid order functions match.
 */

#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* Length of the table argument at index i (checked to be a table). */
static int table_len(lua_State *L, int i)
{
    luaL_checktype(L, i, LUA_TTABLE);
    return (int)lua_objlen(L, i);
}

static int tab_getn(lua_State *L)
{
    lua_pushinteger(L, table_len(L, 1));
    return 1;
}

static int tab_setn(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    return luaL_error(L, "'setn' is obsolete");
}

static int tab_maxn(lua_State *L)
{
    lua_Number max = 0;
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1); /* drop the value, keep the key */
        if (lua_type(L, -1) == LUA_TNUMBER) {
            lua_Number v = lua_tonumber(L, -1);
            if (v > max)
                max = v;
        }
    }
    lua_pushnumber(L, max);
    return 1;
}

/* Shift t[pos..last-1] up by one, making room at pos. */
static void shift_up(lua_State *L, int pos, int last)
{
    int i;
    for (i = last; i > pos; i--) {
        lua_rawgeti(L, 1, i - 1);
        lua_rawseti(L, 1, i);
    }
}

static int tab_insert(lua_State *L)
{
    int end = table_len(L, 1) + 1; /* first free slot */
    int pos;
    switch (lua_gettop(L)) {
    case 2:
        pos = end;
        break;
    case 3:
        pos = luaL_checkint(L, 2);
        if (pos > end)
            end = pos; /* inserting past the end grows the array */
        shift_up(L, pos, end);
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_rawseti(L, 1, pos); /* the value is at the top */
    return 0;
}

static int tab_remove(lua_State *L)
{
    int last = table_len(L, 1);
    int pos = luaL_optint(L, 2, last);
    if (last == 0 || pos < 1 || pos > last)
        return 0; /* nothing to remove */
    lua_rawgeti(L, 1, pos); /* the result */
    for (; pos < last; pos++) {
        lua_rawgeti(L, 1, pos + 1);
        lua_rawseti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_rawseti(L, 1, last);
    return 1;
}

/* Room left in the buffer's own array. */
static size_t buffer_room(const luaL_Buffer *b)
{
    return (size_t)(b->buffer + LUAL_BUFFERSIZE - b->p);
}

/* Copy len bytes (len <= buffer_room) into the buffer's array, through
 * the public luaL_Buffer fields as luaL_addchar does.  Pieces of table
 * concatenations are often one character or none. */
static void copy_in(luaL_Buffer *b, const char *s, size_t len)
{
    if (len == 1)
        *b->p = *s;
    else if (len > 1)
        memcpy(b->p, s, len);
    luaL_addsize(b, len);
}

/* Append t[i] to the buffer; it must be a string or number.  This is
 * lua_isstring + luaL_addvalue with fewer API calls: lua_tolstring both
 * tests and converts, and a value that fits is copied straight into the
 * buffer (through the public luaL_Buffer fields, as luaL_addchar does). */
static void concat_field(lua_State *L, luaL_Buffer *b, int i)
{
    size_t len;
    const char *s;
    lua_rawgeti(L, 1, i);
    s = lua_tolstring(L, -1, &len);
    if (s == NULL)
        luaL_error(L, "invalid value (%s) at index %d in table for 'concat'",
                   luaL_typename(L, -1), i);
    if (len > buffer_room(b)) {
        luaL_addvalue(b); /* a long piece: let the buffer keep the value */
        return;
    }
    copy_in(b, s, len);
    lua_pop(L, 1);
}

static int tab_concat(lua_State *L)
{
    size_t lsep;
    const char *sep = luaL_optlstring(L, 2, "", &lsep);
    lua_Integer i, last;
    luaL_Buffer b;
    luaL_checktype(L, 1, LUA_TTABLE);
    i = luaL_optint(L, 3, 1);
    last = lua_isnoneornil(L, 4) ? (lua_Integer)lua_objlen(L, 1)
                                 : luaL_checkint(L, 4);
    luaL_buffinit(L, &b);
    for (; i < last; i++) {
        concat_field(L, &b, (int)i);
        if (lsep == 0)
            continue;
        if (lsep <= buffer_room(&b))
            copy_in(&b, sep, lsep);
        else
            luaL_addlstring(&b, sep, lsep);
    }
    if (i == last)
        concat_field(L, &b, (int)i);
    luaL_pushresult(&b);
    return 1;
}

static int tab_foreachi(lua_State *L)
{
    int n = table_len(L, 1);
    int i;
    luaL_checktype(L, 2, LUA_TFUNCTION);
    for (i = 1; i <= n; i++) {
        lua_pushvalue(L, 2);
        lua_pushinteger(L, i);
        lua_rawgeti(L, 1, i);
        lua_call(L, 2, 1);
        if (!lua_isnil(L, -1))
            return 1; /* a non-nil result stops the walk */
        lua_pop(L, 1);
    }
    return 0;
}

static int tab_foreach(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pushvalue(L, 2);
        lua_pushvalue(L, -3); /* key */
        lua_pushvalue(L, -3); /* value */
        lua_call(L, 2, 1);
        if (!lua_isnil(L, -1))
            return 1;
        lua_pop(L, 2); /* result and value; keep the key for lua_next */
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* sort                                                                */
/* ------------------------------------------------------------------ */

/* Is a < b, for the values at stack indices a and b (negative indices)?
 * Uses the order function at index 2 if present, else the < operator. */
static int sort_less(lua_State *L, int a, int b)
{
    int res;
    if (lua_isnil(L, 2))
        return lua_lessthan(L, a, b);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, a - 1); /* indices shift by the pushed function */
    lua_pushvalue(L, b - 2);
    lua_call(L, 2, 1);
    res = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return res;
}

/* Pop the top two values into t[i] (top) and t[j] (below it). */
static void store_pair(lua_State *L, int i, int j)
{
    lua_rawseti(L, 1, i);
    lua_rawseti(L, 1, j);
}

/* Compare t[x] and t[y] and swap them if t[y] < t[x]. */
static void order_pair(lua_State *L, int x, int y)
{
    lua_rawgeti(L, 1, x);
    lua_rawgeti(L, 1, y);
    if (sort_less(L, -1, -2))
        store_pair(L, x, y);
    else
        lua_pop(L, 2);
}

/* Order t[lo], t[mid], t[hi] (t[lo] <= t[hi] already holds). */
static void order_middle(lua_State *L, int lo, int mid, int hi)
{
    lua_rawgeti(L, 1, mid);
    lua_rawgeti(L, 1, lo);
    if (sort_less(L, -2, -1)) { /* t[mid] < t[lo] */
        store_pair(L, mid, lo);
        return;
    }
    lua_pop(L, 1);
    lua_rawgeti(L, 1, hi);
    if (sort_less(L, -1, -2)) /* t[hi] < t[mid] */
        store_pair(L, mid, hi);
    else
        lua_pop(L, 2);
}

static void bad_order(lua_State *L)
{
    luaL_error(L, "invalid order function for sorting");
}

/* Partition t[lo..hi] around the pivot, which has been placed both at
 * t[hi-1] and on top of the stack.  Returns the pivot's final index.
 * An inconsistent order function can make the scans run past the range
 * bounds; that is reported as an error instead of reading garbage. */
static int partition(lua_State *L, int lo, int hi)
{
    int i = lo, j = hi - 1;
    for (;;) {
        /* scan up while t[i] < pivot */
        for (lua_rawgeti(L, 1, ++i); sort_less(L, -1, -2);
             lua_rawgeti(L, 1, ++i)) {
            if (i > hi)
                bad_order(L);
            lua_pop(L, 1);
        }
        /* scan down while pivot < t[j] */
        for (lua_rawgeti(L, 1, --j); sort_less(L, -3, -1);
             lua_rawgeti(L, 1, --j)) {
            if (j < lo)
                bad_order(L);
            lua_pop(L, 1);
        }
        if (j < i) {
            lua_pop(L, 3); /* t[i], t[j] and the pivot */
            return i;
        }
        store_pair(L, i, j); /* swap t[i] and t[j] */
    }
}

static void quicksort(lua_State *L, int lo, int hi)
{
    while (lo < hi) {
        int mid, p;
        order_pair(L, lo, hi);
        if (hi - lo == 1)
            break;
        mid = (lo + hi) / 2;
        order_middle(L, lo, mid, hi);
        if (hi - lo == 2)
            break;
        /* move the pivot (median) to hi-1 and keep a copy on the stack */
        lua_rawgeti(L, 1, mid);
        lua_pushvalue(L, -1);
        lua_rawgeti(L, 1, hi - 1);
        store_pair(L, mid, hi - 1);
        p = partition(L, lo, hi);
        /* put the pivot into its final place p */
        lua_rawgeti(L, 1, hi - 1);
        lua_rawgeti(L, 1, p);
        store_pair(L, hi - 1, p);
        /* recurse into the smaller part, loop on the larger one, so the
         * recursion depth stays logarithmic */
        if (p - lo < hi - p) {
            quicksort(L, lo, p - 1);
            lo = p + 1;
        } else {
            quicksort(L, p + 1, hi);
            hi = p - 1;
        }
    }
}

static int tab_sort(lua_State *L)
{
    int n = table_len(L, 1);
    luaL_checkstack(L, 40, ""); /* room for the partition's temporaries */
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    quicksort(L, 1, n);
    return 0;
}

static const luaL_Reg table_funcs[] = {
    {"concat", tab_concat},
    {"foreach", tab_foreach},
    {"foreachi", tab_foreachi},
    {"getn", tab_getn},
    {"insert", tab_insert},
    {"maxn", tab_maxn},
    {"remove", tab_remove},
    {"setn", tab_setn},
    {"sort", tab_sort},
    {NULL, NULL}
};

LUALIB_API int luaopen_table(lua_State *L)
{
    luaL_register(L, LUA_TABLIBNAME, table_funcs);
    return 1;
}
