-- A tiny rock for tests/long/luarocks.sh: one C module and one pure-Lua module, built by
-- LuaRocks' builtin backend (`luarocks make`, offline) against an installed Apogee.
package = "apogee-rocktest"
version = "1.0-1"
source = { url = "file://." }
description = {
   summary = "Apogee's LuaRocks test rock",
   license = "MIT",
}
dependencies = { "lua >= 5.1, < 5.2" }
build = {
   type = "builtin",
   modules = {
      ["rocktest.core"] = "src/core.c",
      ["rocktest"] = "src/rocktest.lua",
   },
}
