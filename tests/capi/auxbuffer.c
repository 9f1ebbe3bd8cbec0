/* Auxiliary library, string buffers: luaL_buffinit, luaL_addchar, luaL_addlstring,
 * luaL_addstring, luaL_addvalue, luaL_prepbuffer + luaL_addsize, luaL_pushresult, with small
 * and large data, and with values left on the stack between buffer operations. */
#include <stdlib.h>

#include "capi_test.h"

/* A simple checksum so large results can be compared without printing them. */
static unsigned long checksum(const char *s, size_t len)
{
    unsigned long h = 5381;
    size_t i;
    for (i = 0; i < len; i++)
        h = (h * 33 + (unsigned char)s[i]) & 0xffffffffUL;
    return h;
}

static void show_result(lua_State *L, const char *label)
{
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    printf("%s: len %lu, sum %lu, starts \"%.*s\", ends \"%s\", top %d\n", label,
           (unsigned long)len, checksum(s, len), (int)(len < 10 ? len : 10), s,
           len > 10 ? s + len - 10 : s, lua_gettop(L));
}

/* A C function that builds its result in a buffer: repeats arg 1, arg 2 times, separated by
 * arg 3 (as string.rep with a separator). */
static int rep(lua_State *L)
{
    luaL_Buffer b;
    size_t len, seplen;
    const char *s = luaL_checklstring(L, 1, &len);
    int n = luaL_checkint(L, 2), i;
    const char *sep = luaL_optlstring(L, 3, "", &seplen);
    luaL_buffinit(L, &b);
    for (i = 0; i < n; i++) {
        if (i > 0)
            luaL_addlstring(&b, sep, seplen);
        luaL_addlstring(&b, s, len);
    }
    luaL_pushresult(&b);
    return 1;
}

/* Joins all arguments with luaL_addvalue (numbers are converted). */
static int join(lua_State *L)
{
    luaL_Buffer b;
    int i, n = lua_gettop(L);
    luaL_buffinit(L, &b);
    for (i = 1; i <= n; i++) {
        lua_pushvalue(L, i);
        luaL_addvalue(&b);
        if (i < n)
            luaL_addchar(&b, ',');
    }
    luaL_pushresult(&b);
    return 1;
}

int main(void)
{
    lua_State *L = new_state();
    luaL_Buffer b;
    int i;
    char *big;

    /* Empty buffer. */
    luaL_buffinit(L, &b);
    luaL_pushresult(&b);
    printf("empty: \"%s\", len %d, top %d\n", lua_tostring(L, -1), (int)lua_objlen(L, -1),
           lua_gettop(L));
    lua_pop(L, 1);

    /* Small pieces of every kind. */
    luaL_buffinit(L, &b);
    luaL_addchar(&b, '[');
    luaL_addstring(&b, "abc");
    luaL_addlstring(&b, "d\0e", 3);
    lua_pushinteger(L, 42);
    luaL_addvalue(&b);
    lua_pushnumber(L, 0.5);
    luaL_addvalue(&b);
    lua_pushstring(L, "");
    luaL_addvalue(&b);
    luaL_putchar(&b, ']');
    luaL_pushresult(&b);
    show_stack(L, "small");
    lua_pop(L, 1);

    /* Many characters one at a time: far more than LUAL_BUFFERSIZE. */
    luaL_buffinit(L, &b);
    for (i = 0; i < 300000; i++)
        luaL_addchar(&b, 'a' + i % 26);
    luaL_pushresult(&b);
    show_result(L, "300000 addchar");
    lua_pop(L, 1);

    /* Large values and strings mixed with small ones. */
    big = malloc(1000001);
    for (i = 0; i < 1000000; i++)
        big[i] = (char)('A' + i % 7);
    big[1000000] = '\0';
    luaL_buffinit(L, &b);
    luaL_addstring(&b, "<<");
    luaL_addlstring(&b, big, 1000000);
    luaL_addchar(&b, '|');
    lua_pushlstring(L, big, 500000);
    luaL_addvalue(&b);
    for (i = 0; i < 1000; i++) {
        lua_pushfstring(L, "%d;", i);
        luaL_addvalue(&b);
    }
    lua_pushlstring(L, big, 123457);
    luaL_addvalue(&b);
    luaL_addstring(&b, ">>");
    luaL_pushresult(&b);
    show_result(L, "large mix");
    lua_pop(L, 1);

    /* prepbuffer + addsize: writing straight into the buffer. */
    luaL_buffinit(L, &b);
    for (i = 0; i < 5; i++) {
        char *p = luaL_prepbuffer(&b);
        memset(p, '0' + i, LUAL_BUFFERSIZE);
        luaL_addsize(&b, LUAL_BUFFERSIZE);
    }
    {
        char *p = luaL_prepbuffer(&b);
        memcpy(p, "tail", 4);
        luaL_addsize(&b, 4);
    }
    luaL_pushresult(&b);
    printf("prepbuffer: len is 5*LUAL_BUFFERSIZE+4: %d, first %c, last before tail %c, ends %s\n",
           lua_objlen(L, -1) == 5 * (size_t)LUAL_BUFFERSIZE + 4, lua_tostring(L, -1)[0],
           lua_tostring(L, -1)[5 * LUAL_BUFFERSIZE - 1], lua_tostring(L, -1) + 5 * LUAL_BUFFERSIZE);
    lua_pop(L, 1);

    /* The buffer keeps the stack balanced: values below it are untouched. */
    lua_pushstring(L, "below");
    luaL_buffinit(L, &b);
    for (i = 0; i < 200; i++) {
        lua_pushlstring(L, big, (size_t)(i * 37 % 9000));
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    show_result(L, "200 values");
    printf("below is still there: %s\n", lua_tostring(L, -2));
    lua_settop(L, 0);

    /* From Lua, through C functions using buffers. */
    lua_register(L, "rep", rep);
    lua_register(L, "join", join);
    run(L, "print(rep('ab', 3, '-'), rep('x', 0), #rep('xyz', 100000), #rep('', 1000, ''))\n"
           "print(rep('a', 100000, 'bc') == string.rep('abc', 100000):sub(1, -3))\n"
           "print(join(1, 'two', 3.5, '') .. '|' .. join() .. '|')\n"
           "print(#join(string.rep('x', 70000), string.rep('y', 10), string.rep('z', 9000)))");

    /* luaL_gsub uses a buffer too. */
    luaL_gsub(L, big + 999990, "A", "[a]");
    printf("gsub: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);

    free(big);
    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: empty: "", len 0, top 1
// expect: small: "[abcd\0e420.5]"
// expect: 300000 addchar: len 300000, sum 2014692801, starts "abcdefghij", ends "cdefghijkl", top 1
// expect: large mix: len 1627352, sum 3296969471, starts "<<ABCDEFGA", ends "EFGABCDE>>", top 1
// expect: prepbuffer: len is 5*LUAL_BUFFERSIZE+4: 1, first 0, last before tail 4, ends tail
// expect: 200 values: len 736300, sum 3105303415, starts "ABCDEFGABC", ends "DEFGABCDEF", top 2
// expect: below is still there: below
// expect: ab-ab-ab		300000	0
// expect: true
// expect: 1,two,3.5,||
// expect: 79012
// expect: gsub: FG[a]BCDEFG[a]
