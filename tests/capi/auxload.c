/* Auxiliary library, loading chunks: luaL_loadbuffer, luaL_loadstring, luaL_loadfile (text,
 * "#!" first line, binary, missing file, directory, stdin), luaL_dostring/luaL_dofile, chunk
 * names in messages, and lua_load with a reader handing out one byte at a time. */
#define _POSIX_C_SOURCE 200809L  /* mkstemp, fdopen */
#include <stdlib.h>
#include <unistd.h>

#include "capi_test.h"

static char tmpname[64] = "(no temporary file yet)";

/* Writes a temporary file; its name is in tmpname. */
static void write_file(const char *data, size_t len)
{
    int fd;
    FILE *f;
    strcpy(tmpname, "/tmp/apogee-capi-XXXXXX");
    fd = mkstemp(tmpname);
    f = fdopen(fd, "wb");
    fwrite(data, 1, len, f);
    fclose(f);
}

static void write_text(const char *text)
{
    write_file(text, strlen(text));
}

/* Prints the message on top with the temporary file name replaced by FILE, and pops it. */
static void show_msg(lua_State *L, const char *label, int status)
{
    if (lua_isstring(L, -1)) {
        luaL_gsub(L, lua_tostring(L, -1), tmpname, "FILE");
        printf("%s: status %d, %s\n", label, status, lua_tostring(L, -1));
        lua_pop(L, 2);
    } else {
        printf("%s: status %d, %s\n", label, status, luaL_typename(L, -1));
        lua_pop(L, 1);
    }
}

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    luaL_addlstring((luaL_Buffer *)ud, (const char *)p, sz);
    return 0;
}

typedef struct {
    const char *s;
    size_t left;
} ByteReader;

static const char *one_byte(lua_State *L, void *ud, size_t *size)
{
    ByteReader *r = (ByteReader *)ud;
    (void)L;
    if (r->left == 0)
        return NULL;
    r->left--;
    *size = 1;
    return r->s++;
}

static void load_and_call(lua_State *L, const char *label, int status)
{
    if (status == 0) {
        status = lua_pcall(L, 0, 1, 0);
        printf("%s: loaded, ", label);
        if (status == 0) {
            put_value(L, -1);
            printf("\n");
            lua_pop(L, 1);
        } else {
            show_msg(L, "run error", status);
        }
    } else {
        show_msg(L, label, status);
    }
}

int main(void)
{
    lua_State *L = new_state();
    int status, top;
    static const char *const bad[] = {
        "x = = 1", "return 'unfinished", "function f() return 1", "x = 3x", "local t = {1, 2",
        "for i = 1 do end", "return [[never closed", "goto = 1 return goto", "a.b:c = 1",
        "return ...", "local function f() return ... end", "x = }", "break", NULL
    };
    int i;

    /* Chunk names as they appear in messages. */
    status = luaL_loadbuffer(L, "x = = 1", 7, "=exact name");
    show_msg(L, "=name", status);
    status = luaL_loadbuffer(L, "x = = 1", 7, "@file.lua");
    show_msg(L, "@name", status);
    status = luaL_loadbuffer(L, "x = = 1", 7, "some string");
    show_msg(L, "string name", status);
    status = luaL_loadbuffer(L, "\nx = = 1", 8, "first line\nsecond line");
    show_msg(L, "multi-line name", status);
    status = luaL_loadbuffer(L, "x = = 1", 7,
                             "a very long chunk name that goes on and on and on and on and on");
    show_msg(L, "long name", status);
    status = luaL_loadbuffer(L, "x = = 1", 7,
                             "@/a/very/long/path/to/some/file/that/goes/on/and/on/and/on/script.lua");
    show_msg(L, "long file name", status);
    status = luaL_loadstring(L, "local x = 1\nx = = 2");
    show_msg(L, "loadstring", status);

    /* Parser errors. */
    for (i = 0; bad[i]; i++) {
        status = luaL_loadstring(L, bad[i]);
        if (status == 0) {
            printf("loads: %s\n", bad[i]);
            lua_pop(L, 1);
        } else {
            show_msg(L, "syntax", status);
        }
    }

    /* Successful loads leave exactly one function; buffers may contain zeros. */
    top = lua_gettop(L);
    status = luaL_loadbuffer(L, "return 'a\\0b', ...", 18, "=buf");
    printf("loadbuffer: status %d, top +%d, %s\n", status, lua_gettop(L) - top,
           luaL_typename(L, -1));
    lua_pushstring(L, "vararg");
    lua_call(L, 1, 2);
    show_stack(L, "results");
    lua_settop(L, 0);
    status = luaL_loadbuffer(L, "return 'x\0y' -- c\0mment", 24, "=zero");
    lua_call(L, 0, 1);
    show_stack(L, "zero bytes in a string and a comment");
    lua_settop(L, 0);
    load_and_call(L, "empty string", luaL_loadstring(L, ""));
    load_and_call(L, "comment only", luaL_loadstring(L, "-- nothing"));

    /* Files: plain, with "#!" line (line numbers unchanged), errors with the file name. */
    write_text("local a = 20\nreturn a + 22\n");
    load_and_call(L, "loadfile", luaL_loadfile(L, tmpname));
    remove(tmpname);
    write_text("#!/usr/bin/env lua\nlocal x = 1\nerror('line 3')\n");
    load_and_call(L, "shebang", luaL_loadfile(L, tmpname));
    remove(tmpname);
    write_text("# just a comment line\nreturn 'after hash line'");
    load_and_call(L, "hash line", luaL_loadfile(L, tmpname));
    remove(tmpname);
    write_text("local x = 1\n\nx = = 2\n");
    load_and_call(L, "file syntax error", luaL_loadfile(L, tmpname));
    remove(tmpname);
    write_text("");
    load_and_call(L, "empty file", luaL_loadfile(L, tmpname));
    remove(tmpname);

    /* A binary chunk in a file, with and without a "#" line before it. */
    {
        luaL_Buffer b;
        size_t len;
        const char *data;
        luaL_loadstring(L, "return 'from binary file'");
        luaL_buffinit(L, &b);
        lua_dump(L, dump_writer, &b);
        luaL_pushresult(&b);
        data = lua_tolstring(L, -1, &len);
        write_file(data, len);
        load_and_call(L, "binary file", luaL_loadfile(L, tmpname));
        remove(tmpname);
        lua_pushliteral(L, "#!/usr/bin/apogee\n");
        lua_pushvalue(L, -2);
        lua_concat(L, 2);
        data = lua_tolstring(L, -1, &len);
        write_file(data, len);
        load_and_call(L, "binary file after # line", luaL_loadfile(L, tmpname));
        remove(tmpname);
        lua_settop(L, 0);
    }

    /* Missing file, a directory, stdin (the test runs with stdin from /dev/null). */
    strcpy(tmpname, "/nonexistent/dir/script.lua");
    status = luaL_loadfile(L, tmpname);
    printf("missing file: status %d (LUA_ERRFILE %d), top %d\n", status, LUA_ERRFILE,
           lua_gettop(L));
    show_msg(L, "missing file", status);
    strcpy(tmpname, "/");
    status = luaL_loadfile(L, "/");
    show_msg(L, "directory", status);
    load_and_call(L, "stdin", luaL_loadfile(L, NULL));

    /* dostring / dofile return 0 on success, 1 on failure (message on the stack). */
    status = luaL_dostring(L, "return 1, 2, 3");
    printf("dostring: %d, top %d\n", status, lua_gettop(L));
    lua_settop(L, 0);
    status = luaL_dostring(L, "error('boom')");
    printf("dostring error: %d, %s\n", status, lua_tostring(L, -1));
    lua_settop(L, 0);
    status = luaL_dostring(L, "syntax error here");
    printf("dostring syntax: %d, %s\n", status, lua_tostring(L, -1));
    lua_settop(L, 0);
    write_text("return ...");
    status = luaL_dofile(L, tmpname);
    printf("dofile: %d, top %d\n", status, lua_gettop(L));
    remove(tmpname);
    lua_settop(L, 0);

    /* lua_load with a one-byte reader. */
    {
        static const char code[] = "local s = 0\nfor i = 1, 10 do s = s + i end\nreturn s, \"str\\n\"";
        ByteReader r;
        r.s = code;
        r.left = strlen(code);
        status = lua_load(L, one_byte, &r, "=bytes");
        lua_call(L, 0, 2);
        show_stack(L, "one byte at a time");
        lua_settop(L, 0);
        r.s = "return 1 +";
        r.left = 10;
        status = lua_load(L, one_byte, &r, "=bytes");
        show_msg(L, "reader syntax error", status);
        status = lua_load(L, one_byte, &r, NULL);
        printf("lua_load with a NULL chunk name: %d\n", status);
        lua_settop(L, 0);
    }

    /* loadstring / loadfile / dofile from Lua use the same code. */
    run(L, "print(loadstring('x = = 1', 'name'))\n"
           "print(loadfile('/nonexistent/x.lua'))\n"
           "print(pcall(dofile, '/nonexistent/x.lua'))");

    lua_close(L);
    return 0;
}

/* Output, as printed when linked with PUC Lua 5.1.5: */
// expect: =name: status 3, exact name:1: unexpected symbol near '='
// expect: @name: status 3, file.lua:1: unexpected symbol near '='
// expect: string name: status 3, [string "some string"]:1: unexpected symbol near '='
// expect: multi-line name: status 3, [string "first line..."]:2: unexpected symbol near '='
// expect: long name: status 3, [string "a very long chunk name that goes on and on and on and on and on"]:1: unexpected symbol near '='
// expect: long file name: status 3, /a/very/long/path/to/some/file/that/goes/on/and/on/and/on/script.lua:1: unexpected symbol near '='
// expect: loadstring: status 3, [string "local x = 1..."]:2: unexpected symbol near '='
// expect: syntax: status 3, [string "x = = 1"]:1: unexpected symbol near '='
// expect: syntax: status 3, [string "return 'unfinished"]:1: unfinished string near '<eof>'
// expect: syntax: status 3, [string "function f() return 1"]:1: 'end' expected near '<eof>'
// expect: syntax: status 3, [string "x = 3x"]:1: malformed number near '3x'
// expect: syntax: status 3, [string "local t = {1, 2"]:1: '}' expected near '<eof>'
// expect: syntax: status 3, [string "for i = 1 do end"]:1: ',' expected near 'do'
// expect: syntax: status 3, [string "return [[never closed"]:1: unfinished long string near '<eof>'
// expect: loads: goto = 1 return goto
// expect: syntax: status 3, [string "a.b:c = 1"]:1: function arguments expected near '='
// expect: loads: return ...
// expect: syntax: status 3, [string "local function f() return ... end"]:1: cannot use '...' outside a vararg function near '...'
// expect: syntax: status 3, [string "x = }"]:1: unexpected symbol near '}'
// expect: syntax: status 3, [string "break"]:1: no loop to break near '<eof>'
// expect: loadbuffer: status 0, top +1, function
// expect: results: "a\0b" "vararg"
// expect: zero bytes in a string and a comment: "x\0y"
// expect: empty string: loaded, nil
// expect: comment only: loaded, nil
// expect: loadfile: loaded, 42
// expect: shebang: loaded, run error: status 2, FILE:3: line 3
// expect: hash line: loaded, "after hash line"
// expect: file syntax error: status 3, FILE:3: unexpected symbol near '='
// expect: empty file: loaded, nil
// expect: binary file: loaded, "from binary file"
// expect: binary file after # line: loaded, "from binary file"
// expect: missing file: status 6 (LUA_ERRFILE 6), top 1
// expect: missing file: status 6, cannot open FILE: No such file or directory
// expect: directory: status 6, cannot read FILE: Is a directory
// expect: stdin: loaded, nil
// expect: dostring: 0, top 3
// expect: dostring error: 1, [string "error('boom')"]:1: boom
// expect: dostring syntax: 1, [string "syntax error here"]:1: '=' expected near 'error'
// expect: dofile: 0, top 0
// expect: one byte at a time: 55 "str\10"
// expect: reader syntax error: status 3, bytes:1: unexpected symbol near '<eof>'
// expect: lua_load with a NULL chunk name: 0
// expect: nil	[string "name"]:1: unexpected symbol near '='
// expect: nil	cannot open /nonexistent/x.lua: No such file or directory
// expect: false	cannot open /nonexistent/x.lua: No such file or directory
