/*
 * jit.c - the `jit` library, as LuaJIT has it: on, off, flush, status, version, version_num,
 * arch, os, opt.start; and the modules `jit.v` (-jv), `jit.dump` (-jdump), `jit.profile` and
 * `jit.p` (-jp; both in profile.c), preloaded.
 * Uses the trace compiler's interface (src/jit/jit.h).
 */
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"
#include "jit.h"

int jit_ntraces(lua_State *L);
int jit_naborts(lua_State *L);
double jit_nexits(lua_State *L);
int luaopen_jit_profile(lua_State *L);
int luaopen_jit_p(lua_State *L);

static int jitlib_control(lua_State *L, const char *cmd) {
  const char *err = jit_control(L, cmd);
  if (err) return luaL_error(L, "%s", err);
  return 0;
}

/* jit.on/off/flush([func|true [, recursive]]): the optional argument (a function to act on) is
 * accepted as LuaJIT does; Apogee applies the command to the whole VM. */
static int jitlib_on(lua_State *L) { return jitlib_control(L, "on"); }
static int jitlib_off(lua_State *L) { return jitlib_control(L, "off"); }
static int jitlib_flush(lua_State *L) { return jitlib_control(L, "flush"); }

static int jitlib_status(lua_State *L) {
  lua_pushboolean(L, jit_status(L));
  return 1 + jit_pushflags(L);
}

/* jit.opt.start(flag, ...): each flag as after -O ("3", "hotloop=10", "-fold"). */
static int jitlib_opt_start(lua_State *L) {
  int i, n = lua_gettop(L);
  if (n == 0) {
    const char *err = jit_option(L, "");
    if (err) return luaL_error(L, "%s", err);
  }
  for (i = 1; i <= n; i++) {
    const char *o = luaL_checkstring(L, i);
    const char *err = jit_option(L, o);
    if (err) return luaL_error(L, "%s '%s'", err, o);
  }
  return 0;
}

/* jit.util.ntraces(): how many traces exist (for tests and tools). */
static int jitlib_ntraces(lua_State *L) {
  lua_pushinteger(L, jit_ntraces(L));
  return 1;
}

/* jit.util.naborts(): how many trace recordings have aborted so far. */
static int jitlib_naborts(lua_State *L) {
  lua_pushinteger(L, jit_naborts(L));
  return 1;
}

/* jit.util.nexits(): how many times compiled code has exited to the interpreter so far. */
static int jitlib_nexits(lua_State *L) {
  lua_pushnumber(L, jit_nexits(L));
  return 1;
}

static int jitv_on(lua_State *L) { return jitlib_control(L, "v"); }

static int jitdump_on(lua_State *L) {
  const char *flags = luaL_optstring(L, 1, "tim");
  char cmd[64];
  if (strlen(flags) > 40) return luaL_error(L, "bad dump flags");
  strcpy(cmd, "dump=");
  strcat(cmd, flags);
  return jitlib_control(L, cmd);
}

static int open_jitv(lua_State *L) {
  static const luaL_Reg f[] = { {"on", jitv_on}, {"start", jitv_on}, {NULL, NULL} };
  lua_newtable(L);
  luaL_register(L, NULL, f);
  return 1;
}

static int open_jitdump(lua_State *L) {
  static const luaL_Reg f[] = { {"on", jitdump_on}, {"start", jitdump_on}, {NULL, NULL} };
  lua_newtable(L);
  luaL_register(L, NULL, f);
  return 1;
}

static const luaL_Reg jit_funcs[] = {
  {"on", jitlib_on},
  {"off", jitlib_off},
  {"flush", jitlib_flush},
  {"status", jitlib_status},
  {NULL, NULL}
};

LUALIB_API int luaopen_jit(lua_State *L) {
  luaL_register(L, LUA_JITLIBNAME, jit_funcs);
  lua_pushliteral(L, "Apogee 0.1.0");
  lua_setfield(L, -2, "version");
  lua_pushinteger(L, 100);
  lua_setfield(L, -2, "version_num");
#if defined(__x86_64__)
  lua_pushliteral(L, "x64");
#elif defined(__aarch64__)
  lua_pushliteral(L, "arm64");
#else
  lua_pushliteral(L, "unknown");
#endif
  lua_setfield(L, -2, "arch");
#if defined(__linux__)
  lua_pushliteral(L, "Linux");
#elif defined(__APPLE__)
  lua_pushliteral(L, "OSX");
#else
  lua_pushliteral(L, "Other");
#endif
  lua_setfield(L, -2, "os");
  lua_newtable(L);
  lua_pushcfunction(L, jitlib_opt_start);
  lua_setfield(L, -2, "start");
  lua_setfield(L, -2, "opt");
  lua_newtable(L);
  lua_pushcfunction(L, jitlib_ntraces);
  lua_setfield(L, -2, "ntraces");
  lua_pushcfunction(L, jitlib_naborts);
  lua_setfield(L, -2, "naborts");
  lua_pushcfunction(L, jitlib_nexits);
  lua_setfield(L, -2, "nexits");
  lua_setfield(L, -2, "util");
  /* jit.v and jit.dump, as package.preload entries. */
  lua_getglobal(L, "package");
  if (lua_istable(L, -1)) {
    lua_getfield(L, -1, "preload");
    if (lua_istable(L, -1)) {
      lua_pushcfunction(L, open_jitv);
      lua_setfield(L, -2, "jit.v");
      lua_pushcfunction(L, open_jitdump);
      lua_setfield(L, -2, "jit.dump");
      lua_pushcfunction(L, luaopen_jit_profile);   /* profile.c */
      lua_setfield(L, -2, "jit.profile");
      lua_pushcfunction(L, luaopen_jit_p);
      lua_setfield(L, -2, "jit.p");
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 1;
}
