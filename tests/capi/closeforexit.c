/*
 * apogee_closeforexit (include/apogee.h): the close of a process about to end runs the
 * finalizers lua_close runs (userdata __gc, in reverse order of marking, a file left open gets
 * flushed), stops a deadline's watchdog thread, and returns; the process then exits with the
 * heap left to the system. Apogee only (apogee.h).
 */
#include <stdlib.h>

#include "capi_test.h"
#include "apogee.h"

int main(void)
{
    lua_State *L = new_state();
    const char *path = "build/closeforexit.tmp";
    char buf[64] = "";
    FILE *f;
    apogee_settimelimit(L, 60.0);   /* a watchdog thread to stop */
    lua_pushstring(L, path);
    lua_setglobal(L, "path");
    if (luaL_dostring(L,
            "for i = 1, 3 do local p = newproxy(true)\n"
            "  getmetatable(p).__gc = function() print('gc', i) end\n"
            "  _G['keep' .. i] = p end\n"
            "local t = {} for i = 1, 100000 do t[i] = {i} end keep = t\n"
            "local f = io.open(path, 'w') f:write('flushed at close') keep_f = f") != 0)
        printf("error: %s\n", lua_tostring(L, -1));
    apogee_closeforexit(L);
    printf("closed\n");
    f = fopen(path, "r");
    if (f != NULL) {
        if (fgets(buf, sizeof buf, f) == NULL)
            buf[0] = '\0';
        fclose(f);
        remove(path);
    }
    printf("file: %s\n", buf);
    return 0;
}
// expect: gc	3
// expect: gc	2
// expect: gc	1
// expect: closed
// expect: file: flushed at close
