-- A pure-Lua rock for tests/long/luarocks.sh (no C compiler involved).
package = "apogee-puretest"
version = "1.0-1"
source = { url = "file://." }
description = {
   summary = "Apogee's pure-Lua LuaRocks test rock",
   license = "MIT",
}
dependencies = { "lua >= 5.1, < 5.2" }
build = {
   type = "builtin",
   modules = { puretest = "puretest.lua" },
}
