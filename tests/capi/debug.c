/* The debug API: lua_getstack, lua_getinfo ("nSl", "u", "f", ">S"), lua_getlocal and
 * lua_setlocal, lua_sethook with count, line and call hooks, lua_gethook*. */
#include "capi_test.h"

static void print_ar(const char *label, lua_Debug *ar)
{
    printf("%s: name=%s namewhat=\"%s\" what=%s source=%s short_src=%s line=%d defined=%d-%d\n",
           label, ar->name ? ar->name : "NULL", ar->namewhat, ar->what, ar->source,
           ar->short_src, ar->currentline, ar->linedefined, ar->lastlinedefined);
}

/* Walks the stack of its caller and prints every level. */
static int where_am_i(lua_State *L)
{
    lua_Debug ar;
    int level;
    for (level = 0; lua_getstack(L, level, &ar); level++) {
        char label[32];
        lua_getinfo(L, "nSl", &ar);
        snprintf(label, sizeof label, "level %d", level);
        print_ar(label, &ar);
    }
    printf("levels: %d\n", level);
    return 0;
}

/* Prints the locals of the function at level 1 (its caller). */
static int show_locals(lua_State *L)
{
    lua_Debug ar;
    const char *name;
    int i;
    if (!lua_getstack(L, 1, &ar))
        return 0;
    for (i = 1; (name = lua_getlocal(L, &ar, i)) != NULL; i++) {
        printf("  local %d %s = ", i, name);
        put_value(L, -1);
        printf("\n");
        lua_pop(L, 1);
    }
    printf("  (%d locals)\n", i - 1);
    return 0;
}

/* Sets the caller's local number n to the value given. */
static int set_local(lua_State *L)
{
    lua_Debug ar;
    int n = (int)luaL_checkinteger(L, 1);
    const char *name;
    lua_settop(L, 2);
    lua_getstack(L, 1, &ar);
    name = lua_setlocal(L, &ar, n);
    printf("setlocal %d: %s\n", n, name ? name : "NULL");
    return 0;
}

static int count_hits = 0;
static int line_hits[16];
static int calls = 0, returns = 0;

static void count_hook(lua_State *L, lua_Debug *ar)
{
    (void)L;
    if (ar->event == LUA_HOOKCOUNT)
        count_hits++;
}

static void line_hook(lua_State *L, lua_Debug *ar)
{
    if (ar->event == LUA_HOOKLINE) {
        lua_getinfo(L, "S", ar);
        if (strcmp(ar->source, "=lines") == 0 && ar->currentline < 16)
            line_hits[ar->currentline]++;
    }
}

static void call_hook(lua_State *L, lua_Debug *ar)
{
    if (ar->event == LUA_HOOKCALL) {
        calls++;
        lua_getinfo(L, "nS", ar);
        if (ar->name && strcmp(ar->what, "Lua") == 0)
            printf("  call %s (%s)\n", ar->name, ar->namewhat);
    } else if (ar->event == LUA_HOOKRET || ar->event == LUA_HOOKTAILRET) {
        returns++;
    }
}

/* A count hook that stops runaway code by raising an error. */
static void stop_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    luaL_error(L, "stopped by hook");
}

static int load_named(lua_State *L, const char *code, const char *name)
{
    return luaL_loadbuffer(L, code, strlen(code), name);
}

int main(void)
{
    lua_State *L = new_state();
    lua_Debug ar;
    int i;

    lua_register(L, "where_am_i", where_am_i);
    lua_register(L, "show_locals", show_locals);
    lua_register(L, "set_local", set_local);

    /* No Lua function running: level 0 does not exist when called from the host. */
    printf("getstack(0) from the host: %d\n", lua_getstack(L, 0, &ar));

    /* Stack walk through a global function, a local function, a method and a field. */
    load_named(L,
               "local function loc()\n"
               "  where_am_i()\n"
               "end\n"
               "local obj = {}\n"
               "function obj:meth() loc() end\n"
               "function glob()\n"
               "  obj:meth()\n"
               "end\n"
               "glob()\n",
               "@walk.lua");
    lua_call(L, 0, 0);

    /* A long source name is abbreviated in short_src; "=" names are used as they are. */
    load_named(L, "where_am_i()", "=custom name");
    lua_call(L, 0, 0);
    load_named(L, "\n\n  where_am_i()", "a string chunk that is long enough to be cut when shown");
    lua_call(L, 0, 0);

    /* getinfo with '>' on a function value, and 'u' / 'f'. */
    load_named(L, "return function(a, b)\n  local c = a\n  return c\nend", "@def.lua");
    lua_call(L, 0, 1);
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">Su", &ar);
    printf(">Su: what=%s source=%s short_src=%s defined=%d-%d nups=%d top=%d\n", ar.what,
           ar.source, ar.short_src, ar.linedefined, ar.lastlinedefined, ar.nups, lua_gettop(L));
    lua_pop(L, 1);
    lua_getglobal(L, "print");
    lua_getinfo(L, ">S", &ar);
    printf(">S print: what=%s source=%s short_src=%s defined=%d-%d\n", ar.what, ar.source,
           ar.short_src, ar.linedefined, ar.lastlinedefined);
    lua_getglobal(L, "glob");
    lua_getinfo(L, ">nSlu", &ar);
    printf("glob: what %s lines %d-%d nups %d\n", ar.what, ar.linedefined, ar.lastlinedefined,
           ar.nups);

    /* Locals, including temporaries and varargs, and setlocal. */
    run(L, "local function f(a, b, ...)\n"
           "  local x = a * 2\n"
           "  do local inner = 'scoped' end\n"
           "  local s = 'str'\n"
           "  show_locals()\n"
           "  set_local(4, 'changed')\n"
           "  set_local(99, 'nothing')\n"
           "  return x, s\n"
           "end\n"
           "print(f(21, nil, 'va1', 'va2'))");
    run(L, "for i = 1, 2 do if i == 2 then show_locals() end end");

    /* Count hook: called every N instructions. */
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 100);
    printf("gethook set %d, mask %d, count %d\n", lua_gethook(L) == count_hook,
           lua_gethookmask(L), lua_gethookcount(L));
    run(L, "local s = 0 for i = 1, 10000 do s = s + i end");
    lua_sethook(L, NULL, 0, 0);
    printf("count hook fired: %s (%d)\n", count_hits >= 100 && count_hits <= 400 ? "yes" : "no",
           count_hits > 0);
    i = count_hits;
    run(L, "local s = 0 for i = 1, 10000 do s = s + i end");
    printf("removed: %d, gethook NULL %d, mask %d\n", count_hits == i, lua_gethook(L) == NULL,
           lua_gethookmask(L));

    /* Line hook: lines of a loop body are hit once per iteration. */
    lua_sethook(L, line_hook, LUA_MASKLINE, 0);
    load_named(L, "local t = 0\nfor i = 1, 3 do\n  t = t + i\nend\nreturn t\n", "=lines");
    lua_call(L, 0, 1);
    lua_sethook(L, NULL, 0, 0);
    printf("line hook result %d:", (int)lua_tointeger(L, -1));
    for (i = 1; i <= 5; i++)
        printf(" line%d=%s", i, line_hits[i] ? (line_hits[i] > 1 ? "many" : "once") : "no");
    printf("\n");
    lua_pop(L, 1);

    /* Call and return hooks. */
    run(L, "function add(a, b) return a + b end\nfunction twice(x) return add(x, x) end");
    lua_sethook(L, call_hook, LUA_MASKCALL | LUA_MASKRET, 0);
    run(L, "local r = twice(4)");
    lua_sethook(L, NULL, 0, 0);
    printf("calls %s returns: %d\n", calls == returns ? "==" : "!=", calls > 2);

    /* A hook that raises an error interrupts a runaway loop. */
    lua_sethook(L, stop_hook, LUA_MASKCOUNT, 1000);
    run(L, "while true do end");
    lua_sethook(L, NULL, 0, 0);
    run(L, "print('still usable')");

    /* debug.getinfo from Lua agrees. */
    run(L, "local i = debug.getinfo(1, 'Sl') print(i.what, i.short_src, i.currentline)\n"
           "print(debug.getinfo(print).what, debug.getinfo(100))");

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: getstack(0) from the host: 0
// expect: level 0: name=where_am_i namewhat="global" what=C source==[C] short_src=[C] line=-1 defined=-1--1
// expect: level 1: name=loc namewhat="upvalue" what=Lua source=@walk.lua short_src=walk.lua line=2 defined=1-3
// expect: level 2: name=meth namewhat="method" what=Lua source=@walk.lua short_src=walk.lua line=5 defined=5-5
// expect: level 3: name=glob namewhat="global" what=Lua source=@walk.lua short_src=walk.lua line=7 defined=6-8
// expect: level 4: name=NULL namewhat="" what=main source=@walk.lua short_src=walk.lua line=9 defined=0-0
// expect: levels: 5
// expect: level 0: name=where_am_i namewhat="global" what=C source==[C] short_src=[C] line=-1 defined=-1--1
// expect: level 1: name=NULL namewhat="" what=main source==custom name short_src=custom name line=1 defined=0-0
// expect: levels: 2
// expect: level 0: name=where_am_i namewhat="global" what=C source==[C] short_src=[C] line=-1 defined=-1--1
// expect: level 1: name=NULL namewhat="" what=main source=a string chunk that is long enough to be cut when shown short_src=[string "a string chunk that is long enough to be cu..."] line=3 defined=0-0
// expect: levels: 2
// expect: >Su: what=Lua source=@def.lua short_src=def.lua defined=1-4 nups=0 top=1
// expect: >S print: what=C source==[C] short_src=[C] defined=-1--1
// expect: glob: what Lua lines 6-8 nups 1
// expect:   local 1 a = 21
// expect:   local 2 b = nil
// expect:   local 3 arg = table
// expect:   local 4 x = 42
// expect:   local 5 s = "str"
// expect:   (5 locals)
// expect: setlocal 4: x
// expect: setlocal 99: NULL
// expect: changed	str
// expect:   local 1 (for index) = 2
// expect:   local 2 (for limit) = 2
// expect:   local 3 (for step) = 1
// expect:   local 4 i = 2
// expect:   (4 locals)
// expect: gethook set 1, mask 8, count 100
// expect: count hook fired: yes (1)
// expect: removed: 1, gethook NULL 1, mask 0
// expect: line hook result 6: line1=once line2=many line3=many line4=no line5=once
// expect:   call twice (global)
// expect:   call add (global)
// expect: calls == returns: 1
// expect: error 2: stopped by hook
// expect: still usable
// expect: main	code	1
// expect: C	nil
