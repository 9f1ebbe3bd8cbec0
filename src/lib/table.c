/*
 * table.c - the Lua 5.1 table library (luaopen_table).
 *
 * concat insert maxn remove sort getn setn foreach foreachi.  All element
 * access is raw, as in 5.1; insert, remove, concat and sort read and write
 * the table directly (the array part in place, other keys through
 * tab_getint/tab_setint) instead of going through lua_rawgeti/lua_rawseti,
 * which made up a third of the time of a sorting benchmark.  table.sort is
 * a median-of-three quicksort that performs the same sequence of
 * comparisons as the 5.1 reference implementation, so results for ties and
 * the detection of invalid order functions match.
 */

#include <stdint.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "lib.h"

#include "object.h"
#include "tab.h"
#include "gc.h"
#include "meta.h"
#include "str.h"
#include "do.h"
#include "vm.h"

/* ------------------------------------------------------------------ */
/* Direct element access                                               */
/* ------------------------------------------------------------------ */

/* The table argument at stack index i (already checked to be a table).
 * The Table object stays put while it is on the stack; its array part may
 * move at any allocation or call, so it is re-read at every access. */
#define argtab(L, i) (val_tab((L)->base[(i) - 1]))

/* t[i], raw. */
static inline Value tget(Table *t, int i)
{
    if ((uint32_t)i < t->asize)
        return t->array[i];
    return *tab_getint(t, i);
}

/* t[i] = v, raw (the same store as lua_rawseti). */
static inline void tset(lua_State *L, Table *t, int i, Value v)
{
    Value *p;
    if ((uint32_t)i < t->asize)
        p = &t->array[i];
    else
        p = tab_setint(L, t, i);
    *p = v;
    gc_barriertab(L, t, v);
}

/* Length of the table argument at index i (checked to be a table). */
static int table_len(lua_State *L, int i)
{
    luaL_checktype(L, i, LUA_TTABLE);
    return (int)tab_len(argtab(L, i));
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

/* t[i] = t[i-1] for i = last down to pos+1: room at pos. */
static void shift_up(lua_State *L, Table *t, int pos, int last)
{
    int i = last;
    if (pos >= 1 && i > pos && (uint32_t)(i - 1) < t->asize) {
        if ((uint32_t)i >= t->asize) { /* the new top slot is outside the array */
            tset(L, t, i, t->array[i - 1]);
            i--;
        }
        if ((uint32_t)i < t->asize) { /* still true unless a rehash shrank it */
            memmove(t->array + pos + 1, t->array + pos,
                    (size_t)(i - pos) * sizeof(Value));
            return;
        }
    }
    for (; i > pos; i--)
        tset(L, t, i, tget(t, i - 1));
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
        shift_up(L, argtab(L, 1), pos, end);
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    tset(L, argtab(L, 1), pos, L->top[-1]); /* the value is at the top */
    return 0;
}

static int tab_remove(lua_State *L)
{
    int last = table_len(L, 1);
    int pos = luaL_optint(L, 2, last);
    Table *t = argtab(L, 1);
    if (last == 0 || pos < 1 || pos > last)
        return 0; /* nothing to remove */
    *L->top++ = tget(t, pos); /* the result (a C function has room) */
    if ((uint32_t)last < t->asize) {
        memmove(t->array + pos, t->array + pos + 1,
                (size_t)(last - pos) * sizeof(Value));
        t->array[last] = VAL_NIL;
        return 1;
    }
    for (; pos < last; pos++)
        tset(L, t, pos, tget(t, pos + 1));
    tset(L, t, last, VAL_NIL);
    return 1;
}

/* Room left in the buffer's own array. */
static size_t buffer_room(const luaL_Buffer *b)
{
    return (size_t)(b->buffer + LUAL_BUFFERSIZE - b->p);
}

/* concat's general path for t[i] = v: pieces that do not fit, and errors. */
static void concat_slow(lua_State *L, luaL_Buffer *b, Value v, int i)
{
    size_t len;
    const char *s;
    *L->top++ = v; /* luaL_Buffer leaves a C function's stack room */
    s = lua_tolstring(L, -1, &len);
    if (s == NULL)
        luaL_error(L, "invalid value (%s) at index %d in table for 'concat'",
                   luaL_typename(L, -1), i);
    if (len > buffer_room(b)) {
        luaL_addvalue(b); /* a long piece: let the buffer keep the value */
        return;
    }
    memcpy(b->p, s, len);
    luaL_addsize(b, len);
    lua_pop(L, 1);
}

/* Copy len bytes (len <= buffer_room) into the buffer's array, through
 * the public luaL_Buffer fields as luaL_addchar does (short pieces without
 * a call: str_copyshort). */
static inline void copy_in(luaL_Buffer *b, const char *s, size_t len)
{
    str_copyshort(b->p, s, len);
    luaL_addsize(b, len);
}

/* Append t[i] to the buffer; it must be a string or number.  Strings that
 * fit are copied straight from the table, numbers are formatted in place;
 * anything else takes the general path (lua_tolstring + luaL_addvalue).
 * Nothing here can modify the table (no metamethods run). */
static inline void concat_field(lua_State *L, luaL_Buffer *b, Table *t, int i)
{
    Value v = tget(t, i);
    if (val_isstr(v)) {
        Str *str = val_str(v);
        if (str->len <= buffer_room(b)) {
            copy_in(b, str_data(str), str->len);
            return;
        }
    } else if (val_isnum(v) && NUM_MAXSTR <= buffer_room(b)) {
        luaL_addsize(b, (size_t)num_tostr(b->p, val_num(v)));
        return;
    }
    concat_slow(L, b, v, i);
}

static int tab_concat(lua_State *L)
{
    size_t lsep;
    const char *sep = luaL_optlstring(L, 2, "", &lsep);
    lua_Integer i, last;
    luaL_Buffer b;
    Table *t;
    luaL_checktype(L, 1, LUA_TTABLE);
    t = argtab(L, 1);
    i = luaL_optint(L, 3, 1);
    last = lua_isnoneornil(L, 4) ? (lua_Integer)tab_len(t)
                                 : luaL_checkint(L, 4);
    luaL_buffinit(L, &b);
    for (; i < last; i++) {
        concat_field(L, &b, t, (int)i);
        if (lsep == 0)
            continue;
        if (lsep <= buffer_room(&b))
            copy_in(&b, sep, lsep);
        else
            luaL_addlstring(&b, sep, lsep);
    }
    if (i == last)
        concat_field(L, &b, t, (int)i);
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

/* The sort keeps its working values in fixed stack slots, where the
 * collector sees them while an order function or __lt runs (it may remove
 * them from the table):  S_P the pivot, S_A and S_B the two elements being
 * ordered or swapped.  Slot 1 is the table, slot 2 the order function. */
#define S_P 2
#define S_A 3
#define S_B 4
#define SLOT(L, k) ((L)->base[k])

/* Is a < b (values anchored on the stack)?  Uses the order function in
 * slot 2 if present, else the < operator. */
static int sort_less(lua_State *L, Value a, Value b)
{
    int res;
    if (val_isnil(SLOT(L, 1))) {
        if (val_isnum(a) && val_isnum(b))
            return val_num(a) < val_num(b);
        return meta_lessthan(L, &a, &b);
    }
    L->top[0] = SLOT(L, 1); /* sort reserved the stack room */
    L->top[1] = a;
    L->top[2] = b;
    L->top += 3;
    do_call(L, L->top - 3, 1); /* lua_call(L, 2, 1) without the wrapper */
    res = val_istruthy(L->top[-1]);
    L->top--;
    return res;
}

/* Load t[i] into slot k and return it. */
static inline Value load(lua_State *L, Table *t, int k, int i)
{
    return SLOT(L, k) = tget(t, i);
}

/* Swap t[x] and t[y] given their values a (of t[x]) and b (of t[y]). */
static inline void swap(lua_State *L, Table *t, int x, Value a, int y, Value b)
{
    tset(L, t, x, b);
    tset(L, t, y, a);
}

static void bad_order(lua_State *L)
{
    luaL_error(L, "invalid order function for sorting");
}

/* 5.1's auxsort, comparison for comparison. */
static void quicksort(lua_State *L, Table *t, int lo, int hi)
{
    while (lo < hi) {
        int i, j;
        Value a, b;
        /* order t[lo], t[hi] */
        a = load(L, t, S_A, lo);
        b = load(L, t, S_B, hi);
        if (sort_less(L, b, a)) /* t[hi] < t[lo] */
            swap(L, t, lo, SLOT(L, S_A), hi, SLOT(L, S_B));
        if (hi - lo == 1)
            break;
        i = (lo + hi) / 2;
        a = load(L, t, S_A, i);
        b = load(L, t, S_B, lo);
        if (sort_less(L, a, b)) { /* t[mid] < t[lo] */
            swap(L, t, i, SLOT(L, S_A), lo, SLOT(L, S_B));
        } else {
            b = load(L, t, S_B, hi);
            if (sort_less(L, b, SLOT(L, S_A))) /* t[hi] < t[mid] */
                swap(L, t, i, SLOT(L, S_A), hi, SLOT(L, S_B));
        }
        if (hi - lo == 2)
            break;
        /* move the pivot (median) to hi-1 and keep it in S_P */
        load(L, t, S_P, i);
        load(L, t, S_B, hi - 1);
        swap(L, t, i, SLOT(L, S_P), hi - 1, SLOT(L, S_B));
        i = lo;
        j = hi - 1;
        for (;;) {
            /* scan up while t[i] < pivot */
            while (a = load(L, t, S_A, ++i), sort_less(L, a, SLOT(L, S_P))) {
                if (i > hi)
                    bad_order(L);
            }
            /* scan down while pivot < t[j] */
            while (b = load(L, t, S_B, --j), sort_less(L, SLOT(L, S_P), b)) {
                if (j < lo)
                    bad_order(L);
            }
            if (j < i)
                break;
            swap(L, t, i, SLOT(L, S_A), j, SLOT(L, S_B));
        }
        /* put the pivot into its final place i */
        load(L, t, S_A, hi - 1);
        load(L, t, S_B, i);
        swap(L, t, hi - 1, SLOT(L, S_A), i, SLOT(L, S_B));
        /* recurse into the smaller part, loop on the larger one, so the
         * recursion depth stays logarithmic */
        if (i - lo < hi - i) {
            quicksort(L, t, lo, i - 1);
            lo = i + 1;
        } else {
            quicksort(L, t, i + 1, hi);
            hi = i - 1;
        }
    }
}

static int tab_sort(lua_State *L)
{
    int n = table_len(L, 1);
    luaL_checkstack(L, 40, ""); /* room for the partition's temporaries */
    if (!lua_isnoneornil(L, 2))
        luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 5); /* table, order function, S_P, S_A, S_B */
    quicksort(L, argtab(L, 1), 1, n);
    return 0;
}

/* ------------------------------------------------------------------ */
/* LuaJIT's table.new and table.clear (require "table.new", ...)       */
/* ------------------------------------------------------------------ */

/* table.new(narray, nhash): an empty table with room for narray
 * integer keys 1..narray and nhash other keys. */
static int tab_tnew(lua_State *L)
{
    lua_Number na = luaL_checknumber(L, 1), nh = luaL_checknumber(L, 2);
    if (!(na >= 0 && na <= (1 << 26)) || !(nh >= 0 && nh <= (1 << 26)))
        luaL_error(L, "table overflow");
    lua_createtable(L, (int)na, (int)nh);
    return 1;
}

/* table.move(a1, f, e, t [, a2]): a2[t..] = a1[f..e], raw (as LuaJIT's,
 * which has it from Lua 5.3), copying backwards when the ranges overlap
 * forwards; returns a2. */
static int tab_move(lua_State *L)
{
    lua_Integer f, e, t, i, d;
    luaL_checktype(L, 1, LUA_TTABLE);
    f = luaL_checkinteger(L, 2);
    e = luaL_checkinteger(L, 3);
    t = luaL_checkinteger(L, 4);
    if (lua_isnoneornil(L, 5)) {
        lua_settop(L, 4);
        lua_pushvalue(L, 1);
    }
    luaL_checktype(L, 5, LUA_TTABLE);
    lua_settop(L, 5);
    if (e >= f) {
        d = t - f;
        if (t > e || t <= f || !lua_rawequal(L, 1, 5)) {
            for (i = f; i <= e; i++) {
                lua_pushinteger(L, i);
                lua_rawget(L, 1);
                lua_pushinteger(L, i + d);
                lua_insert(L, -2);
                lua_rawset(L, 5);
            }
        } else {
            for (i = e; i >= f; i--) {
                lua_pushinteger(L, i);
                lua_rawget(L, 1);
                lua_pushinteger(L, i + d);
                lua_insert(L, -2);
                lua_rawset(L, 5);
            }
        }
    }
    return 1;
}

/* table.clear(t): removes every key, keeps the parts' sizes and the
 * metatable. */
static int tab_tclear(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    tab_clear(argtab(L, 1));
    return 0;
}

/* The loaders of package.preload["table.new"] and ["table.clear"]: as
 * in LuaJIT, requiring one also stores it in the table library. */
static int tab_loadfunc(lua_State *L, const char *name, lua_CFunction f)
{
    lua_pushcfunction(L, f);
    lua_getfield(L, LUA_GLOBALSINDEX, LUA_TABLIBNAME);
    if (lua_istable(L, -1)) {
        lua_pushvalue(L, -2);
        lua_setfield(L, -2, name);
    }
    lua_pop(L, 1);
    return 1;
}

static int tab_loadnew(lua_State *L) { return tab_loadfunc(L, "new", tab_tnew); }
static int tab_loadclear(lua_State *L) { return tab_loadfunc(L, "clear", tab_tclear); }


static const luaL_Reg table_funcs[] = {
    {"concat", tab_concat},
    {"foreach", tab_foreach},
    {"foreachi", tab_foreachi},
    {"getn", tab_getn},
    {"insert", tab_insert},
    {"maxn", tab_maxn},
    {"move", tab_move},
    {"remove", tab_remove},
    {"setn", tab_setn},
    {"sort", tab_sort},
    {NULL, NULL}
};

LUALIB_API int luaopen_table(lua_State *L)
{
    luaL_register(L, LUA_TABLIBNAME, table_funcs);
    vm_markfast(L, "concat", FF_CCALL);   /* compiled code may call them (vm.h) */
    vm_markfast(L, "insert", FF_CCALL);
    vm_markfast(L, "remove", FF_CCALL);
    vm_markfast(L, "maxn", FF_CCALL);
    vm_markfast(L, "getn", FF_CCALL);
    vm_markfast(L, "sort", FF_CCALLLUA);   /* its comparison may be Lua code (vm.h) */
    lib_preload(L, "table.new", tab_loadnew);
    lib_preload(L, "table.clear", tab_loadclear);
    return 1;
}
