/* Full userdata (with __gc, __index as a table and as a function, __newindex, typed checks)
 * and light userdata (identity, equality, keys, no metatable of its own). */
#include "capi_test.h"

#define POINT "test.Point"

typedef struct {
    double x, y;
    int id;
} Point;

static int gc_count = 0;
static int gc_order[16];

static Point *check_point(lua_State *L, int idx)
{
    return (Point *)luaL_checkudata(L, idx, POINT);
}

static int point_new(lua_State *L)
{
    static int next_id = 1;
    double x = luaL_optnumber(L, 1, 0), y = luaL_optnumber(L, 2, 0);
    Point *p = (Point *)lua_newuserdata(L, sizeof(Point));
    p->x = x;
    p->y = y;
    p->id = next_id++;
    luaL_getmetatable(L, POINT);
    lua_setmetatable(L, -2);
    return 1;
}

static int point_gc(lua_State *L)
{
    Point *p = check_point(L, 1);
    if (gc_count < 16)
        gc_order[gc_count] = p->id;
    gc_count++;
    return 0;
}

static int point_len(lua_State *L)
{
    Point *p = check_point(L, 1);
    lua_pushnumber(L, p->x * p->x + p->y * p->y);
    return 1;
}

static int point_tostring(lua_State *L)
{
    Point *p = check_point(L, 1);
    lua_pushfstring(L, "Point(%f, %f)", p->x, p->y);
    return 1;
}

/* __index as a function: fields x and y, else the methods table (upvalue 1). */
static int point_index(lua_State *L)
{
    Point *p = check_point(L, 1);
    const char *k = luaL_checkstring(L, 2);
    if (strcmp(k, "x") == 0)
        lua_pushnumber(L, p->x);
    else if (strcmp(k, "y") == 0)
        lua_pushnumber(L, p->y);
    else {
        lua_pushvalue(L, 2);
        lua_gettable(L, lua_upvalueindex(1));
    }
    return 1;
}

static int point_newindex(lua_State *L)
{
    Point *p = check_point(L, 1);
    const char *k = luaL_checkstring(L, 2);
    if (strcmp(k, "x") == 0)
        p->x = luaL_checknumber(L, 3);
    else if (strcmp(k, "y") == 0)
        p->y = luaL_checknumber(L, 3);
    else
        return luaL_error(L, "Point has no field '%s'", k);
    return 0;
}

static int point_add(lua_State *L)
{
    Point *a = check_point(L, 1), *b = check_point(L, 2);
    lua_pushcfunction(L, point_new);
    lua_pushnumber(L, a->x + b->x);
    lua_pushnumber(L, a->y + b->y);
    lua_call(L, 2, 1);
    return 1;
}

static int point_id(lua_State *L)
{
    lua_pushinteger(L, check_point(L, 1)->id);
    return 1;
}

/* Methods via __index as a table, on a second userdata type. */
#define COUNTER "test.Counter"

static int counter_new(lua_State *L)
{
    int *c = (int *)lua_newuserdata(L, sizeof(int));
    *c = 0;
    luaL_getmetatable(L, COUNTER);
    lua_setmetatable(L, -2);
    return 1;
}

static int counter_inc(lua_State *L)
{
    int *c = (int *)luaL_checkudata(L, 1, COUNTER);
    *c += (int)luaL_optinteger(L, 2, 1);
    lua_pushinteger(L, *c);
    return 1;
}

static int counter_gc(lua_State *L)
{
    int *c = (int *)luaL_checkudata(L, 1, COUNTER);
    printf("counter finalized at %d\n", *c);
    return 0;
}

static int light_id(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);
    lua_pushboolean(L, lua_touserdata(L, 1) == (void *)&gc_count);
    return 1;
}

int main(void)
{
    lua_State *L = new_state();
    int i, a, b;

    /* Point: metatable with __index/__newindex functions, __gc, __len, __tostring, __add. */
    printf("newmetatable: %d\n", luaL_newmetatable(L, POINT));
    lua_pushcfunction(L, point_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, point_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, point_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, point_add);
    lua_setfield(L, -2, "__add");
    lua_pushcfunction(L, point_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_newtable(L);  /* methods */
    lua_pushcfunction(L, point_id);
    lua_setfield(L, -2, "id");
    lua_pushcclosure(L, point_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pop(L, 1);
    i = luaL_newmetatable(L, POINT);
    printf("newmetatable again: %d, top %d\n", i, lua_gettop(L));
    lua_pop(L, 1);
    lua_register(L, "Point", point_new);

    /* Counter: __index is the metatable itself (the usual idiom). */
    luaL_newmetatable(L, COUNTER);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, counter_inc);
    lua_setfield(L, -2, "inc");
    lua_pushcfunction(L, counter_gc);
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    lua_register(L, "Counter", counter_new);

    run(L, "local p = Point(3, 4)\n"
           "print(type(p), p.x, p.y, #p, p:id(), tostring(p))\n"
           "p.x = 6 print(p.x, #p)\n"
           "print(pcall(function() p.z = 1 end))\n"
           "print(pcall(function() p.x = 'no' end))\n"
           "local q = p + Point(1, 1) print(q.x, q.y, q:id())\n"
           "print(p.missing, rawequal(p, p), p == q)\n"
           "print(pcall(p.id, {}))");
    run(L, "local c = Counter() print(c:inc(), c:inc(10), c.inc == getmetatable(c).inc)\n"
           "print(pcall(c.inc, Point()))\n"
           "print(pcall(Point().id, c))\n"
           "print(pcall(c.inc, 5))");
    /* The counter is garbage now: finalize it here, at the same point in every build (a
     * collector stepping at every allocation would otherwise get to it at another line). */
    lua_gc(L, LUA_GCCOLLECT, 0);

    /* Userdata memory from C: size, alignment, identity. */
    {
        Point *p;
        lua_pushcfunction(L, point_new);
        lua_pushnumber(L, 1.5);
        lua_call(L, 1, 1);
        p = (Point *)lua_touserdata(L, -1);
        printf("from C: x %g y %g, objlen %d, aligned %d, checkudata same %d\n", p->x, p->y,
               (int)lua_objlen(L, -1), ((size_t)p % sizeof(double)) == 0,
               luaL_checkudata(L, -1, POINT) == p);
        printf("topointer == touserdata: %d\n", lua_topointer(L, -1) == (const void *)p);
        lua_pop(L, 1);
    }
    lua_newuserdata(L, 0);
    printf("zero-size userdata: %s, objlen %d, metatable %d\n", luaL_typename(L, -1),
           (int)lua_objlen(L, -1), lua_getmetatable(L, -1));
    lua_pop(L, 1);

    /* __gc: run by a full collection for unreachable userdata, newest first. */
    lua_gc(L, LUA_GCCOLLECT, 0);
    gc_count = 0;
    run(L, "local t = {} for i = 1, 5 do t[i] = Point(i, i) end first = t[1]:id() t = nil");
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_getglobal(L, "first");
    a = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    printf("finalized %d:", gc_count);
    for (i = 0; i < gc_count && i < 16; i++)
        printf(" +%d", gc_order[i] - a);
    printf("\n");
    /* A reachable userdata is not finalized; the finalizer runs once. */
    gc_count = 0;
    run(L, "keep = Point()");
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("reachable: finalized %d\n", gc_count);
    run(L, "keep = nil");
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_gc(L, LUA_GCCOLLECT, 0);
    printf("unreachable: finalized %d\n", gc_count);

    /* Light userdata: plain pointers, equal when the pointers are. */
    lua_pushlightuserdata(L, &gc_count);
    lua_pushlightuserdata(L, &gc_count);
    lua_pushlightuserdata(L, &gc_order[0]);
    lua_pushlightuserdata(L, NULL);
    printf("light: type %s, equal %d %d, rawequal %d, NULL %d, islight %d %d\n",
           luaL_typename(L, 1), lua_equal(L, 1, 2), lua_equal(L, 1, 3), lua_rawequal(L, 1, 2),
           lua_touserdata(L, 4) == NULL, lua_islightuserdata(L, 1), lua_isuserdata(L, 1));
    printf("light has no metatable: %d, objlen %d\n", lua_getmetatable(L, 1),
           (int)lua_objlen(L, 1));
    /* As table keys. */
    lua_newtable(L);
    lua_pushvalue(L, 1);
    lua_pushstring(L, "by pointer");
    lua_settable(L, -3);
    lua_pushvalue(L, 2);
    lua_gettable(L, -2);
    printf("key lookup with an equal pointer: %s\n", lua_tostring(L, -1));
    lua_pushvalue(L, 3);
    lua_gettable(L, -3);
    printf("other pointer: %s\n", luaL_typename(L, -1));
    lua_settop(L, 0);
    lua_register(L, "light_id", light_id);
    lua_pushlightuserdata(L, &gc_count);
    lua_setglobal(L, "light");
    run(L, "print(type(light), light_id(light), light == light, pcall(light_id, {}))\n"
           "print(pcall(function() return light.x end))");
    lua_pushlightuserdata(L, &a);
    lua_newtable(L);
    lua_setmetatable(L, -2);
    lua_pushlightuserdata(L, &b);
    printf("a metatable for light userdata is shared by all: %d\n", lua_getmetatable(L, -1));
    lua_settop(L, 0);

    /* lua_close finalizes everything that is left, including the counter. */
    run(L, "c2 = Counter() c2:inc(3)");
    gc_count = 0;
    run(L, "p1, p2 = Point(), Point()");
    lua_close(L);
    printf("after close: finalized %d points\n", gc_count);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: newmetatable: 1
// expect: newmetatable again: 0, top 1
// expect: userdata	3	4	25	1	Point(3, 4)
// expect: 6	52
// expect: false	code:4: Point has no field 'z'
// expect: false	code:5: bad argument #3 to '?' (number expected, got string)
// expect: 7	5	3
// expect: nil	true	false
// expect: false	bad argument #1 to '?' (test.Point expected, got table)
// expect: 1	11	true
// expect: false	bad argument #1 to '?' (test.Counter expected, got userdata)
// expect: false	bad argument #1 to '?' (test.Point expected, got userdata)
// expect: false	bad argument #1 to '?' (test.Counter expected, got number)
// expect: counter finalized at 11
// expect: from C: x 1.5 y 0, objlen 24, aligned 1, checkudata same 1
// expect: topointer == touserdata: 1
// expect: zero-size userdata: userdata, objlen 0, metatable 0
// expect: finalized 5: +4 +3 +2 +1 +0
// expect: reachable: finalized 0
// expect: unreachable: finalized 1
// expect: light: type userdata, equal 1 0, rawequal 1, NULL 1, islight 1 1
// expect: light has no metatable: 0, objlen 0
// expect: key lookup with an equal pointer: by pointer
// expect: other pointer: nil
// expect: userdata	true	true	false	bad argument #1 to '?' (userdata expected, got table)
// expect: false	code:2: attempt to index global 'light' (a userdata value)
// expect: a metatable for light userdata is shared by all: 1
// expect: counter finalized at 3
// expect: after close: finalized 2 points
