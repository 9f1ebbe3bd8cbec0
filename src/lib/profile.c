/*
 * profile.c - the module jit.profile (LuaJIT's API: start, stop, dumpstack) over the sampler in
 * src/vm/prof.c, and the module jit.p (the -jp report, Lua source in jit_p.lua, embedded as
 * jit_p.h), both preloaded by luaopen_jit.
 */
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "prof.h"

/* jit.profile.start(mode, cb): mode letters as LuaJIT's ('f', 'l' are accepted; i<ms> sets the
 * interval, fractions allowed; default 1 ms). cb(thread, samples, vmstate) runs at safe points. */
static int profile_start(lua_State *L) {
  const char *mode = luaL_checkstring(L, 1);
  const char *err;
  long us = 1000;
  luaL_checktype(L, 2, LUA_TFUNCTION);
  for (; *mode; mode++) {
    if (*mode == 'i') {
      char *end;
      double ms = strtod(mode + 1, &end);
      if (end != mode + 1 && ms > 0) us = (long)(ms * 1000 + 0.5);
      mode = end - 1;
    }
  }
  lua_settop(L, 2);
  err = prof_start(L, us);
  if (err) return luaL_error(L, "%s", err);
  return 0;
}

static int profile_stop(lua_State *L) {
  prof_stop(G(L));
  return 0;
}

/* jit.profile.dumpstack([thread,] fmt, depth) */
static int profile_dumpstack(lua_State *L) {
  lua_State *L1 = L;
  int arg = 1;
  const char *fmt;
  int depth;
  luaL_Buffer b;
  if (lua_isthread(L, 1)) {
    L1 = lua_tothread(L, 1);
    arg = 2;
  }
  fmt = luaL_checkstring(L, arg);
  depth = luaL_checkint(L, arg + 1);
  luaL_buffinit(L, &b);
  prof_dumpstack(L1, &b, fmt, depth);
  luaL_pushresult(&b);
  return 1;
}

int luaopen_jit_profile(lua_State *L);
int luaopen_jit_profile(lua_State *L) {
  static const luaL_Reg f[] = {
    {"start", profile_start},
    {"stop", profile_stop},
    {"dumpstack", profile_dumpstack},
    {NULL, NULL}
  };
  lua_newtable(L);
  luaL_register(L, NULL, f);
  return 1;
}

static const char jit_p_source[] =
#include "jit_p.h"
;

int luaopen_jit_p(lua_State *L);
int luaopen_jit_p(lua_State *L) {
  if (luaL_loadbuffer(L, jit_p_source, sizeof jit_p_source - 1, "=jit.p") != 0) lua_error(L);
  lua_pushstring(L, "jit.p");
  lua_call(L, 1, 1);
  return 1;
}
